using TargetRules.Names;
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
        TargetReader.Read(text ?? string.Empty, indicator, column ?? "target_text", IndicatorDirections.Default);
}

/// <summary>A hand-written recursive-descent reader for one target text.</summary>
internal sealed class TargetReader
{
    private static readonly string[] CityTails = ["平均水平", "水平", "平均"];

    // A large plan reads two phrases a row: each thread keeps one reader and its lists rather than allocating them per phrase.
    [ThreadStatic]
    private static TargetReader? t_spare;

    private readonly PhraseScanner _s = new(string.Empty);
    private readonly List<Clause> _clauses = new(2);
    private string _column = string.Empty;
    private IndicatorKind _kind;
    private ParseError? _error;
    private IndicatorDirections _directions = IndicatorDirections.Default;

    // The component's name: whether lower is better is looked up only for a figure that needs it.
    private ReadOnlyMemory<char> _name;
    private bool? _lowerIsBetter;
    private bool _stretch;
    private ParseError? _skipped;

    private TargetReader Reset(string text, string column, IndicatorDirections directions)
    {
        _s.Reset(text);
        _column = column;
        _clauses.Clear();
        _kind = default;
        _error = null;
        _directions = directions;
        _name = default;
        _lowerIsBetter = null;
        _stretch = false;
        _skipped = null;
        return this;
    }

    private readonly record struct Clause(Target Core, string? Scope, LevelVerb? Verb, LevelVerb? Inherited, int Start, bool Stretch)
    {
        public bool NamesPart => Verb is { NamesPart: true };

        public bool IsFigure => Core is ThresholdTarget { Measure: Measure.Level } or RangeTarget { Measure: Measure.Level };
    }

    public static ParseResult<Target> Read(string text, string? indicator, string column, IndicatorDirections directions)
    {
        // Project milestones (开工, 竣工 …) are the milestone parser's: never read them as figures or scopes.
        if (Phrases.FindMilestone(text) is var milestone and >= 0)
        {
            return ParseResult<Target>.Failure(new ParseError(column, milestone, text, Phrases.MilestoneText));
        }

        var reader = (t_spare ?? new TargetReader()).Reset(text, column, directions);
        t_spare = null;
        var result = reader.ReadAll(indicator) is { } target
            ? ParseResult<Target>.Success(target, reader._skipped)
            : ParseResult<Target>.Failure(reader._error!);
        t_spare = reader.Reset(string.Empty, column, IndicatorDirections.Default);
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
            _name = indicator.AsMemory();
            return ReadComponent(0, text.Length);
        }

        if (parts.Count > Phrases.MaxComponents)
        {
            return Fail(Phrases.ExpectedFewerComponents, parts[Phrases.MaxComponents].Start - 1);
        }

