using TargetRules.Plans;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// A format of <c>evaluate</c>'s report: one file implementing this (for a text report of the library, a
/// <see cref="LibraryTextFormat"/>) and one entry in <see cref="ReportFormats.All"/>, from which the usage, the
/// <c>--format</c> and <c>--output</c> choices and the formats that messages suggest are read.
/// </summary>
internal interface IReportFormat
{
    /// <summary>The <c>--format</c> value, and the format's name in messages.</summary>
    string Name { get; }

    /// <summary>The <c>--output</c> extension that picks this format when --format is not given (--format takes it too), or null.</summary>
    string? Extension { get; }

    /// <summary>What the tool has to know of the report before writing it.</summary>
    ReportTraits Traits { get; }

    /// <summary>Writes <paramref name="results"/>, consumed once and in order, and returns their summary.</summary>
    ReportSummary Write(IEnumerable<RowResult> results, ReportTarget target);
}

/// <summary>What the tool has to know of a report before writing it.</summary>
[Flags]
internal enum ReportTraits
{
    /// <summary>None of the traits: a text report whose rows are held until the end (the HTML page, the table).</summary>
    None = 0,

    /// <summary>Rows are written as they are judged, so a plan of any size fits.</summary>
    Streams = 1,

    /// <summary>
    /// The extra columns are the first row's, so a later row's cell beyond them has no column: the tool counts such
    /// cells and says so (<see cref="UnplacedCells"/>).
    /// </summary>
    FirstRowColumns = 2,

    /// <summary>The report is binary, which the tool refuses to write to a terminal.</summary>
    Binary = 4,
}
