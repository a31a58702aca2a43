using System.Collections.Immutable;
using System.Text;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

/// <summary>The outcome of judging an actual against a target.</summary>
public enum AttainmentState
{
    /// <summary>完成: every condition holds.</summary>
    Met,
    /// <summary>未完成: a condition fails on the figures given.</summary>
    Missed,
    /// <summary>部分完成: row level only, some slash components met and some missed.</summary>
    PartiallyMet,
    /// <summary>待市级反馈: the outcome depends on a city figure or assessment not yet supplied.</summary>
    AwaitingCityFeedback,
    /// <summary>不考核: the target no longer applies, or an interim report meets an annual-only indicator.</summary>
    NotAssessed,
    /// <summary>未报送: no actual.</summary>
    NotReported,
    /// <summary>无法判定: an actual is given but cannot be compared; the explanation says why.</summary>
    Undetermined,
}

/// <summary>Names of the states for people.</summary>
public static class AttainmentStates
{
    /// <summary>The Chinese name of <paramref name="state"/> (完成, 未完成 …).</summary>
    public static string Chinese(this AttainmentState state) => state switch
    {
        AttainmentState.Met => "完成",
        AttainmentState.Missed => "未完成",
        AttainmentState.PartiallyMet => "部分完成",
        AttainmentState.AwaitingCityFeedback => "待市级反馈",
        AttainmentState.NotAssessed => "不考核",
        AttainmentState.NotReported => "未报送",
        _ => "无法判定",
    };

    /// <summary>The state's name as the reports spell it (Met, Missed …); a table rather than <c>ToString()</c>, which boxes per row.</summary>
    internal static string Name(this AttainmentState state) => state switch
    {
        AttainmentState.Met => nameof(AttainmentState.Met),
        AttainmentState.Missed => nameof(AttainmentState.Missed),
        AttainmentState.PartiallyMet => nameof(AttainmentState.PartiallyMet),
        AttainmentState.AwaitingCityFeedback => nameof(AttainmentState.AwaitingCityFeedback),
        AttainmentState.NotAssessed => nameof(AttainmentState.NotAssessed),
        AttainmentState.NotReported => nameof(AttainmentState.NotReported),
        AttainmentState.Undetermined => nameof(AttainmentState.Undetermined),
        _ => state.ToString(),
    };

    /// <summary>Every state, in the order DESIGN.md lists them.</summary>
    public static ImmutableArray<AttainmentState> All { get; } =
    [
        AttainmentState.Met, AttainmentState.Missed, AttainmentState.PartiallyMet, AttainmentState.AwaitingCityFeedback,
        AttainmentState.NotAssessed, AttainmentState.NotReported, AttainmentState.Undetermined,
    ];
}

