using System.Buffers;
using System.Runtime.InteropServices;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

/// <summary>A rule whose state changed when a fact arrived: which rule, and from what to what.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Indicator">The rule's indicator.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state now.</param>
public readonly record struct AttainmentChange(string RuleId, string Indicator, AttainmentState From, AttainmentState To)
{
    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Indicator}: {From} -> {To}";
}

/// <summary>
/// The facts of one plan year and period as they arrive — actuals per rule, city figures, quotas,
/// baselines, verdicts — and every rule's current attainment. Adding or replacing a fact re-evaluates
/// only the rules that read it (and, for an actual, the rules that compare with that rule, such as
/// 与经济增长基本同步), and returns the rules whose state changed.
/// </summary>
/// <remarks>
/// A session is not thread-safe: call it from one thread at a time. Its <see cref="RuleSet"/> is; start
/// one session per thread or per request over a shared rule set.
/// </remarks>
public sealed class EvaluationSession : IFacts
{
    /// <summary>Stands for the year in a one-off evaluation, which neither loads references nor carries results over.</summary>
    internal const int AnyYear = 1;

    private static readonly IReadOnlyList<AttainmentChange> NoChanges = [];

    // The state of a rule not judged yet: its first judgement is not a change.
    private const AttainmentState Unjudged = (AttainmentState)(-1);

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

    private readonly RuleSet _rules;
    private readonly Observation[] _actuals;

    // Every rule's state is kept current; its attainment (reasons and all) is built when first read, or kept
    // when the state needed the full judgement anyway, and dropped whenever the rule is judged again.
    private readonly AttainmentState[] _states;

    // Allocated when the first attainment is built or kept: a large one-off evaluation whose results are only
    // counted never needs it (8 bytes a rule less to allocate and zero; no time difference could be measured).
    private Attainment?[]? _attainments;
    // The references the rule set's targets predict, by slot, so judging reads them without hashing names; the
    // others (no target reads them, as far as compiling could tell) by key. A reference is held in one or the other:
    // filling a dictionary with every reference as well took a third of loading them into a large evaluation.
    private readonly Reference?[] _bySlot;
    private readonly Dictionary<FactKey, Reference> _unpredicted = [];

    // Reads the target trees did not predict, recorded while evaluating so they still trigger re-evaluation.
    private readonly Dictionary<FactKey, List<int>> _unpredictedReaders = [];
    private readonly Dictionary<int, List<int>> _unpredictedPeerReaders = [];

    // Rules due for re-evaluation: marked with the current pass number, then evaluated in rule order, and kept until
    // the next change as the rules it judged again (Rejudged).
    // Allocated on the first incremental change: a one-off evaluation judges every rule in order and needs none.
    private int[]? _marks;
    private readonly List<int> _due = [];
    private int _pass;
    private int _current = -1;

    internal EvaluationSession(RuleSet rules, int year, ReportingPeriod period, bool evaluate = true)
    {
        _rules = rules;
        Year = year;
        Period = period;
        _actuals = new Observation[rules.Count];
        Array.Fill(_actuals, Observation.NotReported);
        _states = new AttainmentState[rules.Count];
        Array.Fill(_states, Unjudged);
        _bySlot = new Reference?[rules.SlotCount];
        Results = new AttainmentList(this);
        if (evaluate)
        {
            EvaluateAll();
        }
    }

    /// <summary>The rules judged.</summary>
    public RuleSet Rules => _rules;

    /// <summary>The plan year.</summary>
    public int Year { get; }

    /// <summary>The part of the year the actuals cover; interim periods prorate cumulative amounts.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>
    /// Every rule's current attainment, in rule order; the list follows the session as facts arrive. An
    /// attainment's reasons are worded when it is first read.
    /// </summary>
    public IReadOnlyList<Attainment> Results { get; }

    /// <summary>Every rule's current state, in rule order, without building attainments.</summary>
    public ReadOnlySpan<AttainmentState> States => _states;

    /// <summary>The states array itself, for results that own a session no fact will reach again.</summary>
    internal AttainmentState[] StatesArray => _states;

    /// <summary>
    /// The positions (in <see cref="Rules"/>) of the rules the last change judged again, in rule order: every rule whose
    /// attainment may differ from before it, its state or only its reasons (a revised city figure), and no other. The
    /// change is the last call of <see cref="Observe(string, Observation)"/>, <see cref="Insert(Reference)"/>,
    /// <see cref="Retract"/> or a method built on them that returned; empty before the first and after one that reached no rule.
    /// </summary>
    public ReadOnlySpan<int> Rejudged => CollectionsMarshal.AsSpan(_due);

