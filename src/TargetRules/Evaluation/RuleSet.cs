using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

/// <summary>One target of a plan to be judged: a row's id, its indicator and its target.</summary>
public sealed class Rule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule's id, unique within its rule set (the row's 序号).</param>
    /// <param name="indicator">The indicator as the plan names it; its slash parts name the components (产业类投资额/工业投资).</param>
    /// <param name="target">The target.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="indicator"/> is blank.</exception>
    public Rule(string id, string indicator, Target target)
    {
        Validate.Text(id, nameof(id));
        Validate.Text(indicator, nameof(indicator));
        ArgumentNullException.ThrowIfNull(target);
        Id = id;
        Indicator = indicator;
        Target = target;
    }

    /// <summary>The rule's id.</summary>
    public string Id { get; }

    /// <summary>The indicator judged.</summary>
    public string Indicator { get; }

    /// <summary>The target judged against.</summary>
    public Target Target { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Indicator}: {Target}";
}

/// <summary>
/// A set of rules compiled once: every rule's components, the facts each may read (city figures,
/// quotas, baselines, verdicts, other rules' actuals) and the index from each fact to the rules that
/// read it. Immutable and safe to share between threads; each <see cref="EvaluationSession"/> over it
/// holds its own facts and results.
/// </summary>
public sealed class RuleSet
{
    // Written only while compiling; concurrent reads of a dictionary nobody writes are safe.
    private readonly Dictionary<string, int> _byId;
    private readonly PeerIndex _peers;

    // Each peer row's name and the component it reads, by the row's number in _peers.
    private readonly List<(string Name, PeerLink Link)> _peerRows = [];

    // The rules that read each fact, all in one array: fact slot s owns _readerRules[_readerStart[s].._readerStart[s + 1]].
    private readonly FactTable _slots;
    private readonly int[] _readerStart;
    private readonly int[] _readerRules;

    private RuleSet(ImmutableArray<Rule> rules, Evaluator evaluator)
    {
        Rules = rules;
        Evaluator = evaluator;
        _byId = new Dictionary<string, int>(rules.Length, StringComparer.Ordinal);
        _peers = new PeerIndex(row => _peerRows[row].Name);
        var compiled = new CompiledRule[rules.Length];
        var readCount = 0;
        for (var i = 0; i < rules.Length; i++)
        {
            if (!_byId.TryAdd(rules[i].Id, i))
            {
                throw new ArgumentException($"Rule id '{rules[i].Id}' appears more than once.", nameof(rules));
            }

            compiled[i] = CompiledRule.Compile(i, rules[i]);
            readCount += compiled[i].Reads.Length;
        }

        // The slot of every rule's every read, in rule order: each fact's name is hashed once, not again per use.
        _slots = new FactTable(readCount);
        var counts = new List<int>();
        var readSlots = new List<int>(readCount);
        foreach (var rule in compiled)
        {
            foreach (var key in rule.Reads)
            {
                var slot = _slots.Add(key, out var added);
                if (added)
                {
                    counts.Add(1);
                }
                else
                {
                    counts[slot]++;
                }

                readSlots.Add(slot);
            }
        }

        Compiled = compiled;
        _readerStart = new int[counts.Count + 1];
        for (var slot = 0; slot < counts.Count; slot++)
        {
            _readerStart[slot + 1] = _readerStart[slot] + counts[slot];
        }

        _readerRules = new int[_readerStart[^1]];
        var next = _readerStart[..^1];
        var read = 0;
        foreach (var rule in compiled)
        {
            var slots = CollectionsMarshal.AsSpan(readSlots).Slice(read, rule.Reads.Length);
            foreach (var slot in slots)
            {
                _readerRules[next[slot]++] = rule.Index;
            }

            rule.AssignSlots(slots);
            read += slots.Length;
        }

        FigureSlots = [.. compiled.Select(FigureSlot)];

        // A peer is resolved against the whole set (not only the rules before the reader).
        foreach (var rule in compiled)
        {
            for (var c = 0; c < rule.Components.Length; c++)
            {
                if (_peers.TryAdd(rule.Components[c]) >= 0)
                {
                    _peerRows.Add((rule.Components[c], new PeerLink(rule.Index, c)));
                }
            }
        }

        var peerReaders = new List<int>?[rules.Length];
        foreach (var rule in compiled)
        {
            foreach (var peer in rule.Peers)
            {
                var link = Peer(peer);
                if (link.Rule >= 0 && link.Rule != rule.Index)
                {
                    (peerReaders[link.Rule] ??= []).Add(rule.Index);
                }
            }
        }

        PeerReaders = [.. peerReaders.Select(list => list is null ? [] : list.Distinct().ToArray())];
    }

