using System.Globalization;
using System.Net;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// One self-contained HTML page (no scripts, fonts or images fetched): the counts per state as an inline
/// SVG bar chart, then the table, where every row with figures on both sides carries a bullet bar of the
/// actual against the target with the threshold line, coloured by state, then the plan's extra columns (every
/// row's, a ragged row's cell beyond the header too). The rows are held until the end because the summary comes
/// first on the page.
/// </summary>
internal sealed class HtmlReport : IReportFormat
{
    private const int BarWidth = 220;
    private const int BarHeight = 22;

    public string Name => "html";

    public string? Extension => "html";

    public ReportTraits Traits => ReportTraits.None;

    public ReportSummary Write(IEnumerable<RowResult> results, ReportTarget target)
    {
        using var output = target.Text();
        var title = (target.Language == Language.English ? "Target attainment: " : "目标完成情况评估：") + Path.GetFileName(target.Plan);
        return Write(results, output, target.Language, title, target.Period);
    }

    private static ReportSummary Write(IEnumerable<RowResult> results, TextWriter output, Language language, string title, ReportingPeriod period)
    {
        var rows = results.ToList();
        var summary = new ReportSummary();
        foreach (var row in rows)
        {
            summary.Add(row);
        }

        var extras = Labels.ExtraColumns(rows);
        var h = Labels.Headings(language);
        var english = language == Language.English;
        output.Write($$"""
            <!DOCTYPE html>
            <html lang="{{(english ? "en" : "zh-CN")}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(title)}}</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 24px; color: #212121; }
            h1 { font-size: 20px; margin: 0 0 4px; }
            .meta { color: #616161; font-size: 13px; margin-bottom: 16px; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; }
            th, td { border-bottom: 1px solid #e0e0e0; padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #f5f5f5; white-space: nowrap; }
            td.num { text-align: right; color: #616161; }
            .state { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; white-space: nowrap; font-size: 12px; }
            .figures { font-size: 11px; color: #616161; }
            .summary-chart text { font-size: 12px; }
            @media print {
              body { margin: 0; }
              tr { break-inside: avoid; }
              thead { display: table-header-group; }
              .state, svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
            }
            </style>
            </head>
            <body>
            <h1>{{E(title)}}</h1>
            <div class="meta">{{E(MarkdownReport.SummaryLine(summary, language))}}{{(period.IsInterim ? E(english ? $" · interim report, {period.Elapsed:0.##} of the year" : $" · 序时进度 {period.Elapsed:0.##}") : "")}}</div>

            """);
        WriteSummaryChart(output, summary, language);
        output.Write($"""
            <table>
            <thead><tr><th>{E(h.Id)}</th><th>{E(h.Category)}</th><th>{E(h.Indicator)}</th><th>{E(h.Target)}</th><th>{E(h.Actual)}</th><th>{E(h.State)}</th><th>{E(h.Explanation)}</th><th>{E(h.Chart)}</th>{string.Concat(extras.Select(e => $"<th>{E(MarkdownReport.Heading(e, language))}</th>"))}</tr></thead>
            <tbody>

            """);
        foreach (var result in rows)
        {
            var row = result.Row;
            output.Write($"<tr data-row=\"{row.Row}\" data-state=\"{result.State}\"><td class=\"num\">{E(row.Id)}</td><td>{E(row.Category)}</td><td>{E(row.Indicator)}</td><td>{E(row.TargetText)}</td><td>{E(row.ActualText)}</td>");
            output.Write($"<td><span class=\"state\" style=\"background:{Labels.Colour(result.State)}\">{E(Labels.State(result.State, language))}</span></td>");
            output.Write($"<td>{E(result.Attainment.Explanation.In(language))}</td><td>");
            WriteBullets(output, row.Row, Bullet.Of(result.Attainment, period), english);
            output.Write("</td>");
            foreach (var name in extras)
            {
                output.Write($"<td>{E(row.ExtraValue(name))}</td>");
            }

            output.WriteLine("</tr>");
        }

        output.WriteLine("</tbody>\n</table>\n</body>\n</html>");
        return summary;
    }

