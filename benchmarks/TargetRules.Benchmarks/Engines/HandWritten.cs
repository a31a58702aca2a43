using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;

namespace TargetRules.Benchmarks.Engines;

/// <summary>
/// What a programmer who knows the shapes in advance writes instead of a rules library: two comparisons
/// on pre-converted numbers and the same roll-up, no explanation.
/// </summary>
public static class HandWritten
{
    public static AttainmentState Judge(FlatCase c) => Judge(c, c.Op1, c.Goal1, c.Op2, c.Goal2);

    /// <summary>The row's figures judged against the given conditions (a per-row rule holds its own as constants).</summary>
    public static AttainmentState Judge(FlatCase c, FlatOp op1, decimal goal1, FlatOp op2, decimal goal2)
    {
        if (!c.Reported)
        {
            return AttainmentState.NotReported;
        }

        var first = Holds(op1, c.Actual1, goal1, c.Asserted);
        var second = Holds(op2, c.Actual2, goal2, c.Asserted);
        if (c.Slash)
        {
            return first && second ? AttainmentState.Met
                : first || second ? AttainmentState.PartiallyMet
                : AttainmentState.Missed;
        }

        return !(first && second) ? AttainmentState.Missed
            : c.Pending ? AttainmentState.AwaitingCityFeedback
            : AttainmentState.Met;
    }

    public static void Run(FlatCase[] cases, AttainmentState[] states)
    {
        for (var i = 0; i < cases.Length; i++)
        {
            states[i] = Judge(cases[i]);
        }
    }

    private static bool Holds(FlatOp op, decimal actual, decimal goal, bool asserted) => op switch
    {
        FlatOp.AtLeast => actual >= goal,
        FlatOp.Above => actual > goal,
        FlatOp.AtMost => actual <= goal,
        FlatOp.Asserts => asserted,
        _ => true,
    };
}
