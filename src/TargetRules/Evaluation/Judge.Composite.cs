using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

// Targets made of others: all of several conditions (增长 6%，高于全市), and a condition on one named part (市级 80 个).
internal readonly partial struct Judge
{
    private Outcome AllOf(string indicator, AllOfTarget all, Observation actual)
    {
        var whys = new Explanation[all.Conditions.Length];
        Span<AttainmentState> states = stackalloc AttainmentState[whys.Length];
        for (var i = 0; i < whys.Length; i++)
        {
            (states[i], whys[i]) = Condition(indicator, all.Conditions[i], actual);
        }

        return new Outcome(Attainment.AndStates(states), Explanation.Joined(whys));
    }

    private Outcome Scoped(string indicator, ScopedTarget scoped, Observation actual)
    {
        var part = FindPart(actual, scoped.Scope);
        if (part is null && !actual.Parts.IsDefaultOrEmpty)
        {
            return Outcome.Undetermined($"完成情况中没有“{scoped.Scope}”部分", $"the actual has no part for \"{scoped.Scope}\"");
        }

        // 98% against 建成投用…等8家卫生院 in an interim report: the work's pace, not a count of facilities at the stage.
        var inner = part is null && actual is { ShareOfWork: true, ShareOfTarget: { } share } && period.IsInterim
            ? PaceOfWork(($"完成进度 {new FigureText(share)}%", $"{new FigureText(share)}% of the work done"), actual, share)
            : Condition(indicator, scoped.Inner, part ?? actual);
        return inner with { Why = Explanation.Labelled(scoped.Scope, inner.Why) };
    }

    private static Observation? FindPart(Observation actual, string scope) =>
        PartNames.Find(actual.Parts.AsSpan(), static part => part.Label, scope, PartMatch.Ending) is var k and >= 0 ? actual.Parts[k].Value : null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState? AllOfState(string indicator, AllOfTarget all, Observation actual)
    {
        var and = new Attainment.AndOf();
        foreach (var condition in all.Conditions)
        {
            if (ConditionState(indicator, condition, actual) is not { } state)
            {
                return null;
            }

            and.Add(state);
        }

        return and.Result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState? ScopedState(string indicator, ScopedTarget scoped, Observation actual)
    {
        var part = FindPart(actual, scoped.Scope);
        if (part is null && !actual.Parts.IsDefaultOrEmpty)
        {
            return AttainmentState.Undetermined;
        }

        return ConditionState(indicator, scoped.Inner, part ?? actual);
    }
}
