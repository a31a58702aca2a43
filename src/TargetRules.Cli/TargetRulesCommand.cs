using System.Text;
using TargetRules.Cli.Rendering;

namespace TargetRules.Cli;

/// <summary>
/// The <c>targetrules</c> tool: help, the version, and each command handed to its own class
/// (<see cref="EvaluateCommand"/>, <see cref="ParseCommand"/>). <see cref="Run"/> takes the arguments and the output
/// streams, so tests run it in-process; a usage error is one line on stderr and exit code 2, never a stack trace.
/// </summary>
internal static class TargetRulesCommand
{
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
                "evaluate" => EvaluateCommand.Run(CommandLine.ParseEvaluate(rest), stdout, stderr, progress, stdoutIsTerminal, stderrIsTerminal),
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

    internal static StreamWriter Text(Stream stream, bool bom) => new(stream, new UTF8Encoding(bom), 1 << 16, leaveOpen: true);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    // A refusal or a warning is one line, though it may quote a key or a header with a line break in it (a quoted CSV
    // header, a JSON key "a\nb"): the break is shown as the terminal writer shows the other controls, \u000A.
    internal static string SingleLine(string message) => message.Replace("\n", "\\u000A", StringComparison.Ordinal);
}
