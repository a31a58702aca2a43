using System.Collections.Immutable;
using TargetRules.Evaluation;
using TargetRules.Targets;

namespace TargetRules.Plans;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the row was judged.</summary>
    Info,
    /// <summary>Part of the row could not be read; its state says how far it was judged.</summary>
    Warning,
    /// <summary>The row could not be judged.</summary>
    Error,
}

/// <summary>Something to know about a row: a phrase that could not be read, with the column and what was expected.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What happened, naming what was expected.</param>
/// <param name="Column">The column it concerns (target_text, actual_text).</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Message, string Column);

/// <summary>The judgement of one plan row.</summary>
public sealed class RowResult
{
    internal RowResult(PlanRow row, Target? target, Attainment attainment, ImmutableArray<Diagnostic> diagnostics)
    {
        Row = row;
        Target = target;
        Attainment = attainment;
        Diagnostics = diagnostics;
    }

    /// <summary>The row as read.</summary>
    public PlanRow Row { get; }

    /// <summary>The target read from the row's text, or null when it could not be read.</summary>
    public Target? Target { get; }

    /// <summary>The judgement.</summary>
    public Attainment Attainment { get; }

    /// <summary>The row's state.</summary>
    public AttainmentState State => Attainment.State;

    /// <summary>What could not be read, and where.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}

/// <summary>Counts of rows per state.</summary>
public sealed class ReportSummary
{
    private readonly int[] _counts = new int[AttainmentStates.All.Length];

    /// <summary>The planned investment (亿元) of project rows, totalled by state; empty for indicator tables.</summary>
    public InvestmentSummary Investment { get; } = new();

    /// <summary>Adds one row: its state, and its investment when the row has an investment column.</summary>
    public void Add(RowResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Add(result.State);
        if (result.Row.Extra.Length > 0)
        {
            Investment.Add(result);
        }
    }

    /// <summary>Adds one row's state.</summary>
    public void Add(AttainmentState state) => _counts[(int)state]++;

    /// <summary>How many rows are in <paramref name="state"/>.</summary>
    public int this[AttainmentState state] => _counts[(int)state];

    /// <summary>How many rows in all.</summary>
    public int Total => _counts.Sum();

    /// <summary>"13 Met, 6 Missed, …" in state order, leaving out states with no row.</summary>
    public override string ToString() =>
        string.Join(", ", AttainmentStates.All.Where(s => this[s] > 0).Select(s => $"{this[s]} {s}"));
}
