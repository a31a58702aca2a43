using System.Collections.Immutable;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Text;

/// <summary>Reads actual text (可比下降 0.5%, 60109 万美元, 待市级部门反馈) into an <see cref="Observation"/>.</summary>
public static class ObservationParser
{
    /// <summary>
    /// Reads <paramref name="text"/>; the indicator name, when given, splits slash components and settles bare
    /// figures. Never throws on bad text: the failure carries the column, the position and what was expected.
    /// </summary>
    public static ParseResult<Observation> Parse(string text, string? indicator = null, string column = "actual_text") =>
        ObservationReader.Read(text ?? string.Empty, indicator, column ?? "actual_text", null);

    /// <summary>
    /// Reads <paramref name="text"/> knowing the row's target: under a growth target a bare percent (-0.9%, +3%, 8%左右)
    /// is the growth where the indicator's name does not say. Text the strict reading refuses is read again as prose
    /// (<see cref="Prose"/>): the one figure that answers the target, with the rest said by <see cref="ParseResult{T}.Skipped"/>.
    /// Where the target could not be read, its <paramref name="targetText"/> lets the actual report its own action done.
    /// </summary>
    internal static ParseResult<Observation> ParseForTarget(string text, string? indicator, string column, Target? target, bool wholeYear = false, string? targetText = null)
    {
        var strict = ObservationReader.Read(text ?? string.Empty, indicator, column ?? "actual_text", target);
        if (!strict.IsSuccess)
        {
            return Prose.ReadActual(strict.Error!.Text, strict.Error.Column, indicator, target, wholeYear, targetText) ?? strict;
        }

        // 全年建成区域性居家养老服务中心20个 under 15个: the strict reader takes the words before the figure for the name of a
        // part, which a target with no parts cannot be matched with; read as prose, the one figure answers. A decrease
        // (减少 100 万吨) is no such name: it is not the level.
        if (target is ThresholdTarget or RangeTarget && strict.Value is { Level: null, Parts.IsEmpty: false, Growth: null, ComparableGrowth: null, PointChange: null } named
            && !named.Parts.Any(p => Vocabulary.DecreasesInActuals.Any(d => d.Text == p.Label))
            && Prose.ReadActual(strict.Value.Text, column ?? "actual_text", indicator, target, wholeYear) is { IsSuccess: true } prose)
        {
            return prose;
        }

        // 1—10月完成138.3亿元，完成年计划的103% in a report on the whole year: the amount is for part of it, the share is of
        // the year's target and answers, as where the prose reader reads the same words.
        return wholeYear && strict.Value is { Level: not null, ShareOfTarget: not null, Period: { } period } partYear && Prose.IsPartYear(period)
            ? ParseResult<Observation>.Success(partYear with { Level = null }, strict.Skipped)
            : strict;
    }
}

/// <summary>A hand-written reader for one actual text.</summary>
internal sealed class ObservationReader
{
    private static readonly string[] NoLongerAssessedWords = ["国家已不再评定", "已不再评定", "不再评定", "不再考核", "已取消", "取消"];

    // First match. Alone: a statement only when nothing else is written in its item (完成 600 亿元 is a figure). Estimate:
    // the statement hedges (基本完成), so the actual is provisional.
    private static readonly (string Words, string Canonical, bool Alone, bool Estimate)[] Statements =
    [
        // The actual's own verdict on the year's task (全面完成目标任务, 超出目标任务, 未能全面完成): the vocabulary's verdict
        // verbs before its tasks, and a negated verb alone.
        .. Vocabulary.VerdictVerbs.SelectMany(v => Vocabulary.VerdictTasks.Select(t => (v.Text + t, Verdict(v), true, false))),
        .. Vocabulary.VerdictVerbs.Where(v => !v.Meets).Select(v => (v.Text, Assertion.MissesTarget, true, false)),
        ("未完成市下达目标", Assertion.MissesCityQuota, false, false), ("未完成市下达指标", Assertion.MissesCityQuota, false, false),
        ("未达标", Assertion.MissesCityQuota, false, false),
        ("未完成年度目标", Assertion.MissesTarget, false, false), ("未完成年度计划", Assertion.MissesTarget, false, false),
        ("未完成全年目标", Assertion.MissesTarget, false, false), ("未完成目标", Assertion.MissesTarget, true, false),
        ("完成市下达目标", Assertion.MeetsCityQuota, false, false), ("完成市下达指标", Assertion.MeetsCityQuota, false, false),
        ("达标", Assertion.MeetsCityQuota, false, false), ("已达标", Assertion.MeetsCityQuota, true, false),
        ("控制在市下达目标以内", Assertion.MeetsCityQuota, false, false), ("控制在市下达指标以内", Assertion.MeetsCityQuota, false, false),
        ("控制在市下达目标内", Assertion.MeetsCityQuota, false, false), ("控制在市下达指标内", Assertion.MeetsCityQuota, false, false),
        ("高于全市平均水平", Assertion.AboveCity, false, false), ("不低于全市平均水平", Assertion.NotBelowCity, false, false),
        ("与全市保持同步", Assertion.InSyncWithCity, false, false), ("与市保持同步", Assertion.InSyncWithCity, false, false),
        ("超额完成年度目标", Assertion.MeetsTarget, true, false), ("超额完成年度计划", Assertion.MeetsTarget, true, false),
        ("超额完成全年目标", Assertion.MeetsTarget, true, false), ("超额完成", Assertion.MeetsTarget, true, false),
        ("已完成年度目标", Assertion.MeetsTarget, true, false), ("已完成全年目标", Assertion.MeetsTarget, true, false),
        ("已完成", Assertion.MeetsTarget, true, false),
        ("完成年度目标", Assertion.MeetsTarget, true, false), ("完成年度计划", Assertion.MeetsTarget, true, false),
        ("完成全年目标", Assertion.MeetsTarget, true, false), ("完成全年计划", Assertion.MeetsTarget, true, false),
        ("完成目标", Assertion.MeetsTarget, true, false), ("完成", Assertion.MeetsTarget, true, false),
        ("基本完成年度目标", Assertion.BasicallyCompleted, true, true), ("基本完成", Assertion.BasicallyCompleted, false, true),
    ];

