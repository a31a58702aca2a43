using System.Buffers;

namespace TargetRules.Names;

/// <summary>
/// Which way is better on an indicator. Lower on prices, unemployment, energy use, pollution, deaths and incidence: there
/// a bare figure or X左右 is a cap, not a floor. Higher on coverage, treatment and attainment rates, urbanisation and life
/// expectancy. Elsewhere the name may not say (投诉率), and X左右 is read both ways. One table, which a policy extends
/// with names of its own; a name the policy gives wins over the built-in words.
/// </summary>
internal sealed class IndicatorDirections
{
    // Words of a name that make lower better.
    private static readonly string[] BuiltInLower =
    [
        "价格涨幅", "价格上涨", "价格指数", "CPI", "失业率", "能耗", "PM2.5", "PM10", "浓度", "死亡", "发生率", "事故", "排放", "赤字",
    ];

    // Words of a rate's name that make higher better.
    private static readonly string[] BuiltInHigher =
    [
        "覆盖率", "普及率", "达标率", "优良", "合格率", "完成率", "参保率", "入学率", "入园率", "巩固率", "城镇化率", "绿化",
        "处理率", "利用率", "回收率", "满意度", "就业率", "保障率", "预期寿命", "贡献率",
    ];

    // A name that measures the fall itself (能耗降低率, 单位GDP能耗下降) is better higher, whatever it falls from.
    private static readonly string[] FallWords = ["下降", "降低", "减少", "削减"];

    private static readonly Words Lower = new(BuiltInLower);
    private static readonly Words Higher = new(BuiltInHigher);

    private readonly Words _policyLower;
    private readonly Words _policyHigher;

    private IndicatorDirections(string[] lower, string[] higher) => (_policyLower, _policyHigher) = (new Words(lower), new Words(higher));

    /// <summary>The built-in table.</summary>
    public static IndicatorDirections Default { get; } = new([], []);

    /// <summary>
    /// The built-in table with <paramref name="lower"/> and <paramref name="higher"/> (whole names or words of names, as a
    /// policy lists them) added.
    /// </summary>
    public static IndicatorDirections With(IEnumerable<string> lower, IEnumerable<string> higher)
    {
        var (l, h) = (Clean(lower), Clean(higher));
        return l.Length == 0 && h.Length == 0 ? Default : new IndicatorDirections(l, h);

        static string[] Clean(IEnumerable<string> names) =>
            [.. names.Select(n => TextNormalizer.Normalize(n).Trim()).Where(n => n.Length > 0)];
    }

    /// <summary>True when lower is better on <paramref name="indicator"/>.</summary>
    public bool LowerIsBetter(ReadOnlySpan<char> indicator)
    {
        if (_policyLower.AnyIn(indicator))
        {
            return true;
        }

        if (!Lower.AnyIn(indicator) || _policyHigher.AnyIn(indicator))
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

    /// <summary>True when the name says that higher is better on <paramref name="indicator"/> (and the policy does not say lower).</summary>
    public bool HigherIsBetter(ReadOnlySpan<char> indicator) =>
        _policyHigher.AnyIn(indicator) || (Higher.AnyIn(indicator) && !_policyLower.AnyIn(indicator));

    /// <summary>Words of names, found in a name by one scan for their first characters.</summary>
    private sealed class Words
    {
        private readonly string[] _words;
        private readonly SearchValues<char> _starts;

        public Words(string[] words)
        {
            _words = words;
            var starts = string.Concat(words.Select(w => w[0]));
            // CPI and PM2.5 are matched whatever their case.
            _starts = SearchValues.Create(starts + starts.ToLowerInvariant() + starts.ToUpperInvariant());
        }

        public bool AnyIn(ReadOnlySpan<char> indicator)
        {
            if (_words.Length == 0 || indicator.IndexOfAny(_starts) < 0)
            {
                return false;
            }

            foreach (var word in _words)
            {
                if (indicator.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
