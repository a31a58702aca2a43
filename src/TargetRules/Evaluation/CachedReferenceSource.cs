using System.Collections.Concurrent;
using TargetRules.Facts;

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
    /// Every caller of the same year and period shares one load. It is not cancelled with any one caller
    /// (each caller's token only stops its own wait); a load that fails is not kept, so the next call
    /// consults the source again.
    /// </remarks>
    public async ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        var key = (year, period);
        var entry = _cache.GetOrAdd(key, k => new Lazy<Task<IReadOnlyList<Reference>>>(() => Fetch(k.Year, k.Period)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (entry.Value.IsFaulted || entry.Value.IsCanceled)
        {
            _cache.TryRemove(new KeyValuePair<(int, ReportingPeriod), Lazy<Task<IReadOnlyList<Reference>>>>(key, entry));
            throw;
        }
    }

    /// <summary>Forgets what was loaded for <paramref name="year"/> and <paramref name="period"/> (the city has published again).</summary>
    public void Invalidate(int year, ReportingPeriod period) => _cache.TryRemove((year, period), out _);

    private async Task<IReadOnlyList<Reference>> Fetch(int year, ReportingPeriod period) =>
        await _inner.LoadAsync(year, period, CancellationToken.None).ConfigureAwait(false) ?? [];
}
