using System.Collections.Immutable;
using TargetRules.Quantities;

namespace TargetRules.Targets;

/// <summary>A comparison of one measure with a figure: 30%以上, 增长 6%, 控制在 10410 人内, 6%左右.</summary>
public sealed record ThresholdTarget : Target
{
    internal ThresholdTarget(
        Measure Measure, Comparison Comparison, Quantity Value, bool Cumulative, bool Stretch = false, bool Unsettled = false, bool Direction = false)
    {
        this.Measure = Measure;
        this.Comparison = Comparison;
        this.Value = Value;
        this.Cumulative = Cumulative;
        this.Stretch = Stretch;
        this.CumulativeUnsettled = Unsettled;
        this.DirectionUnsettled = Direction;
    }

    /// <summary>The measure compared.</summary>
    public Measure Measure { get; }

    /// <summary>How the actual is compared with <see cref="Value"/>.</summary>
    public Comparison Comparison { get; }

    /// <summary>The target figure.</summary>
    public Quantity Value { get; }

    /// <summary>
    /// True for an amount that accumulates over the year (money totals, 新增/完成 counts): an interim
    /// evaluation prorates it (序时进度). Money levels are cumulative by default.
    /// </summary>
    public bool Cumulative { get; }

    /// <summary>
    /// True for a stretch goal beside a floor (增长 6%，力争 7%): the floor decides the state, and the reason says
    /// whether the stretch goal was reached too.
    /// </summary>
    public bool Stretch { get; }

    /// <summary>
    /// True when neither the words nor the indicator's name say whether the figure accumulates over the year (a bare 200 of
    /// an indicator that is neither 新增… nor …拥有量): an interim report weighs both readings, and where they disagree
    /// the condition is Undetermined. <see cref="Cumulative"/> is then the full-year reading.
    /// </summary>
    public bool CumulativeUnsettled { get; }

    /// <summary>
    /// True for X左右 on an indicator whose name says neither that higher nor that lower is better (a rate such as 投诉率):
    /// it is weighed as a floor (at least X less the tolerance) and as a cap (at most X plus it), and where the two
    /// disagree the condition is Undetermined. <see cref="Comparison"/> stays <see cref="Comparison.About"/>.
    /// </summary>
    public bool DirectionUnsettled { get; }

    /// <summary>The same comparison on comparable growth (可比增长).</summary>
    /// <exception cref="InvalidOperationException">This target is not a growth target.</exception>
    public ThresholdTarget Comparable() => Measure is Measure.Growth or Measure.ComparableGrowth
        ? new ThresholdTarget(Measure.ComparableGrowth, Comparison, Value, Cumulative, Stretch, CumulativeUnsettled, DirectionUnsettled)
        : throw new InvalidOperationException($"Only a growth target can be comparable; this one reads {Measure}.");

    /// <summary>The same target, marked as an amount that accumulates over the year (or not).</summary>
    /// <exception cref="InvalidOperationException">Only a level can accumulate.</exception>
    public ThresholdTarget AccumulatesOverYear(bool cumulative = true) => Measure == Measure.Level || !cumulative
        ? new ThresholdTarget(Measure, Comparison, Value, cumulative, Stretch, Direction: DirectionUnsettled)
        : throw new InvalidOperationException("Only a level accumulates over the year; rates and growth compare directly.");

    /// <summary>The same level, read both ways in an interim report: whether it accumulates over the year is not said.</summary>
    /// <exception cref="InvalidOperationException">Only a level can accumulate.</exception>
    internal ThresholdTarget AccumulationUnsettled() => Measure == Measure.Level
        ? new ThresholdTarget(Measure, Comparison, Value, Cumulative: false, Stretch, Unsettled: true, DirectionUnsettled)
        : throw new InvalidOperationException("Only a level accumulates over the year; rates and growth compare directly.");

    /// <summary>The same X左右 level, weighed as a floor and as a cap: the indicator's name does not say which way is better.</summary>
    /// <exception cref="InvalidOperationException">The target is not a level about a figure (左右).</exception>
    internal ThresholdTarget DirectionUnstated() => Measure == Measure.Level && Comparison == Comparison.About
        ? new ThresholdTarget(Measure, Comparison, Value, Cumulative, Stretch, CumulativeUnsettled, Direction: true)
        : throw new InvalidOperationException("Only a level about a figure (X左右) can be read both as a floor and as a cap.");

    /// <summary>The same target as a stretch goal (力争), which reports whether it was reached but never decides the state.</summary>
    public ThresholdTarget AsStretch() => new(Measure, Comparison, Value, Cumulative, Stretch: true, CumulativeUnsettled, DirectionUnsettled);
}

/// <summary>A range 12-15: met at or above the low end (exceeding the range is still met).</summary>
public sealed record RangeTarget : Target
{
    internal RangeTarget(Measure Measure, Quantity Low, Quantity High)
    {
        this.Measure = Measure;
        this.Low = Low;
        this.High = High;
    }

