using System.Collections.Immutable;
using TargetRules.Facts;
using TargetRules.Targets;

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
    /// it, 完成老旧小区改造71.53万户, 同比增长2.2%, 扶持全民创业4890人, has nothing to be compared with). Null when the actual gives no share.
    /// </summary>
    internal Attainment? EvaluateTaskShare(string indicator, string targetText, Observation actual, ReportingPeriod period)
    {
        if (actual is not { ShareOfTarget: { } share, Status: ObservationStatus.Reported }
            || !actual.Components.IsDefaultOrEmpty)
        {
            return null;
        }

        var outcome = new Judge(Policy, new LookupFacts(null, null), period).TaskShare(targetText, share);
        return new Attainment(indicator, Target.None(), actual, outcome.State, outcome.Why, null, actual.Provisional, []);
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

/// <summary>
/// The rows a target may name (与经济增长基本同步), by name: the first row of a name, and for 经济增长 the first row that
/// gives the economy's growth. The rule set fills it with every rule, a streamed plan with the rows read so far.
/// </summary>
internal sealed class PeerIndex<T>
{
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);
    private T? _economy;
    private bool _hasEconomy;

    /// <summary>Records <paramref name="value"/> for <paramref name="name"/> unless an earlier row gave that name.</summary>
    /// <returns>False when the name was taken already.</returns>
    public bool TryAdd(string name, T value)
    {
        if (!_byName.TryAdd(name, value))
        {
            return false;
        }

        if (!_hasEconomy && PeerNames.IsEconomyIndicator(name))
        {
            (_economy, _hasEconomy) = (value, true);
        }

        return true;
    }

    /// <summary>The row <paramref name="peer"/> names: the same name first, then for 经济增长 the first economy row.</summary>
    public bool TryFind(string peer, out T value)
    {
        if (_byName.TryGetValue(peer, out value!))
        {
            return true;
        }

        value = _economy!;
        return _hasEconomy && PeerNames.IsEconomy(peer);
    }
}

/// <summary>Which row of a plan another row's target refers to (经济增长 is the 地区生产总值 or 增加值 row).</summary>
internal static class PeerNames
{
    public static bool Matches(string peer, string indicator)
    {
        if (peer == indicator)
        {
            return true;
        }

        return IsEconomy(peer) && IsEconomyIndicator(indicator);
    }

    /// <summary>True when a target names the economy's growth (经济增长) rather than a row by its name.</summary>
    public static bool IsEconomy(string peer) => peer is "经济增长" or "经济";

    /// <summary>True for the rows that give the economy's growth: 地区生产总值, an 增加值, 区域经济 or 经济增长.</summary>
    public static bool IsEconomyIndicator(string indicator) =>
        indicator.Contains("生产总值", StringComparison.Ordinal) || indicator.Contains("增加值", StringComparison.Ordinal)
        || indicator.Contains("区域经济", StringComparison.Ordinal) || indicator.Contains("经济增长", StringComparison.Ordinal);
}
