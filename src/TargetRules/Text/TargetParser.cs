using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Text;

/// <summary>Reads target text (可比增长 6%（增长高于全市平均水平）, 180 亿元/120 亿元) into a <see cref="Target"/>.</summary>
public static class TargetParser
{
    /// <summary>
    /// Reads <paramref name="text"/>. The indicator name, when given, settles what a bare number or percent
    /// means (比重/率: a level; 总值/额: growth) and names the slash components. Never throws on bad text:
    /// the failure carries the column, the position and what was expected there.
    /// </summary>
    public static ParseResult<Target> Parse(string text, string? indicator = null, string column = "target_text") =>
        TargetReader.Read(text ?? string.Empty, indicator, column ?? "target_text");

    /// <summary>Reads <paramref name="text"/> or throws <see cref="PhraseFormatException"/> with the position.</summary>
    public static Target ParseOrThrow(string text, string? indicator = null, string column = "target_text") =>
        Parse(text, indicator, column).OrThrow();
}

/// <summary>A hand-written recursive-descent reader for one target text.</summary>
internal sealed class TargetReader
{
    private static readonly string[] GrowthPrefixes =
        ["可比增长", "可比下降", "同比增长", "同比下降", "增长", "增速", "增幅", "下降", "降低", "提升", "提高", "总量"];

    private static readonly string[] SyncWords = ["基本保持同步", "保持基本同步", "基本同步", "保持同步", "同步"];

    private static readonly string[] CityTails = ["平均水平", "水平", "平均"];

    // A large plan reads two phrases a row: each thread keeps one reader and its lists rather than allocating them per phrase.
    [ThreadStatic]
    private static TargetReader? t_spare;

    private readonly PhraseScanner _s = new(string.Empty);
    private readonly List<Clause> _clauses = new(2);
    private string _column = string.Empty;
    private IndicatorKind _kind;
    private ParseError? _error;

    private TargetReader Reset(string text, string column)
    {
        _s.Reset(text);
        _column = column;
        _clauses.Clear();
        _kind = default;
        _error = null;
        return this;
    }

    private readonly record struct Clause(Target Core, string? Scope, string? Verb, string? Inherited, int Start)
    {
        public bool IsFigure => Core is ThresholdTarget { Measure: Measure.Level } or RangeTarget { Measure: Measure.Level };
    }

    public static ParseResult<Target> Read(string text, string? indicator, string column)
    {
        // Project milestones (开工, 竣工 …) are the milestone parser's: never read them as figures or scopes.
        if (Phrases.FindMilestone(text) is var milestone and >= 0)
        {
            return ParseResult<Target>.Failure(new ParseError(column, milestone, text, Phrases.MilestoneText));
        }

        var reader = (t_spare ?? new TargetReader()).Reset(text, column);
        t_spare = null;
        var result = reader.ReadAll(indicator) is { } target
            ? ParseResult<Target>.Success(target)
            : ParseResult<Target>.Failure(reader._error!);
        t_spare = reader.Reset(string.Empty, column);
        return result;
    }

    private Target? ReadAll(string? indicator)
    {
        var text = _s.Text;
        if (Phrases.IsBlank(text, 0, text.Length))
        {
            return Target.None();
        }

        var parts = Phrases.SplitComponents(_s);
        if (parts is null)
        {
            _kind = Phrases.Classify(indicator);
            return ReadComponent(0, text.Length);
        }

        if (parts.Count > Phrases.MaxComponents)
        {
            return Fail(Phrases.ExpectedFewerComponents, parts[Phrases.MaxComponents].Start - 1);
        }

        var components = new Target[parts.Count];
        for (var i = 0; i < components.Length; i++)
        {
            _kind = Phrases.Classify(Phrases.IndicatorPart(indicator, parts.Count, i));
            if (ReadComponent(parts[i].Start, parts[i].End) is not { } component)
            {
                return null;
            }

            components[i] = component;
        }

        return Target.Slash(components);
    }

