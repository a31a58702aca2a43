using System.Collections.Immutable;
using TargetRules.Names;
using TargetRules.Quantities;

namespace TargetRules.Targets;

/// <summary>
/// A plan target: a closed tree of conditions built through the validating factories on this type
/// (<see cref="AtLeast(decimal, Unit)"/>, <see cref="Growth(decimal)"/>, <see cref="AboveCityAverage(Measure)"/> …)
/// or parsed from text by <c>TargetRules.Text.TargetParser</c>.
/// </summary>
public abstract record Target
{
    private protected Target()
    {
    }

    /// <summary>Every condition of this target must hold (三值与: three-valued AND).</summary>
    public AllOfTarget And(Target other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var left = this is AllOfTarget a ? a.Conditions : [this];
        var right = other is AllOfTarget b ? b.Conditions : [other];
        return new AllOfTarget(left.AddRange(right));
    }

    /// <summary>This target applied to one named part of the indicator (市级, 区级, 新增, 义务教育阶段).</summary>
    public ScopedTarget For(string scope) => Scoped(scope, this);

    // ---- Levels --------------------------------------------------------------------------

    /// <summary>Actual ≥ <paramref name="value"/> (以上, 达到, 完成, a bare figure).</summary>
    public static ThresholdTarget AtLeast(decimal value, Unit unit) => Threshold(Measure.Level, Comparison.AtLeast, new Quantity(value, unit));

    /// <summary>Actual &gt; <paramref name="value"/> (超过, 高于).</summary>
    public static ThresholdTarget Above(decimal value, Unit unit) => Threshold(Measure.Level, Comparison.Above, new Quantity(value, unit));

    /// <summary>Actual ≤ <paramref name="value"/> (以内, 控制在…内, 不超过).</summary>
    public static ThresholdTarget AtMost(decimal value, Unit unit) => Threshold(Measure.Level, Comparison.AtMost, new Quantity(value, unit));

    /// <summary>Actual &lt; <paramref name="value"/> (低于).</summary>
    public static ThresholdTarget Below(decimal value, Unit unit) => Threshold(Measure.Level, Comparison.Below, new Quantity(value, unit));

    /// <summary>Actual ≥ <paramref name="value"/> minus the policy tolerance (左右).</summary>
    public static ThresholdTarget About(decimal value, Unit unit) => Threshold(Measure.Level, Comparison.About, new Quantity(value, unit));

    /// <summary>A range 12-15: actual ≥ <paramref name="low"/> (exceeding the range is still met).</summary>
    public static RangeTarget Between(decimal low, decimal high, Unit unit) => Range(Measure.Level, new Quantity(low, unit), new Quantity(high, unit));

    /// <summary>A comparison of one measure with a figure.</summary>
    /// <exception cref="ArgumentException">The figure's unit does not suit the measure (growth is in percent, a point change in points).</exception>
    public static ThresholdTarget Threshold(Measure measure, Comparison comparison, Quantity value)
    {
        Validate.Measure(measure, value.Unit);
        Validate.Defined(comparison);
        return new ThresholdTarget(measure, comparison, value, Cumulative: IsCumulativeByDefault(measure, value.Unit));
    }

    /// <summary>A range of one measure: actual ≥ <paramref name="low"/>.</summary>
    /// <exception cref="ArgumentException">The bounds are in different units, reversed, or do not suit the measure.</exception>
    public static RangeTarget Range(Measure measure, Quantity low, Quantity high)
    {
        Validate.Measure(measure, low.Unit);
        if (low.Unit != high.Unit)
        {
            throw new ArgumentException($"A range is written in one unit; got {low.Unit} and {high.Unit}.", nameof(high));
        }

        if (low.Value > high.Value)
        {
            throw new ArgumentException($"A range runs from low to high; got {low} to {high}.", nameof(high));
        }

        return new RangeTarget(measure, low, high);
    }

    // ---- Growth --------------------------------------------------------------------------

    /// <summary>增长 X%: growth ≥ <paramref name="percent"/>.</summary>
    public static ThresholdTarget Growth(decimal percent) => Threshold(Measure.Growth, Comparison.AtLeast, Quantity.Percent(percent));

    /// <summary>可比增长 X%: comparable growth ≥ <paramref name="percent"/>.</summary>
    public static ThresholdTarget ComparableGrowth(decimal percent) => Threshold(Measure.ComparableGrowth, Comparison.AtLeast, Quantity.Percent(percent));

    /// <summary>下降 X% as a target: a decline of at least <paramref name="percent"/> (growth ≤ −X).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative.</exception>
    public static ThresholdTarget Decline(decimal percent)
    {
        if (percent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A decline is written as a positive percentage (下降 5%).");
        }

        return Threshold(Measure.Growth, Comparison.AtMost, Quantity.Percent(-percent));
    }

    /// <summary>持平: growth ≥ 0.</summary>
    public static ThresholdTarget Flat() => Growth(0);

    /// <summary>稳定增长: growth &gt; 0.</summary>
    public static ThresholdTarget StableGrowth() => Threshold(Measure.Growth, Comparison.Above, Quantity.Percent(0));

    /// <summary>提升 X 个百分点: a rise of at least <paramref name="points"/> percentage points.</summary>
    public static ThresholdTarget PointRise(decimal points) =>
        Threshold(Measure.PointChange, Comparison.AtLeast, new Quantity(points, Unit.PercentagePoint));

    // ---- Relative to the city and to other indicators -------------------------------------