    /// <summary>The rules, in the order given.</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>The evaluator (and so the policy) the rules are judged by.</summary>
    public Evaluator Evaluator { get; }

    /// <summary>How many rules the set holds.</summary>
    public int Count => Rules.Length;

    internal CompiledRule[] Compiled { get; }

    /// <summary>How many distinct facts the rules' targets predict they read.</summary>
    internal int SlotCount => _readerStart.Length - 1;

    /// <summary>For each rule, the rules that read its actual as a peer (与经济增长基本同步 reads 地区生产总值).</summary>
    internal int[][] PeerReaders { get; }

    /// <summary>
    /// For each rule, the slot of the reference its state is usually decided by (the city's figure, or the quota the
    /// city set), or -1: judging a large set fetches that reference and its figure a few rows ahead.
    /// </summary>
    internal int[] FigureSlots { get; }

    /// <summary>Compiles <paramref name="rules"/> judged by <paramref name="evaluator"/> (the default policy when null).</summary>
    /// <exception cref="ArgumentException">Two rules share an id.</exception>
    public static RuleSet Compile(IEnumerable<Rule> rules, Evaluator? evaluator = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToImmutableArray();
        foreach (var rule in list)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
        }

        return new RuleSet(list, evaluator ?? Evaluator.Default);
    }

    /// <summary>The position of the rule with <paramref name="id"/>, or -1 when the set has none.</summary>
    public int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out var index) ? index : -1;
    }

    /// <summary>
    /// Starts a session for plan year <paramref name="year"/> and <paramref name="period"/> (the whole year by
    /// default): every rule is judged at once with no actual and no reference (<see cref="AttainmentState.NotReported"/>
    /// for most), then actuals and references are added as they arrive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not in 1..9999.</exception>
    public EvaluationSession CreateSession(int year, ReportingPeriod period = default) => new(this, EvaluationSession.CheckYear(year), period);

    /// <summary>
    /// Judges every rule once against <paramref name="actuals"/> (by rule id; a rule without one is not
    /// reported) and <paramref name="references"/>. Safe to call from several threads at once.
    /// </summary>
    /// <returns>One result per rule, in rule order: the states at once, each attainment's reasons when first read.</returns>
    /// <exception cref="ArgumentException">An actual names a rule the set does not hold.</exception>
    public EvaluationResults Evaluate(IEnumerable<KeyValuePair<string, Observation>> actuals, IEnumerable<Reference>? references = null,
        ReportingPeriod period = default)
    {
        ArgumentNullException.ThrowIfNull(actuals);

        // The year only names what a session loads or carries over; a one-off evaluation does neither.
        var session = new EvaluationSession(this, EvaluationSession.AnyYear, period, evaluate: false);
        session.Load(actuals, references ?? []);
        session.EvaluateAll();
        return new EvaluationResults(session);
    }

    /// <summary>
    /// Judges every rule once against <paramref name="actuals"/> given in rule order (the actual of
    /// <c>Rules[i]</c> at <c>actuals[i]</c>, as a plan table lists them) and <paramref name="references"/>.
    /// Safe to call from several threads at once.
    /// </summary>
    /// <returns>One result per rule, in rule order: the states at once, each attainment's reasons when first read.</returns>
    /// <exception cref="ArgumentException">The number of actuals is not the number of rules, or an actual is null.</exception>
    public EvaluationResults EvaluateInOrder(IReadOnlyList<Observation> actuals, IEnumerable<Reference>? references = null, ReportingPeriod period = default)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        if (actuals.Count != Count)
        {
            throw new ArgumentException($"{actuals.Count} actuals were given for {Count} rules; give one per rule, in rule order.", nameof(actuals));
        }

        var session = new EvaluationSession(this, EvaluationSession.AnyYear, period, evaluate: false);
        session.LoadInOrder(actuals, references ?? []);
        session.EvaluateAll();
        return new EvaluationResults(session);
    }

    /// <summary>
    /// Judges every rule once against <paramref name="actuals"/> and the references <paramref name="source"/>
    /// gives for <paramref name="year"/> and <paramref name="period"/>, consulting it once. Safe to call from
    /// several threads at once.
    /// </summary>
    /// <returns>One result per rule, in rule order: the states at once, each attainment's reasons when first read.</returns>
    /// <exception cref="ArgumentException">An actual names a rule the set does not hold.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not in 1..9999.</exception>
    public async ValueTask<EvaluationResults> EvaluateAsync(IEnumerable<KeyValuePair<string, Observation>> actuals, IReferenceSource source,
        int year, ReportingPeriod period = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(source);
        var session = new EvaluationSession(this, EvaluationSession.CheckYear(year), period, evaluate: false);
        var references = await source.LoadAsync(year, period, cancellationToken).ConfigureAwait(false);
        session.Load(actuals, references ?? []);
        session.EvaluateAll();
        return new EvaluationResults(session);
    }

    /// <summary>How many rules read the reference <paramref name="kind"/> of <paramref name="indicator"/>.</summary>
    public int CountReaders(string indicator, ReferenceKind kind)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Readers(SlotOf(FactKey.Of(indicator, kind))).Length;
    }

    // A slash row's components read their references one by one; only a single target's is fetched ahead.
    private static int FigureSlot(CompiledRule rule) =>
        rule.IsSlash ? -1 : rule.Slot(0, ReferenceKind.City) is var city and >= 0 ? city : rule.Slot(0, ReferenceKind.Quota);

    /// <summary>The slot of a fact some target predicts it reads, or -1.</summary>
    internal int SlotOf(FactKey key) => _slots.Find(key);

    /// <summary>The facts' slots, for loading many references at once.</summary>
    internal FactTable Facts => _slots;

    /// <summary>The rules that read the fact in <paramref name="slot"/> (from <see cref="SlotOf"/>), in rule order; none for -1.</summary>
    internal ReadOnlySpan<int> Readers(int slot) =>
        slot >= 0 ? _readerRules.AsSpan(_readerStart[slot], _readerStart[slot + 1] - _readerStart[slot]) : [];

    /// <summary>The rule component a peer name reads: the same name first, then for 经济增长 the first GDP or 增加值 component.</summary>
    internal PeerLink Peer(string name) => _peers.Find(Target.Normalize(name)) is var row and >= 0 ? _peerRows[row].Link : PeerLink.None;
}