    private Target? ReadComponent(int start, int end)
    {
        if (Phrases.IsBlank(_s.Text, start, end))
        {
            return Target.None();
        }

        _s.Position = start;
        _s.End = end;
        _clauses.Clear();
        Measure? last = null;
        while (true)
        {
            if (!ReadClause(ref last))
            {
                return null;
            }

            _s.SkipSpaces();
            if (_s.Peek == '(')
            {
                _s.Position++;
                while (true)
                {
                    if (!ReadClause(ref last))
                    {
                        return null;
                    }

                    _s.SkipSpaces();
                    if (IsSeparator(_s.Peek))
                    {
                        _s.Position++;
                        continue;
                    }

                    if (_s.Peek == ')')
                    {
                        _s.Position++;
                        break;
                    }

                    return Fail(Phrases.ExpectedCloseParen);
                }

                _s.SkipSpaces();
            }

            if (_s.AtEnd)
            {
                break;
            }

            if (!IsSeparator(_s.Peek))
            {
                return Fail(Phrases.ExpectedSeparator);
            }

            _s.Position++;
        }

        return Combine();
    }

    private static bool IsSeparator(char c) => c is ',' or ';' or '、';

    // Several figures in one component name their parts: 市级 80 个、区级 100 个, or by verb: 新增 400 台，完工 200 台.
    private Target? Combine()
    {
        if (_clauses.Count == 1)
        {
            var only = _clauses[0];
            return only.Scope is null ? only.Core : Target.Scoped(only.Scope, only.Core);
        }

        var figures = 0;
        foreach (var clause in _clauses)
        {
            figures += clause.IsFigure ? 1 : 0;
        }

        var targets = new Target[_clauses.Count];
        for (var i = 0; i < targets.Length; i++)
        {
            var clause = _clauses[i];
            var scope = clause.Scope;
            if (scope is null && figures > 1 && clause.IsFigure)
            {
                if (clause.Verb is not ("新增" or "完成" or "完工" or "达到"))
                {
                    return Fail(Phrases.ExpectedPartName, clause.Start);
                }

                scope = clause.Verb;
            }

            targets[i] = scope is null ? clause.Core : Target.Scoped(scope, clause.Core);
        }

        return Target.AllOf(targets);
    }

    private bool ReadClause(ref Measure? last)
    {
        _s.SkipSpaces();
        var start = _s.Position;
        if (_s.AtEnd || _s.Peek is '/' or ')')
        {
            Fail(Phrases.ExpectedTarget);
            return false;
        }

        var scope = Phrases.TryScope(_s);
        _s.SkipSpaces();
        // 新增国家、市级 10 家，区级 100 家: the second part is 新增 too.
        var inherited = _clauses.Count > 0 ? _clauses[^1].Verb ?? _clauses[^1].Inherited : null;
        var core = ReadCore(ref last, scope is null, inherited, out var verb, ref scope);
        if (core is null)
        {
            return false;
        }

        _clauses.Add(new Clause(core, scope, verb, inherited, start));
        return true;
    }

    private Target? ReadCore(ref Measure? last, bool scopeMayFollowVerb, string? inheritedVerb, out string? verb, ref string? scope)
    {
        verb = null;
        if (_s.At("在全市"))
        {
            return Statement();
        }

        if (_s.Match("完成市下达"))
        {
            return Quota(QuotaDirection.Reach);
        }

        if (_s.Match("控制在市下达"))
        {
            return Quota(QuotaDirection.Within);
        }

        if (_s.Match("持平"))
        {
            last = Measure.Growth;
            return Target.Flat();
        }

        if (_s.Match("稳定增长"))
        {
            last = Measure.Growth;
            return Target.StableGrowth();
        }

        var prefix = _s.MatchAny(GrowthPrefixes);
        if (prefix >= 0)
        {
            return Growth(prefix, ref last);
        }

        var save = _s.Position;
        if (_s.Match("高于") || _s.Match("不低于"))
        {
            var relation = _s.Text[save] == '高' ? CityRelation.Above : CityRelation.NotBelow;
            _s.SkipSpaces();
            if (_s.At("全市"))
            {
                return City(relation, last ?? Measure.Level, ref last);
            }

            verb = relation == CityRelation.Above ? "高于" : "不低于";
            return Figure(verb, relation == CityRelation.Above ? Comparison.Above : Comparison.AtLeast, false, inheritedVerb, ref last, ref scope);
        }

        if (_s.Match("与"))
        {
            return Sync(last is Measure.Growth or Measure.ComparableGrowth ? last.Value : Measure.Growth, ref last);
        }

        foreach (var (word, comparison) in LevelVerbs)
        {
            if (_s.Match(word))
            {
                verb = word;
                return Figure(word, comparison, scopeMayFollowVerb, inheritedVerb, ref last, ref scope);
            }
        }

        return Figure(null, null, false, inheritedVerb, ref last, ref scope);
    }

