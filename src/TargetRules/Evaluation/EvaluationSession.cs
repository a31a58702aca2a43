using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

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

    private readonly RuleSet _rules;
    private readonly FactStore _facts;
    private readonly ReaderIndex _readers;
    private readonly Agenda _agenda;

    // Every rule's state is kept current; its attainment (reasons and all) is built when first read, or kept
    // when the state needed the full judgement anyway, and dropped whenever the rule is judged again.
    private readonly AttainmentState[] _states;

    // Allocated when the first attainment is built or kept: a large one-off evaluation whose results are only
    // counted never needs it (8 bytes a rule less to allocate and zero; no time difference could be measured).
    private Attainment?[]? _attainments;

    // The rule being judged, while it is: what it reads is recorded in the reader index for it.
    private int _current = -1;

    internal EvaluationSession(RuleSet rules, int year, ReportingPeriod period, bool evaluate = true)
    {
        _rules = rules;
        Year = year;
        Period = period;
        _facts = new FactStore(rules);
        _readers = new ReaderIndex(rules);
        _agenda = new Agenda(rules.Count);
        _states = new AttainmentState[rules.Count];
        Array.Fill(_states, Unjudged);
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
    public ReadOnlySpan<int> Rejudged => _agenda.Due;

    /// <summary>The references the session holds, in no particular order.</summary>
    public IEnumerable<Reference> References => _facts.References;

    /// <summary>The current attainment of the rule with <paramref name="ruleId"/>.</summary>
    /// <exception cref="ArgumentException">The rule set has no such rule.</exception>
    public Attainment Result(string ruleId) => Attainment(Index(ruleId));

    /// <summary>The actual the session holds for the rule with <paramref name="ruleId"/> (not reported until one is given).</summary>
    /// <exception cref="ArgumentException">The rule set has no such rule.</exception>
    public Observation Actual(string ruleId) => _facts.Actuals[Index(ruleId)];

    /// <summary>Sets or replaces the actual of one rule and re-evaluates it and the rules that compare with it.</summary>
    /// <returns>The rules whose state changed, in rule order.</returns>
    /// <exception cref="ArgumentException">The rule set has no such rule.</exception>
    public IReadOnlyList<AttainmentChange> Observe(string ruleId, Observation actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var index = Index(ruleId);
        _agenda.Begin();
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
        _agenda.Begin();
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
        _agenda.Begin();
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

        _agenda.Begin();
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
        _agenda.Begin();
        if (!_facts.Remove(key, out var slot))
        {
            return NoChanges;
        }

        _readers.MarkReadersOfReference(key, slot, _agenda);
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
        _facts.CopyActuals(actuals);
        Load(Array.Empty<KeyValuePair<string, Observation>>(), references);
    }

    /// <summary>Takes actuals and references without evaluating anything (before a first <see cref="EvaluateAll"/>).</summary>
    internal void Load(IEnumerable<KeyValuePair<string, Observation>> actuals, IEnumerable<Reference> references)
    {
        _facts.Load(references as IReadOnlyList<Reference> ?? [.. references]);

        // Actuals usually come in rule order (the same table): the next rule's id is tried before the index.
        var held = _facts.Actuals;
        var next = 0;
        foreach (var (id, actual) in actuals)
        {
            var index = next < held.Length && string.Equals(_rules.Rules[next].Id, id, StringComparison.Ordinal) ? next : Index(id);
            held[index] = actual ?? throw new ArgumentException($"The actual of rule '{id}' is null.", nameof(actuals));
            next = index + 1;
        }
    }

    /// <summary>Judges every rule, in rule order (a full evaluation).</summary>
    internal IReadOnlyList<AttainmentChange> EvaluateAll()
    {
        // Every rule is due, in order: no marking and sorting.
        _agenda.Begin();
        List<AttainmentChange>? changes = null;
        var judge = new Judge(_rules.Evaluator.Policy, this, Period);
        for (var index = 0; index < _states.Length; index++)
        {
            SessionPrefetch.Row(_rules, _facts, index);
            JudgeRule(judge, index, ref changes);
        }

        return changes ?? NoChanges;
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
        var attainment = new Judge(_rules.Evaluator.Policy, new RuleFacts(_rules, _facts, index), Period).Row(rule.Indicator, rule.Target, _facts.Actuals[index]);
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
        var found = _facts.Find(_current, indicator, kind, out var unpredicted);
        if (unpredicted is { } key)
        {
            _readers.RecordReference(key, _current);
        }

        return found;
    }

    Observation? IFacts.Peer(string peer)
    {
        var link = _rules.Peer(peer);
        _readers.RecordPeer(link.Rule, _current);
        return _facts.PeerValue(link);
    }

    private int Index(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var index = _rules.IndexOf(ruleId);
        return index >= 0 ? index : throw new ArgumentException($"The rule set has no rule '{ruleId}'.", nameof(ruleId));
    }

    private void SetActual(int index, Observation actual)
    {
        _facts.Actuals[index] = actual;
        _agenda.Mark(index);
        _readers.MarkReadersOfActual(index, _agenda);
    }

    private void SetReference(Reference reference)
    {
        if (_facts.Set(reference, out var key, out var slot))
        {
            _readers.MarkReadersOfReference(key, slot, _agenda);
        }
    }

    private IReadOnlyList<AttainmentChange> Run()
    {
        if (_agenda.Due.IsEmpty)
        {
            return NoChanges;
        }

        List<AttainmentChange>? changes = null;
        var judge = new Judge(_rules.Evaluator.Policy, this, Period);
        foreach (var index in _agenda.InRuleOrder())
        {
            JudgeRule(judge, index, ref changes);
        }

        return changes ?? NoChanges;
    }

    // The state alone where the common path decides it; otherwise the full judgement, kept for when it is read.
    private void JudgeRule(Judge judge, int index, ref List<AttainmentChange>? changes)
    {
        var rule = _rules.Compiled[index];
        var actual = _facts.Actuals[index];
        var before = _states[index];
        _current = index;
        try
        {
            if (_attainments is { } kept)
            {
                kept[index] = null;
            }

            if (judge.State(rule.Indicator, rule.Target, actual, rule.Names) is not { } state)
            {
                var attainment = judge.Row(rule.Indicator, rule.Target, actual);
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
    private sealed class RuleFacts(RuleSet rules, FactStore facts, int index) : IFacts
    {
        public Reference? Reference(string indicator, ReferenceKind kind) => facts.Find(index, indicator, kind, out _);

        public Observation? Peer(string peer) => facts.PeerValue(rules.Peer(peer));
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
