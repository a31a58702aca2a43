namespace TargetRules.NRules;

/// <summary>
/// Indicator names folded more than the judge folds them (full-width forms to ASCII, every space and comma
/// dropped), so two names the judge takes as one always share a key; two it tells apart may share one too,
/// which only adds a rule to compare.
/// </summary>
internal static class NameKey
{
    public static string Of(string name) => string.Create(Length(name), name, static (span, source) =>
    {
        var at = 0;
        foreach (var c in source)
        {
            if (!Dropped(c))
            {
                span[at++] = Fold(c);
            }
        }
    });

    /// <summary>True when the peer a target names (与经济增长同步) may be the rule with <paramref name="indicator"/> (both keys).</summary>
    public static bool MayName(string peer, string indicator) =>
        indicator.Contains(peer, StringComparison.Ordinal)
        || (peer is "经济增长" or "经济" && (indicator.Contains("生产总值", StringComparison.Ordinal) || indicator.Contains("增加值", StringComparison.Ordinal)));

    private static int Length(string name)
    {
        var length = 0;
        foreach (var c in name)
        {
            length += Dropped(c) ? 0 : 1;
        }

        return length;
    }

    private static bool Dropped(char c) => char.IsWhiteSpace(c) || c is ',' or '，';

    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
}
