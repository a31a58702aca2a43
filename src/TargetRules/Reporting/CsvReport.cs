using System.Text;
using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Reporting;

/// <summary>
/// Writes results as RFC 4180 CSV: <c>row, id, category, indicator, target, actual, state, explanation</c>,
/// then the plan's extra columns (named after the first row's, found by name in every row). Rows stream out as they are judged.
/// </summary>
public static class CsvReport
{
    /// <summary>Writes every result to <paramref name="output"/> and returns the summary.</summary>
    /// <param name="results">The results, consumed once, in order.</param>
    /// <param name="output">Where the CSV goes (not closed); lines end with CRLF as RFC 4180 asks.</param>
    /// <param name="language">The language of the explanations (state names stay as in the JSON).</param>
    public static ReportSummary Write(IEnumerable<RowResult> results, TextWriter output, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var summary = new ReportSummary();
        var line = new StringBuilder();
        string[]? extras = null;
        foreach (var result in results)
        {
            var row = result.Row;
            if (extras is null)
            {
                extras = [.. row.Extra.Select(e => e.Key)];
                WriteHeader(output, line, extras);
            }

            summary.Add(result);
            line.Clear().Append(row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Field(line, row.Id);
            Field(line, row.Category);
            Field(line, row.Indicator);
            Field(line, row.TargetText);
            Field(line, row.ActualText);
            Field(line, result.State.Name(), copied: false);
            Field(line, result.Attainment.Explanation.In(language), copied: false);
            // By name, as in the Markdown report: a row with its extra columns in another order, or without one, still
            // has one field per heading (a ragged plan gives only some rows a cell beyond the header).
            foreach (var name in extras)
            {
                Field(line, row.ExtraValue(name));
            }

            output.Write(line.Append("\r\n"));
        }

        if (extras is null)
        {
            WriteHeader(output, line, []);
        }

        return summary;
    }

    private static void WriteHeader(TextWriter output, StringBuilder line, IEnumerable<string> extra)
    {
        line.Clear().Append("row,id,category,indicator,target,actual,state,explanation");
        foreach (var name in extra)
        {
            Field(line, name);
        }

        output.Write(line.Append("\r\n"));
    }

    /// <summary>
    /// One field, quoted where RFC 4180 asks. A field that a spreadsheet would run as a formula (it starts with
    /// =, +, -, @, a tab or a carriage return) gets a leading <c>'</c>, as OWASP advises: every cell copied from the
    /// plan, since its author is not the reader, and the tool's own text but a figure it wrote (<c>-0.5%</c>).
    /// </summary>
    private static void Field(StringBuilder line, string text, bool copied = true)
    {
        line.Append(',');
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && (copied || !IsFigure(text)))
        {
            text = "'" + text;
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>A signed decimal with an optional percent sign, which a spreadsheet reads as a number.</summary>
    private static bool IsFigure(string text)
    {
        var digits = 0;
        var point = false;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && !point && digits > 0)
            {
                point = true;
            }
            else if (c != '%' || i != text.Length - 1)
            {
                return false;
            }
        }

        return digits > 0 && text[0] is '-' or '+';
    }
}