    /// <summary>高于全市平均水平: actual &gt; the city's figure.</summary>
    public static CityRelativeTarget AboveCityAverage(Measure measure = Measure.Level) => RelativeToCity(measure, CityRelation.Above);

    /// <summary>不低于全市平均水平: actual ≥ the city's figure.</summary>
    public static CityRelativeTarget NotBelowCityAverage(Measure measure = Measure.Level) => RelativeToCity(measure, CityRelation.NotBelow);

    /// <summary>与全市保持同步: growth ≥ the city's growth.</summary>
    public static CityRelativeTarget InSyncWithCity(Measure measure = Measure.Growth) => RelativeToCity(measure, CityRelation.InSync);

    /// <summary>与全市基本同步: growth ≥ the city's growth minus the sync tolerance.</summary>
    public static CityRelativeTarget BasicallyInSyncWithCity(Measure measure = Measure.Growth) => RelativeToCity(measure, CityRelation.BasicallyInSync);

    /// <summary>A comparison with the city's figure for the same measure.</summary>
    public static CityRelativeTarget RelativeToCity(Measure measure, CityRelation relation)
    {
        Validate.Defined(measure);
        Validate.Defined(relation);
        return new CityRelativeTarget(measure, relation);
    }

    /// <summary>
    /// 与经济增长（基本）同步: growth ≥ the growth of another indicator of the same plan
    /// (<paramref name="peer"/>: 经济增长 reads the plan's 地区生产总值 or 增加值 row).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="peer"/> is blank.</exception>
    public static IndicatorRelativeTarget InSyncWith(string peer, bool basically = false, Measure measure = Measure.Growth)
    {
        Validate.Text(peer, nameof(peer));
        Validate.Defined(measure);
        return new IndicatorRelativeTarget(measure, Normalize(peer), basically);
    }

    // ---- The city's own assignments -------------------------------------------------------

    /// <summary>完成市下达目标: the city's quota is reached (or the city says so).</summary>
    public static CityQuotaTarget CityQuota() => new(QuotaDirection.Reach);

    /// <summary>控制在市下达目标内: the figure stays within the city's quota (or the city says so).</summary>
    public static CityQuotaTarget WithinCityQuota() => new(QuotaDirection.Within);

    // ---- Statements, parts, combinations --------------------------------------------------

    /// <summary>A qualitative target (在全市保持较好水平), met when the actual asserts the same or a stronger statement.</summary>
    /// <exception cref="ArgumentException"><paramref name="statement"/> is blank.</exception>
    public static QualitativeTarget Qualitative(string statement)
    {
        Validate.Text(statement, nameof(statement));
        return new QualitativeTarget(Normalize(statement));
    }

    /// <summary>A target for one named part of the indicator (市级 80 个, 完工 200 台, 义务教育阶段达到 80%).</summary>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is blank, or <paramref name="inner"/> is itself a combination of slash components.</exception>
    public static ScopedTarget Scoped(string scope, Target inner)
    {
        Validate.Text(scope, nameof(scope));
        ArgumentNullException.ThrowIfNull(inner);
        if (inner is ComponentsTarget)
        {
            throw new ArgumentException("Slash components stand at the top of a row; they cannot be scoped.", nameof(inner));
        }

        return new ScopedTarget(Normalize(scope), inner);
    }

    /// <summary>Every one of <paramref name="conditions"/> must hold (three-valued AND).</summary>
    /// <exception cref="ArgumentException">Fewer than two conditions, or a slash combination among them.</exception>
    public static AllOfTarget AllOf(params Target[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        if (conditions.Length < 2)
        {
            throw new ArgumentException("An all-of target combines at least two conditions.", nameof(conditions));
        }

        var flat = ImmutableArray.CreateBuilder<Target>(conditions.Length);
        foreach (var condition in conditions)
        {
            ArgumentNullException.ThrowIfNull(condition, nameof(conditions));
            switch (condition)
            {
                case ComponentsTarget:
                    throw new ArgumentException("Slash components stand at the top of a row; they cannot be a condition.", nameof(conditions));
                case AllOfTarget nested:
                    flat.AddRange(nested.Conditions);
                    break;
                default:
                    flat.Add(condition);
                    break;
            }
        }

        return new AllOfTarget(flat.ToImmutable());
    }

    /// <summary>
    /// Slash components (180 亿元/120 亿元), aligned with the parts of the indicator name
    /// (产业类投资额/工业投资); each is judged on its own and the row rolls them up.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two components, or a component that is itself a slash combination.</exception>
    public static ComponentsTarget Slash(params Target[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Length < 2)
        {
            throw new ArgumentException("Slash components come at least two at a time.", nameof(components));
        }

        foreach (var component in components)
        {
            ArgumentNullException.ThrowIfNull(component, nameof(components));
            if (component is ComponentsTarget)
            {
                throw new ArgumentException("Slash components do not nest.", nameof(components));
            }
        }

        return new ComponentsTarget([.. components]);
    }

    /// <summary>No target for this indicator or component (a "/" or a blank cell): judged <c>NotAssessed</c>.</summary>
    public static VoidTarget None() => VoidTarget.Instance;

    /// <summary>ASCII and full-width forms are the same text; stray spaces are not part of a name.</summary>
    internal static string Normalize(string text) => TextNormalizer.Normalize(text).Trim();

    private static bool IsCumulativeByDefault(Measure measure, Unit unit) =>
        measure == Measure.Level && !unit.IsPerCapita && unit.Dimension is Dimension.Yuan or Dimension.UsDollar;
}