/// <summary>A reference fact: an indicator (normalized) and what kind of figure.</summary>
internal readonly record struct FactKey(string Indicator, ReferenceKind Kind)
{
    /// <summary>The key of <paramref name="kind"/> for an indicator as written (stray spaces and all).</summary>
    public static FactKey Of(string indicator, ReferenceKind kind) => new(Target.Normalize(indicator), kind);
}

/// <summary>The rule and slash component a peer name reads; <see cref="None"/> when the set has no such indicator.</summary>
internal readonly record struct PeerLink(int Rule, int Component)
{
    public static PeerLink None { get; } = new(-1, -1);
}

/// <summary>A rule with what its evaluation may read worked out from its target tree.</summary>
internal sealed class CompiledRule
{
    private const int KindCount = 4;
    private const int AllKinds = (1 << KindCount) - 1;

    // The reads found while compiling a rule, one list per thread (Compile may run on several at once).
    [ThreadStatic]
    private static List<FactKey>? t_reads;

    private readonly string[] _names;

    // The slot of each (component, reference kind) the target predicts, or -1: component c, kind k at c * Kinds + k.
    private int[] _slots = [];

    private CompiledRule(int index, Rule rule, string[] names, string[] components, FactKey[] reads, string[] peers)
    {
        Index = index;
        Rule = rule;
        Indicator = rule.Indicator;
        Target = Relocate(rule.Target);
        _names = names;
        Components = components;
        Reads = reads;
        Peers = peers;
    }

    public int Index { get; }

    public Rule Rule { get; }

    /// <summary>The rule's indicator.</summary>
    public string Indicator { get; }

    /// <summary>
    /// The rule's target, copied while compiling: the rules' targets then lie in memory in rule order, so that
    /// judging a large set reads them in sequence instead of wherever they were first built.
    /// </summary>
    public Target Target { get; }

    public bool IsSlash => Target is ComponentsTarget;

    /// <summary>The components' names as the indicator gives them (the slash parts), as the judge names them.</summary>
    public string[] Names => _names;

    /// <summary>The normalized names of the components, as the judge names them (the slash parts of the indicator).</summary>
    public string[] Components { get; }

    /// <summary>The references the rule's evaluation may read.</summary>
    public FactKey[] Reads { get; }

    /// <summary>The peer names its targets compare with.</summary>
    public string[] Peers { get; }

