using System.Collections.Immutable;
using TargetRules.Facts;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Evaluation;

/// <summary>
/// Judges actuals against targets under one <see cref="EvaluationPolicy"/>. Immutable and safe to share
/// between threads.
/// </summary>
public sealed class Evaluator
{
    /// <summary>Creates an evaluator with <paramref name="policy"/> (the defaults when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The policy has a setting out of range.</exception>
    public Evaluator(EvaluationPolicy? policy = null) => Policy = (policy ?? EvaluationPolicy.Default).Validate();

    /// <summary>An evaluator with the default policy.</summary>
    public static Evaluator Default { get; } = new();

    /// <summary>The policy this evaluator judges by.</summary>
    public EvaluationPolicy Policy { get; }

    /// <summary>
    /// Judges <paramref name="actual"/> against <paramref name="target"/> for <paramref name="indicator"/>
    /// (its slash parts name the components: 产业类投资额/工业投资).
    /// </summary>
    /// <param name="indicator">The indicator as the plan names it; references are looked up by it (or by its slash parts).</param>
    /// <param name="target">The target.</param>
    /// <param name="actual">What was reported.</param>
    /// <param name="references">City figures, quotas, baselines and verdicts; none when null.</param>
    /// <param name="period">The part of the year the report covers; the whole year by default.</param>
    /// <param name="peers">The plan's other indicators by name, for targets such as 与经济增长基本同步; none when null.</param>
    public Attainment Evaluate(string indicator, Target target, Observation actual, IReferenceLookup? references = null,
        ReportingPeriod period = default, Func<string, Observation?>? peers = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actual);
        return Evaluate(indicator, target, actual, new LookupFacts(references, peers), period);
    }

    internal Attainment Evaluate(string indicator, Target target, Observation actual, IFacts facts, ReportingPeriod period) =>
        new Judge(Policy, facts, period).Row(indicator, target, actual);

    /// <summary>
    /// Judges an actual that gives only its share of the year's task (完成年度任务的 61%) where the target is prose with
    /// no figure that could be read: the share itself says how far the task is done (a figure, a growth or a named part beside
    /// it, 完成老旧小区改造71.53万户, 同比增长2.2%, 扶持全民创业4890人, has nothing to be compared with), or only its own verdict on
    /// the task (完成年度目标任务). Null when the actual gives neither.
    /// </summary>
    internal Attainment? EvaluateTask(string indicator, string targetText, Observation actual, ReportingPeriod period)
    {
        if (actual.Status != ObservationStatus.Reported || !actual.Components.IsDefaultOrEmpty)
        {
            return null;
        }

        var judge = new Judge(Policy, new LookupFacts(null, null), period);
        Outcome outcome;
        if (actual.ShareOfTarget is { } share)
        {
            outcome = actual.ShareOfWork && MayBeOwnFigure(indicator, targetText)
                ? Judge.RateOrShare(targetText, actual)
                : judge.TaskShare(targetText, actual, share);
        }
        else if (Judge.Completes(actual) is { } completes)
        {
            outcome = judge.TaskVerdict(targetText, actual, completes);
        }
        else
        {
            return null;
        }

        return new Attainment(indicator, Target.None(), actual, outcome.State, outcome.Why, null, actual.Provisional, []);
    }

    // A percent in the target (普及率达到95%), or a name that says what a bare percent is (…率: the rate; …总额: its growth):
    // a percent alone in the actual may be that figure, not the share of the task.
    private static bool MayBeOwnFigure(string indicator, string targetText) =>
        targetText.AsSpan().IndexOfAny('%', '％') >= 0 || Phrases.Classify(indicator) != IndicatorKind.Unknown;
}

/// <summary>The facts a rule may read besides its own actual; a session records what each rule reads.</summary>
internal interface IFacts
{
    Reference? Reference(string indicator, ReferenceKind kind);

    Observation? Peer(string peer);
}

internal sealed class LookupFacts(IReferenceLookup? references, Func<string, Observation?>? peers) : IFacts
{
    public Reference? Reference(string indicator, ReferenceKind kind) => references?.Find(indicator, kind);

    public Observation? Peer(string peer) => peers?.Invoke(peer);
}
