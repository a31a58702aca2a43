using TargetRules.Cli.Inputs;
using TargetRules.Cli.Rendering;
using TargetRules.Evaluation;

namespace TargetRules.Cli;

/// <summary>The options of <c>targetrules evaluate</c>, checked.</summary>
internal sealed record EvaluateOptions(
    string? Plan,
    string? References,
    string? Policy,
    ReportingPeriod Period,
    IReportFormat Format,
    string? Output,
    Language Language,
    InputLimits Limits);

/// <summary>The options of <c>targetrules parse</c>, checked.</summary>
internal sealed record ParseOptions(string Text, string? Indicator, bool Json, bool Actual);
