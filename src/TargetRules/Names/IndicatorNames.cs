namespace TargetRules.Names;

/// <summary>
/// What an indicator name says beyond its text, read here once, by the parsers, the compiler and the judges alike: its
/// slash parts (全社会固定资产投资总额/产业类投资额/工业投资, with / or ／), which name the components of a slash target, and
/// which row of a plan another row's target refers to (经济增长 is the 地区生产总值 or 增加值 row).
/// </summary>
internal static class IndicatorNames
{
    /// <summary>The slash between parts, ASCII or full-width.</summary>
    public static readonly char[] Slashes = ['/', '／'];

    /// <summary>True when the indicator name has exactly <paramref name="count"/> slash parts.</summary>
    public static bool HasParts(string? indicator, int count) => indicator.AsSpan().Count('/') + indicator.AsSpan().Count('／') == count - 1;

    /// <summary>
    /// The name of component <paramref name="index"/> of <paramref name="count"/>: that part of the name, trimmed, when
    /// the name has as many parts, else the whole name. Allocates nothing: the parsers call it for every component.
    /// </summary>
    public static ReadOnlySpan<char> Part(string? indicator, int count, int index)
    {
        var name = indicator.AsSpan();
        if (!HasParts(indicator, count))
        {
            return name;
        }

        for (var i = 0; i < index; i++)
        {
            name = name[(name.IndexOfAny(Slashes) + 1)..];
        }

        var end = name.IndexOfAny(Slashes);
        return (end < 0 ? name : name[..end]).Trim();
    }

    /// <summary><see cref="Part"/> as a slice of <paramref name="indicator"/> that a reader can keep.</summary>
    public static ReadOnlyMemory<char> PartMemory(string? indicator, int count, int index)
    {
        var name = Part(indicator, count, index);
        return indicator.AsSpan().Overlaps(name, out var offset) ? indicator.AsMemory(offset, name.Length) : default;
    }

    /// <summary>
    /// The names of all <paramref name="count"/> components: the slash parts, or, when the name has another number of
    /// parts, the whole name numbered ("工业投资 [1]", "工业投资 [2]") so that each component has a name of its own.
    /// </summary>
    public static string[] Split(string indicator, int count)
    {
        var parts = indicator.Split(Slashes, StringSplitOptions.TrimEntries);
        if (parts.Length == count)
        {
            return parts;
        }

        var numbered = new string[count];
        for (var i = 0; i < count; i++)
        {
            numbered[i] = $"{indicator} [{i + 1}]";
        }

        return numbered;
    }

    /// <summary>True when a target naming <paramref name="peer"/> refers to the row <paramref name="indicator"/>.</summary>
    public static bool PeerMatches(string peer, string indicator)
    {
        if (peer == indicator)
        {
            return true;
        }

        return IsEconomy(peer) && IsEconomyIndicator(indicator);
    }

    /// <summary>True when a target names the economy's growth (经济增长) rather than a row by its name.</summary>
    public static bool IsEconomy(string peer) => peer is "经济增长" or "经济";

    /// <summary>True for the rows that give the economy's growth: 地区生产总值, an 增加值, 区域经济 or 经济增长.</summary>
    public static bool IsEconomyIndicator(string indicator) =>
        indicator.Contains("生产总值", StringComparison.Ordinal) || indicator.Contains("增加值", StringComparison.Ordinal)
        || indicator.Contains("区域经济", StringComparison.Ordinal) || indicator.Contains("经济增长", StringComparison.Ordinal);
}