        var components = new Target[parts.Count];
        for (var i = 0; i < components.Length; i++)
        {
            _name = IndicatorNames.PartMemory(indicator, parts.Count, i);
            _kind = Phrases.Classify(_name.Span);
            _lowerIsBetter = null;
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
        _s.End = Phrases.ContentEnd(_s.Text, start, end);
        _clauses.Clear();
        Measure? last = null;
        while (true)
        {
            var clauseAt = _s.Position;
            if (!ReadClause(ref last))
            {
                if (_clauses.Count == 0 || !IsProse(clauseAt))
                {
                    return null;
                }

                // 增长 5%，城市经济规模进入全国前列: the figure is the target; the prose after it is flagged, not judged.
                _error = null;
                _s.Position = clauseAt;
                _s.SkipSpaces();
                _skipped ??= new ParseError(_column, _s.Position, _s.Text, Phrases.SkippedProse);
                break;
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

            Phrases.SkipNameTail(_s, _name.Span, beforeFigure: false);
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

    // 贷款余额 2.6万亿元 on the row 贷款余额, or 用水总量控制在 3.49 亿立方米以内 on 用水总量: a target that repeats its indicator
    // right before the figure, or before a bound verb that cannot name a part, names no part. Before a condition word the
    // name stays a part name, as the actual may repeat it too (能耗下降 3%).
    private void SkipSubject() => Phrases.SkipSubject(_s, _name.Span, beforeBoundVerb: true);

    // The rest of a component that no condition can be read from is prose when it holds no figure and no parentheses.
    private bool IsProse(int start)
    {
        var words = false;
        for (var i = start; i < _s.End; i++)
        {
            var c = _s.PeekAt(i);
            if (char.IsAsciiDigit(c) || c is '%' or '(' or ')')
            {
                return false;
            }

            words |= PhraseScanner.IsIdeograph(c);
        }

        return words;
    }

    // Several figures in one component name their parts: 市级 80 个、区级 100 个, or by verb: 新增 400 台，完工 200 台.
    private Target? Combine()
    {
        if (_clauses.Count == 1)
        {
            var only = _clauses[0];
            return only.Scope is null ? only.Core : Target.Scoped(only.Scope, only.Core);
        }

        var figures = 0;
        var floors = 0;
        foreach (var clause in _clauses)
        {
            figures += clause.IsFigure && !clause.Stretch ? 1 : 0;
            floors += clause.Stretch ? 0 : 1;
        }

        var targets = new Target[_clauses.Count];
        for (var i = 0; i < targets.Length; i++)
        {
            var clause = _clauses[i];
            var scope = clause.Scope;
            // 增长 6%，力争 7%: beside a floor, 力争's figure is a stretch goal; alone (力争增长 7%) it is the target.
            if (clause.Stretch && floors > 0 && clause.Core is ThresholdTarget stretch)
            {
                targets[i] = scope is null ? stretch.AsStretch() : Target.Scoped(scope, stretch.AsStretch());
                continue;
            }

            if (scope is null && figures > 1 && clause.IsFigure)
            {
                if (!clause.NamesPart)
                {
                    return Fail(Phrases.ExpectedPartName, clause.Start);
                }

                scope = clause.Verb!.Text;
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

        _stretch = Vocabulary.Match(_s, Vocabulary.Qualifiers) is { Stretch: true };
        _s.SkipSpaces();
        SkipSubject();
        string? scope = null;
        // 由上年的 38 降至 35, 从 5.5% 提高到 6%: the level it starts from is the baseline, not a part name or the target.
        if ((_s.At("由") || _s.At("从")) && FromTo() is { } to)
        {
            _s.Position = to.End;
            var reached = Figure(to.Verb, false, null, ref last, ref scope);
            if (reached is null)
            {
                return false;
            }

            _clauses.Add(new Clause(reached, null, to.Verb, null, start, _stretch));
            return true;
        }

        scope = Phrases.TryScope(_s);
        _s.SkipSpaces();
        // 新增国家、市级 10 家，区级 100 家: the second part is 新增 too.
        var inherited = _clauses.Count > 0 ? _clauses[^1].Verb ?? _clauses[^1].Inherited : null;
        var core = ReadCore(ref last, scope is null, inherited, out var verb, ref scope);
        if (core is null)
        {
            return false;
        }

        _clauses.Add(new Clause(core, scope, verb, inherited, start, _stretch));
        return true;
    }

    private Target? ReadCore(ref Measure? last, bool scopeMayFollowVerb, LevelVerb? inheritedVerb, out LevelVerb? verb, ref string? scope)
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

        if (Vocabulary.Match(_s, Vocabulary.Steady) is { } steady)
        {
            last = Measure.Growth;
            return Target.Threshold(Measure.Growth, steady.Comparison, Quantity.Percent(0));
        }

        if (Vocabulary.Match(_s, Vocabulary.Growth) is { } growth)
        {
            return Growth(growth, ref last);
        }

        if (_s.Match("与"))
        {
            return Sync(last is Measure.Growth or Measure.ComparableGrowth ? last.Value : Measure.Growth, ref last);
        }

        if (Vocabulary.Match(_s, Vocabulary.LevelVerbs) is { } levelVerb)
        {
            _s.SkipSpaces();
            if (levelVerb.City is { } relation && _s.At("全市"))
            {
                return City(relation, last ?? Measure.Level, ref last);
            }

            verb = levelVerb;
            return Figure(levelVerb, scopeMayFollowVerb && levelVerb.City is null, inheritedVerb, ref last, ref scope);
        }

        return Figure(null, false, inheritedVerb, ref last, ref scope);
    }

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

    private Target? Growth(GrowthWord word, ref Measure? last)
    {
        var decline = word.Sense == GrowthSense.Decline;
        var points = word.Sense == GrowthSense.Points;
        if (word.Sense is GrowthSense.Decline or GrowthSense.Points or GrowthSense.Rise && (_s.Match("到") || _s.Match("至")))
        {
            // 下降到 35 以下, 提高到 80%: the level reached, a cap or a floor.
            string? none = null;
            return Figure(decline ? Vocabulary.FallTo : Vocabulary.RiseTo, false, null, ref last, ref none);
        }

        _s.SkipSpaces();
        // One look at the verb serves both readings: 高于全市 (the city's figure) and 增长高于 6% (the stated comparison).
        var save = _s.Position;
        var verb = Vocabulary.Match(_s, Vocabulary.LevelVerbs);
        if (word.CityMeasure(last) is { } m)
        {
            if (verb is { City: { } relation })
            {
                _s.SkipSpaces();
                if (_s.At("全市"))
                {
                    return City(relation, m, ref last);
                }
            }
            else if (verb is null && _s.Match("与"))
            {
                return Sync(m, ref last);
            }
        }

        Comparison? stated = null;
        _s.Position = save;
        if (word.Sense == GrowthSense.Total)
        {
            return Fail(Phrases.ExpectedCityAfterTotal);
        }

        if (!decline && verb is { AfterGrowth: true })
        {
            stated = verb.Comparison;
            _s.Position = save + verb.Text.Length;
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
            : word.IsComparable ? Measure.ComparableGrowth
            : Measure.Growth;
        _s.SkipSpaces();
        var boundAt = _s.Position;
        var boundWord = Vocabulary.Match(_s, Vocabulary.Bounds);
        var bound = boundWord?.Comparison;
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
            return (boundWord is null ? Comparison.AtMost : boundWord.OfDecline) is { } ofDecline
                ? Target.Threshold(measure, ofDecline, new Quantity(-value, unit))
                : Fail(Phrases.ExpectedDeclineBound, boundAt);
        }

        if (Agree(stated, bound) is not { } comparison)
        {
            return Fail(Phrases.ExpectedAgreeingBound, boundAt);
        }

        return Target.Threshold(measure, Directed(comparison, stated is null && bound is null or Comparison.About, word), new Quantity(value, unit));
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
            if (Vocabulary.Match(_s, Vocabulary.Sync) is { } sync)
            {
                last = measure;
                return Target.RelativeToCity(measure, sync.Relation);
            }

            _s.Position = start;
        }

        var i = start;
        while (i < _s.End && !IsSeparator(_s.PeekAt(i)) && _s.PeekAt(i) is not ('/' or '(' or ')'))
        {
            foreach (var sync in Vocabulary.Sync)
            {
                // At the start a sync word names no peer (与保持同步): an error, not a peer named 保持.
                if (_s.At(i, sync.Text))
                {
                    var peer = _s.Slice(start, i);
                    _s.Position = i + sync.Text.Length;
                    last = measure;
                    return peer.Length == 0
                        ? Fail(Phrases.ExpectedSync, start)
                        : Target.InSyncWith(peer, sync.Relation == CityRelation.BasicallyInSync, measure);
                }
            }

            i++;
        }

        return Fail(Phrases.ExpectedSync, i);
    }

    private Target? Figure(LevelVerb? verb, bool scopeMayFollowVerb, LevelVerb? inheritedVerb, ref Measure? last, ref string? scope)
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
        var unit = _s.TryUnit(out var written) ? written
            : perCapita == 0 && Phrases.UnitInName(_name.Span) is { } nameUnit ? nameUnit
            : Unit.None;
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
        var bound = Vocabulary.Match(_s, Vocabulary.Bounds)?.Comparison;
        if (Agree(verb?.Comparison, bound) is not { } comparison)
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
                case IndicatorKind.Unknown when unit.Dimension == Dimension.Percent && verb is null && _stretch
                    && last is Measure.Growth or Measure.ComparableGrowth:
                    // 增长 6%，力争 7%: the stretch goal's bare percent is the growth just named.
                    measure = last.Value;
                    break;
                case IndicatorKind.Unknown when unit.Dimension == Dimension.Percent && verb is null && AfterAmountOfMoney():
                    // 1222亿美元，3.0%: a bare percent after an amount of money is that amount's growth.
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

            if (value > h)
            {
                return Fail(Phrases.ExpectedRangeOrder, numberAt);
            }

            // On an indicator that is better lower a range caps at its high end (居民消费价格涨幅 2-3%: at most 3%).
            return verb is null && LowerIsBetter()
                ? Target.Threshold(measure, Comparison.AtMost, new Quantity(h, unit))
                : Target.Range(measure, new Quantity(value, unit), new Quantity(h, unit));
        }

        var threshold = Target.Threshold(measure, Directed(comparison, verb is null && bound is null or Comparison.About), new Quantity(value, unit));
        if (measure != Measure.Level)
        {
            return threshold;
        }

        if (verb is null && threshold.Comparison == Comparison.About && DirectionUnknown(unit))
        {
            threshold = threshold.DirectionUnstated();
        }

        // A count or amount the year adds is prorated in an interim report; a percent or a per-capita figure never is.
        // Where the verb does not say, the indicator's name may (新增…, 累计…: the year adds it; …拥有量, 常住人口: a stock);
        // a count that neither settles is read both ways.
        var flow = unit.Dimension != Dimension.Percent && !unit.IsPerCapita;
        var bare = verb is null && inheritedVerb is null && comparison is Comparison.AtLeast or Comparison.About;
        return (verb ?? inheritedVerb)?.Accumulates switch
        {
            true when flow => threshold.AccumulatesOverYear(),
            false => threshold.AccumulatesOverYear(false),
            null when flow && bare => Phrases.Accumulates(_name.Span) switch
            {
                true => threshold.AccumulatesOverYear(),
                false => threshold.AccumulatesOverYear(false),
                null when threshold.Cumulative => threshold,
                null => threshold.AccumulationUnsettled(),
            },

            // 不低于 60 元 on 低保标准（元/月/人）: money accumulates by default, but not when the name says it is a stock or a rate.
            null when threshold.Cumulative && Phrases.Accumulates(_name.Span) == false => threshold.AccumulatesOverYear(false),
            _ => threshold,
        };
    }

    private bool AfterAmountOfMoney() => _clauses.Count > 0 && _clauses[^1].Core
        is ThresholdTarget { Measure: Measure.Level, Value.Unit.Dimension: Dimension.Yuan or Dimension.UsDollar }
        or RangeTarget { Measure: Measure.Level, Low.Unit.Dimension: Dimension.Yuan or Dimension.UsDollar };

    // A figure whose words do not say which way it bounds (a bare 3%, 3%左右) is a floor, except on an indicator that is
    // better lower, where it is a cap. 以上, 达到, 不超过 say it.
    private Comparison Directed(Comparison comparison, bool unstated, GrowthWord? word = null) =>
        !unstated || !(LowerIsBetter() || (word is { JoinsName: true } && _directions.LowerIsBetter(string.Concat(_name.Span, word.Text)))) ? comparison
        : comparison == Comparison.About ? Comparison.AboutOrBelow
        : Comparison.AtMost;

    private bool LowerIsBetter() =>
        _lowerIsBetter ??= _directions.LowerIsBetter(_name.Span);

    // 投诉率 5%左右: a rate or a plain figure whose name says neither way (an amount, 总值 or 数, is better higher), and
    // that is not better lower, is read both as a floor and as a cap. Without a name the figure stays a floor.
    private bool DirectionUnknown(Unit unit) =>
        _name.Length > 0 && unit.Dimension is Dimension.Percent or Dimension.Number && _kind != IndicatorKind.Level
        && !_directions.HigherIsBetter(_name.Span);

    // The level a clause that starts from another (由 38 降至 35, 从 5.5% 提高到 6%) reaches: the verb, and where its figure starts.
    private (LevelVerb Verb, int End)? FromTo()
    {
        for (var i = _s.Position + 1; i < _s.End && !IsSeparator(_s.PeekAt(i)) && _s.PeekAt(i) != '/'; i++)
        {
            foreach (var (text, verb) in Vocabulary.ReachedLevel)
            {
                if (_s.At(i, text))
                {
                    return (verb, i + text.Length);
                }
            }
        }

        return null;
    }

    // 6-6.5%, 6%-6.5%, 6%～6.5%, 6%至6.5%: the low end may repeat the unit the high end carries.
    private decimal? TryRangeEnd()
    {
        var save = _s.Position;
        _s.SkipSpaces();
        // Most figures end here: a unit before a range mark is looked for only where one could follow.
        if (_s.Peek is not ('-' or '~' or '至' or '%') && !(PhraseScanner.IsIdeograph(_s.Peek) && RangeMarkWithin(4)))
        {
            _s.Position = save;
            return null;
        }

        var lowUnit = _s.Peek is '-' or '~' or '至' ? (Unit?)null : _s.TryUnit(out var written) ? written : null;
        _s.SkipSpaces();
        if (_s.Peek is '-' or '~' or '至')
        {
            _s.Position++;
            _s.SkipSpaces();
            if (_s.TryNumber(out var high))
            {
                var afterHigh = _s.Position;
                _s.SkipSpaces();
                var same = lowUnit is not { } low || (_s.TryUnit(out var highUnit) && highUnit == low);
                _s.Position = afterHigh;
                if (same)
                {
                    return high;
                }
            }
        }

        _s.Position = save;
        return null;
    }

    // 3560亿元-3570亿元: a range mark a unit's length after the low figure.
    private bool RangeMarkWithin(int count)
    {
        for (var i = _s.Position + 1; i <= _s.Position + count && i < _s.End; i++)
        {
            if (_s.PeekAt(i) is '-' or '~' or '至')
            {
                return true;
            }
        }

        return false;
    }

    // A verb and a bound word must say the same thing: 达到 … 以上, 控制在 … 以内, 达到 … 左右; 不超过 … 左右 is a cap with the tolerance.
    private static Comparison? Agree(Comparison? stated, Comparison? bound) => (stated, bound) switch
    {
        (null, null) => Comparison.AtLeast,
        (null, { } b) => b,
        ({ } s, null) => s,
        (Comparison.AtLeast, Comparison.AtLeast or Comparison.About) => bound,
        (Comparison.AtMost, Comparison.AtMost) => Comparison.AtMost,
        (Comparison.AtMost, Comparison.About) => Comparison.AboutOrBelow,
        _ => null,
    };

    private Target? Fail(Expectation expected) => Fail(expected, _s.Position);

    private Target? Fail(Expectation expected, int position)
    {
        _error ??= new ParseError(_column, position, _s.Text, expected);
        return null;
    }
}
