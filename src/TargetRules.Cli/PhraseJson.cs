using System.Text.Encodings.Web;
using System.Text.Json;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Cli;

/// <summary>
/// The JSON of a parsed phrase for <c>parse --format json</c>: a target as <see cref="TargetJson"/> writes it; an actual
/// (--actual) as an object of the figures and statements it reports.
/// </summary>
internal static class PhraseJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions TargetOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { TargetJson.Converter },
    };

    /// <summary>The target in the library's own JSON form (<see cref="TargetJson"/>), indented.</summary>
    public static void Write(Target target, TextWriter output) => output.WriteLine(JsonSerializer.Serialize(target, TargetOptions));

    public static void Write(Observation actual, TextWriter output) => Write(output, json => Observation(json, actual));

    private static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            body(json);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Quantity(Utf8JsonWriter json, string name, Quantities.Quantity quantity)
    {
        json.WriteStartObject(name);
        json.WriteNumber("value", quantity.Value);
        json.WriteString("unit", quantity.Unit.ToString());
        json.WriteString("text", quantity.ToString());
        json.WriteEndObject();
    }

    private static void Observation(Utf8JsonWriter json, Observation actual)
    {
        json.WriteStartObject();
        json.WriteString("text", actual.Text);
        json.WriteString("status", actual.Status.ToString());
        if (actual.Level is { } level)
        {
            Quantity(json, "level", level);
        }

        Number(json, "growth", actual.Growth);
        Number(json, "comparableGrowth", actual.ComparableGrowth);
        Number(json, "pointChange", actual.PointChange);
        json.WriteStartArray("assertions");
        foreach (var assertion in actual.Assertions)
        {
            json.WriteStringValue(assertion);
        }

        json.WriteEndArray();
        if (actual.Expected is { } expected)
        {
            json.WriteString("expected", expected);
        }

        json.WriteBoolean("provisional", actual.Provisional);
        json.WriteStartArray("parts");
        foreach (var part in actual.Parts)
        {
            json.WriteStartObject();
            json.WriteString("label", part.Label);
            json.WritePropertyName("value");
            Observation(json, part.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("components");
        foreach (var component in actual.Components)
        {
            Observation(json, component);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }
}