/// <summary>A reason in both languages.</summary>
/// <remarks>
/// The evaluator builds most reasons lazily: formatting numbers into text costs far more than judging,
/// and many results are only counted. The text is the same whenever it is read.
/// </remarks>
public readonly record struct Explanation
{
    private readonly string? _chinese;
    private readonly string? _english;
    private readonly DeferredExplanation? _deferred;

    /// <summary>A reason in both languages.</summary>
    /// <param name="Chinese">The reason in Chinese.</param>
    /// <param name="English">The reason in English.</param>
    public Explanation(string Chinese, string English)
    {
        _chinese = Chinese;
        _english = English;
    }

    internal Explanation(DeferredExplanation deferred) => _deferred = deferred;

    /// <summary>The reason in Chinese.</summary>
    public string Chinese
    {
        get => _deferred is null ? _chinese! : _deferred.Chinese;
        init
        {
            _english = English;
            _deferred = null;
            _chinese = value;
        }
    }

    /// <summary>The reason in English.</summary>
    public string English
    {
        get => _deferred is null ? _english! : _deferred.English;
        init
        {
            _chinese = Chinese;
            _deferred = null;
            _english = value;
        }
    }

    /// <summary>The reason in <paramref name="language"/>.</summary>
    public string In(Language language) => language == Language.English ? English : Chinese;

    /// <summary>The two texts.</summary>
    public void Deconstruct(out string Chinese, out string English)
    {
        Chinese = this.Chinese;
        English = this.English;
    }

    /// <summary>Equal when both texts are equal, however they were built.</summary>
    public bool Equals(Explanation other) => Chinese == other.Chinese && English == other.English;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Chinese, English);

    /// <inheritdoc />
    public override string ToString() => Chinese;

    /// <summary>
    /// A reason built from <paramref name="state"/> by <paramref name="build"/> when it is first read. Pass a
    /// static lambda: a capturing one would allocate its closure wherever the captured variables are in scope.
    /// </summary>
    internal static Explanation Lazy<TState>(TState state, Func<TState, Explanation> build) => new(new DeferredByDelegate<TState>(state, build));

    /// <summary>
    /// <paramref name="parts"/> joined as <see cref="Join"/> joins them, worded when read and in the language
    /// read only (a report reads one).
    /// </summary>
    internal static Explanation Joined(IReadOnlyList<Explanation> parts) => new(new JoinedWords(parts));

    /// <summary>
    /// <paramref name="inner"/> after its label (市级：…, 市级: …), worded when read and in the language read only.
    /// </summary>
    internal static Explanation Labelled(string label, Explanation inner) => new(new LabelledWords(label, inner));

    /// <summary>Label and text as <see cref="Labelled"/> words them.</summary>
    internal static string Label(string label, string text, bool chinese) => string.Concat(label, chinese ? "：" : ": ", text);

    /// <summary>
    /// The texts of one language joined as <see cref="Join"/> joins them: empty ones left out, one text is itself.
    /// </summary>
    internal static string JoinIn(bool chinese, IEnumerable<string> texts)
    {
        StringBuilder? joined = null;
        string? first = null;
        foreach (var text in texts)
        {
            if (text.Length == 0)
            {
                continue;
            }

            if (first is null)
            {
                first = text;
                continue;
            }

            (joined ??= new StringBuilder(first)).Append(chinese ? "；" : "; ").Append(text);
        }

        return joined?.ToString() ?? first ?? string.Empty;
    }

    internal static Explanation Join(IEnumerable<Explanation> parts)
    {
        var all = parts as IReadOnlyList<Explanation> ?? [.. parts];
        return all.Count == 1 ? all[0] : new Explanation(JoinIn(true, all.Select(p => p.Chinese)), JoinIn(false, all.Select(p => p.English)));
    }

    // The builder words both languages; each language read calls it (a report reads one).
    private sealed class DeferredByDelegate<TState>(TState state, Func<TState, Explanation> build) : DeferredExplanation
    {
        protected override string Word(bool chinese) => chinese ? build(state).Chinese : build(state).English;
    }

    private sealed class JoinedWords(IReadOnlyList<Explanation> parts) : DeferredExplanation
    {
        protected override string Word(bool chinese) => JoinIn(chinese, parts.Select(part => chinese ? part.Chinese : part.English));
    }

    private sealed class LabelledWords(string label, Explanation inner) : DeferredExplanation
    {
        protected override string Word(bool chinese) => Label(label, chinese ? inner.Chinese : inner.English, chinese);
    }
}

/// <summary>
/// A reason worded when first read, in the language read. The hot comparisons derive from it with the few
/// figures they need, which costs one small object where a lambda costs a closure and a delegate.
/// </summary>
internal abstract class DeferredExplanation
{
    // Each worded at most once per reader race; every wording gives the same text, so a race only wastes work.
    private string? _chinese;
    private string? _english;

    public string Chinese => _chinese ??= Word(chinese: true);

    public string English => _english ??= Word(chinese: false);

    /// <summary>The reason in Chinese, or in English.</summary>
    protected abstract string Word(bool chinese);
}

/// <summary>
/// The judgement of one target (a row, or one slash component of it): the state, the reason, and for
/// a row with slash components the judgement of each component.
/// </summary>
public sealed class Attainment
{
    internal Attainment(string indicator, Target target, Observation actual, AttainmentState state, Explanation explanation,
        string? expected, bool provisional, ImmutableArray<Attainment> components)
    {
        Indicator = indicator;
        Target = target;
        Actual = actual;
        State = state;
        Explanation = explanation;
        Expected = expected;
        Provisional = provisional;
        Components = components;
    }

    /// <summary>The indicator (or slash component) judged.</summary>
    public string Indicator { get; }

    /// <summary>The target judged against.</summary>
    public Target Target { get; }

    /// <summary>The actual judged.</summary>
    public Observation Actual { get; }

