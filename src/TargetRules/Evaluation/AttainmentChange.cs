namespace TargetRules.Evaluation;

/// <summary>A rule whose state changed when a fact arrived: which rule, and from what to what.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Indicator">The rule's indicator.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state now.</param>
public readonly record struct AttainmentChange(string RuleId, string Indicator, AttainmentState From, AttainmentState To)
{
    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Indicator}: {From} -> {To}";
}
