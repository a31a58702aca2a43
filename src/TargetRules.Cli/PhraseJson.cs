using System.Text.Encodings.Web;
using System.Text.Json;
using TargetRules.Evaluation;
using TargetRules.Targets;

namespace TargetRules.Cli;

/// <summary>The JSON form of a parsed phrase for <c>parse --format json</c>: a tree of objects with a "kind".</summary>
internal static class PhraseJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Target target, TextWriter output) => Write(output, json => Target(json, target));

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

    private static void Target(Utf8JsonWriter json, Target target)
    {
        json.WriteStartObject();
        switch (target)
        {
            case ThresholdTarget t:
                json.WriteString("kind", "threshold");
                json.WriteString("measure", t.Measure.ToString());
                json.WriteString("comparison", t.Comparison.ToString());
                Quantity(json, "value", t.Value);
                json.WriteBoolean("cumulative", t.Cumulative);
                break;
            case RangeTarget r:
                json.WriteString("kind", "range");
                json.WriteString("measure", r.Measure.ToString());
                Quantity(json, "low", r.Low);
                Quantity(json, "high", r.High);
                break;
            case CityRelativeTarget c:
                json.WriteString("kind", "cityRelative");
                json.WriteString("measure", c.Measure.ToString());
                json.WriteString("relation", c.Relation.ToString());
                break;
            case IndicatorRelativeTarget p:
                json.WriteString("kind", "indicatorRelative");
                json.WriteString("measure", p.Measure.ToString());
                json.WriteString("peer", p.Peer);
                json.WriteBoolean("basically", p.Basically);
                break;
            case CityQuotaTarget q:
                json.WriteString("kind", "cityQuota");
                json.WriteString("direction", q.Direction.ToString());
                break;
            case QualitativeTarget q:
                json.WriteString("kind", "qualitative");
                json.WriteString("statement", q.Statement);
                break;
            case ScopedTarget s:
                json.WriteString("kind", "scoped");
                json.WriteString("scope", s.Scope);
                json.WritePropertyName("inner");
                Target(json, s.Inner);
                break;
            case AllOfTarget all:
                json.WriteString("kind", "allOf");
                List(json, "conditions", all.Conditions);
                break;
            case ComponentsTarget slash:
                json.WriteString("kind", "components");
                List(json, "components", slash.Components);
                break;
            case VoidTarget:
                json.WriteString("kind", "none");
                break;
            default:
                json.WriteString("kind", target.GetType().Name);
                json.WriteString("text", target.ToString());
                break;
        }

        json.WriteEndObject();
    }

    private static void List(Utf8JsonWriter json, string name, IEnumerable<Target> targets)
    {
        json.WriteStartArray(name);
        foreach (var target in targets)
        {
            Target(json, target);
        }

        json.WriteEndArray();
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
