using Spectre.Console;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// The terminal table: one line per row with its state coloured, then the summary line. Colour only when
/// writing to a terminal; piped output is the same table in plain text. Every row's extra cells have a column.
/// </summary>
internal static class TableReport
{
    public static ReportSummary Write(IEnumerable<RowResult> results, TextWriter output, string language, bool terminal)
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
        var rows = results.ToList();
        // The plan's own extra columns (总投资 of a project table) are shown after the name.
        var extras = Labels.ExtraColumns(rows);
        AddColumns(table, h, phrase, [.. extras.Select(e => MarkdownReport.Heading(e, language))]);
        foreach (var result in rows)
        {
            var row = result.Row;
            summary.Add(result);
            var state = $"[{Labels.TerminalColour(result.State)}]{Markup.Escape(Labels.State(result.State, language))}[/]";
            var cells = new List<string>
            {
                Cell(row.Id.Length > 0 ? row.Id : row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Cell(row.Indicator),
            };
            cells.AddRange(extras.Select(name => Cell(row.ExtraValue(name))));
            cells.AddRange([Cell(row.TargetText), Cell(row.ActualText), state, Cell(result.Attainment.Explanation.In(language))]);
            table.AddRow([.. cells]);
        }

        console.Write(table);
        var counts = AttainmentStates.All.Where(s => summary[s] > 0)
            .Select(s => $"[{Labels.TerminalColour(s)}]{Markup.Escape(language == "en" ? $"{summary[s]} {s}" : $"{s.Chinese()} {summary[s]}")}[/]");
        var investment = Markup.Escape(MarkdownReport.InvestmentLine(summary.Investment, language));
        console.MarkupLine(language == "en"
            ? $"{summary.Total} rows: {string.Join(", ", counts)}{investment}"
            : $"共 {summary.Total} 行：{string.Join("，", counts)}{investment}");
        return summary;
    }

    /// <summary>A cell as the terminal shows it: its markup and control characters as text.</summary>
    private static string Cell(string text) => Markup.Escape(VisibleText.ForTerminal(text));

    private static void AddColumns(Table table, (string Id, string Category, string Indicator, string Project, string Target, string Actual, string State, string Explanation, string Chart) h,
        int phrase, string[] extras)
    {
        table.AddColumn(new TableColumn(h.Id).RightAligned());
        table.AddColumn(new TableColumn(h.Indicator).Width(phrase));
        foreach (var name in extras)
        {
            table.AddColumn(new TableColumn(Cell(name)));
        }

        table.AddColumn(new TableColumn(h.Target).Width(phrase));
        table.AddColumn(new TableColumn(h.Actual).Width(phrase));
        table.AddColumn(new TableColumn(h.State).NoWrap());
        table.AddColumn(h.Explanation);
    }
}