    private static void WriteSummaryChart(TextWriter output, ReportSummary summary, Language language)
    {
        var states = AttainmentStates.All;
        var max = Math.Max(1, states.Max(s => summary[s]));
        const int label = 110, width = 360, line = 22;
        output.WriteLine($"<svg class=\"summary-chart\" width=\"{label + width + 50}\" height=\"{(states.Length * line) + 8}\" role=\"img\" aria-label=\"{E(MarkdownReport.SummaryLine(summary, language))}\">");
        for (var i = 0; i < states.Length; i++)
        {
            var state = states[i];
            var y = (i * line) + 4;
            var w = summary[state] * width / max;
            output.WriteLine($"<text x=\"{label - 8}\" y=\"{y + 14}\" text-anchor=\"end\">{E(Labels.State(state, language))}</text>" +
                $"<rect x=\"{label}\" y=\"{y + 2}\" width=\"{w}\" height=\"16\" fill=\"{Labels.Colour(state)}\"/>" +
                $"<text x=\"{label + w + 6}\" y=\"{y + 14}\">{summary[state]}</text>");
        }

        output.WriteLine("</svg>");
    }

    private static void WriteBullets(TextWriter output, int row, IReadOnlyList<Bullet> bullets, bool english)
    {
        if (bullets.Count == 0)
        {
            return;
        }

        output.Write($"<svg class=\"bullet\" data-row=\"{row}\" width=\"{BarWidth}\" height=\"{bullets.Count * BarHeight}\" viewBox=\"0 0 {BarWidth} {bullets.Count * BarHeight}\" role=\"img\">");
        for (var i = 0; i < bullets.Count; i++)
        {
            var b = bullets[i];
            var lo = Math.Min(0, Math.Min(b.Actual, b.Threshold));
            var hi = Math.Max(0, Math.Max(b.Actual, b.Threshold));
            hi = hi == lo ? lo + 1 : hi + ((hi - lo) * 0.1m);
            double X(decimal v) => Math.Round((double)((v - lo) / (hi - lo)) * BarWidth, 1);
            var y = i * BarHeight;
            var (zero, actual, threshold) = (X(0), X(b.Actual), X(b.Threshold));
            var text = english
                ? $"{b.Label}: actual {Format(b.Actual, b)} against {Format(b.Threshold, b)}"
                : $"{b.Label}：完成 {Format(b.Actual, b)}，目标 {Format(b.Threshold, b)}";
            output.Write($"<g class=\"bar\"><title>{E(text)}</title>" +
                $"<rect x=\"0\" y=\"{y + 3}\" width=\"{BarWidth}\" height=\"16\" fill=\"#eeeeee\"/>" +
                $"<rect class=\"actual\" x=\"{Inv(Math.Min(zero, actual))}\" y=\"{y + 7}\" width=\"{Inv(Math.Max(1, Math.Abs(actual - zero)))}\" height=\"8\" fill=\"{Labels.Colour(b.State)}\"/>" +
                (lo < 0 ? $"<line x1=\"{Inv(zero)}\" x2=\"{Inv(zero)}\" y1=\"{y + 3}\" y2=\"{y + 19}\" stroke=\"#9e9e9e\" stroke-width=\"1\"/>" : "") +
                $"<line class=\"threshold\" x1=\"{Inv(threshold)}\" x2=\"{Inv(threshold)}\" y1=\"{y + 1}\" y2=\"{y + 21}\" stroke=\"#212121\" stroke-width=\"2\"/></g>");
        }

        output.Write("</svg>");
        foreach (var b in bullets)
        {
            output.Write($"<div class=\"figures\">{E(english ? $"{Format(b.Actual, b)} / {Format(b.Threshold, b)}" : $"{Format(b.Actual, b)} / 目标 {Format(b.Threshold, b)}")}</div>");
        }
    }

    private static string Format(decimal value, Bullet b) => new Quantities.Quantity(Math.Round(value, 4), b.Unit).ToString();

    private static string Inv(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