    private static readonly (string Word, Comparison Comparison)[] LevelVerbs =
    [
        ("达到", Comparison.AtLeast), ("完成", Comparison.AtLeast), ("新增", Comparison.AtLeast), ("完工", Comparison.AtLeast),
        ("不超过", Comparison.AtMost), ("超过", Comparison.Above), ("低于", Comparison.Below), ("控制在", Comparison.AtMost),
    ];

    private Target? Statement()
    {
        var start = _s.Position;
        while (!_s.AtEnd && _s.Peek is not (',' or ';' or '/' or '(' or ')'))
        {
            _s.Position++;
        }

        var end = _s.Position;
        while (end > start && PhraseScanner.IsSpace(_s.PeekAt(end - 1)))
        {
            end--;
        }

        if (!_s.At(end - 2, "水平") && !_s.At(end - 2, "前列"))
        {
            return Fail(Phrases.ExpectedStatementEnd, end);
        }

        return Target.Qualitative(_s.Slice(start, end));
    }

    private Target? Quota(QuotaDirection direction)
    {
        if (!_s.Match("目标") && !_s.Match("指标"))
        {
            return Fail(Phrases.ExpectedQuotaWord);
        }

        if (direction == QuotaDirection.Reach)
        {
            return Target.CityQuota();
        }

        _s.SkipSpaces();
        _ = _s.Match("以内") || _s.Match("内");
        return Target.WithinCityQuota();
    }

