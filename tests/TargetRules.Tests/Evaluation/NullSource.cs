using TargetRules.Evaluation;
using TargetRules.Facts;

namespace TargetRules.Tests.Evaluation;

/// <summary>A reference source that answers null instead of a list, as a careless implementation may.</summary>
internal sealed class NullSource : IReferenceSource
{
    public ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default) =>
        new((IReadOnlyList<Reference>)null!);
}