    /// <summary>The references the session holds, in no particular order.</summary>
    public IEnumerable<Reference> References => _bySlot.OfType<Reference>().Concat(_unpredicted.Values);

    /// <summary>The current attainment of the rule with <paramref name="ruleId"/>.</summary>
    /// <exception cref="ArgumentException">The rule set has no such rule.</exception>
    public Attainment Result(string ruleId) => Attainment(Index(ruleId));

    /// <summary>The actual the session holds for the rule with <paramref name="ruleId"/> (not reported until one is given).</summary>
    /// <exception cref="ArgumentException">The rule set has no such rule.</exception>
    public Observation Actual(string ruleId) => _actuals[Index(ruleId)];

    /// <summary>Sets or replaces the actual of one rule and re-evaluates it and the rules that compare with it.</summary>
    /// <returns>The rules whose state changed, in rule order.</returns>
    /// <exception cref="ArgumentException">The rule set has no such rule.</exception>
    public IReadOnlyList<AttainmentChange> Observe(string ruleId, Observation actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var index = Index(ruleId);
        Begin();
        SetActual(index, actual);
        return Run();
    }

    /// <summary>Sets or replaces the actuals of several rules (by rule id), re-evaluating each affected rule once.</summary>
    /// <returns>The rules whose state changed, in rule order.</returns>
    /// <exception cref="ArgumentException">An actual names a rule the set does not hold; nothing is changed then.</exception>
    public IReadOnlyList<AttainmentChange> Observe(IEnumerable<KeyValuePair<string, Observation>> actuals)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        var checkedActuals = actuals.Select(pair => (Index: Index(pair.Key), Actual: pair.Value ?? throw new ArgumentException($"The actual of rule '{pair.Key}' is null.", nameof(actuals))))
            .ToList();
        Begin();
        foreach (var (index, actual) in checkedActuals)
        {
            SetActual(index, actual);
        }

