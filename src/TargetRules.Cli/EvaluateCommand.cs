using TargetRules.Cli.Inputs;
using TargetRules.Cli.Rendering;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Cli;

/// <summary>
/// <c>targetrules evaluate [PLAN]</c>: reads the plan (the bundled Baoshan 2022 table without one), with its
/// --references and --policy, judges its rows as they are read and streams them into the report in the --format
/// chosen, to stdout or to the --output file. Warnings go to stderr once the report is written.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>Where the bundled Baoshan 2022 table is, next to the tool.</summary>
    public static string BundledPlan => Path.Combine(AppContext.BaseDirectory, "data", "baoshan-2022-indicators.tsv");

    /// <summary>Runs <c>evaluate</c>; returns the exit code (a refusal is thrown as a <see cref="UsageException"/>).</summary>
    /// <param name="options">The options, checked.</param>
    /// <param name="stdout">Where the report goes unless --output names a file.</param>
    /// <param name="stderr">Where warnings and the summary of a written file go (its control characters shown).</param>
    /// <param name="progress">Raw stderr, for the progress bar's carriage returns.</param>
    /// <param name="stdoutIsTerminal">Whether stdout is a terminal (colour in the table, no binary report).</param>
    /// <param name="stderrIsTerminal">Whether stderr is a terminal (progress bar on large plans).</param>
    public static int Run(EvaluateOptions options, Stream stdout, TextWriter stderr, TextWriter progress, bool stdoutIsTerminal, bool stderrIsTerminal)
    {
        // Warnings: what the readers chose that the user should know of (an encoding, a key given twice, a line skipped).
        void Warn(string warning) => stderr.WriteLine($"targetrules: {TargetRulesCommand.SingleLine(warning)}");
        var path = options.Plan ?? BundledPlan;
        var format = options.Format;
        var evaluator = options.Policy is { } policy ? new Evaluator(PolicyFile.Read(policy, options.Limits, Warn)) : null;
        var references = options.References is { } file ? ReferenceFile.Read(file, options.Limits, Warn) : null;
        if (format.Traits.HasFlag(ReportTraits.Binary) && options.Output is null && stdoutIsTerminal)
        {
            throw new UsageException($"{format.Name} is a binary format: give --output FILE.{format.Extension} or redirect stdout");
        }

        using var plan = PlanFile.Open(path, options.Limits, Warn);
        var rows = stderrIsTerminal && new FileInfo(path).Length > ProgressBar.LargePlanBytes
            ? ProgressBar.Track(plan.Rows, plan.Position, progress)
            : plan.Rows;
        var results = new PlanEvaluator(evaluator).Evaluate(rows, references?.References, options.Period);
        if (references is not null)
        {
            results = references.Watch(results);
        }

        var unplaced = format.Traits.HasFlag(ReportTraits.FirstRowColumns) ? new UnplacedCells() : null;
        if (unplaced is not null)
        {
            results = unplaced.Watch(results);
        }

        using var output = options.Output is null ? null : ReportFile.Create(options.Output);
        var target = output?.Stream ?? stdout;
        var summary = format.Write(results, new ReportTarget(target, output is not null, stdoutIsTerminal && output is null, options.Language, path, options.Period));
        target.Flush();
        output?.Commit();
        references?.WarnUnnamed(Warn);
        if (unplaced?.Warning(format.Name) is { } warning)
        {
            Warn(warning);
        }

        if (options.Output is not null)
        {
            stderr.WriteLine($"targetrules: wrote {options.Output}: {MarkdownReport.SummaryLine(summary, options.Language)}");
        }

        return 0;
    }
}
