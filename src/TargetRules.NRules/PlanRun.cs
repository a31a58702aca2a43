using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.NRules;

/// <summary>
/// The evaluation session behind one <see cref="PlanFact"/> in one NRules session, and the attainment facts it
/// has published. After each forwarded fact it compares, for the rules the fact may reach, the attainment now
/// with the one published, and returns a new fact only for the rules that differ.
/// </summary>
internal sealed class PlanRun
{
    private readonly EvaluationSession _session;
    private readonly AttainmentFact[] _published;

    // The rules a reference of a name may reach (every rule with a component of that name), and for each rule the
    // rules that compare with its actual (与经济增长同步). Both are built from the public rule model, so they may
    // hold more rules than the session re-evaluates, never fewer: an extra rule costs one comparison.
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);
    private readonly List<int>[] _peerReaders;

    private readonly List<int> _candidates = [];

    public PlanRun(PlanFact plan)
    {
        Plan = plan;
        _session = plan.Rules.CreateSession(plan.Year, plan.Period);
        var rules = plan.Rules.Rules;
        _published = new AttainmentFact[rules.Length];
        _peerReaders = new List<int>[rules.Length];
        var peers = new List<(string Peer, int Reader)>();
        for (var i = 0; i < rules.Length; i++)
        {
            _published[i] = new AttainmentFact(plan, rules[i].Id, _session.Results[i]);
            foreach (var name in Names(rules[i].Indicator))
            {
                Add(_byName, name, i);
            }

            foreach (var peer in Peers(rules[i].Target))
            {
                peers.Add((NameKey.Of(peer), i));
            }
        }

        IndexPeers(rules, peers);
    }

    public PlanFact Plan { get; }

    /// <summary>Set when the plan fact is gone: facts still forwarded then change nothing.</summary>
    public bool Closed { get; private set; }

    /// <summary>The attainment facts as last published, in rule order.</summary>
    public IReadOnlyList<AttainmentFact> Facts => _published;

    public bool Holds(string ruleId) => Plan.Rules.IndexOf(ruleId) >= 0;

    public IReadOnlyList<AttainmentFact> Observe(ActualFact actual) => Observe(actual.RuleId, actual.Actual);

    /// <summary>The actual is retracted: the rule is not reported again, as before any actual arrived.</summary>
    public IReadOnlyList<AttainmentFact> Withdraw(ActualFact actual) => Observe(actual.RuleId, Observation.NotReported);

    public IReadOnlyList<AttainmentFact> Insert(Reference reference) =>
        Closed ? [] : Publish(_session.Insert(reference), ReadersOf(reference.Indicator));

    public IReadOnlyList<AttainmentFact> Retract(Reference reference) =>
        Closed ? [] : Publish(_session.Retract(reference.Indicator, reference.Kind), ReadersOf(reference.Indicator));

    public void Close() => Closed = true;

    private IReadOnlyList<AttainmentFact> Observe(string ruleId, Observation actual)
    {
        if (Closed)
        {
            return [];
        }

        var index = Plan.Rules.IndexOf(ruleId);
        var changes = _session.Observe(ruleId, actual);
        _candidates.Add(index);
        _candidates.AddRange(_peerReaders[index] ?? []);
        return Publish(changes, []);
    }

    private IEnumerable<int> ReadersOf(string indicator)
    {
        if (!_byName.TryGetValue(NameKey.Of(indicator), out var readers))
        {
            return [];
        }

        // A reference that changes a rule's reading of its own figure (a baseline) also reaches the rules comparing with it.
        return readers.Concat(readers.SelectMany(r => _peerReaders[r] ?? []));
    }

    private IReadOnlyList<AttainmentFact> Publish(IReadOnlyList<AttainmentChange> changes, IEnumerable<int> readers)
    {
        _candidates.AddRange(readers);
        foreach (var change in changes)
        {
            _candidates.Add(Plan.Rules.IndexOf(change.RuleId));
        }

        _candidates.Sort();
        List<AttainmentFact>? changed = null;
        var previous = -1;
        foreach (var index in _candidates)
        {
            if (index == previous)
            {
                continue;
            }

            previous = index;
            var now = _session.Results[index];
            var published = _published[index];

            // The session keeps a rule's attainment object until it judges the rule again.
            if (!ReferenceEquals(now, published.Attainment) && !Attainments.Same(now, published.Attainment))
            {
                _published[index] = new AttainmentFact(Plan, published.RuleId, now);
                (changed ??= []).Add(_published[index]);
            }
        }

        _candidates.Clear();
        return changed ?? (IReadOnlyList<AttainmentFact>)[];
    }

    private void IndexPeers(IReadOnlyList<Rule> rules, List<(string Peer, int Reader)> peers)
    {
        if (peers.Count == 0)
        {
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var indicator = NameKey.Of(rules[i].Indicator);
            foreach (var (peer, reader) in peers)
            {
                if (reader != i && NameKey.MayName(peer, indicator))
                {
                    (_peerReaders[i] ??= []).Add(reader);
                }
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> index, string name, int rule)
    {
        if (!index.TryGetValue(name, out var list))
        {
            index[name] = list = [];
        }

        if (list.Count == 0 || list[^1] != rule)
        {
            list.Add(rule);
        }
    }

    // The whole indicator and each slash part: a reference names one or the other.
    private static IEnumerable<string> Names(string indicator)
    {
        yield return NameKey.Of(indicator);
        foreach (var part in indicator.Split(['/', '／'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return NameKey.Of(part);
        }
    }

    private static IEnumerable<string> Peers(Target target) => target switch
    {
        IndicatorRelativeTarget peer => [peer.Peer],
        ScopedTarget scoped => Peers(scoped.Inner),
        AllOfTarget all => all.Conditions.SelectMany(Peers),
        ComponentsTarget slash => slash.Components.SelectMany(Peers),
        _ => [],
    };
}
