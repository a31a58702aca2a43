using System.Text;
using TargetRules.Evaluation;

namespace TargetRules.Reporting;

/// <summary>
/// Writes results as a Markdown table (序号, 指标, 目标, 完成情况, 判定, 说明) followed by a summary line.
/// Rows stream out as they are judged.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Writes every result to <paramref name="output"/> and returns the summary.</summary>
    /// <param name="results">The results, consumed once, in order.</param>
    /// <param name="output">Where the Markdown goes (not closed).</param>
    /// <param name="language">"zh" or "en": the language of the headings, state names and explanations.</param>
    public static ReportSummary Write(IEnumerable<RowResult> results, TextWriter output, string language = "zh")
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var english = language == "en";
        output.WriteLine(english
            ? "| # | Indicator | Target | Actual | State | Explanation |"
            : "| 序号 | 指标 | 目标 | 完成情况 | 判定 | 说明 |");
        output.WriteLine("|---|---|---|---|---|---|");
        var summary = new ReportSummary();
        var line = new StringBuilder();
        foreach (var result in results)
        {
            summary.Add(result.State);
            var row = result.Row;
            line.Clear().Append("| ").Append(Cell(row.Id.Length > 0 ? row.Id : row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Append(" | ").Append(Cell(row.Indicator))
                .Append(" | ").Append(Cell(row.TargetText))
                .Append(" | ").Append(Cell(row.ActualText))
                .Append(" | ").Append(StateName(result.State, english))
                .Append(" | ").Append(Cell(result.Attainment.Explanation.In(language)))
                .Append(" |");
            output.WriteLine(line);
        }

        output.WriteLine();
        output.WriteLine(SummaryLine(summary, language));
        return summary;
    }

    /// <summary>"共 26 行：完成 13，未完成 6 …" or "26 rows: 13 Met, 6 Missed …", states with no row left out.</summary>
    /// <param name="summary">The counts.</param>
    /// <param name="language">"zh" or "en".</param>
    public static string SummaryLine(ReportSummary summary, string language = "zh")
    {
        ArgumentNullException.ThrowIfNull(summary);
        var states = AttainmentStates.All.Where(s => summary[s] > 0);
        return language == "en"
            ? $"{summary.Total} rows: {string.Join(", ", states.Select(s => $"{summary[s]} {s}"))}"
            : $"共 {summary.Total} 行：{string.Join("，", states.Select(s => $"{s.Chinese()} {summary[s]}"))}";
    }

    private static string StateName(AttainmentState state, bool english) => english ? state.ToString() : state.Chinese();

    // A pipe would end the cell and a line break the row.
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r\n", "<br>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal).Trim();
}