    /// <summary>What a verdict verb asserts: the district's own target met, or missed.</summary>
    internal static string Verdict(VerdictVerb verb) => verb.Meets ? Assertion.MeetsTarget : Assertion.MissesTarget;

    private static readonly System.Buffers.SearchValues<char> StatementStarts = Vocabulary.FirstChars(Statements.Select(s => s.Words));

    // As for targets: each thread keeps one reader, its scanner and its lists.
    [ThreadStatic]
    private static ObservationReader? t_spare;

    private readonly PhraseScanner _s = new(string.Empty);
    private string _column = string.Empty;
    private IndicatorKind _kind;
    private ReadOnlyMemory<char> _name;
    private bool _barePercentIsGrowth;
    private bool _growthTarget;
    private Target? _target;
    private ParseError? _error;

    private ObservationReader Reset(string text, string column)
    {
        _s.Reset(text);
        _column = column;
        _kind = default;
        _name = default;
        _barePercentIsGrowth = false;
        _growthTarget = false;
        _target = null;
        _error = null;
        _facts.Reset();
        return this;
    }

    public static ParseResult<Observation> Read(string text, string? indicator, string column, Target? target)
    {
        // Project statuses (进场施工, 完成建设进度 45%) are the milestone parser's.
        if (Phrases.FindMilestone(text) is var milestone and >= 0)
        {
            return ParseResult<Observation>.Failure(new ParseError(column, milestone, text, Phrases.MilestoneStatus));
        }

        var reader = (t_spare ?? new ObservationReader()).Reset(text, column);
        reader._target = target;
        t_spare = null;
        var result = reader.ReadAll(indicator) is { } observation
            ? ParseResult<Observation>.Success(observation)
            : ParseResult<Observation>.Failure(reader._error!);
        t_spare = reader.Reset(string.Empty, column);
        return result;
    }

    private Observation? ReadAll(string? indicator)
    {
        var text = _s.Text;
        if (Phrases.IsBlank(text, 0, text.Length))
        {
            return text.Length == 0 ? Observation.NotReported : Observation.NotReported with { Text = text.Trim() };
        }

        var parts = Phrases.SplitComponents(_s);
        if (parts is null)
        {
            (_kind, _name) = (Phrases.Classify(indicator), indicator.AsMemory());
            _growthTarget = _target is not ComponentsTarget && MeasuresGrowth(_target);
            return ReadComponent(0, text.Length, whole: true);
        }

        if (parts.Count > Phrases.MaxComponents)
        {
            return Fail(Phrases.ExpectedFewerComponents, parts[Phrases.MaxComponents].Start - 1);
        }

        var named = IndicatorNames.HasParts(indicator, parts.Count);
        var components = new Observation[parts.Count];
        for (var i = 0; i < components.Length; i++)
        {
            _name = IndicatorNames.PartMemory(indicator, parts.Count, i);
            _kind = Phrases.Classify(_name.Span);

            // 1248.3亿元 / 9.1% on a one-part indicator: a level and its growth.
            _barePercentIsGrowth = i == 1 && !named && parts.Count == 2 && IsPureLevel(components[0]);
            _growthTarget = _target is ComponentsTarget slash && slash.Components.Length == parts.Count && MeasuresGrowth(slash.Components[i]);
            if (ReadComponent(parts[i].Start, parts[i].End, whole: false) is not { } component)
            {
                return null;
            }

            components[i] = component;
        }

        if (!named && parts.Count == 2 && IsPureLevel(components[0])
            && components[1] is { Status: ObservationStatus.Reported, Level: null, ComparableGrowth: null, PointChange: null, Growth: { } growth } second
            && second.Assertions.IsEmpty && second.Parts.IsEmpty)
        {
            return components[0] with { Text = _s.Slice(0, text.Length), Growth = growth, Provisional = components[0].Provisional || second.Provisional };
        }

        return new Observation { Text = _s.Slice(0, text.Length), Components = [.. components] };
    }

    // What a target asks of a bare percent: growth (增长 6%, 与全市保持同步, 可比增长 6%以上) or not.
    private static bool MeasuresGrowth(Target? target) => target switch
    {
        ThresholdTarget t => t.Measure is Measure.Growth or Measure.ComparableGrowth,
        RangeTarget r => r.Measure is Measure.Growth or Measure.ComparableGrowth,
        CityRelativeTarget c => c.Measure is Measure.Growth or Measure.ComparableGrowth,
        IndicatorRelativeTarget p => p.Measure is Measure.Growth or Measure.ComparableGrowth,
        ScopedTarget scoped => MeasuresGrowth(scoped.Inner),
        AllOfTarget all => all.Conditions.Any(MeasuresGrowth) && all.Conditions.All(c => c is QualitativeTarget || MeasuresGrowth(c)),
        _ => false,
    };

