using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using TargetRules.Evaluation;
using TargetRules.Facts;

namespace TargetRules.DependencyInjection;

/// <summary>The reference source of a host that registered none: no city figures, so rows that need one wait.</summary>
internal sealed partial class EmptyReferenceSource(ILogger<EmptyReferenceSource>? logger) : IReferenceSource
{
    private readonly ILogger _logger = logger ?? NullLogger<EmptyReferenceSource>.Instance;

    public ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        NoSource(_logger, year, period);
        return ValueTask.FromResult<IReadOnlyList<Reference>>([]);
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "No IReferenceSource is registered; {Year} {Period} is judged without city figures, quotas, baselines or verdicts, so rows that need them wait for the city")]
    private static partial void NoSource(ILogger logger, int year, ReportingPeriod period);
}
