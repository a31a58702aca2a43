using global::NRules;
using global::NRules.Fluent;
using TargetRules.Evaluation;
using TargetRules.Facts;

namespace TargetRules.NRules.Tests;

/// <summary>
/// A real NRules session over the host rules and the bridge, recording which host rules fired for which rows and
/// which attainment facts were updated since the last <see cref="Clear"/>.
/// </summary>
internal sealed class BridgeSession
{
    private static readonly Lazy<ISessionFactory> Factory = new(() =>
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(AlertOnMissed), typeof(RemindAwaitingCity)));
        return new RuleCompiler().Compile(repository.GetRuleSets().Append(TargetRulesRuleSet.Create()));
    });

    public BridgeSession()
    {
        Session = Factory.Value.CreateSession();
        Session.Events.RuleFiredEvent += (_, e) =>
        {
            if (e.Facts.Select(f => f.Value).OfType<AttainmentFact>().SingleOrDefault() is { } row)
            {
                Fired.Add((e.Rule.Name, row.RuleId));
            }
        };
        Session.Events.FactUpdatedEvent += (_, e) =>
        {
            if (e.Fact.Value is AttainmentFact row)
            {
                Updated.Add(row.RuleId);
            }
        };
    }

    public ISession Session { get; }

    /// <summary>Host rule name and row id, once per firing.</summary>
    public List<(string Rule, string RuleId)> Fired { get; } = [];

    /// <summary>Row ids, once per update of its attainment fact.</summary>
    public List<string> Updated { get; } = [];

    public void Clear()
    {
        Fired.Clear();
        Updated.Clear();
    }

    public void Open(RuleSet rules, IEnumerable<ActualFact> actuals, IEnumerable<Reference> references, int year = 2022)
    {
        Session.Insert(PlanFact.Create(rules, year));
        Session.InsertAll(actuals);
        Session.InsertAll(references.Select(r => new ReferenceFact(r)));
        Session.Fire();
    }

    /// <summary>Every attainment fact by row id (a scan of the session: fine for a test).</summary>
    public Dictionary<string, AttainmentFact> Attainments() => Session.Query<AttainmentFact>().ToDictionary(f => f.RuleId);

    public List<string> Fires(string rule) => Fired.Where(f => f.Rule == rule).Select(f => f.RuleId).Order(StringComparer.Ordinal).ToList();
}