    /// <summary>The outcome.</summary>
    public AttainmentState State { get; }

    /// <summary>Why, in Chinese and English: what was compared with what, and the gap.</summary>
    public Explanation Explanation { get; }

    /// <summary>An expectation the actual states (预计高于全市平均水平), kept while the state waits.</summary>
    public string? Expected { get; }

    /// <summary>True when the actual is an estimate (预计, 左右, 以上): the state may change.</summary>
    public bool Provisional { get; }

    /// <summary>The slash components' judgements, in order; for a row without slash components, the row itself.</summary>
    public ImmutableArray<Attainment> Components { get; }

    /// <summary>
    /// Rolls slash components up into a row state, ignoring NotAssessed: all NotAssessed gives NotAssessed;
    /// some Met and some Missed gives PartiallyMet; then Missed, AwaitingCityFeedback, Undetermined, NotReported, Met.
    /// </summary>
    internal static AttainmentState Rollup(IEnumerable<AttainmentState> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var rollup = new RollupOf();
        foreach (var state in components)
        {
            rollup.Add(state);
        }

        return rollup.Result;
    }

    internal static AttainmentState RollupStates(ReadOnlySpan<AttainmentState> components)
    {
        var rollup = new RollupOf();
        foreach (var state in components)
        {
            rollup.Add(state);
        }

        return rollup.Result;
    }

    /// <summary>
    /// Three-valued AND of the conditions on one component: Missed if any fails; else AwaitingCityFeedback
    /// if any waits on the city; else Undetermined if any cannot be decided; else NotReported if any part is
    /// missing; else NotAssessed if all are; else Met.
    /// </summary>
    internal static AttainmentState And(IEnumerable<AttainmentState> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var and = new AndOf();
        foreach (var state in conditions)
        {
            and.Add(state);
        }

        return and.Result;
    }

    internal static AttainmentState AndStates(ReadOnlySpan<AttainmentState> conditions)
    {
        var and = new AndOf();
        foreach (var state in conditions)
        {
            and.Add(state);
        }

        return and.Result;
    }

    /// <summary>The slash roll-up, one component's state at a time (see <see cref="Rollup"/>).</summary>
    internal struct RollupOf
    {
        private bool _met, _missed, _awaiting, _undetermined, _notReported, _partial, _any;

        public void Add(AttainmentState state)
        {
            switch (state)
            {
                case AttainmentState.NotAssessed:
                    return;
                case AttainmentState.Met: _met = true; break;
                case AttainmentState.Missed: _missed = true; break;
                case AttainmentState.PartiallyMet: _partial = true; break;
                case AttainmentState.AwaitingCityFeedback: _awaiting = true; break;
                case AttainmentState.Undetermined: _undetermined = true; break;
                case AttainmentState.NotReported: _notReported = true; break;
            }

            _any = true;
        }

        public readonly AttainmentState Result =>
            !_any ? AttainmentState.NotAssessed
            : _partial || (_met && _missed) ? AttainmentState.PartiallyMet
            : _missed ? AttainmentState.Missed
            : _awaiting ? AttainmentState.AwaitingCityFeedback
            : _undetermined ? AttainmentState.Undetermined
            : _notReported ? AttainmentState.NotReported
            : AttainmentState.Met;
    }

    /// <summary>The three-valued AND, one condition's state at a time (see <see cref="And"/>).</summary>
    internal struct AndOf
    {
        private bool _missed, _awaiting, _undetermined, _notReported, _assessed, _any;

        public void Add(AttainmentState state)
        {
            _any = true;
            switch (state)
            {
                case AttainmentState.Missed or AttainmentState.PartiallyMet: _missed = true; break;
                case AttainmentState.AwaitingCityFeedback: _awaiting = true; break;
                case AttainmentState.Undetermined: _undetermined = true; break;
                case AttainmentState.NotReported: _notReported = true; break;
            }

            _assessed |= state != AttainmentState.NotAssessed;
        }

        public readonly AttainmentState Result =>
            _missed ? AttainmentState.Missed
            : _awaiting ? AttainmentState.AwaitingCityFeedback
            : _undetermined ? AttainmentState.Undetermined
            : _notReported ? AttainmentState.NotReported
            : _any && !_assessed ? AttainmentState.NotAssessed
            : AttainmentState.Met;
    }
}
