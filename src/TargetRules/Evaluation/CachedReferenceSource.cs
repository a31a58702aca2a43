using System.Collections.Concurrent;

namespace TargetRules.Evaluation;

/// <summary>
/// Wraps a host's <see cref="IReferenceSource"/> so that it is consulted once per plan year and period;
/// later loads of the same year and period return the first answer. Safe to share between threads and sessions.
/// </summary>
public sealed class CachedReferenceSource : IReferenceSource
{
    private readonly IReferenceSource _inner;
    private readonly ConcurrentDictionary<(int Year, ReportingPeriod Period), Lazy<Task<IReadOnlyList<Reference>>>> _cache = new();

    /// <summary>Caches what <paramref name="inner"/> returns.</summary>
    public CachedReferenceSource(IReferenceSource inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The first caller's load is shared by every caller of the same year and period; a load that fails or is
    /// cancelled is not kept, so the next call consults the source again.
    /// </remarks>
    public async ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        var key = (year, period);
        var entry = _cache.GetOrAdd(key, k => new Lazy<Task<IReadOnlyList<Reference>>>(() => Fetch(k.Year, k.Period, cancellationToken)));
        try
        {
            return await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            _cache.TryRemove(new KeyValuePair<(int, ReportingPeriod), Lazy<Task<IReadOnlyList<Reference>>>>(key, entry));
            throw;
        }
    }

    /// <summary>Forgets what was loaded for <paramref name="year"/> and <paramref name="period"/> (the city has published again).</summary>
    public void Invalidate(int year, ReportingPeriod period) => _cache.TryRemove((year, period), out _);

    private async Task<IReadOnlyList<Reference>> Fetch(int year, ReportingPeriod period, CancellationToken cancellationToken) =>
        await _inner.LoadAsync(year, period, cancellationToken).ConfigureAwait(false) ?? [];
}
