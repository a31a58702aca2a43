using TargetRules.Evaluation;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Reporting;

/// <summary>
/// The rows a later row of the plan can name (与经济增长基本同步): by their own name, first row first, and the
/// first economy-growth row for 经济增长. Any later row may name any earlier one, so every judged row is kept
/// to the end of the plan; an actual that gives at most one figure is kept as just that (a peer comparison
/// reads the text, the status and the figures), about a third the size of the observation.
/// </summary>
internal sealed class PlanPeers
{
    // Values are Observation or Figure.
    private readonly PeerIndex<object> _index = new();

    /// <summary>Records <paramref name="actual"/> under <paramref name="indicator"/> unless a row before gave that name.</summary>
    public void Add(string indicator, Observation actual) => _index.TryAdd(indicator, Figure.Of(actual) ?? (object)actual);

    /// <summary>The actual of the earlier row <paramref name="peer"/> names, as a peer comparison reads it; null when none.</summary>
    public Observation? Find(string peer) => Restore(_index.TryFind(peer, out var kept) ? kept : null);

    private static Observation? Restore(object? kept) => kept switch
    {
        Figure figure => figure.Observation(),
        _ => (Observation?)kept,
    };

    /// <summary>The text, status and at most one figure of an actual that reports nothing else.</summary>
    private sealed class Figure(string text, ObservationStatus status, Measure? measure, Quantity? level, decimal number)
    {
        public static Figure? Of(Observation actual)
        {
            if (!actual.Assertions.IsEmpty || actual.Expected is not null || actual.Provisional || !actual.Parts.IsEmpty
                || !actual.Components.IsEmpty || actual.Milestone is not null)
            {
                return null;
            }

            return (actual.Level, actual.Growth, actual.ComparableGrowth, actual.PointChange) switch
            {
                (null, null, null, null) => new Figure(actual.Text, actual.Status, null, null, 0),
                ({ } level, null, null, null) => new Figure(actual.Text, actual.Status, Measure.Level, level, 0),
                (null, { } growth, null, null) => new Figure(actual.Text, actual.Status, Measure.Growth, null, growth),
                (null, null, { } comparable, null) => new Figure(actual.Text, actual.Status, Measure.ComparableGrowth, null, comparable),
                (null, null, null, { } points) => new Figure(actual.Text, actual.Status, Measure.PointChange, null, points),
                _ => null,
            };
        }

        public Observation Observation() => new()
        {
            Text = text,
            Status = status,
            Level = level,
            Growth = measure == Measure.Growth ? number : null,
            ComparableGrowth = measure == Measure.ComparableGrowth ? number : null,
            PointChange = measure == Measure.PointChange ? number : null,
        };
    }
}