    private static bool IsPureLevel(Observation? o) =>
        o is { Status: ObservationStatus.Reported, Level: not null, Growth: null, ComparableGrowth: null, PointChange: null }
        && o.Assertions.IsEmpty && o.Parts.IsEmpty;

    /// <summary>A figure of an actual, kept apart until it is known whether it names a part (市级 80 个).</summary>
    private readonly record struct Figure(string? Label, string? Verb, int Start, int End, Quantity? Level, bool Provisional, Observation? Growth = null, Quantity? High = null);

    /// <summary>What the comma-separated items of one actual component say.</summary>
    private sealed class Facts
    {
        public ObservationStatus Status = ObservationStatus.Reported;
        public decimal? Growth;
        public decimal? ComparableGrowth;
        public decimal? PointChange;
        public string? Expected;
        public bool Provisional;
        public List<string>? Assertions;
        public List<Figure>? Figures;
        public string? Period;
        public decimal? Share;
        public CityGap? CityGap;
        public List<Observation>? Respectively;

        /// <summary>The measure of the last figure read: what a trailing 高于全市 1.5 个百分点 compares.</summary>
        public Measure? Last;

        /// <summary>Clears what the previous component said; the lists are kept for reuse.</summary>
        public Facts Reset()
        {
            Status = ObservationStatus.Reported;
            Growth = ComparableGrowth = PointChange = null;
            Expected = null;
            Provisional = false;
            Period = null;
            Share = null;
            CityGap = null;
            Respectively = null;
            Last = null;
            Assertions?.Clear();
            Figures?.Clear();
            return this;
        }
    }

    private readonly Facts _facts = new();

    private Observation? ReadComponent(int start, int end, bool whole)
    {
        if (Phrases.IsBlank(_s.Text, start, end))
        {
            return Observation.NotReported with { Text = _s.Slice(start, end) };
        }

        _s.Position = start;
        _s.End = Phrases.ContentEnd(_s.Text, start, end);
        var facts = _facts.Reset();
        string? inheritedVerb = null;
        while (true)
        {
            _s.SkipSpaces();
            if (!ReadItem(facts, ref inheritedVerb))
            {
                return null;
            }

            _s.SkipSpaces();
            Phrases.SkipNameTail(_s, _name.Span, beforeFigure: false);
            if (_s.AtEnd)
            {
                break;
            }

            if (_s.Peek is not (',' or ';' or '、'))
            {
                return Fail(Phrases.ExpectedSeparator);
            }

            _s.Position++;
        }

        return Build(facts, start, end, whole);
    }

    private Observation? Build(Facts facts, int start, int end, bool whole)
    {
        if (facts.Respectively is { } respectively)
        {
            // 分别下降 3.2% 和 6.1%: one figure for each slash part of the target, in order; nothing else may share the text.
            if (!whole || facts.Figures is { Count: > 0 } || facts.Assertions is { Count: > 0 } || facts.Growth is not null
                || facts.ComparableGrowth is not null || facts.PointChange is not null || facts.Share is not null || facts.CityGap is not null
                || facts.Status != ObservationStatus.Reported)
            {
                return Fail(Phrases.ExpectedRespectivelyAlone, start);
            }

            return new Observation { Text = _s.Slice(start, end), Period = facts.Period, Components = [.. respectively] };
        }

        var level = default(Quantity?);
        var levelHigh = default(Quantity?);
        var provisional = facts.Provisional;
        var parts = ImmutableArray<ObservationPart>.Empty;
        if (facts.Figures is { Count: > 0 } figures)
        {
            var labelled = figures.Count > 1;
            foreach (var figure in figures)
            {
                labelled |= figure.Label is not null;
            }

            if (!labelled)
            {
                level = figures[0].Level;
                levelHigh = figures[0].High;
                provisional |= figures[0].Provisional;
            }
            else
            {
                // 市级 80 个、区级 104 个 or 新增 639 台、完工 207 台: each figure is a part named by its label or verb.
                var builder = ImmutableArray.CreateBuilder<ObservationPart>(figures.Count);
                foreach (var figure in figures)
                {
                    var label = figure.Label ?? (figures.Count > 1 ? figure.Verb : null);
                    if (label is null)
                    {
                        return Fail(Phrases.ExpectedPartName, figure.Start);
                    }

                    var text = _s.Slice(figure.Start, figure.End);
                    builder.Add(new ObservationPart(label, figure.Growth is { } growth
                        ? growth with { Text = text }
                        : new Observation { Text = text, Level = figure.Level, LevelHigh = figure.High, Provisional = figure.Provisional }));
                }

                parts = builder.MoveToImmutable();
            }
        }

        return new Observation
        {
            Text = _s.Slice(start, end),
            Status = facts.Status,
            Level = level,
            LevelHigh = levelHigh,
            Growth = facts.Growth,
            ComparableGrowth = facts.ComparableGrowth,
            PointChange = facts.PointChange,
            Expected = facts.Expected,
            Provisional = provisional,
            Assertions = facts.Assertions is { Count: > 0 } said ? [.. said] : [],
            Parts = parts,
            Period = facts.Period,
            ShareOfTarget = facts.Share,
            CityGap = facts.CityGap,
        };
    }