        return Run();
    }

    /// <summary>
    /// Adds a reference, or replaces the one of the same indicator and kind (a corrected city figure), and
    /// re-evaluates the rules that read it.
    /// </summary>
    /// <returns>The rules whose state changed, in rule order; empty when no rule reads the reference or none changed.</returns>
    public IReadOnlyList<AttainmentChange> Insert(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Begin();
        SetReference(reference);
        return Run();
    }

    /// <summary>Adds or replaces several references, re-evaluating each affected rule once.</summary>
    /// <returns>The rules whose state changed, in rule order.</returns>
    public IReadOnlyList<AttainmentChange> Insert(IEnumerable<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var list = references.ToList();
        foreach (var reference in list)
        {
            ArgumentNullException.ThrowIfNull(reference, nameof(references));
            Validate.Text(reference.Indicator, nameof(references));
        }

        Begin();
        foreach (var reference in list)
        {
            SetReference(reference);
        }

        return Run();
    }

    /// <summary>Removes the reference of <paramref name="kind"/> for <paramref name="indicator"/> (a figure withdrawn).</summary>
    /// <returns>The rules whose state changed, in rule order.</returns>
    public IReadOnlyList<AttainmentChange> Retract(string indicator, ReferenceKind kind)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var key = FactKey.Of(indicator, kind);
        var slot = _rules.SlotOf(key);
        Begin();
        if (slot >= 0)
        {
            if (_bySlot[slot] is null)
            {
                return NoChanges;
            }

            _bySlot[slot] = null;
        }
        else if (!_unpredicted.Remove(key))
        {
            return NoChanges;
        }

        MarkReaders(key, slot);
        return Run();
    }

    /// <summary>
    /// Takes the previous year's results as this year's baselines: every component whose actual gave a
    /// level (563.49 亿元) becomes a <see cref="ReferenceKind.Baseline"/> reference for its indicator, so a
    /// growth target can be judged from two levels. Baselines already held are replaced.
    /// </summary>
    /// <param name="previousYear">The attainments of the year before (a previous session's <see cref="Results"/>).</param>
    /// <returns>The rules whose state changed, in rule order.</returns>
    public IReadOnlyList<AttainmentChange> UsePreviousYear(IEnumerable<Attainment> previousYear)
    {
        ArgumentNullException.ThrowIfNull(previousYear);
        var source = $"{Year - 1}年完成情况";
        var baselines = new List<Reference>();
        foreach (var row in previousYear)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(previousYear));
            foreach (var component in row.Components.IsDefaultOrEmpty ? [row] : row.Components)
            {
                if (component.Actual.Status == ObservationStatus.Reported && component.Actual.Level is { } level)
                {
                    var value = new Observation { Text = level.ToString(), Level = level };
                    baselines.Add(new Reference(component.Indicator, ReferenceKind.Baseline, value, source));
                }
            }
        }

        return Insert(baselines);
    }

    /// <summary>
    /// Consults <paramref name="source"/> once for this session's year and period and adds what it returns,
    /// re-evaluating the rules that read those references. Wrap the source in a <see cref="CachedReferenceSource"/>
    /// to consult the host only once per year and period across sessions.
    /// </summary>
    /// <returns>The rules whose state changed, in rule order.</returns>
    public async ValueTask<IReadOnlyList<AttainmentChange>> LoadReferencesAsync(IReferenceSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var references = await source.LoadAsync(Year, Period, cancellationToken).ConfigureAwait(false);
        return Insert(references ?? []);
    }

    internal static int CheckYear(int year) =>
        year is >= 1 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year), year, "A plan year lies in 1..9999.");

    /// <summary>Takes actuals in rule order and references without evaluating anything (before a first <see cref="EvaluateAll"/>).</summary>
    internal void LoadInOrder(IReadOnlyList<Observation> actuals, IEnumerable<Reference> references)
    {
        // An array or list is copied in one block (no per-element type check), then searched for a null.
        switch (actuals)
        {
            case Observation[] array:
                Array.Copy(array, _actuals, _actuals.Length);
                break;
            case List<Observation> list:
                list.CopyTo(0, _actuals, 0, _actuals.Length);
                break;
            default:
                for (var i = 0; i < _actuals.Length; i++)
                {
                    _actuals[i] = actuals[i];
                }

                break;
        }

        if (Array.IndexOf(_actuals, null) is var missing and >= 0)
        {
            throw new ArgumentException($"The actual of rule '{_rules.Rules[missing].Id}' is null.", nameof(actuals));
        }

        Load(Array.Empty<KeyValuePair<string, Observation>>(), references);
    }

    /// <summary>Takes actuals and references without evaluating anything (before a first <see cref="EvaluateAll"/>).</summary>
    internal void Load(IEnumerable<KeyValuePair<string, Observation>> actuals, IEnumerable<Reference> references)
    {
        LoadReferences(references as IReadOnlyList<Reference> ?? [.. references]);

        // Actuals usually come in rule order (the same table): the next rule's id is tried before the index.
        var next = 0;
        foreach (var (id, actual) in actuals)
        {
            var index = next < _actuals.Length && string.Equals(_rules.Rules[next].Id, id, StringComparison.Ordinal) ? next : Index(id);
            _actuals[index] = actual ?? throw new ArgumentException($"The actual of rule '{id}' is null.", nameof(actuals));
            next = index + 1;
        }
    }

    // Each reference's slot is found in passes over all of them, each pass asking for what the next one reads (the
    // table's cell, the key it points to, the key's name): a large rule set's table has left the cache by the time
    // references are loaded, and looking them up one after another waited on memory three times for each.
    private void LoadReferences(IReadOnlyList<Reference> references)
    {
        var count = references.Count;
        var table = _rules.Facts;
        var keys = ArrayPool<FactKey>.Shared.Rent(count);
        var hashes = ArrayPool<int>.Shared.Rent(count);
        var slots = ArrayPool<int>.Shared.Rent(count);
        try
        {
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

            for (var i = 0; i < count; i++)
            {
                var slot = table.Confirm(slots[i], keys[i], hashes[i]);
                if (slot >= 0)
                {
                    _bySlot[slot] = references[i];
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

    /// <summary>Judges every rule, in rule order (a full evaluation).</summary>
    internal IReadOnlyList<AttainmentChange> EvaluateAll()
    {
        // Every rule is due, in order: no marking and sorting.
        Begin();
        List<AttainmentChange>? changes = null;
        var judge = new Judge(_rules.Evaluator.Policy, this, Period);
        for (var index = 0; index < _states.Length; index++)
        {
            // The rule object first (its target is read from it), then the target and the actual.
            Prefetch(index);
            JudgeRule(judge, index, ref changes);
        }

        return changes ?? NoChanges;
    }

    // Judging a large set waits on memory more than it computes: a row's rule, target and actual are objects
    // spread over the heap, first touched when the row is judged. Asking for them a few rows ahead took a quarter
    // off EvaluateInOrder at 100,000 rows (benchmarks/README.md).
    private void Prefetch(int index)
    {
        var compiled = _rules.Compiled;
        if (index + RuleLead < compiled.Length)
        {
            CacheLines.Prefetch(compiled[index + RuleLead], 2);
        }

        if (index + FactLead < compiled.Length)
        {
            CacheLines.Prefetch(compiled[index + FactLead].Target, 2);
            CacheLines.Prefetch(_actuals[index + FactLead], 4);
        }

        // A city figure or quota is three objects deep (slot, reference, observation), each found only once the one
        // before it is read: each is asked for when the one before it has had a few rows' time to arrive.
        var figureSlots = _rules.FigureSlots;
        if (index + SlotLead < figureSlots.Length && figureSlots[index + SlotLead] is var slot and >= 0)
        {
            CacheLines.Prefetch(ref _bySlot[slot]);
        }

        if (index + ReferenceLead < figureSlots.Length && figureSlots[index + ReferenceLead] is var near and >= 0 && _bySlot[near] is { } reference)
        {
            CacheLines.Prefetch(reference, 1);
        }

        if (index + FigureLead < figureSlots.Length && figureSlots[index + FigureLead] is var next and >= 0 && _bySlot[next] is { } soon)
        {
            CacheLines.Prefetch(soon.Value, 4);
        }

        if (index + ListLead < _actuals.Length)
        {
            PrefetchLists(_actuals[index + ListLead]);
        }

        if (index + ItemLead < _actuals.Length)
        {
            PrefetchItems(_actuals[index + ItemLead]);
        }

        if (index + PartLead < _actuals.Length && ImmutableCollectionsMarshal.AsArray(_actuals[index + PartLead].Parts) is { } parts)
        {
            foreach (var part in parts)
            {
                CacheLines.Prefetch(part.Label, 1);
                CacheLines.Prefetch(part.Value, 4);
            }
        }
    }

    // Without reading the lists' lengths: that would wait for the very lines being asked for (most rows' lists are
    // the one shared empty array, already in the cache).
    private static void PrefetchLists(Observation actual)
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

    private static void PrefetchItems(Observation actual)
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

    /// <summary>The attainment of the rule at <paramref name="index"/>, built from the facts held when first read.</summary>
    /// <remarks>Safe from several threads once no fact changes: building reads the facts and records nothing.</remarks>
    internal Attainment Attainment(int index)
    {
        var attainments = AttainmentsArray();
        if (Volatile.Read(ref attainments[index]) is { } built)
        {
            return built;
        }

        var rule = _rules.Compiled[index];
        var attainment = new Judge(_rules.Evaluator.Policy, new RuleFacts(this, index), Period).Row(rule.Indicator, rule.Target, _actuals[index]);
        return Interlocked.CompareExchange(ref attainments[index], attainment, null) ?? attainment;
    }

    // Several threads may read a one-off evaluation's results at once: the first array published is the one kept.
    private Attainment?[] AttainmentsArray()
    {
        if (Volatile.Read(ref _attainments) is { } held)
        {
            return held;
        }

        var created = new Attainment?[_states.Length];
        return Interlocked.CompareExchange(ref _attainments, created, null) ?? created;
    }

    Reference? IFacts.Reference(string indicator, ReferenceKind kind)
    {
        // Only the judge asks, and only while rule _current is judged.
        var found = Find(_current, indicator, kind, out var unpredicted);
        if (unpredicted is { } key)
        {
            Record(_unpredictedReaders, key, _current);
        }

        return found;
    }

    Observation? IFacts.Peer(string peer)
    {
        var link = _rules.Peer(peer);
        if (link.Rule >= 0 && link.Rule != _current && Array.IndexOf(_rules.PeerReaders[link.Rule], _current) < 0)
        {
            Record(_unpredictedPeerReaders, link.Rule, _current);
        }

        return PeerValue(link);
    }

    /// <summary>
    /// The reference rule <paramref name="index"/> asks for: by slot when its target predicts it, otherwise by
    /// name (and then <paramref name="unpredicted"/> names the fact, so that it still triggers re-evaluation).
    /// </summary>
    private Reference? Find(int index, string indicator, ReferenceKind kind, out FactKey? unpredicted)
    {
        var rule = _rules.Compiled[index];
        var component = rule.ComponentOf(indicator);
        if (component >= 0 && rule.Slot(component, kind) is var slot and >= 0)
        {
            unpredicted = null;
            return _bySlot[slot];
        }

        var key = new FactKey(component >= 0 ? rule.Components[component] : Target.Normalize(indicator), kind);
        unpredicted = rule.Predicts(key) ? null : key;
        return _rules.SlotOf(key) is var other and >= 0 ? _bySlot[other] : _unpredicted.GetValueOrDefault(key);
    }

    private Observation? PeerValue(PeerLink link) =>
        link.Rule < 0 ? null : PeerValue(_rules.Compiled[link.Rule], link.Component, _actuals[link.Rule]);

    // What the judge would align with the component: as PlanEvaluator does, a rule not reported gives nothing.
    private static Observation? PeerValue(CompiledRule provider, int component, Observation actual)
    {
        if (actual.Status == ObservationStatus.NotReported)
        {
            return null;
        }

        return provider.IsSlash && actual.Components.Length == provider.Components.Length ? actual.Components[component] : actual;
    }

    private static void Record<TKey>(Dictionary<TKey, List<int>> readers, TKey key, int rule)
        where TKey : notnull
    {
        if (!readers.TryGetValue(key, out var list))
        {
            readers[key] = list = [];
        }

        if (!list.Contains(rule))
        {
            list.Add(rule);
        }
    }

    private int Index(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var index = _rules.IndexOf(ruleId);
        return index >= 0 ? index : throw new ArgumentException($"The rule set has no rule '{ruleId}'.", nameof(ruleId));
    }

    private void SetActual(int index, Observation actual)
    {
        _actuals[index] = actual;
        Mark(index);
        foreach (var reader in _rules.PeerReaders[index])
        {
            Mark(reader);
        }

        if (_unpredictedPeerReaders.TryGetValue(index, out var more))
        {
            foreach (var reader in more)
            {
                Mark(reader);
            }
        }
    }

    private void SetReference(Reference reference)
    {
        Validate.Text(reference.Indicator, nameof(reference));
        var key = FactKey.Of(reference.Indicator, reference.Kind);
        var slot = _rules.SlotOf(key);
        ref var held = ref slot >= 0 ? ref _bySlot[slot] : ref CollectionsMarshal.GetValueRefOrAddDefault(_unpredicted, key, out _);
        if (held == reference)
        {
            return;
        }

        held = reference;
        MarkReaders(key, slot);
    }

    private void MarkReaders(FactKey key, int slot)
    {
        foreach (var reader in _rules.Readers(slot))
        {
            Mark(reader);
        }

        if (_unpredictedReaders.TryGetValue(key, out var more))
        {
            foreach (var reader in more)
            {
                Mark(reader);
            }
        }
    }

    private void Begin()
    {
        _due.Clear();
        if (++_pass == int.MaxValue)
        {
            if (_marks is not null)
            {
                Array.Clear(_marks);
            }

            _pass = 1;
        }
    }

    private void Mark(int rule)
    {
        _marks ??= new int[_states.Length];
        if (_marks[rule] != _pass)
        {
            _marks[rule] = _pass;
            _due.Add(rule);
        }
    }

    private IReadOnlyList<AttainmentChange> Run()
    {
        if (_due.Count == 0)
        {
            return NoChanges;
        }

        _due.Sort();
        List<AttainmentChange>? changes = null;
        var judge = new Judge(_rules.Evaluator.Policy, this, Period);
        foreach (var index in _due)
        {
            JudgeRule(judge, index, ref changes);
        }

        return changes ?? NoChanges;
    }

    // The state alone where the common path decides it; otherwise the full judgement, kept for when it is read.
    private void JudgeRule(Judge judge, int index, ref List<AttainmentChange>? changes)
    {
        var rule = _rules.Compiled[index];
        var before = _states[index];
        _current = index;
        try
        {
            if (_attainments is { } kept)
            {
                kept[index] = null;
            }

            if (judge.State(rule.Indicator, rule.Target, _actuals[index], rule.Names) is not { } state)
            {
                var attainment = judge.Row(rule.Indicator, rule.Target, _actuals[index]);
                AttainmentsArray()[index] = attainment;
                state = attainment.State;
            }

            _states[index] = state;
        }
        finally
        {
            _current = -1;
        }

        if (before != Unjudged && before != _states[index])
        {
            (changes ??= []).Add(new AttainmentChange(rule.Rule.Id, rule.Indicator, before, _states[index]));
        }
    }

    /// <summary>The facts one rule reads while its attainment is built on demand; records nothing, so it may run on any thread.</summary>
    private sealed class RuleFacts(EvaluationSession session, int index) : IFacts
    {
        public Reference? Reference(string indicator, ReferenceKind kind) => session.Find(index, indicator, kind, out _);

        public Observation? Peer(string peer) => session.PeerValue(session._rules.Peer(peer));
    }

    /// <summary>The session's attainments in rule order, each built when first read.</summary>
    private sealed class AttainmentList(EvaluationSession session) : IReadOnlyList<Attainment>
    {
        public int Count => session._states.Length;

        public Attainment this[int index] =>
            (uint)index < (uint)Count ? session.Attainment(index) : throw new ArgumentOutOfRangeException(nameof(index), index, "No rule has this position.");

        public IEnumerator<Attainment> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return session.Attainment(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
