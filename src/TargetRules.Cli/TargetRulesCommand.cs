using System.Text;
using TargetRules.Cli.Plans;
using TargetRules.Cli.Rendering;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Cli;

/// <summary>
/// The <c>targetrules</c> tool. <see cref="Run"/> takes the arguments and the output streams, so tests run
/// it in-process; a usage error is one line on stderr and exit code 2, never a stack trace.
/// </summary>
internal static class TargetRulesCommand
{
    /// <summary>Where the bundled Baoshan 2022 table is, next to the tool.</summary>
    public static string BundledPlan => Path.Combine(AppContext.BaseDirectory, "data", "baoshan-2022-indicators.tsv");

    /// <summary>Runs the tool; returns the exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where reports go unless --output names a file (UTF-8).</param>
    /// <param name="stderr">Where errors, the progress bar and the summary of a written file go.</param>
    /// <param name="stdoutIsTerminal">Whether stdout is a terminal (colour in the table).</param>
    /// <param name="stderrIsTerminal">Whether stderr is a terminal (progress bar on large plans).</param>
    public static int Run(IReadOnlyList<string> args, Stream stdout, TextWriter stderr, bool stdoutIsTerminal = false, bool stderrIsTerminal = false)
    {
        // Messages quote the plan's cells and paths: their control characters are shown, not obeyed. The
        // progress bar alone writes its own carriage returns to the raw stream.
        var progress = stderr;
        stderr = new VisibleText.TerminalWriter(stderr);
        try
        {
            if (args.Count == 0)
            {
                throw new UsageException("missing command: evaluate or parse (see targetrules --help)");
            }

            if (args[0] is "-h" or "--help" or "help" || args.Skip(1).Any(a => a is "-h" or "--help"))
            {
                using var help = Text(stdout, bom: false);
                help.WriteLine(CommandLine.Usage);
                return 0;
            }

            if (args[0] == "--version")
            {
                using var version = Text(stdout, bom: false);
                version.WriteLine(typeof(TargetRulesCommand).Assembly.GetName().Version?.ToString(3));
                return 0;
            }

            var rest = args.Skip(1).ToList();
            return args[0] switch
            {
                "evaluate" => Evaluate(CommandLine.ParseEvaluate(rest), stdout, stderr, progress, stdoutIsTerminal, stderrIsTerminal),
                "parse" => ParseCommand.Run(CommandLine.ParseParse(rest), stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}' (expected evaluate or parse)"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"targetrules: {SingleLine(e.Message)}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"targetrules: {OneLine(e.Message)}");
            return 2;
        }
        catch (DecoderFallbackException e)
        {
            // Past the start of a plan that began as valid text: the rows before it were already written.
            stderr.WriteLine($"targetrules: the plan is not valid text past its start (bytes {Convert.ToHexString(e.BytesUnknown ?? [])}); save it as UTF-8");
            return 2;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"targetrules: unexpected error ({e.GetType().Name}): {OneLine(e.Message)}");
            return 1;
        }
    }

    private static int Evaluate(EvaluateOptions options, Stream stdout, TextWriter stderr, TextWriter progress, bool stdoutIsTerminal, bool stderrIsTerminal)
    {
        // Warnings: what the readers chose that the user should know of (an encoding, a key given twice, a line skipped).
        void Warn(string warning) => stderr.WriteLine($"targetrules: {SingleLine(warning)}");
        var path = options.Plan ?? BundledPlan;
        var evaluator = options.Policy is { } policy ? new Evaluator(PolicyFile.Read(policy, options.Limits, Warn)) : null;
        var references = options.References is { } file ? ReferenceFile.Read(file, options.Limits, Warn) : null;
        if (options.Format == OutputFormat.Xlsx && options.Output is null && stdoutIsTerminal)
        {
            throw new UsageException("xlsx is a binary format: give --output FILE.xlsx or redirect stdout");
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

        var unplaced = options.Format is OutputFormat.Csv or OutputFormat.Markdown or OutputFormat.Xlsx ? new UnplacedCells() : null;
        if (unplaced is not null)
        {
            results = unplaced.Watch(results);
        }

        using var output = options.Output is null ? null : ReportFile.Create(options.Output);
        var target = output?.Stream ?? stdout;
        ReportSummary summary;
        switch (options.Format)
        {
            case OutputFormat.Json:
                summary = JsonReport.Write(results, target, options.Language);
                break;
            case OutputFormat.Xlsx when output is null:
                // The package writer needs a seekable stream; stdout is not.
                using (var buffer = new MemoryStream())
                {
                    summary = XlsxReport.Write(results, buffer, options.Language);
                    buffer.Position = 0;
                    buffer.CopyTo(stdout);
                }

                break;
            case OutputFormat.Xlsx:
                summary = XlsxReport.Write(results, target, options.Language);
                break;
            default:
                // A CSV file opens in Excel as UTF-8 only with a BOM; piped output stays without one.
                using (var writer = Text(target, bom: options.Format == OutputFormat.Csv && output is not null))
                {
                    summary = options.Format switch
                    {
                        OutputFormat.Markdown => MarkdownReport.Write(results, writer, options.Language),
                        OutputFormat.Csv => CsvReport.Write(results, writer, options.Language),
                        OutputFormat.Html => HtmlReport.Write(results, writer, options.Language, Title(path, options.Language), options.Period),
                        _ => TableReport.Write(results, writer, options.Language, stdoutIsTerminal && output is null),
                    };
                }

                break;
        }

        target.Flush();
        output?.Commit();
        references?.WarnUnnamed(Warn);
        if (unplaced?.Warning(options.Format.ToString().ToLowerInvariant()) is { } warning)
        {
            Warn(warning);
        }

        if (options.Output is not null)
        {
            stderr.WriteLine($"targetrules: wrote {options.Output}: {MarkdownReport.SummaryLine(summary, options.Language)}");
        }

        return 0;
    }

    private static string Title(string path, string language) =>
        (language == "en" ? "Target attainment: " : "目标完成情况评估：") + Path.GetFileName(path);

    internal static StreamWriter Text(Stream stream, bool bom) => new(stream, new UTF8Encoding(bom), 1 << 16, leaveOpen: true);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    // A refusal or a warning is one line, though it may quote a key or a header with a line break in it (a quoted CSV
    // header, a JSON key "a\nb"): the break is shown as the terminal writer shows the other controls, \u000A.
    private static string SingleLine(string message) => message.Replace("\n", "\\u000A", StringComparison.Ordinal);
}
