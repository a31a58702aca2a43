using System.Linq.Expressions;
using NRules.Diagnostics;
using NRules.RuleModel.Builders;
using NRules.RuleModel;
using NRules;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.NRules;
using NRulesRuleSet = NRules.RuleModel.RuleSet;
using RuleSet = TargetRules.Evaluation.RuleSet;

namespace TargetRules.Benchmarks.Engines;

/// <summary>
/// The plan judged through the NRules bridge: a session over the bridge's rules and one host rule on missed rows
/// receives the plan fact, one actual fact per row and the references, and fires; then late city figures arrive one
/// at a time (insert and fire), each reaching the row that waited on it.
/// </summary>
public sealed class NRulesBridgeRunner
{
    /// <summary>How many late figures quick inserts: the same figures whatever the plan's size, so that the cost of one compares across sizes.</summary>
    public const int LateFigures = 200;

    private readonly ISessionFactory _factory;
    private readonly RuleSet _rules;
    private readonly ActualFact[] _actuals;
    private readonly ReferenceFact[] _references;
    private readonly ReferenceFact[] _late;
    private readonly HashSet<string> _missed = new(StringComparer.Ordinal);
    private ISession? _session;

    public NRulesBridgeRunner(GeneratedPlan plan)
    {
        _factory = new RuleCompiler().Compile([TargetRulesRuleSet.Create(), HostRules(_missed)]);
        _rules = RuleSetRunner.Compile(plan);
        _actuals = [.. plan.Rows.Select(r => new ActualFact(RuleSetRunner.Id(r), r.Actual))];
        _references = [.. plan.References.All.Select(r => new ReferenceFact(r))];
        _late = [.. plan.LateCityFigures(LateFigures).Select(r => new ReferenceFact(r))];
    }

    /// <summary>How many late figures <see cref="Arrive"/> inserts.</summary>
    public int Late => _late.Length;

    /// <summary>The rows the host rule holds as missed now.</summary>
    public int Missed => _missed.Count;

    /// <summary>A new session judges the whole plan; it is kept for the late figures.</summary>
    public ISession Judge()
    {
        _missed.Clear();
        var session = _factory.CreateSession();
        session.Insert(PlanFact.Create(_rules, 2022));
        session.InsertAll(_actuals);
        session.InsertAll(_references);
        session.Fire();
        return _session = session;
    }

    /// <summary>Inserts each late figure and fires, one figure at a time.</summary>
    public void Arrive()
    {
        var session = _session ?? Judge();
        foreach (var figure in _late)
        {
            session.Insert(figure);
            session.Fire();
        }
    }

    /// <summary>
    /// <see cref="Arrive"/>, counting what NRules does for the figures: the facts updated (the bridge's attainment facts)
    /// and the rules fired (the bridge forwarding each figure, the host rule on rows that became missed).
    /// </summary>
    public (int Updated, int Fired) ArriveCounted()
    {
        var events = (_session ?? Judge()).Events;
        var (updated, fired) = (0, 0);
        void OnUpdated(object? sender, WorkingMemoryEventArgs e) => updated++;
        void OnFired(object? sender, AgendaEventArgs e) => fired++;
        events.FactUpdatedEvent += OnUpdated;
        events.RuleFiredEvent += OnFired;
        try
        {
            Arrive();
        }
        finally
        {
            events.FactUpdatedEvent -= OnUpdated;
            events.RuleFiredEvent -= OnFired;
        }

        return (updated, fired);
    }

    /// <summary>Retracts the late figures again (untimed), so that the next <see cref="Arrive"/> inserts figures the session lacks.</summary>
    public void Withdraw()
    {
        var session = _session ?? Judge();
        foreach (var figure in _late)
        {
            session.TryRetract(figure);
        }

        session.Fire();
    }

    /// <summary>The states of the rows, from the session's attainment facts (a scan: for checking, not timing).</summary>
    public Dictionary<string, AttainmentState> States() => (_session ?? Judge()).Query<AttainmentFact>().ToDictionary(f => f.RuleId, f => f.State);

    // A host's escalation rule: it notes every missed row, and drops it when a later figure changes the row.
    private static IRuleSet HostRules(HashSet<string> missed)
    {
        var builder = new RuleBuilder();
        builder.Name("host: note missed rows");
        var row = builder.LeftHandSide().Pattern(typeof(AttainmentFact), "row");
        Expression<Func<AttainmentFact, bool>> isMissed = row => row.State == AttainmentState.Missed;
        row.Condition(isMissed);
        Expression<Action<IContext, AttainmentFact>> note = (ctx, row) => missed.Add(row.RuleId);
        Expression<Action<IContext, AttainmentFact>> drop = (ctx, row) => missed.Remove(row.RuleId);
        builder.RightHandSide().Action(note, ActionTrigger.Activated);
        builder.RightHandSide().Action(drop, ActionTrigger.Deactivated);
        var rules = new NRulesRuleSet("host");
        rules.Add([builder.Build()]);
        return rules;
    }
}
