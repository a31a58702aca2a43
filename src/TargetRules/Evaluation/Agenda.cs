using System.Runtime.InteropServices;

namespace TargetRules.Evaluation;

/// <summary>
/// The rules an <see cref="EvaluationSession"/> is to judge again: marked as a change reaches them, each once, then
/// judged in rule order, and kept until the next change as the rules that change judged again.
/// </summary>
internal sealed class Agenda(int rules)
{
    // A rule is due when its mark is the current pass number, so starting a change clears nothing but the list.
    // Allocated on the first incremental change: a one-off evaluation judges every rule in order and needs none.
    private int[]? _marks;
    private readonly List<int> _due = [];
    private int _pass;

    /// <summary>The rules due, in the order they were marked, and in rule order once <see cref="InRuleOrder"/> has run.</summary>
    public ReadOnlySpan<int> Due => CollectionsMarshal.AsSpan(_due);

    /// <summary>Starts a change: no rule is due.</summary>
    public void Begin()
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

    /// <summary>Makes <paramref name="rule"/> due, unless it already is.</summary>
    public void Mark(int rule)
    {
        _marks ??= new int[rules];
        if (_marks[rule] != _pass)
        {
            _marks[rule] = _pass;
            _due.Add(rule);
        }
    }

    /// <summary>Marks each of <paramref name="readers"/>.</summary>
    public void Mark(ReadOnlySpan<int> readers)
    {
        foreach (var reader in readers)
        {
            Mark(reader);
        }
    }

    /// <summary>The rules due, sorted into rule order (the order they are judged in).</summary>
    public ReadOnlySpan<int> InRuleOrder()
    {
        _due.Sort();
        return Due;
    }
}
