using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Text;

namespace TargetRules.Reporting;

/// <summary>
/// Writes results as the JSON of DESIGN.md: <c>{"summary": {STATE: count}, "rows": [...]}</c>. Rows stream
/// out as they are judged, a batch at a time, so the summary, known only at the end, is written after them;
/// JSON readers do not depend on the order of an object's members.
/// </summary>
public static class JsonReport
{
    // Rows are formatted (and their reasons worded) in slices on all cores, then written in order.
    private const int SliceRows = 64;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes every result to <paramref name="output"/> and returns the summary.</summary>
    /// <param name="results">The results, consumed once, in order.</param>
    /// <param name="output">Where the JSON goes (UTF-8, not closed).</param>
    /// <param name="language">The language of the explanations.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    public static ReportSummary Write(IEnumerable<RowResult> results, Stream output, Language language = Language.Chinese, bool indented = true) =>
        Write(results, output, language, indented, Environment.ProcessorCount);

    /// <summary>Writes with <paramref name="workers"/> threads formatting rows (1: the calling thread alone).</summary>
    internal static ReportSummary Write(IEnumerable<RowResult> results, Stream output, Language language, bool indented, int workers)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var options = Options with { Indented = indented };
        var summary = new ReportSummary();
        output.Write(Frame(options, null, rows: false));
        var writers = new ConcurrentBag<SliceWriter>();
        var any = false;
        foreach (var slice in Ahead.Select(Ahead.Chunks(Counted(results, summary), SliceRows), rows => Format(rows, writers, options, language), workers))
        {
            if (any)
            {
                output.WriteByte((byte)',');
            }

            output.Write(slice.Written);
            output.Flush();
            writers.Add(slice);
            any = true;
        }

        output.Write(Frame(options, summary, any));
        output.Flush();
        return summary;
    }

    /// <summary>
    /// What one writer writing the whole report writes around the rows, byte for byte: the opening up to the
    /// rows' array when <paramref name="summary"/> is null, else everything after the last row.
    /// </summary>
    private static byte[] Frame(JsonWriterOptions options, ReportSummary? summary, bool rows)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, options);
        json.WriteStartObject();
        json.WriteStartArray("rows");
        if (rows)
        {
            // A stand-in row: an array with elements ends on a line of its own, an empty one does not.
            json.WriteStartObject();
            json.WriteEndObject();
        }

        json.Flush();
        var start = buffer.WrittenCount;
        if (summary is null)
        {
            return buffer.WrittenSpan.ToArray();
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
        return buffer.WrittenSpan[start..].ToArray();
    }

    // Property names and states encoded once: a large report writes each of them on every row.
    private static readonly JsonEncodedText RowName = JsonEncodedText.Encode("row");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText IndicatorName = JsonEncodedText.Encode("indicator");
    private static readonly JsonEncodedText TargetName = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText ActualName = JsonEncodedText.Encode("actual");
    private static readonly JsonEncodedText StateName = JsonEncodedText.Encode("state");
    private static readonly JsonEncodedText ExplanationName = JsonEncodedText.Encode("explanation");
    private static readonly JsonEncodedText ComponentsName = JsonEncodedText.Encode("components");
    private static readonly JsonEncodedText ExpectedName = JsonEncodedText.Encode("expected");
    private static readonly JsonEncodedText ProvisionalName = JsonEncodedText.Encode("provisional");
    private static readonly JsonEncodedText DiagnosticsName = JsonEncodedText.Encode("diagnostics");
    private static readonly JsonEncodedText[] States = [.. AttainmentStates.All.OrderBy(s => (int)s).Select(s => JsonEncodedText.Encode(s.Name()))];

    // Judges give only the states of the enum, so every state has its encoded name.
    private static JsonEncodedText State(AttainmentState state) => States[(int)state];

    private static void WriteRow(Utf8JsonWriter json, RowResult result, Language language)
    {
        var row = result.Row;
        var attainment = result.Attainment;
        json.WriteStartObject();
        json.WriteNumber(RowName, row.Row);
        json.WriteString(IdName, row.Id);
        json.WriteString(CategoryName, row.Category);
        json.WriteString(IndicatorName, row.Indicator);
        json.WriteString(TargetName, row.TargetText);
        json.WriteString(ActualName, row.ActualText);
        json.WriteString(StateName, State(attainment.State));
        json.WriteString(ExplanationName, attainment.Explanation.In(language));
        foreach (var (name, value) in row.Extra)
        {
            json.WriteString(name, value);
        }

        json.WriteStartArray(ComponentsName);
        var targets = attainment.Components.Length > 1 ? ComponentTexts(row.TargetText, attainment.Components.Length) : null;
        for (var i = 0; i < attainment.Components.Length; i++)
        {
            var component = attainment.Components[i];
            json.WriteStartObject();
            json.WriteString(IndicatorName, component.Indicator);
            json.WriteString(TargetName, targets?[i] ?? row.TargetText.Trim());
            json.WriteString(ActualName, component.Actual.Text);
            json.WriteString(StateName, State(component.State));
            json.WriteString(ExplanationName, component.Explanation.In(language));
            if (component.Expected is null)
            {
                json.WriteNull(ExpectedName);
            }
            else
            {
                json.WriteString(ExpectedName, component.Expected);
            }

            json.WriteBoolean(ProvisionalName, component.Provisional);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(DiagnosticsName);
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

    /// <summary>
    /// The target text of each of <paramref name="count"/> slash components, as written, split where the parser
    /// splits it (at / or ／, not at a rate unit's slash); a target not split into that many pieces (one target for
    /// every indicator of the row) is each component's target.
    /// </summary>
    private static string[] ComponentTexts(string text, int count)
    {
        var parts = Phrases.SplitComponents(new PhraseScanner(text));
        return parts is not null && parts.Count == count
            ? [.. parts.Select(p => text[p.Start..p.End].Trim())]
            : Enumerable.Repeat(text.Trim(), count).ToArray();
    }

    private static IEnumerable<RowResult> Counted(IEnumerable<RowResult> results, ReportSummary summary)
    {
        foreach (var result in results)
        {
            summary.Add(result);
            yield return result;
        }
    }

    /// <summary>Formats a slice of rows, and words their reasons, on a worker; the writer goes back to the pool once written out.</summary>
    private static SliceWriter Format(List<RowResult> rows, ConcurrentBag<SliceWriter> writers, JsonWriterOptions options, Language language)
    {
        var writer = writers.TryTake(out var pooled) ? pooled : new SliceWriter(options);
        writer.Write(rows, language);
        return writer;
    }

    /// <summary>
    /// Formats rows with a writer primed inside the rows' array, so that every row comes out indented and
    /// separated exactly as one writer writing the whole report would write it.
    /// </summary>
    private sealed class SliceWriter
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
        private readonly Utf8JsonWriter _json;
        private int _start;

        public SliceWriter(JsonWriterOptions options) => _json = new Utf8JsonWriter(_buffer, options);

        /// <summary>The rows of the last slice written, the first without its separator.</summary>
        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan[_start..];

        public void Write(List<RowResult> rows, Language language)
        {
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            _json.WriteStartObject();
            _json.WriteStartArray("rows");
            _json.Flush();
            _start = _buffer.WrittenCount;
            foreach (var row in rows)
            {
                WriteRow(_json, row, language);
            }

            _json.Flush();
        }
    }
}