    private Target? Growth(int prefix, ref Measure? last)
    {
        var decline = prefix is 1 or 3 or 7 or 8;
        var points = prefix is 9 or 10;
        _s.SkipSpaces();
        Measure? cityMeasure = prefix switch
        {
            0 => Measure.ComparableGrowth,
            2 or 5 or 6 => Measure.Growth,
            // 增长 after 可比增长 (可比增长 6%（增长高于全市平均水平）) speaks of the same comparable growth.
            4 => last == Measure.ComparableGrowth ? Measure.ComparableGrowth : Measure.Growth,
            9 or 10 => Measure.PointChange,
            11 => Measure.Level,
            _ => null,
        };
        if (cityMeasure is { } m)
        {
            var save = _s.Position;
            if (_s.Match("高于") || _s.Match("不低于"))
            {
                var relation = _s.Text[save] == '高' ? CityRelation.Above : CityRelation.NotBelow;
                _s.SkipSpaces();
                if (_s.At("全市"))
                {
                    return City(relation, m, ref last);
                }

                _s.Position = save;
            }
            else if (_s.Match("与"))
            {
                return Sync(m, ref last);
            }
        }

        if (prefix == 11)
        {
            return Fail(Phrases.ExpectedCityAfterTotal);
        }

        Comparison? stated = null;
        if (!decline)
        {
            stated = _s.Match("不低于") || _s.Match("达到") ? Comparison.AtLeast
                : _s.Match("不超过") ? Comparison.AtMost
                : _s.Match("超过") || _s.Match("高于") ? Comparison.Above
                : _s.Match("低于") ? Comparison.Below
                : null;
            _s.SkipSpaces();
        }

        var numberAt = _s.Position;
        var negative = !decline && _s.Peek == '-' && char.IsAsciiDigit(_s.PeekAt(_s.Position + 1));
        if (negative)
        {
            _s.Position++;
        }

        if (!_s.TryNumber(out var value))
        {
            return Fail(_s.AtDigit ? Phrases.NumberTooLarge : Phrases.ExpectedGrowthFigure);
        }

        value = negative ? -value : value;
        decimal? high = TryRangeEnd();
        _s.SkipSpaces();
        var unitAt = _s.Position;
        if (!_s.TryUnit(out var unit) || unit.Dimension is not (Dimension.Percent or Dimension.PercentagePoint))
        {
            _s.Position = unitAt;
            return Fail(points ? Phrases.ExpectedPoints : Phrases.ExpectedGrowthUnit);
        }

        if (points && unit.Dimension == Dimension.Percent)
        {
            return Fail(Phrases.ExpectedPoints, unitAt);
        }

        var measure = unit.Dimension == Dimension.PercentagePoint ? Measure.PointChange
            : prefix is 0 or 1 ? Measure.ComparableGrowth
            : Measure.Growth;
        _s.SkipSpaces();
        var boundAt = _s.Position;
        var word = _s.MatchAny(Phrases.BoundWords);
        var bound = Bound(word);
        last = measure;
        if (high is { } h)
        {
            if (decline || bound is not null || stated is not null)
            {
                return Fail(decline ? Phrases.ExpectedDeclineBound : Phrases.ExpectedAgreeingBound, decline ? numberAt : boundAt);
            }

            return value > h ? Fail(Phrases.ExpectedRangeOrder, numberAt) : Target.Range(measure, new Quantity(value, unit), new Quantity(h, unit));
        }

        if (decline)
        {
            // 下降 5% asks for a decline of at least 5 (growth ≤ −5); 下降 5%以内 allows at most 5 (growth ≥ −5).
            return word switch
            {
                -1 or 0 => Target.Threshold(measure, Comparison.AtMost, new Quantity(-value, unit)),
                1 => Target.Threshold(measure, Comparison.AtLeast, new Quantity(-value, unit)),
                _ => Fail(Phrases.ExpectedDeclineBound, boundAt),
            };
        }

        if (Agree(stated, bound) is not { } comparison)
        {
            return Fail(Phrases.ExpectedAgreeingBound, boundAt);
        }

        return Target.Threshold(measure, comparison, new Quantity(value, unit));
    }

    private Target City(CityRelation relation, Measure measure, ref Measure? last)
    {
        _s.Match("全市");
        _s.MatchAny(CityTails);
        last = measure;
        return Target.RelativeToCity(measure, relation);
    }

    private Target? Sync(Measure measure, ref Measure? last)
    {
        _s.SkipSpaces();
        var start = _s.Position;
        if (_s.Match("全市") || _s.Match("市"))
        {
            _s.SkipSpaces();
            var word = _s.MatchAny(SyncWords);
            if (word >= 0)
            {
                last = measure;
                return Target.RelativeToCity(measure, SyncWords[word].Contains('基') ? CityRelation.BasicallyInSync : CityRelation.InSync);
            }

            _s.Position = start;
        }

        var i = start;
        while (i < _s.End && !IsSeparator(_s.PeekAt(i)) && _s.PeekAt(i) is not ('/' or '(' or ')'))
        {
            foreach (var word in SyncWords)
            {
                // At the start a sync word names no peer (与保持同步): an error, not a peer named 保持.
                if (_s.At(i, word))
                {
                    var peer = _s.Slice(start, i);
                    _s.Position = i + word.Length;
                    last = measure;
                    return peer.Length == 0 ? Fail(Phrases.ExpectedSync, start) : Target.InSyncWith(peer, word.Contains('基'), measure);
                }
            }

            i++;
        }

        return Fail(Phrases.ExpectedSync, i);
    }

