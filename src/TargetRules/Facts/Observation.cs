using System.Collections.Immutable;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Facts;

/// <summary>Whether an actual gives a figure at all.</summary>
public enum ObservationStatus
{
    /// <summary>The actual reports a figure or a statement.</summary>
    Reported,
    /// <summary>No actual (blank, "/", "—").</summary>
    NotReported,
    /// <summary>The target no longer applies (国家已不再评定, 取消).</summary>
    NoLongerAssessed,
    /// <summary>The city has yet to report (待市级部门反馈, 待市级部门测算).</summary>
    AwaitingCity,
    /// <summary>The indicator is reported only once a year (年度指标).</summary>
    AnnualOnly,
}

/// <summary>Statements an actual can assert, in their canonical wording.</summary>
public static class Assertion
{
    /// <summary>完成市下达目标 (also 达标, 控制在市下达指标内).</summary>
    public const string MeetsCityQuota = "完成市下达目标";
    /// <summary>未完成市下达目标 (also 未达标).</summary>
    public const string MissesCityQuota = "未完成市下达目标";
    /// <summary>高于全市平均水平.</summary>
    public const string AboveCity = "高于全市平均水平";
    /// <summary>不低于全市平均水平.</summary>
    public const string NotBelowCity = "不低于全市平均水平";
    /// <summary>与全市保持同步.</summary>
    public const string InSyncWithCity = "与全市保持同步";
    /// <summary>基本完成 (an estimate: meets a numeric target provisionally).</summary>
    public const string BasicallyCompleted = "基本完成";
    /// <summary>完成年度目标 (also 已完成, 超额完成, 完成年度计划): the district's own target is met.</summary>
    public const string MeetsTarget = "完成年度目标";
    /// <summary>未完成年度目标 (also 未完成): the district's own target is missed.</summary>
    public const string MissesTarget = "未完成年度目标";
}

/// <summary>
/// How far the district's figure is above the city's, as an actual says it: 高于全市 1.5 个百分点 is +1.5, 低于全市 0.3 个百分点
/// −0.3, 与全市持平 0. With no city figure supplied it settles a comparison with the city.
/// </summary>
/// <param name="Measure">The figure compared (the growth the actual gave before it), or null when the actual names none: then the target's.</param>
/// <param name="Points">The difference in percentage points; negative when below the city.</param>
public readonly record struct CityGap(Measure? Measure, decimal Points);

/// <summary>A labelled part of an actual (市级 80 个, 完工 207 台).</summary>
/// <param name="Label">The part's name as written (市级, 完工, 国家、市级).</param>
/// <param name="Value">What the part reports.</param>
public sealed record ObservationPart(string Label, Observation Value);

/// <summary>
/// What an actual reports: a level, growth figures, statements it asserts, labelled parts, or
/// that nothing is reported yet. Built by <c>TargetRules.Text.ObservationParser</c> or the factories here.
/// </summary>
public sealed record Observation
{
    /// <summary>The text the observation was read from.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Whether a figure is reported.</summary>
    public ObservationStatus Status { get; internal init; } = ObservationStatus.Reported;

    /// <summary>The figure itself (563.49 亿元, 87.4%), when given.</summary>
    public Quantity? Level { get; internal init; }

    /// <summary>Growth on the previous period in percent (下降 3.2% is −3.2), when given.</summary>
    public decimal? Growth { get; internal init; }

    /// <summary>Comparable growth in percent (可比下降 0.5% is −0.5), when given.</summary>
    public decimal? ComparableGrowth { get; internal init; }

    /// <summary>Change of a rate in percentage points, when given.</summary>
    public decimal? PointChange
    {
        get => _rare?.PointChange;
        internal init => _rare = value is null && PointChange is null ? _rare : Rare.Normal((_rare ?? Rare.None) with { PointChange = value });
    }

    /// <summary>Statements the actual asserts, in the canonical wording of <see cref="Assertion"/> or as written.</summary>
    public ImmutableArray<string> Assertions
    {
        get => _assertions;
        internal init
        {
            _assertions = value;
            Standing = Standings.Highest(value);
        }
    }

