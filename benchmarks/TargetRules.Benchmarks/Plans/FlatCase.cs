namespace TargetRules.Benchmarks.Plans;

/// <summary>How a flat condition compares its two numbers; <see cref="None"/> when the row has no such condition.</summary>
public enum FlatOp
{
    None = -1,
    AtLeast = 0,
    Above = 1,
    AtMost = 2,
    Asserts = 3,
}

/// <summary>
/// A generated row as a program that knows the shapes in advance would store it: at most two numeric
/// conditions with units already converted, whether a statement is asserted, and whether the outcome
/// waits on a city figure. The hand-written loop and the RulesEngine rules read this; TargetRules reads
/// the (Target, Observation) pair of the same row.
/// </summary>
public sealed class FlatCase
{
    public bool Reported { get; init; } = true;

    /// <summary>The outcome waits on the city (no city figure or quota supplied, or the actual says so).</summary>
    public bool Pending { get; init; }

    /// <summary>The two conditions are slash components (rolled up, so one of each gives PartiallyMet).</summary>
    public bool Slash { get; init; }

    public bool Asserted { get; init; }

    public FlatOp Op1 { get; init; } = FlatOp.None;

    public decimal Actual1 { get; init; }

    public decimal Goal1 { get; init; }

    public FlatOp Op2 { get; init; } = FlatOp.None;

    public decimal Actual2 { get; init; }

    public decimal Goal2 { get; init; }

    // Exposed as ints for the RulesEngine expressions, which compare numbers rather than enum names.
    public int Code1 => (int)Op1;

    public int Code2 => (int)Op2;
}
