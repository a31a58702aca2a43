using System.Collections.Immutable;
using TargetRules.Facts;
using TargetRules.Names;
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
            outcome = MayBeOwnFigure(indicator, targetText, actual.ShareOfWork)
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

    // A percent in the target (普及率达到95%): the actual's share (完成率为97%) may be the rate it sets, not the share of the
    // task; one in brackets after a count (完成筛查人数1480人(20%)) is that count's share and says nothing of a rate. A percent
    // alone may be a percent anywhere in the target, or what the name says a bare percent is (…率: the rate; …总额: its growth).
    private static bool MayBeOwnFigure(string indicator, string targetText, bool alone)
    {
        if (alone && Phrases.Classify(indicator) != IndicatorKind.Unknown)
        {
            return true;
        }

        var depth = 0;
        foreach (var c in targetText)
        {
            var folded = TextNormalizer.Fold(c);
            depth += folded == '(' ? 1 : folded == ')' && depth > 0 ? -1 : 0;
            if (folded == '%' && (alone || depth == 0))
            {
                return true;
            }
        }

        return false;
    }
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
