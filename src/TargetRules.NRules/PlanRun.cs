using TargetRules.Evaluation;
using TargetRules.Facts;

namespace TargetRules.NRules;

/// <summary>
/// The evaluation session behind one <see cref="PlanFact"/> in one NRules session, and the attainment facts it
/// has published. After each forwarded fact it compares, for the rules the session judged again, the attainment now
/// with the one published, and returns a new fact only for the rules that differ.
/// </summary>
internal sealed class PlanRun
{
    private readonly EvaluationSession _session;
    private readonly AttainmentFact[] _published;

    public PlanRun(PlanFact plan)
    {
        Plan = plan;
        _session = plan.Rules.CreateSession(plan.Year, plan.Period);
        var rules = plan.Rules.Rules;
        _published = new AttainmentFact[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            _published[i] = new AttainmentFact(plan, rules[i].Id, _session.Results[i]);
        }
    }

    public PlanFact Plan { get; }

    /// <summary>Set when the plan fact is gone: facts still forwarded then change nothing.</summary>
    public bool Closed { get; private set; }

    /// <summary>The attainment facts as last published, in rule order.</summary>
    public IReadOnlyList<AttainmentFact> Facts => _published;

    public bool Holds(string ruleId) => Plan.Rules.IndexOf(ruleId) >= 0;

    public IReadOnlyList<AttainmentFact> Observe(ActualFact actual)
    {
        if (Closed)
        {
            return [];
        }

        _session.Observe(actual.RuleId, actual.Actual);
        return Publish();
    }

    /// <summary>The actual is retracted: the rule is not reported again, as before any actual arrived.</summary>
    public IReadOnlyList<AttainmentFact> Withdraw(ActualFact actual)
    {
        if (Closed)
        {
            return [];
        }

        _session.Observe(actual.RuleId, Observation.NotReported);
        return Publish();
    }

    public IReadOnlyList<AttainmentFact> Insert(Reference reference)
    {
        if (Closed)
        {
            return [];
        }

        _session.Insert(reference);
        return Publish();
    }

    public IReadOnlyList<AttainmentFact> Retract(Reference reference)
    {
        if (Closed)
        {
            return [];
        }

        _session.Retract(reference.Indicator, reference.Kind);
        return Publish();
    }

    public void Close() => Closed = true;

    // The session says which rules it judged again: the rule of an actual and the rules comparing with it, the rules reading
    // a reference (by the judge's own reading of names, predicted or recorded), and only those. A rule whose state stayed
    // may still have new reasons, so each is compared; the state changes the session returns are among them.
    private IReadOnlyList<AttainmentFact> Publish()
    {
        List<AttainmentFact>? changed = null;
        foreach (var index in _session.Rejudged)
        {
            var now = _session.Results[index];
            var published = _published[index];

            // The session keeps a rule's attainment object until it judges the rule again.
            if (!ReferenceEquals(now, published.Attainment) && !Attainments.Same(now, published.Attainment))
            {
                _published[index] = new AttainmentFact(Plan, published.RuleId, now);
                (changed ??= []).Add(_published[index]);
            }
        }

        return changed ?? (IReadOnlyList<AttainmentFact>)[];
    }
}
