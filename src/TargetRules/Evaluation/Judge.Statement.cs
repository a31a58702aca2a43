using System.Runtime.CompilerServices;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

// Qualitative targets (保持全市较好水平): by what the actual asserts or the city's verdict.
internal readonly partial struct Judge
{
    private Outcome Statement(string indicator, QualitativeTarget s, Observation actual)
    {
        if (policy.AssertedStatementsCount && Supports(actual, s))
        {
            return Outcome.Met($"完成情况称“{actual.Text}”，达到“{s.Statement}”", $"the actual states \"{actual.Text}\", which meets \"{s.Statement}\"");
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return Supports(verdict.Value, s) || MeetsQuota(verdict.Value)
                ? Outcome.Met($"市级评价：{verdict.Value.Text}", $"the city's assessment: {verdict.Value.Text}")
                : Outcome.Missed($"市级评价“{verdict.Value.Text}”未达到“{s.Statement}”", $"the city's assessment \"{verdict.Value.Text}\" does not reach \"{s.Statement}\"");
        }

        return policy.AssertedStatementsCount
            ? Outcome.Undetermined($"完成情况“{actual.Text}”未说明是否“{s.Statement}”", $"the actual \"{actual.Text}\" does not say whether \"{s.Statement}\"")
            : Outcome.Awaiting($"定性目标“{s.Statement}”待市级评价", $"the qualitative target \"{s.Statement}\" waits for the city's assessment");
    }

    // The same words, or a standing as high or higher (领先水平 and 前列 meet 较好水平): both were read when the facts were built.
    private static bool Supports(Observation actual, QualitativeTarget s) =>
        actual.Asserts(s.Statement) || (s.Standing != Standing.Unranked && actual.Standing >= s.Standing);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState StatementState(string indicator, QualitativeTarget s, Observation actual)
    {
        if (policy.AssertedStatementsCount && Supports(actual, s))
        {
            return AttainmentState.Met;
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return Supports(verdict.Value, s) || MeetsQuota(verdict.Value) ? AttainmentState.Met : AttainmentState.Missed;
        }

        return policy.AssertedStatementsCount ? AttainmentState.Undetermined : AttainmentState.AwaitingCityFeedback;
    }
}