    public static CompiledRule Compile(int index, Rule rule)
    {
        var single = rule.Target;
        scoped ReadOnlySpan<Target> targets;
        string[] names;
        if (rule.Target is ComponentsTarget slash)
        {
            targets = slash.Components.AsSpan();
            names = IndicatorNames.Split(rule.Indicator, targets.Length);
        }
        else
        {
            // A single target is judged under the whole name, slash and all (工业投资/技改投资), as the judge reads it.
            targets = new ReadOnlySpan<Target>(ref single);
            names = [rule.Indicator];
        }

        var components = new string[names.Length];

        // Compiling a large set allocates little besides what it keeps.
        var reads = t_reads ??= [];
        reads.Clear();
        List<string>? peers = null;
        for (var i = 0; i < names.Length; i++)
        {
            components[i] = Target.Normalize(names[i]);

            // A component whose actual awaits the city reads the city's verdict whatever its target.
            var kinds = 1 << (int)ReferenceKind.Verdict;
            kinds |= Kinds(targets[i], ref peers);
            for (var kind = ReferenceKind.City; kind <= ReferenceKind.Verdict; kind++)
            {
                var key = new FactKey(components[i], kind);
                if ((kinds & (1 << (int)kind)) != 0 && !reads.Contains(key))
                {
                    reads.Add(key);
                }
            }
        }

        return new CompiledRule(index, rule, names, components, [.. reads], peers is null ? [] : [.. peers.Distinct(StringComparer.Ordinal)]);
    }

    private static Target Relocate(Target target) => target switch
    {
        ScopedTarget s => new ScopedTarget(s.Scope, Relocate(s.Inner)),
        AllOfTarget all => new AllOfTarget([.. all.Conditions.Select(Relocate)]),
        ComponentsTarget slash => new ComponentsTarget([.. slash.Components.Select(Relocate)]),
        VoidTarget => target,
        _ => target with { },
    };

    /// <summary>Which component the judge names by <paramref name="name"/> (its own names, as passed), or -1.</summary>
    public int ComponentOf(string name)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The slot of the reference of <paramref name="kind"/> for component <paramref name="component"/>, or -1 when not predicted.</summary>
    public int Slot(int component, ReferenceKind kind) => _slots[(component * KindCount) + (int)kind];

    /// <summary>Keeps the slot of every reference the target predicts, by component and kind (once, while the rule set is compiled).</summary>
    /// <param name="readSlots">The slot of each of <see cref="Reads"/>, in the same order.</param>
    public void AssignSlots(ReadOnlySpan<int> readSlots)
    {
        var assigned = new int[Components.Length * KindCount];
        Array.Fill(assigned, -1);
        for (var c = 0; c < Components.Length; c++)
        {
            for (var i = 0; i < Reads.Length; i++)
            {
                if (string.Equals(Reads[i].Indicator, Components[c], StringComparison.Ordinal))
                {
                    assigned[(c * KindCount) + (int)Reads[i].Kind] = readSlots[i];
                }
            }
        }

        _slots = assigned;
    }

    /// <summary>True when the target tree says the rule may read <paramref name="key"/>.</summary>
    public bool Predicts(FactKey key)
    {
        foreach (var read in Reads)
        {
            if (read.Kind == key.Kind && string.Equals(read.Indicator, key.Indicator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The reference kinds a target may read (as bits); an unknown kind of target may read any.
    private static int Kinds(Target target, ref List<string>? peers)
    {
        const int city = 1 << (int)ReferenceKind.City, quota = 1 << (int)ReferenceKind.Quota, baseline = 1 << (int)ReferenceKind.Baseline;
        switch (target)
        {
            case ThresholdTarget t:
                return t.Measure == Measure.Growth ? baseline : 0;
            case RangeTarget r:
                return r.Measure == Measure.Growth ? baseline : 0;
            case CityRelativeTarget c:
                return city | (c.Measure == Measure.Growth ? baseline : 0);
            case IndicatorRelativeTarget p:
                (peers ??= []).Add(p.Peer);
                return p.Measure == Measure.Growth ? baseline : 0;
            case CityQuotaTarget:
                return quota;
            case QualitativeTarget or VoidTarget:
                return 0;
            case ScopedTarget s:
                return Kinds(s.Inner, ref peers);
            case AllOfTarget all:
                var kinds = 0;
                foreach (var condition in all.Conditions)
                {
                    kinds |= Kinds(condition, ref peers);
                }

                return kinds;
            default:
                return AllKinds;
        }
    }
}