    /// <summary>The highest standing the assertions claim (在全市保持领先水平 is <see cref="Standing.Leading"/>), read with them.</summary>
    internal Standing Standing { get; private init; }

    /// <summary>
    /// The high end where the actual gives its figure as a range (控制在 4.8%到5.1%: <see cref="Level"/> is 4.8%, this 5.1%);
    /// the judge weighs both ends.
    /// </summary>
    internal Quantity? LevelHigh
    {
        get => _rare?.LevelHigh;
        init => _rare = value is null && LevelHigh is null ? _rare : Rare.Normal((_rare ?? Rare.None) with { LevelHigh = value });
    }

    /// <summary>An expectation kept for the report (预计高于全市平均水平 keeps 高于全市平均水平).</summary>
    public string? Expected
    {
        get => _rare?.Expected;
        internal init => _rare = value == Expected ? _rare : Rare.Normal((_rare ?? Rare.None) with { Expected = value });
    }

    /// <summary>True when the actual is an estimate (预计, 左右, 以上).</summary>
    public bool Provisional { get; init; }

    /// <summary>Labelled parts (市级 80 个、区级 104 个).</summary>
    public ImmutableArray<ObservationPart> Parts { get; internal init; } = [];

    /// <summary>Slash components (563.49 亿元/192.1 亿元/143.16 亿元), aligned with the target's.</summary>
    public ImmutableArray<Observation> Components { get; internal init; } = [];

    /// <summary>The period the figures cover, as written before them (1-6月, 上半年, 前三季度, 全年), when the actual names one.</summary>
    public string? Period
    {
        get => _rare?.Period;
        internal init => _rare = value == Period ? _rare : Rare.Normal((_rare ?? Rare.None) with { Period = value });
    }

    /// <summary>The share of the target the actual reports, in percent (完成年度目标的 103% is 103), when it gives one.</summary>
    public decimal? ShareOfTarget
    {
        get => _rare?.ShareOfTarget;
        internal init => _rare = value is null && ShareOfTarget is null ? _rare : Rare.Normal((_rare ?? Rare.None) with { ShareOfTarget = value });
    }

    /// <summary>How far the figure is above the city's (高于全市 1.5 个百分点), when the actual says so.</summary>
    public CityGap? CityGap
    {
        get => _rare?.CityGap;
        internal init => _rare = value is null && CityGap is null ? _rare : Rare.Normal((_rare ?? Rare.None) with { CityGap = value });
    }

    /// <summary>A project's milestone status (已竣工, 完成建设进度 45%), when the actual is one.</summary>
    public MilestoneStatus? Milestone
    {
        get => _rare?.Milestone;
        internal init => _rare = value is null && Milestone is null ? _rare : Rare.Normal((_rare ?? Rare.None) with { Milestone = value });
    }

    /// <summary>True when a remark says the work lags (80%(新区实验幼儿园进度滞后)): the share on pace does not settle it.</summary>
    internal bool Lagging
    {
        get => _rare?.Lagging ?? false;
        init => _rare = value == Lagging ? _rare : Rare.Normal((_rare ?? Rare.None) with { Lagging = value });
    }

    /// <summary>
    /// True when <see cref="ShareOfTarget"/> is a percent written alone (95%): how much of the work is done, which under a
    /// target that names no amount says nothing of the units finished.
    /// </summary>
    internal bool ShareOfWork
    {
        get => _rare?.ShareOfWork ?? false;
        init => _rare = value == ShareOfWork ? _rare : Rare.Normal((_rare ?? Rare.None) with { ShareOfWork = value });
    }

    // What few actuals give, kept apart so that the many which give none carry one empty reference instead: a level or a
    // growth with a status took 272 bytes with these in place. Parts and components stay in place: the judge asks for
    // them on every row, and a slash row would otherwise pay a second object to reach them. Null when all are unset, so equal observations hold equal
    // values here (the record's equality compares this field, and Rare compares by value); a setter given the value the
    // field already holds (null, the same text) changes nothing, so an initializer naming them all
    // allocates nothing for them.
    private readonly Rare? _rare;

    private readonly ImmutableArray<string> _assertions = [];

    /// <summary>Nothing reported.</summary>
    public static Observation NotReported { get; } = new() { Status = ObservationStatus.NotReported };

