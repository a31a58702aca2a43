using global::NRules.RuleModel;
using TargetRules.Evaluation;

namespace TargetRules.NRules;

/// <summary>
/// One rule of the plan and its current attainment. The bridge inserts one per rule when the
/// <see cref="PlanFact"/> arrives and updates it (the same fact, by identity) only when its state, its
/// reasons or the actual they judge change, so a host rule matching <c>State == AttainmentState.Missed</c>
/// fires once per such row and again only when a later figure changes the row.
/// </summary>
public sealed class AttainmentFact : IIdentityProvider
{
    private readonly Identity _identity;

    internal AttainmentFact(PlanFact plan, string ruleId, Attainment attainment)
    {
        _identity = new Identity(plan, ruleId);
        Plan = plan;
        RuleId = ruleId;
        Attainment = attainment;
    }

    /// <summary>The plan the rule belongs to.</summary>
    public PlanFact Plan { get; }

    /// <summary>The rule's id (the row's 序号).</summary>
    public string RuleId { get; }

    /// <summary>The rule's indicator.</summary>
    public string Indicator => Attainment.Indicator;

    /// <summary>The rule's current state.</summary>
    public AttainmentState State => Attainment.State;

    /// <summary>The full attainment: target, actual, state, reasons in Chinese and English, components.</summary>
    public Attainment Attainment { get; }

    /// <inheritdoc />
    public object GetIdentity() => _identity;

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Indicator}: {State}";

    // A type of its own, so no other fact's identity can equal it.
    private readonly record struct Identity(PlanFact Plan, string RuleId);
}
