using TargetRules.Facts;

namespace TargetRules.Evaluation;

/// <summary>
/// Where a host keeps city figures, quotas, baselines and verdicts (its own database, a city feed).
/// Consulted once per evaluation of a period; results are cached per period by the caller.
/// </summary>
public interface IReferenceSource
{
    /// <summary>The references known for plan year <paramref name="year"/> and <paramref name="period"/>.</summary>
    ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default);
}