    private bool ReadItem(Facts facts, ref string? inheritedVerb)
    {
        var start = _s.Position;
        if (_s.AtEnd || _s.Peek is ',' or ';' or '、')
        {
            Fail(Phrases.ExpectedActual);
            return false;
        }

        // 预计, 约, 近 6%: an estimate; 超过 500 亿元: at least the figure, so an estimate of it too.
        var provisional = ReadEstimates();

        if (_s.MatchAny(NoLongerAssessedWords) >= 0)
        {
            facts.Status = ObservationStatus.NoLongerAssessed;
            return true;
        }

        if (_s.Match("年度指标"))
        {
            facts.Status = ObservationStatus.AnnualOnly;
            return true;
        }

        // 待市级部门反馈, 待市级部门测算: the city has yet to give the figure.
        if (_s.Peek == '待')
        {
            SkipToSeparator();
            facts.Status = ObservationStatus.AwaitingCity;
            return true;
        }

        // 1-6月增长 4.2%, 上半年增长 5%, 全年完成 600 亿元: the period is noted, the figure read as if it were not written.
        if (TryPeriod() is { } period)
        {
            facts.Period ??= period;
            _s.SkipSpaces();
            provisional |= ReadEstimates();
        }

        // 累计增长 4.2%: the figure counts the period so far, as every figure does.
        if (Vocabulary.ComparedWithStarts.Contains(_s.Peek) && _s.MatchAny(Vocabulary.PassedOver) >= 0)
        {
            _s.SkipSpaces();
        }

        // 完成年度目标的 103%: a share of the target.
        if (TryShare(facts, provisional) is { } share)
        {
            return share;
        }

        // 高于全市 1.5 个百分点, 与全市持平: how far the figure before it is from the city's.
        if (TryCityGap(facts) is { } gap)
        {
            return gap;
        }

        if (TryStatement(out var statement, out var hedged))
        {
            if (provisional && facts.Status == ObservationStatus.AwaitingCity)
            {
                // 待市级部门测算，预计高于全市平均水平: an expectation kept for the report, not a claim.
                facts.Expected ??= statement;
                facts.Provisional = true;
                return true;
            }

            (facts.Assertions ??= new List<string>(1)).Add(statement);
            facts.Provisional |= provisional || hedged;
            return true;
        }

        // 比上年增长 6.5%, 同比下降 3%, 与上年持平: what the growth is compared with is read and passed over.
        var compared = Vocabulary.ComparedWithStarts.Contains(_s.Peek) && _s.MatchAny(Vocabulary.ComparedWith) >= 0;
        _s.SkipSpaces();
        if (compared && _s.Match("持平"))
        {
            facts.Last = Measure.Growth;
            return SetOnce(ref facts.Growth, 0m, start);
        }

        // 分别下降 3.2% 和 6.1%, 分别比上年增长 5%、6%: the figures of the slash parts, in order.
        var respectively = _s.Match("分别");
        if (respectively)
        {
            _s.SkipSpaces();
            compared |= _s.MatchAny(Vocabulary.ComparedWith) >= 0;
            _s.SkipSpaces();
        }

        // 已完成 600 亿元, 共完成投资 622.2 亿元: 已 and 共 before a verb say nothing more.
        if (!compared && !respectively && (_s.At("已") || _s.At("共")) && Vocabulary.LevelVerbsInActuals.Any(v => _s.At(_s.Position + 1, v.Text)))
        {
            _s.Position++;
        }

        // 用水总量 3.6 亿立方米 on the row 用水总量: the name repeated before the figure names no part.
        if (!compared && !respectively)
        {
            Phrases.SkipSubject(_s, _name.Span, beforeBoundVerb: false);

            // 平均为 5.2%, 平均值为 5.1%: the figure is the year's average, as a rate's figure is; no part is named.
            _s.MatchAny(Vocabulary.Averages);
        }

        // 减少 is no word of the target parser's, so it would otherwise be read as a part name.
        var decrease = Vocabulary.Match(_s, Vocabulary.DecreasesInActuals);
        var label = compared || respectively || decrease is not null ? null : Phrases.TryScope(_s);
        _s.SkipSpaces();
        var growth = decrease is null ? Vocabulary.Match(_s, Vocabulary.GrowthInActuals) : null;
        decrease ??= growth is null && label is not null ? Vocabulary.Match(_s, Vocabulary.DecreasesInActuals) : null;
        if (respectively)
        {
            return Respectively(facts, growth ?? decrease, provisional);
        }

        if (decrease is not null)
        {
            return Decrease(facts, decrease, label, start, provisional);
        }

        if (growth is not null && label is not null)
        {
            // 市级增长 5%: the growth of one named part.
            var part = new Facts { Provisional = provisional };
            if (!Growth(part, growth))
            {
                return false;
            }

            (facts.Figures ??= new(1)).Add(new Figure(label, null, start, _s.Position, null, part.Provisional, new Observation
            {
                Growth = part.Growth, ComparableGrowth = part.ComparableGrowth, PointChange = part.PointChange, Provisional = part.Provisional,
            }));
            return true;
        }

        if (growth is not null)
        {
            facts.Provisional |= provisional;
            return Growth(facts, growth);
        }

        if (compared)
        {
            Fail(Phrases.ExpectedGrowthAfterComparison);
            return false;
        }

        var verb = Vocabulary.Match(_s, Vocabulary.LevelVerbsInActuals)?.Text;

        _s.SkipSpaces();
        if (verb is not null && label is null && !_s.AtDigit && !Phrases.SkipNameTail(_s, _name.Span, beforeFigure: true))
        {
            label = Phrases.TryScope(_s);
            _s.SkipSpaces();
        }

        var perCapita = Phrases.TryPerCapita(_s);
        _s.SkipSpaces();
        provisional |= ReadEstimates();
        var numberAt = _s.Position;
        if (!_s.TrySignedNumber(out var value, out var signed))
        {
            Fail(_s.AtDigit ? Phrases.NumberTooLarge : verb is null && label is null && perCapita == 0 && !provisional ? Phrases.ExpectedActual : Phrases.ExpectedNumber);
            return false;
        }

        _s.SkipSpaces();
        var unitAt = _s.Position;
        var unit = _s.TryUnit(out var written) ? written
            : perCapita == 0 && Phrases.UnitInName(_name.Span) is { } nameUnit ? nameUnit
            : Unit.None;
        if (perCapita > 0)
        {
            if (unit.Dimension is Dimension.Number or Dimension.Percent or Dimension.PercentagePoint or Dimension.CountPerMoney)
            {
                Fail(Phrases.ExpectedPerCapitaUnit, unitAt);
                return false;
            }

            unit = unit.PerCapita(perCapita);
        }

        var rangeAt = _s.Position;
        var high = TryRangeEnd(value, ref unit, unitAt);
        _s.SkipSpaces();
        if (Vocabulary.MatchApproximation(_s))
        {
            provisional = true;
        }

        _s.SkipSpaces();
        if (!TryComparable(out var comparable))
        {
            return false;
        }

        if (unit.Dimension == Dimension.PercentagePoint)
        {
            Fail(Phrases.ExpectedPointsVerb, unitAt);
            return false;
        }

        // A bare figure is growth or a level by the indicator's name; 10.9(可比7.0) is growth with its comparable rate. Under a
        // growth target a bare percent is the growth where the name does not say, and a signed one (-0.9%, +3%) wherever
        // the name does not make it growth already. A magnitude (1000万) is a count, never a growth.
        var isGrowth = false;
        var bare = verb is null && label is null;
        if (comparable is not null)
        {
            if (_kind is not (IndicatorKind.Level or IndicatorKind.GrowthRate) || unit.Dimension is not (Dimension.Number or Dimension.Percent))
            {
                Fail(Phrases.UndeterminedComparable, numberAt);
                return false;
            }

            isGrowth = true;
        }
        else if ((unit.Dimension == Dimension.Percent || (unit.Dimension == Dimension.Number && unit.Symbol.Length == 0)) && !unit.IsPerCapita)
        {
            var percent = unit.Dimension == Dimension.Percent;
            if (_kind == IndicatorKind.GrowthRate
                || (percent && bare && (_barePercentIsGrowth || (_growthTarget && (_kind == IndicatorKind.Unknown || signed)))))
            {
                isGrowth = true;
            }
            else if (percent && _kind == IndicatorKind.Level)
            {
                if (verb is not null)
                {
                    Fail(Phrases.UndeterminedVerbPercent, numberAt);
                    return false;
                }

                isGrowth = true;
            }
            else if (percent && _kind == IndicatorKind.Unknown && bare
                && facts is { Last: Measure.Level, Figures: [.., { Level.Unit.Dimension: Dimension.Yuan or Dimension.UsDollar }] })
            {
                // 1230亿美元，3.5%: a bare percent after an amount of money is that amount's growth.
                isGrowth = true;
            }
            else if (percent && _kind == IndicatorKind.Unknown && bare)
            {
                Fail(Phrases.UndeterminedPercent, numberAt);
                return false;
            }
        }

        facts.Provisional |= provisional && isGrowth;
        if (isGrowth && high is not null)
        {
            // A growth is one figure; 增长 6%-6.5% in an actual says no growth.
            Fail(Phrases.ExpectedSeparator, rangeAt);
            return false;
        }

        if (isGrowth)
        {
            facts.Last = Measure.Growth;
            return SetOnce(ref facts.Growth, value, numberAt) && (comparable is null || SetOnce(ref facts.ComparableGrowth, comparable.Value, numberAt));
        }

        facts.Last = Measure.Level;
        verb ??= inheritedVerb;
        inheritedVerb = verb;
        (facts.Figures ??= new(1)).Add(new Figure(label, verb, start, _s.Position, new Quantity(value, unit), provisional,
            High: high is { } top ? new Quantity(top, unit) : null));
        return true;
    }

