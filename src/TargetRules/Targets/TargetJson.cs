using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TargetRules.Quantities;

namespace TargetRules.Targets;

/// <summary>
/// The JSON form of a <see cref="Target"/>, so a host can store its rules as data. Every node carries a
/// <c>kind</c>:
/// <c>{"kind":"threshold","measure":"ComparableGrowth","comparison":"AtLeast","value":6,"unit":"%"}</c>,
/// <c>{"kind":"allOf","conditions":[…]}</c>, <c>{"kind":"slash","components":[…]}</c>,
/// <c>range</c>, <c>city</c>, <c>peer</c>, <c>quota</c>, <c>qualitative</c>, <c>scoped</c>, <c>none</c>.
/// Reading validates through the factories on <see cref="Target"/>, so a document yields exactly the
/// targets the fluent API can build.
/// </summary>
public static class TargetJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Chinese statements and unit symbols stay readable in the stored document.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A converter for hosts that keep targets inside their own System.Text.Json documents.</summary>
    public static JsonConverter<Target> Converter { get; } = new TargetConverter();

    /// <summary>Writes <paramref name="target"/> as a JSON document.</summary>
    /// <exception cref="NotSupportedException">The target is of a kind this version cannot write.</exception>
    public static string Serialize(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, target);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a target from <paramref name="json"/>.</summary>
    /// <exception cref="JsonException">
    /// The document is not JSON, lacks a property, names an unknown kind, unit or enum value, or describes a
    /// target the factories reject; the message gives the JSON path.
    /// </exception>
    public static Target Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, "$");
    }

    internal static void Write(Utf8JsonWriter writer, Target target)
    {
        writer.WriteStartObject();
        switch (target)
        {
            case ThresholdTarget t:
                writer.WriteString("kind", "threshold");
                writer.WriteString("measure", t.Measure.ToString());
                writer.WriteString("comparison", t.Comparison.ToString());
                writer.WriteNumber("value", t.Value.Value);
                WriteUnit(writer, t.Value.Unit);
                if (t.Cumulative != Target.Threshold(t.Measure, t.Comparison, t.Value).Cumulative)
                {
                    writer.WriteBoolean("cumulative", t.Cumulative);
                }

                if (t.Stretch)
                {
                    writer.WriteBoolean("stretch", true);
                }

                if (t.CumulativeUnsettled)
                {
                    writer.WriteBoolean("cumulativeUnsettled", true);
                }

                break;
            case RangeTarget r:
                writer.WriteString("kind", "range");
                writer.WriteString("measure", r.Measure.ToString());
                writer.WriteNumber("low", r.Low.Value);
                writer.WriteNumber("high", r.High.Value);
                WriteUnit(writer, r.Low.Unit);
                break;
            case CityRelativeTarget c:
                writer.WriteString("kind", "city");
                writer.WriteString("measure", c.Measure.ToString());
                writer.WriteString("relation", c.Relation.ToString());
                break;
            case IndicatorRelativeTarget p:
                writer.WriteString("kind", "peer");
                writer.WriteString("measure", p.Measure.ToString());
                writer.WriteString("peer", p.Peer);
                writer.WriteBoolean("basically", p.Basically);
                break;
            case CityQuotaTarget q:
                writer.WriteString("kind", "quota");
                writer.WriteString("direction", q.Direction.ToString());
                break;
            case QualitativeTarget s:
                writer.WriteString("kind", "qualitative");
                writer.WriteString("statement", s.Statement);
                break;
            case ScopedTarget s:
                writer.WriteString("kind", "scoped");
                writer.WriteString("scope", s.Scope);
                writer.WritePropertyName("target");
                Write(writer, s.Inner);
                break;
            case AllOfTarget all:
                writer.WriteString("kind", "allOf");
                WriteArray(writer, "conditions", all.Conditions);
                break;
            case ComponentsTarget slash:
                writer.WriteString("kind", "slash");
                WriteArray(writer, "components", slash.Components);
                break;
            case MilestoneTarget m:
                writer.WriteString("kind", "milestone");
                WriteMilestoneParts(writer, m);
                break;
            case VoidTarget:
                writer.WriteString("kind", "none");
                break;
            default:
                // A target kind added to the model needs its case here and in Read.
                throw new NotSupportedException($"TargetJson cannot write a target of kind {target.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    internal static Target Read(JsonElement node, string path)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, $"expected a target object, found {Describe(node.ValueKind)}");
        }

        var kind = String(node, "kind", path);
        try
        {
            return kind switch
            {
                "threshold" => ReadThreshold(node, path),
                "range" => Target.Range(
                    Enum<Measure>(node, "measure", path),
                    new Quantity(Number(node, "low", path), ReadUnit(node, path)),
                    new Quantity(Number(node, "high", path), ReadUnit(node, path))),
                "city" => Target.RelativeToCity(Enum<Measure>(node, "measure", path), Enum<CityRelation>(node, "relation", path)),
                "peer" => Target.InSyncWith(String(node, "peer", path), Boolean(node, "basically", path), Enum<Measure>(node, "measure", path)),
                "quota" => Enum<QuotaDirection>(node, "direction", path) == QuotaDirection.Within ? Target.WithinCityQuota() : Target.CityQuota(),
                "qualitative" => Target.Qualitative(String(node, "statement", path)),
                "scoped" => Target.Scoped(String(node, "scope", path), Read(Property(node, "target", path), path + ".target")),
                "allOf" => Target.AllOf(Array(node, "conditions", path)),
                "slash" => Target.Slash(Array(node, "components", path)),
                "milestone" => ReadMilestone(node, path),
                "none" => Target.None(),
                _ => throw Bad(path, $"unknown kind '{kind}'; expected threshold, range, city, peer, quota, qualitative, scoped, allOf, slash, milestone or none"),
            };
        }
        catch (ArgumentException e)
        {
            // The factories' own message says what is wrong with the target; the path says where.
            throw new JsonException($"{path}: {e.Message}", path, null, null, e);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"{path}: {e.Message}", path, null, null, e);
        }
    }

    private static void WriteMilestoneParts(Utf8JsonWriter writer, MilestoneTarget target)
    {
        writer.WriteStartArray("parts");
        foreach (var part in target.Parts)
        {
            var m = part.Milestone;
            writer.WriteStartObject();
            if (part.Name is not null)
            {
                writer.WriteString("name", part.Name);
            }

            writer.WriteString("stage", m.Stage.ToString());
            if (m.Finished)
            {
                writer.WriteBoolean("finished", true);
            }

            if (m.Progress is { } progress)
            {
                writer.WriteNumber("progress", progress);
            }

            if (m.Approximate)
            {
                writer.WriteBoolean("approximate", true);
            }

            if (m.Partial)
            {
                writer.WriteBoolean("partial", true);
            }

            if (m.Activity is not null)
            {
                writer.WriteString("activity", m.Activity);
            }

            writer.WriteString("text", part.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    // Rebuilt through the factories, so a document cannot describe a milestone the model forbids.
    private static MilestoneTarget ReadMilestone(JsonElement node, string path)
    {
        var items = Property(node, "parts", path);
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw Bad(path + ".parts", $"expected an array, found {Describe(items.ValueKind)}");
        }

        var parts = new List<MilestonePart>();
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            var at = $"{path}.parts[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Bad(at, $"expected a milestone part object, found {Describe(item.ValueKind)}");
            }

            bool Flag(string name) => item.TryGetProperty(name, out _) && Boolean(item, name, at);
            var stage = Enum<Stage>(item, "stage", at);
            var milestone = item.TryGetProperty("activity", out _) ? Milestone.Starting(String(item, "activity", at))
                : item.TryGetProperty("progress", out _) ? Milestone.AtProgress(Number(item, "progress", at))
                : Flag("partial") ? Milestone.PartlyReached(stage)
                : Flag("finished") ? Milestone.FinishedStage(stage)
                : Milestone.Reached(stage);
            if (Flag("approximate"))
            {
                milestone = milestone.AsApproximate();
            }

            var text = item.TryGetProperty("text", out _) ? String(item, "text", at) : null;
            parts.Add(item.TryGetProperty("name", out _) ? MilestonePart.Named(String(item, "name", at), milestone, text) : MilestonePart.Whole(milestone, text));
        }

        return Milestones.Of([.. parts]);
    }

    private static ThresholdTarget ReadThreshold(JsonElement node, string path)
    {
        var target = Target.Threshold(
            Enum<Measure>(node, "measure", path),
            Enum<Comparison>(node, "comparison", path),
            new Quantity(Number(node, "value", path), ReadUnit(node, path)));
        target = node.TryGetProperty("cumulative", out _) ? target.AccumulatesOverYear(Boolean(node, "cumulative", path)) : target;
        target = node.TryGetProperty("cumulativeUnsettled", out _) && Boolean(node, "cumulativeUnsettled", path) ? target.AccumulationUnsettled() : target;
        return node.TryGetProperty("stretch", out _) && Boolean(node, "stretch", path) ? target.AsStretch() : target;
    }

    private static void WriteUnit(Utf8JsonWriter writer, Unit unit)
    {
        // A bare number has no unit; a bare magnitude (1000万) writes its word.
        if (unit.Symbol.Length > 0)
        {
            writer.WriteString("unit", unit.Symbol);
        }

        if (unit.IsPerCapita)
        {
            writer.WriteNumber("perPeople", unit.PerPeople);
        }
    }

    private static Unit ReadUnit(JsonElement node, string path)
    {
        var unit = Unit.None;
        if (node.TryGetProperty("unit", out _))
        {
            var symbol = String(node, "unit", path, allowEmpty: true);
            if (symbol.Length > 0 && !Unit.TryFind(symbol, out unit))
            {
                throw Bad(path + ".unit", $"unknown unit '{symbol}'");
            }
        }

        if (node.TryGetProperty("perPeople", out var people))
        {
            if (people.ValueKind != JsonValueKind.Number || !people.TryGetInt32(out var count))
            {
                throw Bad(path + ".perPeople", "expected 1000 or 10000");
            }

            try
            {
                unit = unit.PerCapita(count);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw Bad(path + ".perPeople", $"expected 1000 or 10000, found {count}");
            }
        }

        return unit;
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, ImmutableArray<Target> targets)
    {
        writer.WriteStartArray(name);
        foreach (var target in targets)
        {
            Write(writer, target);
        }

        writer.WriteEndArray();
    }

    private static Target[] Array(JsonElement node, string name, string path)
    {
        var array = Property(node, name, path);
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw Bad($"{path}.{name}", $"expected an array, found {Describe(array.ValueKind)}");
        }

        var targets = new Target[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            targets[i] = Read(item, $"{path}.{name}[{i}]");
            i++;
        }

        return targets;
    }

    private static JsonElement Property(JsonElement node, string name, string path) =>
        node.TryGetProperty(name, out var value) ? value : throw Bad(path, $"missing property '{name}'");

    private static string String(JsonElement node, string name, string path, bool allowEmpty = false)
    {
        var value = Property(node, name, path);
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Bad($"{path}.{name}", $"expected a string, found {Describe(value.ValueKind)}");
        }

        var text = value.GetString()!;
        return text.Length > 0 || allowEmpty ? text : throw Bad($"{path}.{name}", "expected a non-empty string");
    }

    private static decimal Number(JsonElement node, string name, string path)
    {
        var value = Property(node, name, path);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : throw Bad($"{path}.{name}", value.ValueKind == JsonValueKind.Number ? "the number is out of range" : $"expected a number, found {Describe(value.ValueKind)}");
    }

    private static bool Boolean(JsonElement node, string name, string path)
    {
        var value = Property(node, name, path);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Bad($"{path}.{name}", $"expected true or false, found {Describe(value.ValueKind)}"),
        };
    }

    private static TEnum Enum<TEnum>(JsonElement node, string name, string path)
        where TEnum : struct, Enum
    {
        var text = String(node, name, path);

        // Names only: a number or a differently cased name would be a second spelling of the same rule.
        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            if (value.ToString() == text)
            {
                return value;
            }
        }

        throw Bad($"{path}.{name}", $"unknown {typeof(TEnum).Name} '{text}'; expected {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static JsonException Bad(string path, string message) => new($"{path}: {message}", path, null, null);

    private sealed class TargetConverter : JsonConverter<Target>
    {
        public override Target Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return TargetJson.Read(document.RootElement, "$");
        }

        public override void Write(Utf8JsonWriter writer, Target value, JsonSerializerOptions options) =>
            TargetJson.Write(writer, value);
    }
}
