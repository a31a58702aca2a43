using System.Collections.ObjectModel;
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

    private readonly RuleSet _rules;
    private readonly Observation[] _actuals;
    private readonly Attainment[] _results;
    private readonly Dictionary<FactKey, Reference> _references = [];

    // Reads the target trees did not predict, recorded while evaluating so they still trigger re-evaluation.
    private readonly Dictionary<FactKey, List<int>> _unpredictedReaders = [];
    private readonly Dictionary<int, List<int>> _unpredictedPeerReaders = [];

    // Rules due for re-evaluation: marked with the current pass number, then evaluated in rule order.
    private readonly int[] _marks;
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
        _results = new Attainment[rules.Count];
        _marks = new int[rules.Count];
        Results = new ReadOnlyCollection<Attainment>(_results);
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

    /// <summary>Every rule's current attainment, in rule order; the list follows the session as facts arrive.</summary>
    public IReadOnlyList<Attainment> Results { get; }

    /// <summary>The references the session holds, in no particular order.</summary>
    public IEnumerable<Reference> References => _references.Values;

    /// <summary>The current attainment of the rule with <paramref name="ruleId"/>.</summary>
    /// <exception cref="ArgumentException">The rule set has no such rule.</exception>
    public Attainment Result(string ruleId) => _results[Index(ruleId)];

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
        var key = new FactKey(Target.Normalize(indicator), kind);
        if (!_references.Remove(key))
        {
            return NoChanges;
        }

        Begin();
        MarkReaders(key);
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

    /// <summary>Takes actuals and references without evaluating anything (before a first <see cref="EvaluateAll"/>).</summary>
    internal void Load(IEnumerable<KeyValuePair<string, Observation>> actuals, IEnumerable<Reference> references)
    {
        foreach (var reference in references)
        {
            ArgumentNullException.ThrowIfNull(reference, nameof(references));
            Validate.Text(reference.Indicator, nameof(references));
            _references[new FactKey(Target.Normalize(reference.Indicator), reference.Kind)] = reference;
        }

        foreach (var (id, actual) in actuals)
        {
            _actuals[Index(id)] = actual ?? throw new ArgumentException($"The actual of rule '{id}' is null.", nameof(actuals));
        }
    }

    /// <summary>Re-evaluates every rule (a full evaluation, for comparison with the incremental path).</summary>
    internal IReadOnlyList<AttainmentChange> EvaluateAll()
    {
        Begin();
        for (var i = 0; i < _results.Length; i++)
        {
            Mark(i);
        }

        return Run();
    }

    Reference? IFacts.Reference(string indicator, ReferenceKind kind)
    {
        // Only the judge asks, and only while Run evaluates rule _current.
        var rule = _rules.Compiled[_current];
        var key = new FactKey(rule.Normalize(indicator), kind);
        if (!rule.Predicts(key))
        {
            Record(_unpredictedReaders, key, _current);
        }

        return _references.TryGetValue(key, out var reference) ? reference : null;
    }

    Observation? IFacts.Peer(string peer)
    {
        var link = _rules.Peer(peer);
        if (link.Rule < 0)
        {
            return null;
        }

        if (link.Rule != _current && Array.IndexOf(_rules.PeerReaders[link.Rule], _current) < 0)
        {
            Record(_unpredictedPeerReaders, link.Rule, _current);
        }

        return PeerValue(_rules.Compiled[link.Rule], link.Component, _actuals[link.Rule]);
    }

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
        var key = new FactKey(Target.Normalize(reference.Indicator), reference.Kind);
        if (_references.TryGetValue(key, out var held) && held == reference)
        {
            return;
        }

        _references[key] = reference;
        MarkReaders(key);
    }

    private void MarkReaders(FactKey key)
    {
        foreach (var reader in _rules.Readers(key))
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
            Array.Clear(_marks);
            _pass = 1;
        }
    }

    private void Mark(int rule)
    {
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
        foreach (var index in _due)
        {
            var rule = _rules.Compiled[index].Rule;
            var before = _results[index];
            _current = index;
            try
            {
                _results[index] = _rules.Evaluator.Evaluate(rule.Indicator, rule.Target, _actuals[index], this, Period);
            }
            finally
            {
                _current = -1;
            }

            if (before is not null && before.State != _results[index].State)
            {
                (changes ??= []).Add(new AttainmentChange(rule.Id, rule.Indicator, before.State, _results[index].State));
            }
        }

        _due.Clear();
        return changes ?? NoChanges;
    }
}