    // 4.8%到5.1%, 4.8-5.1%, 3560亿元-3570亿元, 3560～3570亿元: the high end of a range the figure starts, in the low end's unit,
    // which may be written after the high end only. Null, with the position unchanged, when no range follows or its ends
    // are not written from low to high.
    private decimal? TryRangeEnd(decimal low, ref Unit unit, int unitAt)
    {
        var save = _s.Position;
        _s.SkipSpaces();
        if (!(_s.Peek is '-' or '~' || _s.At("至") || _s.At("到")))
        {
            _s.Position = save;
            return null;
        }

        _s.Position++;
        _s.SkipSpaces();
        var written = save > unitAt;
        if (_s.TryNumber(out var high) && high >= low)
        {
            var afterHigh = _s.Position;
            _s.SkipSpaces();
            var highUnit = _s.TryUnit(out var after) ? after : (Unit?)null;
            if (highUnit is null)
            {
                _s.Position = afterHigh;
            }

            if (highUnit is null || highUnit == unit || (!written && highUnit.Value.Dimension != Dimension.PercentagePoint))
            {
                unit = highUnit is { } u && !written ? u : unit;
                return high;
            }
        }

        _s.Position = save;
        return null;
    }

    /// <summary>Reads the estimate words written at the position (预计, 约, 近, 超过); true when any was.</summary>
    private bool ReadEstimates()
    {
        var any = false;
        while (Vocabulary.EstimateStarts.Contains(_s.Peek) && Vocabulary.Match(_s, Vocabulary.Estimates) is not null)
        {
            any = true;
            _s.SkipSpaces();
        }

        return any;
    }

