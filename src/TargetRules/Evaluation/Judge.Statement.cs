using System.Runtime.CompilerServices;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

// Qualitative targets (保持全市较好水平): by what the actual asserts or the city's verdict.
internal readonly partial struct Judge
{
    private Outcome Statement(string indicator, QualitativeTarget s, Observation actual)
    {
        if (policy.AssertedStatementsCount && Supports(actual, s.Statement))
        {
            return Outcome.Met($"完成情况称“{actual.Text}”，达到“{s.Statement}”", $"the actual states \"{actual.Text}\", which meets \"{s.Statement}\"");
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return Supports(verdict.Value, s.Statement) || MeetsQuota(verdict.Value)
                ? Outcome.Met($"市级评价：{verdict.Value.Text}", $"the city's assessment: {verdict.Value.Text}")
                : Outcome.Missed($"市级评价“{verdict.Value.Text}”未达到“{s.Statement}”", $"the city's assessment \"{verdict.Value.Text}\" does not reach \"{s.Statement}\"");
        }

        return policy.AssertedStatementsCount
            ? Outcome.Undetermined($"完成情况“{actual.Text}”未说明是否“{s.Statement}”", $"the actual \"{actual.Text}\" does not say whether \"{s.Statement}\"")
            : Outcome.Awaiting($"定性目标“{s.Statement}”待市级评价", $"the qualitative target \"{s.Statement}\" waits for the city's assessment");
    }

    // 领先水平 and 前列 are stronger than 较好水平.
    private static bool Supports(Observation actual, string statement)
    {
        foreach (var said in actual.Assertions)
        {
            if (said == statement || said.Contains(statement, StringComparison.Ordinal))
            {
                return true;
            }

            if (statement.EndsWith("较好水平", StringComparison.Ordinal)
                && (said.Contains("领先", StringComparison.Ordinal) || said.Contains("前列", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState StatementState(string indicator, QualitativeTarget s, Observation actual)
    {
        if (policy.AssertedStatementsCount && Supports(actual, s.Statement))
        {
            return AttainmentState.Met;
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return Supports(verdict.Value, s.Statement) || MeetsQuota(verdict.Value) ? AttainmentState.Met : AttainmentState.Missed;
        }

        return policy.AssertedStatementsCount ? AttainmentState.Undetermined : AttainmentState.AwaitingCityFeedback;
    }
}
