using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Facts;

namespace TargetRules.Benchmarks.Engines;

/// <summary>
/// Late city figures: a session holds the judged plan, then the city publishes its figure for every row that
/// was waiting on it, one figure at a time; the session re-judges only the rules that read that figure.
/// Each run withdraws the figures again first, so every run inserts figures the session does not hold.
/// </summary>
public sealed class IncrementalScenario
{
    private readonly EvaluationSession _session;
    private readonly Reference[] _arrivals;

    public IncrementalScenario(GeneratedPlan plan)
    {
        _session = new RuleSetRunner(plan).Session();
        _arrivals = plan.Rows
            .Where(r => r.Shape == Shape.CityWithoutFigure)
            .Select(r => new Reference(r.Indicator, ReferenceKind.City, new Observation { Text = "增长 1%", Growth = 1m }, "late"))
            .ToArray();
    }

    /// <summary>How many rules the arrivals re-judge (one per figure).</summary>
    public int Dependents => _arrivals.Length;

    /// <summary>Withdraws the late figures (untimed by the caller's choice), then inserts them one at a time.</summary>
    public void Reset()
    {
        foreach (var figure in _arrivals)
        {
            _session.Retract(figure.Indicator, figure.Kind);
        }
    }

    /// <summary>Inserts every late figure one at a time; returns how many rules changed state.</summary>
    public int Run()
    {
        var changed = 0;
        foreach (var figure in _arrivals)
        {
            changed += _session.Insert(figure).Count;
        }

        return changed;
    }
}
