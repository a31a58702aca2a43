using System.Buffers;
using System.Runtime.InteropServices;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

/// <summary>
/// The facts an <see cref="EvaluationSession"/> holds: each rule's actual, and the references (city figures, quotas,
/// baselines, verdicts) by the slot the rule set's targets predict for them or, for the others, by key.
/// </summary>
/// <remarks>Reading it records nothing, so an attainment may be built from it on any thread once no fact changes.</remarks>
internal sealed class FactStore
{
    private readonly RuleSet _rules;

    // A reference is held in one or the other: filling a dictionary with every reference as well took a third of
    // loading them into a large evaluation.
    private readonly Dictionary<FactKey, Reference> _unpredicted = [];

    public FactStore(RuleSet rules)
    {
        _rules = rules;
        Actuals = new Observation[rules.Count];
        Array.Fill(Actuals, Observation.NotReported);
        BySlot = new Reference?[rules.SlotCount];
    }

    /// <summary>Each rule's actual, by rule position; the array itself, for judging and fetching ahead.</summary>
    public Observation[] Actuals { get; }

    /// <summary>The references the targets predict, by slot, so judging reads them without hashing names.</summary>
    public Reference?[] BySlot { get; }

    /// <summary>Every reference held, in no particular order.</summary>
    public IEnumerable<Reference> References => BySlot.OfType<Reference>().Concat(_unpredicted.Values);

    /// <summary>Takes an actual for every rule, in rule order.</summary>
    /// <exception cref="ArgumentException">An actual is null.</exception>
    public void CopyActuals(IReadOnlyList<Observation> actuals)
    {
        // An array or list is copied in one block (no per-element type check), then searched for a null.
        switch (actuals)
        {
            case Observation[] array:
                Array.Copy(array, Actuals, Actuals.Length);
                break;
            case List<Observation> list:
                list.CopyTo(0, Actuals, 0, Actuals.Length);
                break;
            default:
                for (var i = 0; i < Actuals.Length; i++)
                {
                    Actuals[i] = actuals[i];
                }

                break;
        }

        if (Array.IndexOf(Actuals, null) is var missing and >= 0)
        {
            throw new ArgumentException($"The actual of rule '{_rules.Rules[missing].Id}' is null.", nameof(actuals));
        }
    }

    /// <summary>Adds or replaces many references at once, faster than one by one on a large rule set.</summary>
    /// <exception cref="ArgumentException">A reference is null or has no indicator; those before it are held.</exception>
    public void Load(IReadOnlyList<Reference> references)
    {
        var count = references.Count;
        var table = _rules.Facts;
        var keys = ArrayPool<FactKey>.Shared.Rent(count);
        var hashes = ArrayPool<int>.Shared.Rent(count);
        var slots = ArrayPool<int>.Shared.Rent(count);
        try
        {
            SessionPrefetch.Probe(table, references, keys, hashes, slots);
            for (var i = 0; i < count; i++)
            {
                var slot = table.Confirm(slots[i], keys[i], hashes[i]);
                if (slot >= 0)
                {
                    BySlot[slot] = references[i];
                }
                else
                {
                    _unpredicted[keys[i]] = references[i];
                }
            }
        }
        finally
        {
            ArrayPool<FactKey>.Shared.Return(keys, clearArray: true);
            ArrayPool<int>.Shared.Return(hashes);
            ArrayPool<int>.Shared.Return(slots);
        }
    }

    /// <summary>Adds <paramref name="reference"/>, or replaces the one of the same indicator and kind.</summary>
    /// <returns>Whether the store changed (not when it held an equal reference); then <paramref name="key"/> and <paramref name="slot"/> say where.</returns>
    /// <exception cref="ArgumentException">The reference has no indicator.</exception>
    public bool Set(Reference reference, out FactKey key, out int slot)
    {
        Validate.Text(reference.Indicator, nameof(reference));
        key = FactKey.Of(reference.Indicator, reference.Kind);
        slot = _rules.SlotOf(key);
        ref var held = ref slot >= 0 ? ref BySlot[slot] : ref CollectionsMarshal.GetValueRefOrAddDefault(_unpredicted, key, out _);
        if (held == reference)
        {
            return false;
        }

        held = reference;
        return true;
    }

    /// <summary>Removes the reference <paramref name="key"/>.</summary>
    /// <returns>Whether one was held; <paramref name="slot"/> is its slot (-1 for one the targets did not predict).</returns>
    public bool Remove(FactKey key, out int slot)
    {
        slot = _rules.SlotOf(key);
        if (slot < 0)
        {
            return _unpredicted.Remove(key);
        }

        if (BySlot[slot] is null)
        {
            return false;
        }

        BySlot[slot] = null;
        return true;
    }

    /// <summary>
    /// The reference rule <paramref name="rule"/> asks for: by slot when its target predicts it, otherwise by
    /// name (and then <paramref name="unpredicted"/> names the fact, so that it still triggers re-evaluation).
    /// </summary>
    public Reference? Find(int rule, string indicator, ReferenceKind kind, out FactKey? unpredicted)
    {
        var compiled = _rules.Compiled[rule];
        var component = compiled.ComponentOf(indicator);
        if (component >= 0 && compiled.Slot(component, kind) is var slot and >= 0)
        {
            unpredicted = null;
            return BySlot[slot];
        }

        var key = new FactKey(component >= 0 ? compiled.Components[component] : Target.Normalize(indicator), kind);
        unpredicted = compiled.Predicts(key) ? null : key;
        return _rules.SlotOf(key) is var other and >= 0 ? BySlot[other] : _unpredicted.GetValueOrDefault(key);
    }

    /// <summary>What the judge would align with the component <paramref name="link"/> names; nothing for no rule.</summary>
    public Observation? PeerValue(PeerLink link) =>
        link.Rule < 0 ? null : PeerValue(_rules.Compiled[link.Rule], link.Component, Actuals[link.Rule]);

    // As PlanEvaluator does, a rule not reported gives nothing.
    private static Observation? PeerValue(CompiledRule provider, int component, Observation actual)
    {
        if (actual.Status == ObservationStatus.NotReported)
        {
            return null;
        }

        return provider.IsSlash && actual.Components.Length == provider.Components.Length ? actual.Components[component] : actual;
    }
}
