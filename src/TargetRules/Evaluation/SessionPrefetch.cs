using System.Runtime.InteropServices;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

/// <summary>
/// What an <see cref="EvaluationSession"/> asks the processor to fetch before it reads it. Judging a large set, and
/// loading its references, waits on memory more than it computes: the objects are spread over the heap, each found
/// only through the one before it, and first touched when used.
/// </summary>
internal static class SessionPrefetch
{
    // How many rows ahead of the one judged its rule, then its target and actual, are fetched into the cache; and
    // for a row decided by a reference, the reference's place in the slots, the reference, then its figure.
    private const int RuleLead = 16;
    private const int FactLead = 8;
    private const int SlotLead = 8;
    private const int ReferenceLead = 4;
    private const int FigureLead = 2;

    // For a row of labelled parts or slash components, its list, then each part or component, then a part's label
    // and value: objects of their own, found only through the actual.
    private const int ListLead = 4;
    private const int ItemLead = 2;
    private const int PartLead = 1;

    // How many references ahead of the one loaded the reference, then its name, are fetched into the cache.
    private const int ReferenceAhead = 16;
    private const int NameAhead = 8;

    /// <summary>
    /// Fetches what the rows after <paramref name="index"/> will read, each a few rows ahead, while rules are judged in
    /// order: asking for them took a quarter off EvaluateInOrder at 100,000 rows (benchmarks/README.md).
    /// </summary>
    public static void Row(RuleSet rules, FactStore facts, int index)
    {
        var compiled = rules.Compiled;
        var actuals = facts.Actuals;
        if (index + RuleLead < compiled.Length)
        {
            CacheLines.Prefetch(compiled[index + RuleLead], 2);
        }

        if (index + FactLead < compiled.Length)
        {
            CacheLines.Prefetch(compiled[index + FactLead].Target, 2);
            CacheLines.Prefetch(actuals[index + FactLead], 4);
        }

        // A city figure or quota is three objects deep (slot, reference, observation), each found only once the one
        // before it is read: each is asked for when the one before it has had a few rows' time to arrive.
        var figureSlots = rules.FigureSlots;
        var bySlot = facts.BySlot;
        if (index + SlotLead < figureSlots.Length && figureSlots[index + SlotLead] is var slot and >= 0)
        {
            CacheLines.Prefetch(ref bySlot[slot]);
        }

        if (index + ReferenceLead < figureSlots.Length && figureSlots[index + ReferenceLead] is var near and >= 0 && bySlot[near] is { } reference)
        {
            CacheLines.Prefetch(reference, 1);
        }

        if (index + FigureLead < figureSlots.Length && figureSlots[index + FigureLead] is var next and >= 0 && bySlot[next] is { } soon)
        {
            CacheLines.Prefetch(soon.Value, 4);
        }

        if (index + ListLead < actuals.Length)
        {
            Lists(actuals[index + ListLead]);
        }

        if (index + ItemLead < actuals.Length)
        {
            Items(actuals[index + ItemLead]);
        }

        if (index + PartLead < actuals.Length && ImmutableCollectionsMarshal.AsArray(actuals[index + PartLead].Parts) is { } parts)
        {
            foreach (var part in parts)
            {
                CacheLines.Prefetch(part.Label, 1);
                CacheLines.Prefetch(part.Value, 4);
            }
        }
    }

    /// <summary>
    /// Makes each reference's key and hash and probes <paramref name="table"/> for its slot, to be confirmed with
    /// <see cref="FactTable.Confirm"/>: in passes over all of them, each asking for what the next reads (the table's
    /// cell, the key it points to, the key's name). A large rule set's table has left the cache by the time references
    /// are loaded, and looking them up one after another waited on memory three times for each.
    /// </summary>
    /// <exception cref="ArgumentException">A reference is null or has no indicator.</exception>
    public static void Probe(FactTable table, IReadOnlyList<Reference> references, Span<FactKey> keys, Span<int> hashes, Span<int> slots)
    {
        var count = references.Count;
        for (var i = 0; i < count; i++)
        {
            // The references and their names are objects wherever the caller built them: fetched a few ahead too.
            if (i + ReferenceAhead < count && references[i + ReferenceAhead] is { } ahead)
            {
                CacheLines.Prefetch(ahead, 1);
            }

            if (i + NameAhead < count && references[i + NameAhead]?.Indicator is { } name)
            {
                CacheLines.Prefetch(name, 1);
            }

            var reference = references[i];
            ArgumentNullException.ThrowIfNull(reference, nameof(references));
            Validate.Text(reference.Indicator, nameof(references));
            keys[i] = FactKey.Of(reference.Indicator, reference.Kind);
            hashes[i] = keys[i].GetHashCode();
            table.PrefetchCell(hashes[i]);
        }

        for (var i = 0; i < count; i++)
        {
            slots[i] = table.Probe(hashes[i]);
            if (slots[i] >= 0)
            {
                table.PrefetchKey(slots[i]);
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (slots[i] >= 0)
            {
                CacheLines.Prefetch(table[slots[i]].Indicator, 1);
            }
        }
    }

    // Without reading the lists' lengths: that would wait for the very lines being asked for (most rows' lists are
    // the one shared empty array, already in the cache).
    private static void Lists(Observation actual)
    {
        if (ImmutableCollectionsMarshal.AsArray(actual.Parts) is { } parts)
        {
            CacheLines.Prefetch(parts, 1);
        }

        if (ImmutableCollectionsMarshal.AsArray(actual.Components) is { } components)
        {
            CacheLines.Prefetch(components, 1);
        }
    }

    private static void Items(Observation actual)
    {
        if (ImmutableCollectionsMarshal.AsArray(actual.Parts) is { } parts)
        {
            foreach (var part in parts)
            {
                CacheLines.Prefetch(part, 1);
            }
        }

        if (ImmutableCollectionsMarshal.AsArray(actual.Components) is { } components)
        {
            foreach (var component in components)
            {
                CacheLines.Prefetch(component, 4);
            }
        }
    }
}
