using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Benchmarks.Engines;

/// <summary>TargetRules over the prepared (Target, Observation) pairs of a generated plan.</summary>
public sealed class TargetRulesRunner
{
    private readonly string[] _indicators;
    private readonly Target[] _targets;
    private readonly Observation[] _actuals;
    private readonly IReferenceLookup _references;
    private readonly Evaluator _evaluator = Evaluator.Default;

    public TargetRulesRunner(GeneratedPlan plan)
    {
        _indicators = plan.Rows.Select(r => r.Indicator).ToArray();
        _targets = plan.Rows.Select(r => r.Target).ToArray();
        _actuals = plan.Rows.Select(r => r.Actual).ToArray();
        _references = plan.References;
    }

    public int Count => _targets.Length;

    public Attainment Judge(int i) => _evaluator.Evaluate(_indicators[i], _targets[i], _actuals[i], _references);

    /// <summary>Judges every row and keeps only its state, as the peers do; each attainment dies young.</summary>
    public void Run(AttainmentState[] states)
    {
        for (var i = 0; i < _targets.Length; i++)
        {
            states[i] = _evaluator.Evaluate(_indicators[i], _targets[i], _actuals[i], _references).State;
        }
    }

    /// <summary>Judges every row and keeps every attainment, as a report does before it is written.</summary>
    public void Run(Attainment[] results)
    {
        for (var i = 0; i < _targets.Length; i++)
        {
            results[i] = _evaluator.Evaluate(_indicators[i], _targets[i], _actuals[i], _references);
        }
    }
}
