using Spectre.Console;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// The terminal table: one line per row with its state coloured, then the summary line. Colour only when
/// writing to a terminal; piped output is the same table in plain text. Every row's extra cells have a column.
/// </summary>
internal sealed class TableReport : IReportFormat
{
    /// <summary>
    /// The most rows the table draws. It is drawn once every row is in (its columns cover every row's cells), so a
    /// larger plan would be held whole in memory for a table no terminal can show; it is refused with a pointer to the
    /// streaming formats instead.
    /// </summary>
    public const int MaxRows = 10_000;

    /// <summary>
    /// The most characters of one cell the table shows: wrapping costs grow faster than a cell's length, and a terminal
    /// shows a few lines of it at best. The rest is counted in the cell, and is in every other format.
    /// </summary>
    public const int MaxCellChars = 2_000;

    public string Name => "table";

    public string? Extension => null;

    public ReportTraits Traits => ReportTraits.None;

    public ReportSummary Write(IEnumerable<RowResult> results, ReportTarget target)
    {
        using var output = target.Text();
        return Write(results, output, target.Language, target.Terminal);
    }

    private static ReportSummary Write(IEnumerable<RowResult> results, TextWriter output, Language language, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Piped output has no width to detect; 160 columns keep the explanations readable in a file or a README.
        console.Profile.Width = terminal ? console.Profile.Width : 160;
        var h = Labels.Headings(language);
        var table = new Table().Border(TableBorder.Rounded);
        // The explanation is the longest cell; the phrases get a fixed share so it is not squeezed.
        var phrase = Math.Max(12, console.Profile.Width * 3 / 20);
        var summary = new ReportSummary();
        // The table is drawn once every row is in, so its columns can cover every row's extra cells.
        var rows = results.Take(MaxRows + 1).ToList();
        if (rows.Count > MaxRows)
        {
            var streaming = ReportFormats.Suggested(t => t.HasFlag(ReportTraits.Streams), language);
            throw new UsageException(language == Language.English
                ? $"the table format shows at most {MaxRows:N0} rows and this plan has more; write it with --format {streaming}, or to a file with --output"
                : $"表格格式最多显示 {MaxRows:N0} 行，此计划超过该行数；请用 --format {streaming}，或用 --output 写入文件");
        }

        // The plan's own extra columns (总投资 of a project table) are shown after the name.
        var extras = Labels.ExtraColumns(rows);
        AddColumns(table, h, phrase, [.. extras.Select(e => Cell(MarkdownReport.Heading(e, language), language))]);
        foreach (var result in rows)
        {
            var row = result.Row;
            summary.Add(result);
            var state = $"[{Labels.TerminalColour(result.State)}]{Markup.Escape(Labels.State(result.State, language))}[/]";
            var cells = new List<string>
            {
                Cell(row.Id.Length > 0 ? row.Id : row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), language),
                Cell(row.Indicator, language),
            };
            cells.AddRange(extras.Select(name => Cell(row.ExtraValue(name), language)));
            cells.AddRange([Cell(row.TargetText, language), Cell(row.ActualText, language), state, Cell(result.Attainment.Explanation.In(language), language)]);
            table.AddRow([.. cells]);
        }

        console.Write(table);
        var counts = AttainmentStates.All.Where(s => summary[s] > 0)
            .Select(s => $"[{Labels.TerminalColour(s)}]{Markup.Escape(language == Language.English ? $"{summary[s]} {s}" : $"{s.Chinese()} {summary[s]}")}[/]");
        var investment = Markup.Escape(MarkdownReport.InvestmentLine(summary.Investment, language));
        console.MarkupLine(language == Language.English
            ? $"{summary.Total} rows: {string.Join(", ", counts)}{investment}"
            : $"共 {summary.Total} 行：{string.Join("，", counts)}{investment}");
        return summary;
    }

    /// <summary>A cell as the terminal shows it: its markup and control characters as text, cut at <see cref="MaxCellChars"/>.</summary>
    private static string Cell(string text, Language language)
    {
        if (text.Length > MaxCellChars)
        {
            var rest = text.Length - MaxCellChars;
            text = string.Concat(text.AsSpan(0, MaxCellChars), language == Language.English
                ? $"… ({rest:N0} more characters: see --format json)"
                : $"……（另有 {rest:N0} 字，见 --format json）");
        }

        return Markup.Escape(VisibleText.ForTerminal(text));
    }

    private static void AddColumns(Table table, (string Id, string Category, string Indicator, string Project, string Target, string Actual, string State, string Explanation, string Chart) h,
        int phrase, string[] extras)
    {
        table.AddColumn(new TableColumn(h.Id).RightAligned());
        table.AddColumn(new TableColumn(h.Indicator).Width(phrase));
        foreach (var name in extras)
        {
            table.AddColumn(new TableColumn(name));
        }

        table.AddColumn(new TableColumn(h.Target).Width(phrase));
        table.AddColumn(new TableColumn(h.Actual).Width(phrase));
        table.AddColumn(new TableColumn(h.State).NoWrap());
        table.AddColumn(h.Explanation);
    }
}
