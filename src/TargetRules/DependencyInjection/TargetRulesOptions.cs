using TargetRules.Evaluation;

namespace TargetRules.DependencyInjection;

/// <summary>
/// The evaluation policy as host options: set in code through <c>AddTargetRules(options => …)</c> or read
/// from a configuration section (by default <see cref="SectionName"/>). Checked when the host starts.
/// Defaults are those of <see cref="EvaluationPolicy.Default"/>.
/// </summary>
public sealed class TargetRulesOptions
{
    /// <summary>The configuration section hosts conventionally keep these settings in: "TargetRules".</summary>
    public const string SectionName = "TargetRules";

    /// <summary>左右 on a rate or growth target: how many percentage points short still meets it. Default 0.5.</summary>
    public decimal ApproximateRateTolerance { get; set; } = EvaluationPolicy.Default.ApproximateRateTolerance;

    /// <summary>左右 on a level target: the share of the target that may be missing and still meet it. Default 0.01 (1%).</summary>
    public decimal ApproximateLevelTolerance { get; set; } = EvaluationPolicy.Default.ApproximateLevelTolerance;

    /// <summary>基本同步: how many percentage points below the city's (or the peer indicator's) growth still count as in sync. Default 0.5.</summary>
    public decimal SyncTolerance { get; set; } = EvaluationPolicy.Default.SyncTolerance;

    /// <summary>Whether 基本竣工/基本完工 meets a 竣工 target. Default false.</summary>
    public bool BasicCompletionMeetsCompletion { get; set; } = EvaluationPolicy.Default.BasicCompletionMeetsCompletion;

    /// <summary>Whether a statement asserted in the actual (高于全市平均水平, 达标) meets the target that asks for it. Default true.</summary>
    public bool AssertedStatementsCount { get; set; } = EvaluationPolicy.Default.AssertedStatementsCount;

    /// <summary>Settings from configuration that could not be read; reported when the options are validated.</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>The policy these options describe.</summary>
    public EvaluationPolicy ToPolicy() => new()
    {
        ApproximateRateTolerance = ApproximateRateTolerance,
        ApproximateLevelTolerance = ApproximateLevelTolerance,
        SyncTolerance = SyncTolerance,
        BasicCompletionMeetsCompletion = BasicCompletionMeetsCompletion,
        AssertedStatementsCount = AssertedStatementsCount,
    };
}
