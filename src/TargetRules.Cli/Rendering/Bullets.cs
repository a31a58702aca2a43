using TargetRules.Evaluation;
using TargetRules.Facts;
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
    /// <summary>
    /// The bullets of a row: one per slash component, or per scoped part (市级 80 个、区级 100 个), with a
    /// figure on both sides; none for a row without figures.
    /// </summary>
    public static IReadOnlyList<Bullet> Of(Attainment row, ReportingPeriod period)
    {
        var bullets = new List<Bullet>();
        foreach (var component in row.Components)
        {
            foreach (var (label, target, actual) in Pairs(component))
            {
                if (Find(target) is not var (measure, comparison, value, cumulative)
                    || actual?.Read(measure) is not { } figure
                    || !figure.TryConvertTo(value.Unit, out var converted))
                {
                    continue;
                }

                var threshold = cumulative && period.IsInterim ? value.Value * period.Elapsed : value.Value;
                bullets.Add(new Bullet(label, converted.Value, threshold, value.Unit, comparison, PartState(component.State, comparison, converted.Value, threshold)));
            }
        }

        return bullets;
    }

    /// <summary>What to draw for a component: the component itself, or each scoped part with the part of the actual of the same name.</summary>
    private static IEnumerable<(string Label, Target Target, Observation? Actual)> Pairs(Attainment component)
    {
        var scoped = component.Target switch
        {
            ScopedTarget s => [s],
            AllOfTarget all => all.Conditions.OfType<ScopedTarget>().ToList(),
            _ => [],
        };
        if (scoped.Count == 0)
        {
            return [(component.Indicator, component.Target, component.Actual)];
        }

        return scoped.Select(s => ($"{component.Indicator}（{s.Scope}）", s.Inner,
            component.Actual.Parts.FirstOrDefault(p => p.Label == s.Scope)?.Value ?? (component.Actual.Parts.IsEmpty ? component.Actual : null)));
    }

    /// <summary>
    /// A part takes its component's state, except that in a missed component each part is coloured by its
    /// own comparison, so the part that reached its figure is not drawn red.
    /// </summary>
    private static AttainmentState PartState(AttainmentState component, Comparison comparison, decimal actual, decimal threshold) =>
        component != AttainmentState.Missed ? component
        : comparison switch
        {
            Comparison.Above => actual > threshold,
            Comparison.AtMost or Comparison.AboutOrBelow => actual <= threshold,
            Comparison.Below => actual < threshold,
            _ => actual >= threshold,
        } ? AttainmentState.Met : AttainmentState.Missed;

    private static (Measure, Comparison, Quantity, bool)? Find(Target target) => target switch
    {
        ThresholdTarget t => (t.Measure, t.Comparison, t.Value, t.Cumulative),
        RangeTarget r => (r.Measure, Comparison.AtLeast, r.Low, false),
        AllOfTarget all => all.Conditions.Select(Find).FirstOrDefault(c => c is not null),
        _ => null,
    };
}
