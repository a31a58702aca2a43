using System.Collections.Immutable;

namespace TargetRules.Facts;

/// <summary>What a reference figure is.</summary>
public enum ReferenceKind
{
    /// <summary>The city's figure for the same measure (its average, its growth).</summary>
    City,
    /// <summary>A city-assigned bound (市下达目标).</summary>
    Quota,
    /// <summary>This district's prior-period figure, from which growth is computed.</summary>
    Baseline,
    /// <summary>The city's own assessment (达标, 未完成, 高于全市平均水平).</summary>
    Verdict,
}

/// <summary>A reference figure for one indicator (or one slash component of it).</summary>
/// <param name="Indicator">The indicator or component it belongs to (地区生产总值, 商品销售总额).</param>
/// <param name="Kind">What the figure is.</param>
/// <param name="Value">The figure, written like an actual.</param>
/// <param name="Source">Where it came from, for the report.</param>
public sealed record Reference(string Indicator, ReferenceKind Kind, Observation Value, string? Source = null);

/// <summary>Looks up reference figures by indicator and kind.</summary>
public interface IReferenceLookup
{
    /// <summary>The reference for <paramref name="indicator"/> of <paramref name="kind"/>, or null when none is known.</summary>
    Reference? Find(string indicator, ReferenceKind kind);
}

/// <summary>An immutable set of references; adding one returns a new set.</summary>
public sealed class ReferenceSet : IReferenceLookup
{
    // Two forms of the same contents, each built when first needed and never changed after: a persistent tree, so
    // that adding one reference at a time shares the rest, and a hash table for lookups (once per row of a large
    // plan) and for adding many at once (a references file of 100,000 lines). Building one twice in a race only
    // wastes work.
    private ImmutableDictionary<(string, ReferenceKind), Reference>? _items;
    private Dictionary<(string, ReferenceKind), Reference>? _lookup;

    private ReferenceSet(ImmutableDictionary<(string, ReferenceKind), Reference> items) => _items = items;

    private ReferenceSet(Dictionary<(string, ReferenceKind), Reference> lookup) => _lookup = lookup;

    /// <summary>No references.</summary>
    public static ReferenceSet Empty { get; } = new(ImmutableDictionary<(string, ReferenceKind), Reference>.Empty);

    /// <summary>How many references the set holds.</summary>
    public int Count => _lookup?.Count ?? _items!.Count;

    /// <summary>Every reference, in no particular order.</summary>
    public IEnumerable<Reference> All => _lookup?.Values ?? _items!.Values;

    private ImmutableDictionary<(string, ReferenceKind), Reference> Items => _items ??= _lookup!.ToImmutableDictionary();

    private Dictionary<(string, ReferenceKind), Reference> Lookup => _lookup ??= new Dictionary<(string, ReferenceKind), Reference>(_items!);

    /// <summary>A set with <paramref name="reference"/> added (replacing one for the same indicator and kind).</summary>
    public ReferenceSet With(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Targets.Validate.Text(reference.Indicator, nameof(reference));
        var key = (Targets.Target.Normalize(reference.Indicator), reference.Kind);
        return new ReferenceSet(Items.SetItem(key, reference));
    }

    /// <summary>A set with every one of <paramref name="references"/> added.</summary>
    public ReferenceSet WithAll(IEnumerable<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var items = Count == 0 ? new Dictionary<(string, ReferenceKind), Reference>() : new Dictionary<(string, ReferenceKind), Reference>(Lookup);
        foreach (var reference in references)
        {
            ArgumentNullException.ThrowIfNull(reference, nameof(references));
            Targets.Validate.Text(reference.Indicator, nameof(references));
            items[(Targets.Target.Normalize(reference.Indicator), reference.Kind)] = reference;
        }

        return new ReferenceSet(items);
    }

    /// <inheritdoc />
    public Reference? Find(string indicator, ReferenceKind kind) =>
        Count > 0 && Lookup.TryGetValue((Targets.Target.Normalize(indicator), kind), out var reference) ? reference : null;
}
