using System.Buffers;

namespace TargetRules.Names;

/// <summary>
/// Which indicators are better lower: prices, unemployment, energy use, pollution, deaths and incidence. On them a bare
/// figure or X左右 is a cap, not a floor. One table, which a policy can extend with names of its own.
/// </summary>
internal sealed class IndicatorDirections
{
    // Words of a name that make lower better.
    private static readonly string[] BuiltIn =
    [
        "价格涨幅", "价格上涨", "价格指数", "CPI", "失业率", "能耗", "PM2.5", "PM10", "浓度", "死亡", "发生率", "事故", "排放", "赤字",
    ];

    // A name that measures the fall itself (能耗降低率, 单位GDP能耗下降) is better higher, whatever it falls from.
    private static readonly string[] FallWords = ["下降", "降低", "减少", "削减"];

    private readonly string[] _words;

    // The first characters of the words: most names are rejected by one scan.
    private readonly SearchValues<char> _starts;

    private IndicatorDirections(string[] words)
    {
        _words = words;
        _starts = SearchValues.Create(string.Concat(words.Select(w => w[0])) + "cp");
    }

    /// <summary>The built-in table.</summary>
    public static IndicatorDirections Default { get; } = new(BuiltIn);

    /// <summary>The built-in table and <paramref name="names"/> (whole names or words of names, as a policy lists them).</summary>
    public static IndicatorDirections With(IEnumerable<string> names)
    {
        var extra = names.Select(n => TextNormalizer.Normalize(n).Trim()).Where(n => n.Length > 0).ToArray();
        return extra.Length == 0 ? Default : new IndicatorDirections([.. BuiltIn, .. extra]);
    }

    /// <summary>True when lower is better on <paramref name="indicator"/>.</summary>
    public bool LowerIsBetter(ReadOnlySpan<char> indicator)
    {
        if (indicator.IndexOfAny(_starts) < 0)
        {
            return false;
        }

        var found = false;
        foreach (var word in _words)
        {
            if (indicator.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                found = true;
                break;
            }
        }

        if (!found)
        {
            return false;
        }

        foreach (var fall in FallWords)
        {
            if (indicator.Contains(fall, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
