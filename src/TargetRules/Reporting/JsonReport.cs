using System.Text.Encodings.Web;
using System.Text.Json;
using TargetRules.Evaluation;

namespace TargetRules.Reporting;

/// <summary>
/// Writes results as the JSON of DESIGN.md: <c>{"summary": {STATE: count}, "rows": [...]}</c>. Rows stream
/// out as they are judged, so the summary, known only at the end, is written after them; JSON readers do
/// not depend on the order of an object's members.
/// </summary>
public static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes every result to <paramref name="output"/> and returns the summary.</summary>
    /// <param name="results">The results, consumed once, in order.</param>
    /// <param name="output">Where the JSON goes (UTF-8, not closed).</param>
    /// <param name="language">"zh" or "en": the language of the explanations.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    public static ReportSummary Write(IEnumerable<RowResult> results, Stream output, string language = "zh", bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var summary = new ReportSummary();
        using var json = new Utf8JsonWriter(output, Options with { Indented = indented });
        json.WriteStartObject();
        json.WriteStartArray("rows");
        foreach (var result in results)
        {
            summary.Add(result);
            WriteRow(json, result, language);
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        foreach (var state in AttainmentStates.All)
        {
            json.WriteNumber(state.ToString(), summary[state]);
        }

        json.WriteEndObject();
        if (summary.Investment.Rows > 0)
        {
            // Project tables: the planned investment (亿元) by state, beside the counts.
            json.WriteStartObject("investment_yi_yuan");
            json.WriteNumber("total", summary.Investment.Total);
            foreach (var state in AttainmentStates.All)
            {
                json.WriteNumber(state.ToString(), summary.Investment[state]);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.Flush();
        return summary;
    }

    private static void WriteRow(Utf8JsonWriter json, RowResult result, string language)
    {
        var row = result.Row;
        var attainment = result.Attainment;
        json.WriteStartObject();
        json.WriteNumber("row", row.Row);
        json.WriteString("id", row.Id);
        json.WriteString("category", row.Category);
        json.WriteString("indicator", row.Indicator);
        json.WriteString("target", row.TargetText);
        json.WriteString("actual", row.ActualText);
        json.WriteString("state", attainment.State.ToString());
        json.WriteString("explanation", attainment.Explanation.In(language));
        foreach (var (name, value) in row.Extra)
        {
            json.WriteString(name, value);
        }

        json.WriteStartArray("components");
        var targets = ComponentTexts(row.TargetText, attainment.Components.Length);
        for (var i = 0; i < attainment.Components.Length; i++)
        {
            var component = attainment.Components[i];
            json.WriteStartObject();
            json.WriteString("indicator", component.Indicator);
            json.WriteString("target", targets[i]);
            json.WriteString("actual", component.Actual.Text);
            json.WriteString("state", component.State.ToString());
            json.WriteString("explanation", component.Explanation.In(language));
            if (component.Expected is null)
            {
                json.WriteNull("expected");
            }
            else
            {
                json.WriteString("expected", component.Expected);
            }

            json.WriteBoolean("provisional", component.Provisional);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", diagnostic.Severity.ToString());
            json.WriteString("message", diagnostic.Message);
            json.WriteString("column", diagnostic.Column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The target text of each slash component, as written.</summary>
    internal static string[] ComponentTexts(string text, int count)
    {
        if (count <= 1)
        {
            return [text.Trim()];
        }

        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        return parts.Length == count ? parts : Enumerable.Repeat(text.Trim(), count).ToArray();
    }
}
