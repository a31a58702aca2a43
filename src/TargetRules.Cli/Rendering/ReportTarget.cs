using TargetRules.Evaluation;

namespace TargetRules.Cli.Rendering;

/// <summary>Where <c>evaluate</c> writes its report, and what of the run a format may need.</summary>
/// <param name="Output">Stdout, or the <c>--output</c> file's temporary stream; left open.</param>
/// <param name="ToFile">Whether the report goes to an <c>--output</c> file rather than to stdout.</param>
/// <param name="Terminal">Whether the report goes to a terminal (colour in the table).</param>
/// <param name="Language">The language of the report (<c>--lang</c>).</param>
/// <param name="Plan">The plan's path, which the HTML page is titled with.</param>
/// <param name="Period">The reporting period, which the HTML page names when it is interim.</param>
internal sealed record ReportTarget(Stream Output, bool ToFile, bool Terminal, Language Language, string Plan, ReportingPeriod Period)
{
    /// <summary>A UTF-8 writer over <see cref="Output"/>, with a byte order mark when <paramref name="bom"/>; disposing it leaves the stream open.</summary>
    public StreamWriter Text(bool bom = false) => TargetRulesCommand.Text(Output, bom);
}