    private Target? Figure(string? verb, Comparison? stated, bool scopeMayFollowVerb, string? inheritedVerb, ref Measure? last, ref string? scope)
    {
        _s.SkipSpaces();
        var perCapita = Phrases.TryPerCapita(_s);
        if (perCapita == 0 && scopeMayFollowVerb && !_s.AtDigit && Phrases.TryScope(_s) is { } named)
        {
            scope = named;
            _s.SkipSpaces();
            perCapita = Phrases.TryPerCapita(_s);
        }

        _s.SkipSpaces();
        var numberAt = _s.Position;
        if (!_s.TryNumber(out var value))
        {
            return Fail(_s.AtDigit ? Phrases.NumberTooLarge : verb is null && perCapita == 0 && scope is null ? Phrases.ExpectedTarget : Phrases.ExpectedNumber);
        }

        var high = TryRangeEnd();
        _s.SkipSpaces();
        var unitAt = _s.Position;
        var unit = _s.TryUnit(out var written) ? written : Unit.None;
        if (unit.Dimension == Dimension.PercentagePoint)
        {
            return Fail(Phrases.ExpectedPointsVerb, unitAt);
        }

        if (perCapita > 0)
        {
            if (unit.Dimension is Dimension.Number or Dimension.Percent or Dimension.CountPerMoney)
            {
                return Fail(Phrases.ExpectedPerCapitaUnit, unitAt);
            }

            unit = unit.PerCapita(perCapita);
        }

        _s.SkipSpaces();
        var boundAt = _s.Position;
        var bound = Bound(_s.MatchAny(Phrases.BoundWords));
        if (Agree(stated, bound) is not { } comparison)
        {
            return Fail(Phrases.ExpectedAgreeingBound, boundAt);
        }

        var measure = Measure.Level;
        if (unit.Dimension is Dimension.Percent or Dimension.Number && !unit.IsPerCapita)
        {
            switch (_kind)
            {
                case IndicatorKind.GrowthRate:
                    measure = Measure.Growth;
                    unit = Unit.Percent;
                    break;
                case IndicatorKind.Level when unit.Dimension == Dimension.Percent:
                    if (verb is not null)
                    {
                        return Fail(Phrases.UndeterminedVerbPercent, numberAt);
                    }

                    measure = Measure.Growth;
                    break;
                case IndicatorKind.Unknown when unit.Dimension == Dimension.Percent && verb is null:
                    return Fail(Phrases.UndeterminedPercent, numberAt);
            }
        }

        last = measure;
        if (high is { } h)
        {
            if (bound is not null)
            {
                return Fail(Phrases.ExpectedAgreeingBound, boundAt);
            }

            return value > h ? Fail(Phrases.ExpectedRangeOrder, numberAt) : Target.Range(measure, new Quantity(value, unit), new Quantity(h, unit));
        }

        var threshold = Target.Threshold(measure, comparison, new Quantity(value, unit));
        if (measure != Measure.Level)
        {
            return threshold;
        }

        // 新增/完成/完工 count what the year adds (prorated in an interim report); 达到 names a stock.
        return (verb ?? inheritedVerb) switch
        {
            "新增" or "完成" or "完工" when unit.Dimension != Dimension.Percent && !unit.IsPerCapita => threshold.AccumulatesOverYear(),
            "达到" => threshold.AccumulatesOverYear(false),
            _ => threshold,
        };
    }

    private decimal? TryRangeEnd()
    {
        var save = _s.Position;
        _s.SkipSpaces();
        if (_s.Peek is '-' or '~')
        {
            _s.Position++;
            _s.SkipSpaces();
            if (_s.TryNumber(out var high))
            {
                return high;
            }
        }

        _s.Position = save;
        return null;
    }

    private static Comparison? Bound(int word) => word switch
    {
        0 => Comparison.AtLeast,
        1 or 2 or 4 => Comparison.AtMost,
        3 => Comparison.About,
        _ => null,
    };

    // A verb and a bound word must say the same thing: 达到 … 以上, 控制在 … 以内, 达到 … 左右.
    private static Comparison? Agree(Comparison? stated, Comparison? bound) => (stated, bound) switch
    {
        (null, null) => Comparison.AtLeast,
        (null, { } b) => b,
        ({ } s, null) => s,
        (Comparison.AtLeast, Comparison.AtLeast or Comparison.About) => bound,
        (Comparison.AtMost, Comparison.AtMost) => Comparison.AtMost,
        _ => null,
    };

    private Target? Fail(string expected) => Fail(expected, _s.Position);

    private Target? Fail(string expected, int position)
    {
        _error ??= new ParseError(_column, position, _s.Text, expected);
        return null;
    }
}
