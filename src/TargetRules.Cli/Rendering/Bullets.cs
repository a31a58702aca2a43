using TargetRules.Evaluation;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Cli.Rendering;

/// <summary>One numeric comparison to draw: the actual against the threshold it had to reach.</summary>
/// <param name="Label">The component's name.</param>
/// <param name="Actual">The actual, in the target's unit.</param>
/// <param name="Threshold">The threshold (prorated for an interim report of a cumulative amount).</param>
/// <param name="Unit">The unit both are in.</param>
/// <param name="Comparison">How they were compared.</param>
/// <param name="State">The component's state, for the colour.</param>
internal sealed record Bullet(string Label, decimal Actual, decimal Threshold, Unit Unit, Comparison Comparison, AttainmentState State)
{
    /// <summary>The bullets of a row: one per slash component with a figure on both sides; none for a row without figures.</summary>
    public static IReadOnlyList<Bullet> Of(Attainment row, ReportingPeriod period)
    {
        var bullets = new List<Bullet>();
        foreach (var component in row.Components)
        {
            if (Find(component.Target) is not var (measure, comparison, value, cumulative)
                || component.Actual.Read(measure) is not { } actual
                || !actual.TryConvertTo(value.Unit, out var converted))
            {
                continue;
            }

            var threshold = cumulative && period.IsInterim ? value.Value * period.Elapsed : value.Value;
            bullets.Add(new Bullet(component.Indicator, converted.Value, threshold, value.Unit, comparison, component.State));
        }

        return bullets;
    }

    private static (Measure, Comparison, Quantity, bool)? Find(Target target) => target switch
    {
        ThresholdTarget t => (t.Measure, t.Comparison, t.Value, t.Cumulative),
        RangeTarget r => (r.Measure, Comparison.AtLeast, r.Low, false),
        AllOfTarget all => all.Conditions.Select(Find).FirstOrDefault(c => c is not null),
        _ => null,
    };
}
