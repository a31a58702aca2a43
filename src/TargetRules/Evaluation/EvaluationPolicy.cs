using System.Collections.Immutable;


namespace TargetRules.Evaluation;

/// <summary>
/// The judgement calls a statistics office makes differently, with the defaults DESIGN.md documents.
/// Immutable; call <see cref="Validate"/> (the evaluator does) before use.
/// </summary>
public sealed record EvaluationPolicy
{
    /// <summary>The defaults.</summary>
    public static EvaluationPolicy Default { get; } = new();

    /// <summary>左右 on a rate or growth target: how many percentage points short still meets it. Default 0.5.</summary>
    public decimal ApproximateRateTolerance { get; init; } = 0.5m;

    /// <summary>左右 on a level target: the share of the target that may be missing and still meet it. Default 0.01 (1%).</summary>
    public decimal ApproximateLevelTolerance { get; init; } = 0.01m;

    /// <summary>基本同步: how many percentage points below the city's (or the peer indicator's) growth still count as in sync. Default 0.5.</summary>
    public decimal SyncTolerance { get; init; } = 0.5m;

    /// <summary>Whether 基本竣工/基本完工 meets a 竣工 target. Default false: "基本竣工，未达到竣工".</summary>
    public bool BasicCompletionMeetsCompletion { get; init; }

    /// <summary>
    /// Whether a statement asserted in the actual (高于全市平均水平, 在全市保持较好水平, 达标) meets the
    /// target that asks for it. Default true; when false such rows wait for the city's verdict.
    /// </summary>
    public bool AssertedStatementsCount { get; init; } = true;

    /// <summary>
    /// Indicator names, or words of names, on which lower is better, added to the built-in ones (居民消费价格涨幅, 失业率,
    /// 能耗, PM2.5 浓度, 死亡人数, 发生率 …): on them a bare figure or X左右 is a cap. Default none.
    /// </summary>
    public ImmutableArray<string> LowerIsBetter { get; init; } = [];

    /// <summary>Checks every setting is in range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance is negative, or a share is 1 or more.</exception>
    public EvaluationPolicy Validate()
    {
        foreach (var (setting, value, problem) in Problems())
        {
            throw new ArgumentOutOfRangeException(setting, value, problem);
        }

        return this;
    }

    /// <summary>Every setting out of range, with what is wrong with it; empty when the policy is valid.</summary>
    internal IEnumerable<(string Setting, decimal Value, string Problem)> Problems()
    {
        if (ApproximateRateTolerance < 0)
        {
            yield return (nameof(ApproximateRateTolerance), ApproximateRateTolerance, "A tolerance cannot be negative.");
        }

        if (ApproximateLevelTolerance is < 0 or >= 1)
        {
            yield return (nameof(ApproximateLevelTolerance), ApproximateLevelTolerance, "A share of the target lies in [0, 1).");
        }

        if (SyncTolerance < 0)
        {
            yield return (nameof(SyncTolerance), SyncTolerance, "A tolerance cannot be negative.");
        }
    }
}

/// <summary>The part of the year a report covers: the whole year, or an interim report (上半年, 前三季度).</summary>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>
{
    // Stored as given; the default struct (0) reads as the whole year.
    private readonly decimal _elapsed;

    private ReportingPeriod(decimal elapsed) => _elapsed = elapsed;

    /// <summary>The whole year.</summary>
    public static ReportingPeriod Annual { get; } = new(1m);

    /// <summary>The share of the year gone, in (0, 1]; 1 for an annual report.</summary>
    public decimal Elapsed => _elapsed == 0 ? 1m : _elapsed;

    /// <summary>True for an interim report.</summary>
    public bool IsInterim => _elapsed != 0 && _elapsed < 1m;

    /// <summary>A period from the share of the year gone (0.5 for 上半年).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="elapsed"/> is not in (0, 1].</exception>
    public static ReportingPeriod FromElapsed(decimal elapsed) => elapsed is > 0 and <= 1
        ? new ReportingPeriod(elapsed)
        : throw new ArgumentOutOfRangeException(nameof(elapsed), elapsed, "The share of the year gone lies in (0, 1].");

    /// <summary>Reads H1, H2, Q1..Q4 (cumulative: Q3 is 前三季度) or M1..M12; null when the text is none of these.</summary>
    public static ReportingPeriod? TryParse(string? text)
    {
        var t = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        if (t is "FY" or "Y")
        {
            return Annual;
        }

        if (t.Length >= 2 && int.TryParse(t.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            switch (t[0])
            {
                case 'H' when n is 1 or 2:
                    return new ReportingPeriod(n / 2m);
                case 'Q' when n is >= 1 and <= 4:
                    return new ReportingPeriod(n / 4m);
                case 'M' when n is >= 1 and <= 12:
                    return new ReportingPeriod(Math.Round(n / 12m, 6));
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => Elapsed == other.Elapsed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Elapsed.GetHashCode();

    /// <summary>Equality of periods.</summary>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Inequality of periods.</summary>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => IsInterim ? $"elapsed {Elapsed}" : "annual";
}
