using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// A text report of the library (<see cref="Reporting.MarkdownReport"/>, <see cref="Reporting.CsvReport"/>) as a format of
/// <c>evaluate</c>: the library writes the rows, the tool gives it a UTF-8 writer over the output.
/// </summary>
/// <param name="name">The --format value.</param>
/// <param name="extension">The --output extension that picks it.</param>
/// <param name="traits">How the library's writer treats the rows.</param>
/// <param name="write">The library's writer.</param>
/// <param name="bomInFile">Whether an --output file starts with a byte order mark (piped output never does).</param>
internal sealed class LibraryTextFormat(
    string name, string extension, ReportTraits traits, Func<IEnumerable<RowResult>, TextWriter, Language, ReportSummary> write, bool bomInFile = false)
    : IReportFormat
{
    public string Name => name;

    public string? Extension => extension;

    public ReportTraits Traits => traits;

    public ReportSummary Write(IEnumerable<RowResult> results, ReportTarget target)
    {
        using var output = target.Text(bom: bomInFile && target.ToFile);
        return write(results, output, target.Language);
    }
}