    /// <summary>Reads a period written before a figure (上半年, 前三季度, 全年, 1-6月, 1—6月, 1至6月); the period as written, or null.</summary>
    private string? TryPeriod()
    {
        var start = _s.Position;
        if (Vocabulary.PeriodStarts.Contains(_s.Peek) && _s.MatchAny(Vocabulary.Periods) >= 0)
        {
            return _s.Slice(start, _s.Position);
        }

        if (!_s.AtDigit)
        {
            return null;
        }

        // 1-6月, 1月-6月, 1～6月, 1至6月, 1-6月份: months of one or two digits.
        var i = Months(start);
        if (i > start && _s.PeekAt(i) == '月')
        {
            i++;
        }

        if (i > start && (_s.PeekAt(i) is '-' or '~' || _s.At(i, "至") || _s.At(i, "到")))
        {
            var end = Months(i + 1);
            if (end > i + 1 && _s.PeekAt(end) == '月')
            {
                end++;
                if (_s.PeekAt(end) == '份')
                {
                    end++;
                }

                _s.Position = end;
                return _s.Slice(start, end);
            }
        }

        return null;
    }

    private int Months(int i)
    {
        var end = i;
        while (end < i + 2 && char.IsAsciiDigit(_s.PeekAt(end)))
        {
            end++;
        }

        return char.IsAsciiDigit(_s.PeekAt(end)) ? i : end;
    }

    /// <summary>
    /// Reads 完成年度目标的 103%, 为年度计划的 98%, 完成率 200%: a share of the target. Null, with the position unchanged, when none is
    /// written; false when it is but no percent follows.
    /// </summary>
    private bool? TryShare(Facts facts, bool provisional)
    {
        var start = _s.Position;
        if (!Vocabulary.ShareStarts.Contains(_s.Peek))
        {
            return null;
        }

        // 完成率 200%: the rate names the share itself, except where the row measures a rate (任务完成率, a target of 95%): there
        // it is the rate the target sets.
        if (!CompletionRateIsShare() || _s.MatchAny(Vocabulary.ShareRates) < 0)
        {
            _s.MatchAny(Vocabulary.ShareVerbs);
            if (_s.MatchAny(Vocabulary.ShareOf) < 0 || !SkipThen("的"))
            {
                _s.Position = start;
                return null;
            }
        }

        _s.SkipSpaces();
        provisional |= ReadEstimates();
        var numberAt = _s.Position;
        if (!_s.TryNumber(out var value))
        {
            Fail(_s.AtDigit ? Phrases.NumberTooLarge : Phrases.ExpectedSharePercent);
            return false;
        }

        _s.SkipSpaces();
        if (!_s.TryUnit(out var unit) || unit.Dimension != Dimension.Percent)
        {
            Fail(Phrases.ExpectedSharePercent, numberAt);
            return false;
        }

        _s.SkipSpaces();
        provisional |= Vocabulary.MatchApproximation(_s);
        facts.Provisional |= provisional;
        return SetOnce(ref facts.Share, value, numberAt);
    }

    private bool CompletionRateIsShare() => _kind != IndicatorKind.Rate && (_target is ScopedTarget scoped ? scoped.Inner : _target) is not
        (ThresholdTarget { Value.Unit.Dimension: Dimension.Percent } or RangeTarget { Low.Unit.Dimension: Dimension.Percent });

    private bool SkipThen(string literal)
    {
        _s.SkipSpaces();
        return _s.Match(literal);
    }

