using System.Runtime.CompilerServices;
using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

// City quotas: 完成市下达目标 and 控制在市下达指标内, by the actual's statement, the city's verdict or the quota figure.
internal readonly partial struct Judge
{
    private Outcome Quota(string indicator, CityQuotaTarget q, Observation actual)
    {
        if (policy.AssertedStatementsCount && MeetsQuota(actual))
        {
            return Outcome.Met($"完成情况称“{actual.Text}”", $"the actual states \"{actual.Text}\" (city quota met)");
        }

        if (MissesQuota(actual))
        {
            return Outcome.Missed($"完成情况称“{actual.Text}”", $"the actual states \"{actual.Text}\" (city quota missed)");
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return MissesQuota(verdict.Value) ? Outcome.Missed($"市级考核：{verdict.Value.Text}", $"the city's assessment: {verdict.Value.Text} (missed)")
                : MeetsQuota(verdict.Value) ? Outcome.Met($"市级考核：{verdict.Value.Text}", $"the city's assessment: {verdict.Value.Text} (met)")
                : Outcome.Undetermined($"市级考核结果“{verdict.Value.Text}”无法识别，应为达标或未达标", $"the city's assessment \"{verdict.Value.Text}\" is neither met nor missed");
        }

        if (facts.Reference(indicator, ReferenceKind.Quota) is { } quota)
        {
            if (QuotaThreshold(q, quota) is not { } threshold)
            {
                return Outcome.Undetermined($"市下达目标“{quota.Value.Text}”未给出可比较的数值", $"the city's quota \"{quota.Value.Text}\" gives no figure to compare");
            }

            var outcome = Threshold(indicator, threshold, actual);
            return outcome with
            {
                Why = Explanation.Lazy(outcome.Why, static why => new Explanation(why.Chinese.Replace("目标", "市下达目标", StringComparison.Ordinal),
                    why.English.Replace("the target", "the city's quota", StringComparison.Ordinal))),
            };
        }

        // 完成年度目标的 103% of a quota to reach: the year's target is the city's.
        if (q.Direction == QuotaDirection.Reach && actual.ShareOfTarget is { } share)
        {
            return Outcome.Of(share >= 100m, $"完成年度目标（市下达目标）的 {new FigureText(share)}%", $"{new FigureText(share)}% of the year's target (the city's quota) reached");
        }

        return actual.Level is { } level
            ? new Outcome(AttainmentState.AwaitingCityFeedback,
                Explanation.Lazy(level, static level => new Explanation($"{level}，市下达目标尚未提供", $"{level}; the city's quota or assessment is not yet available")))
            : Outcome.Awaiting("待市级部门下达目标或反馈考核结果", "waiting for the city's quota or assessment");
    }

    // A quota is a level bound; one given as points or a rate cannot bound a level.
    private static ThresholdTarget? QuotaThreshold(CityQuotaTarget q, Reference quota) =>
        quota.Value.Level is { Unit.Dimension: not Dimension.PercentagePoint } bound
            ? Target.Threshold(Measure.Level, q.Direction == QuotaDirection.Within ? Comparison.AtMost : Comparison.AtLeast, bound)
            : null;

    // 完成市下达目标 is met by 达标 and by 已完成/完成年度目标: for such a row the year's target is the city's.
    private static bool MeetsQuota(Observation o) => o.Asserts(Assertion.MeetsCityQuota) || o.Asserts(Assertion.MeetsTarget);

    private static bool MissesQuota(Observation o) => o.Asserts(Assertion.MissesCityQuota) || o.Asserts(Assertion.MissesTarget);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState? QuotaState(string indicator, CityQuotaTarget q, Observation actual)
    {
        if (policy.AssertedStatementsCount && MeetsQuota(actual))
        {
            return AttainmentState.Met;
        }

        if (MissesQuota(actual))
        {
            return AttainmentState.Missed;
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return MissesQuota(verdict.Value) ? AttainmentState.Missed
                : MeetsQuota(verdict.Value) ? AttainmentState.Met
                : AttainmentState.Undetermined;
        }

        if (facts.Reference(indicator, ReferenceKind.Quota) is { } quota)
        {
            return QuotaThreshold(q, quota) is { } threshold ? ThresholdState(threshold, actual) : AttainmentState.Undetermined;
        }

        return q.Direction == QuotaDirection.Reach && actual.ShareOfTarget is { } share
            ? share >= 100m ? AttainmentState.Met : AttainmentState.Missed
            : AttainmentState.AwaitingCityFeedback;
    }
}
