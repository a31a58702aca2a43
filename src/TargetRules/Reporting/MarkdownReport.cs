using System.Text;
using TargetRules.Evaluation;
using TargetRules.Plans;

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
    /// <param name="language">The language of the headings, state names and explanations.</param>
    public static ReportSummary Write(IEnumerable<RowResult> results, TextWriter output, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var english = language == Language.English;
        var summary = new ReportSummary();
        var line = new StringBuilder();
        string[]? extras = null;
        foreach (var result in results)
        {
            var row = result.Row;
            if (extras is null)
            {
                // The plan's own extra columns (总投资 of a project table) are shown after the name, as read.
                extras = [.. row.Extra.Select(e => e.Key)];
                var more = string.Concat(extras.Select(e => $" {Cell(Heading(e, language))} |"));
                output.WriteLine(english
                    ? $"| # | Indicator |{more} Target | Actual | State | Explanation |"
                    : $"| 序号 | 指标 |{more} 目标 | 完成情况 | 判定 | 说明 |");
                output.WriteLine("|---|---|" + string.Concat(extras.Select(_ => "---|")) + "---|---|---|---|");
            }

            summary.Add(result);
            line.Clear().Append("| ").Append(Cell(row.Id.Length > 0 ? row.Id : row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Append(" | ").Append(Cell(row.Indicator));
            foreach (var name in extras)
            {
                line.Append(" | ").Append(Cell(row.ExtraValue(name)));
            }

            line.Append(" | ").Append(Cell(row.TargetText))
                .Append(" | ").Append(Cell(row.ActualText))
                .Append(" | ").Append(StateName(result.State, english))
                .Append(" | ").Append(Cell(result.Attainment.Explanation.In(language)))
                .Append(" |");
            output.WriteLine(line);
        }

        if (extras is null)
        {
            output.WriteLine(english
                ? "| # | Indicator | Target | Actual | State | Explanation |"
                : "| 序号 | 指标 | 目标 | 完成情况 | 判定 | 说明 |");
            output.WriteLine("|---|---|---|---|---|---|");
        }

        output.WriteLine();
        output.WriteLine(SummaryLine(summary, language));
        return summary;
    }

    /// <summary>"共 26 行：完成 13，未完成 6 …" or "26 rows: 13 Met, 6 Missed …", states with no row left out.</summary>
    /// <param name="summary">The counts.</param>
    /// <param name="language">The language of the line.</param>
    public static string SummaryLine(ReportSummary summary, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var states = AttainmentStates.All.Where(s => summary[s] > 0);
        return language == Language.English
            ? $"{summary.Total} rows: {string.Join(", ", states.Select(s => $"{summary[s]} {s}"))}{InvestmentLine(summary.Investment, language)}"
            : $"共 {summary.Total} 行：{string.Join("，", states.Select(s => $"{s.Chinese()} {summary[s]}"))}{InvestmentLine(summary.Investment, language)}";
    }

    /// <summary>"；总投资 87.9 亿元：完成 53.2 亿元，未完成 34.7 亿元", or nothing when no row has an investment figure.</summary>
    internal static string InvestmentLine(InvestmentSummary investment, Language language)
    {
        if (investment.Rows == 0)
        {
            return string.Empty;
        }

        static string Yi(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " 亿元";
        var states = AttainmentStates.All.Where(s => investment[s] != 0);
        return language == Language.English
            ? $"; investment {Yi(investment.Total)}: {string.Join(", ", states.Select(s => $"{s} {Yi(investment[s])}"))}"
            : $"；总投资 {Yi(investment.Total)}：{string.Join("，", states.Select(s => $"{s.Chinese()} {Yi(investment[s])}"))}";
    }

    /// <summary>The heading of an extra column: the investment column by its meaning, others as the plan names them.</summary>
    internal static string Heading(string column, Language language) => column == "investment_yi_yuan"
        ? language == Language.English ? "Investment (亿元)" : "总投资（亿元）"
        : column;

    private static string StateName(AttainmentState state, bool english) => english ? state.ToString() : state.Chinese();

    // A pipe would end the cell and a line break (CRLF, LF or a lone CR, which CommonMark also ends a line at) the row.
    // Markdown passes raw HTML through, so a cell's <, > and & are written as entities: a plan's <script> or
    // onerror= stays text in the rendered report, and "](" is broken so a cell cannot be a [link](javascript:…).
    // The report's own <br> comes after.
    private static string Cell(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("](", "]\\(", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r\n", "<br>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal)
            .Replace("\r", "<br>", StringComparison.Ordinal).Trim();
}