    /// <summary>The measure compared.</summary>
    public Measure Measure { get; }

    /// <summary>The low end, which the actual must reach.</summary>
    public Quantity Low { get; }

    /// <summary>The high end, kept for the report.</summary>
    public Quantity High { get; }
}

/// <summary>A comparison with the city's figure for the same measure (高于全市平均水平, 与全市保持同步).</summary>
public sealed record CityRelativeTarget : Target
{
    internal CityRelativeTarget(Measure Measure, CityRelation Relation)
    {
        this.Measure = Measure;
        this.Relation = Relation;
    }

    /// <summary>The measure compared with the city's.</summary>
    public Measure Measure { get; }

    /// <summary>How the district relates to the city.</summary>
    public CityRelation Relation { get; }
}

/// <summary>A comparison with another indicator of the same plan (与经济增长基本同步).</summary>
public sealed record IndicatorRelativeTarget : Target
{
    internal IndicatorRelativeTarget(Measure Measure, string Peer, bool Basically)
    {
        this.Measure = Measure;
        this.Peer = Peer;
        this.Basically = Basically;
    }

    /// <summary>The measure compared.</summary>
    public Measure Measure { get; }

    /// <summary>The other indicator, as the plan names it (经济增长 reads 地区生产总值 or 增加值).</summary>
    public string Peer { get; }

    /// <summary>True for 基本同步: the sync tolerance applies.</summary>
    public bool Basically { get; }
}

/// <summary>A target the city assigns (完成市下达目标, 控制在市下达目标内).</summary>
public sealed record CityQuotaTarget : Target
{
    internal CityQuotaTarget(QuotaDirection Direction) => this.Direction = Direction;

    /// <summary>Whether the quota is to be reached or not exceeded.</summary>
    public QuotaDirection Direction { get; }
}

/// <summary>A qualitative target (在全市保持较好水平).</summary>
public sealed record QualitativeTarget : Target
{
    internal QualitativeTarget(string Statement)
    {
        this.Statement = Statement;
        Standing = Standings.Of(Statement);
    }

    /// <summary>The statement the actual has to assert.</summary>
    public string Statement { get; }

    /// <summary>The standing the statement asks for, which an actual claiming the same or a higher one meets.</summary>
    internal Standing Standing { get; }
}

/// <summary>A target for one named part of an indicator (市级 80 个, 完工 200 台, 义务教育阶段达到 80%).</summary>
public sealed record ScopedTarget : Target
{
    internal ScopedTarget(string Scope, Target Inner)
    {
        this.Scope = Scope;
        this.Inner = Inner;
    }

    /// <summary>The part's name, matched with the part of the actual that carries the same name.</summary>
    public string Scope { get; }

    /// <summary>The target for that part.</summary>
    public Target Inner { get; }
}

/// <summary>Conditions on one indicator that must all hold (可比增长 6%以上，不低于全市平均水平).</summary>
public sealed record AllOfTarget : Target
{
    internal AllOfTarget(ImmutableArray<Target> Conditions) => this.Conditions = Conditions;

    /// <summary>The conditions, in the order written.</summary>
    public ImmutableArray<Target> Conditions { get; }

    /// <inheritdoc />
    public bool Equals(AllOfTarget? other) => other is not null && Conditions.SequenceEqual(other.Conditions);

    /// <inheritdoc />
    public override int GetHashCode() => Sequence.Hash(Conditions);
}

/// <summary>Slash components of a row (增长与全市保持同步/180 亿元/120 亿元), each judged on its own.</summary>
public sealed record ComponentsTarget : Target
{
    internal ComponentsTarget(ImmutableArray<Target> Components) => this.Components = Components;

    /// <summary>The components, aligned with the slash parts of the indicator name.</summary>
    public ImmutableArray<Target> Components { get; }

    /// <inheritdoc />
    public bool Equals(ComponentsTarget? other) => other is not null && Components.SequenceEqual(other.Components);

    /// <inheritdoc />
    public override int GetHashCode() => Sequence.Hash(Components);
}

/// <summary>No target ("/" or a blank cell).</summary>
public sealed record VoidTarget : Target
{
    private VoidTarget()
    {
    }

    internal static VoidTarget Instance { get; } = new();
}

internal static class Sequence
{
    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}

internal static class Validate
{
    public static void Defined<TEnum>(TEnum value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Not a defined {typeof(TEnum).Name}.");
        }
    }

    public static void Text(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("The text must not be blank.", name);
        }
    }

    public static void Measure(Measure measure, Unit unit)
    {
        Defined(measure);
        var ok = measure switch
        {
            Targets.Measure.Growth or Targets.Measure.ComparableGrowth => unit.Dimension == Dimension.Percent,
            Targets.Measure.PointChange => unit.Dimension == Dimension.PercentagePoint,
            _ => unit.Dimension != Dimension.PercentagePoint,
        };
        if (!ok)
        {
            throw new ArgumentException($"A {measure} target cannot be written in '{unit}'.", nameof(unit));
        }
    }
}
