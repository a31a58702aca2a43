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

    /// <param name="plan">The plan the session judges.</param>
    /// <param name="figures">At most how many late figures arrive (all the rows waiting on one without).</param>
    public IncrementalScenario(GeneratedPlan plan, int figures = int.MaxValue)
    {
        _session = new RuleSetRunner(plan).Session();
        _arrivals = [.. plan.LateCityFigures(figures)];
    }

    /// <summary>How many figures arrive: as many rules as they re-judge, one each (<see cref="Rejudged"/> counts them).</summary>
    public int Dependents => _arrivals.Length;

    /// <summary>How many rules the last <see cref="Run"/> judged again, over all its figures.</summary>
    public int Rejudged { get; private set; }

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
        var (changed, rejudged) = (0, 0);
        foreach (var figure in _arrivals)
        {
            changed += _session.Insert(figure).Count;
            rejudged += _session.Rejudged.Length;
        }

        Rejudged = rejudged;
        return changed;
    }
}