    /// <summary>
    /// Reads 高于全市 1.5 个百分点, 增速低于全市 0.3 个百分点, 与全市持平: the gap to the city's figure, of the growth word written
    /// before it or the figure read before it. Null, with the position unchanged, when none is written (高于全市平均水平
    /// without a figure is a statement).
    /// </summary>
    private bool? TryCityGap(Facts facts)
    {
        var start = _s.Position;
        var word = Vocabulary.CityGapStarts.Contains(_s.Peek) ? null : Vocabulary.Match(_s, Vocabulary.GrowthInActuals);
        _s.SkipSpaces();
        var measure = word is { Sense: GrowthSense.Rise } ? word.Measure : (Measure?)null;
        if ((word is not null && measure is null) || !Vocabulary.CityGapStarts.Contains(_s.Peek))
        {
            _s.Position = start;
            return null;
        }

        decimal points;
        if (_s.MatchAny(Vocabulary.LevelWithCity) >= 0)
        {
            points = 0m;
        }
        else if (Vocabulary.Match(_s, Vocabulary.CityGaps) is { } gap)
        {
            _s.SkipSpaces();
            if (!_s.TryNumber(out var value))
            {
                _s.Position = start;
                return null;
            }

            _s.SkipSpaces();
            if (!_s.TryUnit(out var unit) || unit.Dimension != Dimension.PercentagePoint)
            {
                _s.Position = start;
                return null;
            }

            points = gap.Sign * value;
        }
        else
        {
            _s.Position = start;
            return null;
        }

        if (facts.CityGap is not null)
        {
            Fail(Phrases.ExpectedOneFigure, start);
            return false;
        }

        facts.CityGap = new CityGap(measure ?? facts.Last, points);
        return true;
    }

    /// <summary>
    /// Reads the figures after 分别 (分别下降 3.2% 和 6.1%, 分别增长 5%、6%, 分别为 80 个、104 个): at least two, joined by 和, 及,
    /// 与, '、' or ','; a figure without a unit takes the last figure's.
    /// </summary>
    private bool Respectively(Facts facts, GrowthWord? word, bool provisional)
    {
        if (word is null)
        {
            _ = Vocabulary.Match(_s, Vocabulary.LevelVerbsInActuals) is not null || _s.Match("为");
        }

        var figures = new List<(int Start, int End, decimal Value, Unit? Unit, int UnitAt, bool Provisional)>(3);
        while (true)
        {
            _s.SkipSpaces();
            var figureStart = _s.Position;
            var estimate = provisional | ReadEstimates();
            if (!_s.TrySignedNumber(out var value, out _))
            {
                Fail(_s.AtDigit ? Phrases.NumberTooLarge : Phrases.ExpectedNumber);
                return false;
            }

            _s.SkipSpaces();
            var unitAt = _s.Position;
            Unit? unit = _s.TryUnit(out var written) ? written : null;
            _s.SkipSpaces();
            estimate |= Vocabulary.MatchApproximation(_s);
            figures.Add((figureStart, _s.Position, value, unit, unitAt, estimate));
            var save = _s.Position;
            _s.SkipSpaces();
            if (_s.Match("和") || _s.Match("及") || _s.Match("与") || _s.Match("、") || _s.Match(","))
            {
                _s.SkipSpaces();
                var probe = _s.Position;
                var figureFollows = _s.TrySignedNumber(out _, out _);
                _s.Position = probe;
                if (figureFollows)
                {
                    continue;
                }
            }

            _s.Position = save;
            break;
        }

        if (figures.Count < 2)
        {
            Fail(Phrases.ExpectedRespectively, figures[0].Start);
            return false;
        }

        var last = figures[^1].Unit ?? Unit.None;
        var list = new List<Observation>(figures.Count);
        foreach (var (figureStart, end, value, written, writtenAt, estimate) in figures)
        {
            var unit = written ?? last;
            var unitAt = written is null ? figures[^1].UnitAt : writtenAt;
            var text = _s.Slice(figureStart, end);
            if (word is null)
            {
                list.Add(new Observation { Text = text, Level = new Quantity(value, unit), Provisional = estimate });
                continue;
            }

            var signed = word.Sense == GrowthSense.Decline ? -value : value;
            var observation = new Observation { Text = $"{word.Text} {text}", Provisional = estimate };
            if (unit.Dimension == Dimension.PercentagePoint)
            {
                observation = observation with { PointChange = signed };
            }
            else if (unit.Dimension != Dimension.Percent)
            {
                Fail(Phrases.ExpectedGrowthUnit, unitAt);
                return false;
            }
            else if (word.Sense == GrowthSense.Points)
            {
                Fail(Phrases.ExpectedPoints, unitAt);
                return false;
            }
            else
            {
                observation = word.IsComparable ? observation with { ComparableGrowth = signed } : observation with { Growth = signed };
            }

            list.Add(observation);
        }

        facts.Respectively = list;
        return true;
    }

    /// <summary>
    /// Reads the figure after 减少: a percent is a decline (减少 5% is growth −5), points a fall in the rate, and an amount a
    /// decrease of the level, kept as a part named 减少 (减少 1386 万) so that it meets only a target for the decrease.
    /// </summary>
    private bool Decrease(Facts facts, GrowthWord word, string? label, int start, bool provisional)
    {
        _s.SkipSpaces();
        provisional |= ReadEstimates();
        var numberAt = _s.Position;
        if (!_s.TryNumber(out var value))
        {
            Fail(_s.AtDigit ? Phrases.NumberTooLarge : Phrases.ExpectedNumber);
            return false;
        }

        _s.SkipSpaces();
        var unit = _s.TryUnit(out var written) ? written : Unit.None;
        _s.SkipSpaces();
        provisional |= Vocabulary.MatchApproximation(_s);
        if (unit.Dimension is Dimension.Percent or Dimension.PercentagePoint && label is null)
        {
            facts.Provisional |= provisional;
            facts.Last = unit.Dimension == Dimension.Percent ? Measure.Growth : Measure.PointChange;
            return unit.Dimension == Dimension.Percent ? SetOnce(ref facts.Growth, -value, numberAt) : SetOnce(ref facts.PointChange, -value, numberAt);
        }

        if (unit.Dimension is Dimension.Percent or Dimension.PercentagePoint)
        {
            Fail(Phrases.ExpectedPartName, start);
            return false;
        }

        facts.Last = Measure.Level;
        (facts.Figures ??= new(1)).Add(new Figure(label ?? word.Text, word.Text, start, _s.Position, new Quantity(value, unit), provisional));
        return true;
    }

