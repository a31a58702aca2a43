using System.Collections.Immutable;
using System.Globalization;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Facts;

namespace TargetRules.Benchmarks.Engines;

/// <summary>TargetRules' compiled path: the plan's targets compiled once into a <see cref="RuleSet"/>, then judged.</summary>
public sealed class RuleSetRunner
{
    private readonly KeyValuePair<string, Observation>[] _actuals;
    private readonly Observation[] _inOrder;
    private readonly Reference[] _references;

    public RuleSetRunner(GeneratedPlan plan)
    {
        Rules = Compile(plan);
        _actuals = plan.Rows.Select(r => KeyValuePair.Create(Id(r), r.Actual)).ToArray();
        _inOrder = plan.Rows.Select(r => r.Actual).ToArray();
        _references = plan.References.All.ToArray();
    }

    public RuleSet Rules { get; }

    public static string Id(GeneratedRow row) => row.Row.ToString(CultureInfo.InvariantCulture);

    public static RuleSet Compile(GeneratedPlan plan) => RuleSet.Compile(plan.Rows.Select(r => new Rule(Id(r), r.Indicator, r.Target)));

    /// <summary>Judges every rule against the plan's actuals (given in rule order, as prepared) and references.</summary>
    public EvaluationResults Evaluate() => Rules.EvaluateInOrder(_inOrder, _references);

    /// <summary>The same, with each actual named by its rule's id.</summary>
    public EvaluationResults EvaluateById() => Rules.Evaluate(_actuals, _references);

    /// <summary>A session with every actual and reference known, ready for late figures.</summary>
    public EvaluationSession Session()
    {
        var session = Rules.CreateSession(2022);
        session.Observe(_actuals);
        session.Insert(_references);
        return session;
    }
}
