using System.Globalization;
using System.Text.Json;
using TargetRules.Evaluation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TargetRules.Cli.Inputs;

/// <summary>
/// Reads a <c>--policy</c> file (JSON or YAML mapping) into an <see cref="EvaluationPolicy"/>. Keys are the
/// property names in any case, with or without underscores (syncTolerance, sync_tolerance); an unknown
/// key or an out-of-range value is a usage error rather than a silently ignored setting.
/// </summary>
internal static class PolicyFile
{
    /// <summary>Reads the file; a YAML file's encoding, when not UTF-8 (GBK), goes to <paramref name="warn"/> once the policy is read.</summary>
    public static EvaluationPolicy Read(string path, InputLimits limits, Action<string> warn)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".yaml" or ".yml") && !Directory.Exists(path))
        {
            throw new UsageException($"'{name}': unknown policy format '{extension}' (expected .json or .yaml)");
        }

        List<(string Key, string Value)> settings;
        var said = new List<string>();
        using (var stream = InputStream.Open(path, "policy file", limits))
        {
            settings = extension == ".json" ? Json(stream, name) : Yaml(stream, name, said.Add);
        }

        var policy = EvaluationPolicy.Default;
        foreach (var (key, value) in settings)
        {
            policy = key.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() switch
            {
                "approximateratetolerance" => policy with { ApproximateRateTolerance = Number(name, key, value) },
                "approximateleveltolerance" => policy with { ApproximateLevelTolerance = Number(name, key, value) },
                "synctolerance" => policy with { SyncTolerance = Number(name, key, value) },
                "basiccompletionmeetscompletion" => policy with { BasicCompletionMeetsCompletion = Boolean(name, key, value) },
                "assertedstatementscount" => policy with { AssertedStatementsCount = Boolean(name, key, value) },
                "lowerisbetter" => policy with { LowerIsBetter = [.. policy.LowerIsBetter, .. Names(value)] },
                "higherisbetter" => policy with { HigherIsBetter = [.. policy.HigherIsBetter, .. Names(value)] },
                _ => throw new UsageException($"{name}: unknown policy setting '{key}' (expected approximateRateTolerance, approximateLevelTolerance, syncTolerance, basicCompletionMeetsCompletion, assertedStatementsCount, lowerIsBetter or higherIsBetter)"),
            };
        }

        try
        {
            policy = policy.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException($"{name}: {e.ParamName} {e.ActualValue} is out of range: {e.Message.Split(" (Parameter", 2)[0]}");
        }

        said.ForEach(warn);
        return policy;
    }

    private static List<(string Key, string Value)> Json(Stream stream, string name)
    {
        try
        {
            // Copied whole first, as a JSON plan is: JsonDocument's own buffer overflows (OverflowException, exit 1) when a
            // stream without end (/dev/zero) reaches 1 GiB before the input limit refuses it.
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            using var document = JsonDocument.Parse(memory.GetBuffer().AsMemory(0, (int)memory.Length), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{name}: expected an object of policy settings");
            }

            return document.RootElement.EnumerateObject()
                .Select(p => (p.Name, p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString()!,
                    JsonValueKind.Array => string.Join('\n', p.Value.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText())),
                    _ => p.Value.GetRawText(),
                }))
                .ToList();
        }
        catch (InvalidOperationException)
        {
            throw new UsageException($"{name}: a setting is not valid text (invalid UTF-8, or a \\u escape of half a surrogate pair)");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{name}: not valid JSON (line {e.LineNumber + 1})");
        }
    }

    private static List<(string Key, string Value)> Yaml(InputStream stream, string name, Action<string> warn)
    {
        YamlStream yaml;
        try
        {
            using var reader = PlanText.Open(stream, name, warn);
            yaml = YamlText.Load(reader, name);
        }
        catch (YamlException e)
        {
            throw new UsageException($"{name}: not valid YAML (line {e.Start.Line})");
        }

        if (yaml.Documents.Count == 0)
        {
            return [];
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new UsageException($"{name}: expected a mapping of policy settings");
        }

        // A list (lowerIsBetter: [投诉率, 空置率]) is read as its items, one a line.
        return map.Children.Select(p => ((p.Key as YamlScalarNode)?.Value ?? string.Empty, p.Value switch
        {
            YamlScalarNode scalar => scalar.Value ?? string.Empty,
            YamlSequenceNode list => string.Join('\n', list.Children.OfType<YamlScalarNode>().Select(i => i.Value)),
            _ => string.Empty,
        })).ToList();
    }

    private static decimal Number(string name, string key, string value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new UsageException($"{name}: {key} must be a number, not '{value}'");

    // Names one a line, or separated by commas, 、 or semicolons.
    private static string[] Names(string value) =>
        value.Split(['\n', ',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Boolean(string name, string key, string value) => value.ToLowerInvariant() switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => throw new UsageException($"{name}: {key} must be true or false, not '{value}'"),
    };
}
