using TargetRules.Evaluation;
using TargetRules.Reporting;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// The formats of <c>evaluate</c>'s report. A new format is its <see cref="IReportFormat"/> and one entry in
/// <see cref="All"/>: the usage, the <c>--format</c> and <c>--output</c> choices and the messages take it from here.
/// </summary>
internal static class ReportFormats
{
    /// <summary>The formats in the order the usage lists them, the <see cref="Default"/> first.</summary>
    public static IReadOnlyList<IReportFormat> All { get; } =
    [
        new TableReport(),
        new LibraryTextFormat("markdown", "md", ReportTraits.Streams | ReportTraits.FirstRowColumns, MarkdownReport.Write),
        new JsonFormat(),
        // A CSV file opens in Excel as UTF-8 only with a byte order mark.
        new LibraryTextFormat("csv", "csv", ReportTraits.Streams | ReportTraits.FirstRowColumns, CsvReport.Write, bomInFile: true),
        new HtmlReport(),
        new XlsxReport(),
    ];

    /// <summary>The format written when neither --format nor an --output extension picks one.</summary>
    public static IReportFormat Default => All[0];

    /// <summary>The names as the usage shows them: <c>table|markdown|…</c>.</summary>
    public static string Usage => string.Join('|', All.Select(f => f.Name));

    /// <summary>The format a --format value (lower case) names, by its name or its extension (md), or null.</summary>
    public static IReportFormat? Named(string name) => All.FirstOrDefault(f => f.Name == name || f.Extension == name);

    /// <summary>The format an --output file's extension (lower case, without the dot) picks, or null.</summary>
    public static IReportFormat? ForExtension(string extension) => All.FirstOrDefault(f => f.Extension == extension);

    /// <summary>Every format's name as a list in words: "table, markdown, … or xlsx" (in Chinese "…、… 或 …").</summary>
    public static string Listed(Language language) => Listed(All, language);

    /// <summary>
    /// The names of the formats whose traits <paramref name="which"/> picks, to suggest in a message: those that stream
    /// first, as they take a plan of any size, then by name.
    /// </summary>
    public static string Suggested(Func<ReportTraits, bool> which, Language language) =>
        Listed(All.Where(f => which(f.Traits)).OrderBy(f => !f.Traits.HasFlag(ReportTraits.Streams)).ThenBy(f => f.Name, StringComparer.Ordinal), language);

    private static string Listed(IEnumerable<IReportFormat> formats, Language language)
    {
        var names = formats.Select(f => f.Name).ToList();
        var (comma, or) = language == Language.English ? (", ", " or ") : ("、", " 或 ");
        return names.Count < 2 ? string.Concat(names) : string.Join(comma, names[..^1]) + or + names[^1];
    }
}
