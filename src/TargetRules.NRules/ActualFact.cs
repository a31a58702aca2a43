using global::NRules.RuleModel;
using TargetRules.Facts;

namespace TargetRules.NRules;

/// <summary>
/// The reported result of one rule. Its identity is the rule id: a corrected figure is an
/// <c>Update</c> of the same fact (a new <see cref="ActualFact"/> for the same rule), not a second fact;
/// retracting it leaves the rule not reported.
/// </summary>
public sealed class ActualFact : IIdentityProvider
{
    private readonly Identity _identity;

    /// <summary>Creates the actual <paramref name="actual"/> of the rule with <paramref name="ruleId"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is blank.</exception>
    public ActualFact(string ruleId, Observation actual)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentNullException.ThrowIfNull(actual);
        _identity = new Identity(ruleId);
        RuleId = ruleId;
        Actual = actual;
    }

    /// <summary>The id of the rule the actual is for; an id the plan does not hold is ignored.</summary>
    public string RuleId { get; }

    /// <summary>The reported result.</summary>
    public Observation Actual { get; }

    /// <inheritdoc />
    public object GetIdentity() => _identity;

    /// <inheritdoc />
    public override string ToString() => $"{RuleId}: {Actual.Text}";

    private readonly record struct Identity(string RuleId);
}