    /// <summary>A level figure.</summary>
    public static Observation OfLevel(decimal value, Unit unit) => new() { Level = new Quantity(value, unit) };

    /// <summary>A growth figure in percent (negative for a decline).</summary>
    public static Observation OfGrowth(decimal percent) => new() { Growth = percent };

    /// <summary>A comparable growth figure in percent (negative for a decline).</summary>
    public static Observation OfComparableGrowth(decimal percent) => new() { ComparableGrowth = percent };

    /// <summary>An actual that asserts a statement (达标, 高于全市平均水平, 在全市保持较好水平).</summary>
    /// <exception cref="ArgumentException"><paramref name="statement"/> is blank.</exception>
    public static Observation Asserting(string statement)
    {
        Validate.Text(statement, nameof(statement));
        return new() { Text = statement, Assertions = [Target.Normalize(statement)] };
    }

    /// <summary>An actual whose figure the city has yet to give (待市级部门反馈).</summary>
    public static Observation AwaitingCity(string text = "待市级部门反馈") => new() { Text = text, Status = ObservationStatus.AwaitingCity };

    /// <summary>An actual for a target that no longer applies (国家已不再评定).</summary>
    public static Observation NoLongerAssessed(string text = "不再考核") => new() { Text = text, Status = ObservationStatus.NoLongerAssessed };

    /// <summary>Slash components, one observation per component of the target.</summary>
    /// <exception cref="ArgumentException">Fewer than two components.</exception>
    public static Observation OfComponents(params Observation[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Length < 2)
        {
            throw new ArgumentException("Slash components come at least two at a time.", nameof(components));
        }

        return new() { Text = string.Join("/", components.Select(c => c.Text)), Components = [.. components] };
    }

    /// <summary>Labelled parts (市级 80 个、区级 104 个).</summary>
    public static Observation OfParts(params ObservationPart[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new() { Parts = [.. parts] };
    }

    /// <summary>The value of <paramref name="measure"/>, when this observation gives it.</summary>
    internal Quantity? Read(Measure measure) => TryRead(measure, out var value) ? value : null;

    /// <summary>
    /// <see cref="Read"/> without a nullable result: judging reads a measure for nearly every row, and a switch over
    /// nullable quantities (64 bytes each) compiles to a large zeroed frame and several copies.
    /// </summary>
    internal bool TryRead(Measure measure, out Quantity value)
    {
        decimal? figure;
        switch (measure)
        {
            case Measure.Level:
                value = Level.GetValueOrDefault();
                return Level.HasValue;
            case Measure.Growth:
                figure = Growth;
                break;
            case Measure.ComparableGrowth:
                figure = ComparableGrowth;
                break;
            case Measure.PointChange:
                value = new Quantity(PointChange.GetValueOrDefault(), Unit.PercentagePoint);
                return PointChange.HasValue;
            default:
                value = default;
                return false;
        }

        value = Quantity.Percent(figure.GetValueOrDefault());
        return figure.HasValue;
    }

    /// <summary>
    /// True when the actual asserts <paramref name="statement"/>, in its words or with the completed aspect before them:
    /// 已达到国际先进水平 and 已经达到国际先进水平 assert 达到国际先进水平.
    /// </summary>
    internal bool Asserts(string statement)
    {
        foreach (var said in Assertions)
        {
            var aspect = said.Length - statement.Length;
            if (aspect >= 0 && said.AsSpan(aspect).SequenceEqual(statement)
                && (aspect == 0 || said.AsSpan(0, aspect) is "已" or "已经"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fields few actuals set; <see cref="None"/> when all are unset.</summary>
    private sealed record Rare
    {
        public static Rare None { get; } = new();

        public decimal? PointChange { get; init; }

        public string? Expected { get; init; }

        public string? Period { get; init; }

        public decimal? ShareOfTarget { get; init; }

        public CityGap? CityGap { get; init; }

        public MilestoneStatus? Milestone { get; init; }

        public bool Lagging { get; init; }

        public bool ShareOfWork { get; init; }

        public Quantity? LevelHigh { get; init; }

        public static Rare? Normal(Rare rare) => rare == None ? null : rare;
    }
}
