using System.Collections.Immutable;
using System.Collections;
using System.Runtime.InteropServices;

namespace TargetRules.Evaluation;

/// <summary>
/// The outcome of evaluating a <see cref="RuleSet"/> once: every rule's state, known at once, and its
/// attainment, whose reasons are worded when it is first read (wording costs far more than judging, and a
/// large set is often only counted). Immutable in effect and safe to read from several threads.
/// </summary>
public sealed class EvaluationResults : IReadOnlyList<Attainment>
{
    private readonly EvaluationSession _session;

    internal EvaluationResults(EvaluationSession session)
    {
        _session = session;

        // The session is this object's alone and receives no further facts, so its states no longer change.
        States = ImmutableCollectionsMarshal.AsImmutableArray(session.StatesArray);
    }

    /// <summary>Every rule's state, in rule order.</summary>
    public ImmutableArray<AttainmentState> States { get; }

    /// <summary>How many rules were judged.</summary>
    public int Count => States.Length;

    /// <summary>The attainment of the rule at <paramref name="index"/> (in rule order), built when first read.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a rule's position.</exception>
    public Attainment this[int index] => _session.Results[index];

    /// <summary>The attainment of the rule with <paramref name="ruleId"/>.</summary>
    /// <exception cref="ArgumentException">The rule set has no such rule.</exception>
    public Attainment Result(string ruleId) => _session.Result(ruleId);

    /// <summary>How many rules are in <paramref name="state"/>.</summary>
    public int CountOf(AttainmentState state)
    {
        var count = 0;
        foreach (var each in States)
        {
            count += each == state ? 1 : 0;
        }

        return count;
    }

    /// <inheritdoc />
    public IEnumerator<Attainment> GetEnumerator() => _session.Results.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
