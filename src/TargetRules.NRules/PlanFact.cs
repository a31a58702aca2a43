using TargetRules.Evaluation;
using EvaluationRuleSet = TargetRules.Evaluation.RuleSet;

namespace TargetRules.NRules;

/// <summary>
/// The plan a session judges: its compiled rules, plan year and period. Inserting it into a session whose
/// rules include <see cref="TargetRulesRuleSet"/> starts the judging: one <see cref="AttainmentFact"/> per
/// rule appears, and every <see cref="ActualFact"/> and <see cref="ReferenceFact"/> is forwarded to it.
/// Retracting it retracts its attainment facts.
/// </summary>
/// <remarks>A session holds one plan fact at a time: actuals and references name no plan.</remarks>
public sealed class PlanFact
{
    private PlanFact(EvaluationRuleSet rules, int year, ReportingPeriod period)
    {
        Rules = rules;
        Year = year;
        Period = period;
    }

    /// <summary>The plan's compiled rules (the judge); one rule set may back plan facts in many sessions.</summary>
    public EvaluationRuleSet Rules { get; }

    /// <summary>The plan year.</summary>
    public int Year { get; }

    /// <summary>The part of the year the actuals cover; interim periods prorate cumulative amounts.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Creates the fact of a plan judged by <paramref name="rules"/> for <paramref name="year"/> and <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not in 1..9999.</exception>
    public static PlanFact Create(EvaluationRuleSet rules, int year, ReportingPeriod period = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return year is >= 1 and <= 9999
            ? new PlanFact(rules, year, period)
            : throw new ArgumentOutOfRangeException(nameof(year), year, "A plan year lies in 1..9999.");
    }

    /// <inheritdoc />
    public override string ToString() => $"plan {Year} ({Rules.Count} rules)";
}