    private bool Growth(Facts facts, GrowthWord word)
    {
        var decline = word.Sense == GrowthSense.Decline;
        _s.SkipSpaces();

        // 增长近 6%, 增长超过 6%, 增长约 6%: an estimate of the growth.
        if (ReadEstimates())
        {
            facts.Provisional = true;
        }

        var numberAt = _s.Position;
        var signedAt = _s.Peek is '+' or '-' && !decline;
        if (!(signedAt ? _s.TrySignedNumber(out var value, out _) : _s.TryNumber(out value)))
        {
            Fail(_s.AtDigit ? Phrases.NumberTooLarge : Phrases.ExpectedNumber);
            return false;
        }

        value = decline ? -value : value;
        _s.SkipSpaces();
        var unitAt = _s.Position;
        if (!_s.TryUnit(out var unit) || unit.Dimension is not (Dimension.Percent or Dimension.PercentagePoint))
        {
            _s.Position = unitAt;
            Fail(Phrases.ExpectedGrowthUnit);
            return false;
        }

        _s.SkipSpaces();
        if (Vocabulary.MatchApproximation(_s))
        {
            facts.Provisional = true;
        }

        if (unit.Dimension == Dimension.PercentagePoint)
        {
            facts.Last = Measure.PointChange;
            return SetOnce(ref facts.PointChange, value, numberAt);
        }

        if (word.Sense == GrowthSense.Points)
        {
            Fail(Phrases.ExpectedPoints, unitAt);
            return false;
        }

        if (word.IsComparable)
        {
            facts.Last = Measure.ComparableGrowth;
            return SetOnce(ref facts.ComparableGrowth, value, numberAt);
        }

        // 增长 10.9%（可比增长 7%）: nominal growth with its comparable rate.
        facts.Last = Measure.Growth;
        return TryComparable(out var comparable) && SetOnce(ref facts.Growth, value, numberAt)
            && (comparable is null || SetOnce(ref facts.ComparableGrowth, comparable.Value, numberAt));
    }

    /// <summary>Reads a comparable rate in parentheses after a figure: (可比7.0), (可比增长 7%), (可比下降 1%).</summary>
    private bool TryComparable(out decimal? comparable)
    {
        comparable = null;
        _s.SkipSpaces();
        if (_s.Peek != '(')
        {
            return true;
        }

        _s.Position++;
        _s.SkipSpaces();
        var negative = _s.Match("可比下降");
        if (!negative && !_s.Match("可比增长") && !_s.Match("可比"))
        {
            Fail(Phrases.ExpectedComparable);
            return false;
        }

        _s.SkipSpaces();
        if (!_s.TryNumber(out var value))
        {
            Fail(Phrases.ExpectedComparable);
            return false;
        }

        _s.SkipSpaces();
        _s.Match("%");
        _s.SkipSpaces();
        if (!_s.Match(")"))
        {
            Fail(Phrases.ExpectedCloseParen);
            return false;
        }

        comparable = negative ? -value : value;
        return true;
    }

    private bool SetOnce(ref decimal? slot, decimal value, int position)
    {
        if (slot is not null)
        {
            Fail(Phrases.ExpectedOneFigure, position);
            return false;
        }

        slot = value;
        return true;
    }

    private bool TryStatement(out string statement, out bool hedged)
    {
        var save = _s.Position;
        hedged = false;
        _ = _s.Match("增长") || _s.Match("可比增长");
        var after = _s.Position;
        foreach (var (words, canonical, alone, estimate) in StatementStarts.Contains(_s.Peek) ? Statements : [])
        {
            if (!_s.Match(words))
            {
                continue;
            }

            if (alone && !AtItemEnd())
            {
                _s.Position = after;
                continue;
            }

            statement = canonical;
            hedged = estimate;
            return true;
        }

        _s.Position = save;
        if (_s.At("在全市") || _s.At("位居全市") || _s.At("保持全市"))
        {
            SkipToSeparator();
            var end = _s.Position;
            while (end > save && PhraseScanner.IsSpace(_s.PeekAt(end - 1)))
            {
                end--;
            }

            statement = _s.Slice(save, end);
            return true;
        }

        statement = string.Empty;
        return false;
    }

    // Nothing but spaces before the next separator or the end (完成 alone, not 完成 600 亿元).
    private bool AtItemEnd()
    {
        var i = _s.Position;
        while (i < _s.End && PhraseScanner.IsSpace(_s.PeekAt(i)))
        {
            i++;
        }

        return i >= _s.End || _s.PeekAt(i) is ',' or ';' or '、' or '/';
    }

    private void SkipToSeparator()
    {
        while (!_s.AtEnd && _s.Peek is not (',' or ';'))
        {
            _s.Position++;
        }
    }

    private Observation? Fail(Expectation expected) => Fail(expected, _s.Position);

    private Observation? Fail(Expectation expected, int position)
    {
        _error ??= new ParseError(_column, position, _s.Text, expected);
        return null;
    }
}
