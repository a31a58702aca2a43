using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Cli.Rendering;

/// <summary><c>--format json</c>: the library's <see cref="JsonReport"/>, which writes UTF-8 to the stream itself.</summary>
internal sealed class JsonFormat : IReportFormat
{
    public string Name => "json";

    public string? Extension => "json";

    public ReportTraits Traits => ReportTraits.Streams;

    public ReportSummary Write(IEnumerable<RowResult> results, ReportTarget target) => JsonReport.Write(results, target.Output, target.Language);
}
