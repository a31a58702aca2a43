using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TargetRules.Cli.Plans;

/// <summary>
/// Reads JSON and YAML plans: a list of row objects, or an object whose <c>rows</c> member is that list.
/// The header is every key in the order first seen; scalar values are kept as written (numbers too), a null
/// value is an empty cell, and a key a row leaves out is an absent (null) cell.
/// </summary>
internal static class StructuredText
{
    public static (IReadOnlyList<string> Header, IEnumerable<string?[]> Rows) Json(string path, string name)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new UsageException($"{name}: not valid JSON (line {e.LineNumber + 1}): {FirstLine(e.Message).Split(" LineNumber:")[0]}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("rows", out var rows))
            {
                root = rows;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new UsageException($"{name}: expected a list of rows, or an object with a \"rows\" list");
            }

            var records = root.EnumerateArray().Select(element => element.ValueKind == JsonValueKind.Object
                ? element.EnumerateObject().Select(p => (p.Name, Scalar(p.Value))).ToList()
                : []).ToList();
            return Table(records);
        }
    }

    public static (IReadOnlyList<string> Header, IEnumerable<string?[]> Rows) Yaml(string path, string name)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = PlanText.Open(path, name).Reader;
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            throw new UsageException($"{name}: not valid YAML (line {e.Start.Line}): {FirstLine(e.Message)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }

        var root = yaml.Documents.Count > 0 ? yaml.Documents[0].RootNode : new YamlSequenceNode();
        if (root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("rows"), out var rows))
        {
            root = rows;
        }

        if (root is not YamlSequenceNode sequence)
        {
            throw new UsageException($"{name}: expected a list of rows, or a mapping with a rows list");
        }

        // A list or mapping where a cell belongs would vanish as text (and an alias to one can be a "billion laughs"
        // expansion): say which row and column rather than read it as empty.
        var records = sequence.Children.Select((node, index) => node is YamlMappingNode row
            ? row.Children.Select(p => (Key: (p.Key as YamlScalarNode)?.Value ?? string.Empty,
                Value: p.Value is YamlScalarNode scalar ? scalar.Value ?? string.Empty
                    : throw new UsageException($"{name}: row {index + 1}, '{(p.Key as YamlScalarNode)?.Value}' (line {p.Value.Start.Line}) is a list or mapping, not text"))).ToList()
            : throw new UsageException($"{name}: row {index + 1} (line {node.Start.Line}) is not a mapping of column names to text")).ToList();
        return Table(records);
    }

    private static (IReadOnlyList<string> Header, IEnumerable<string?[]> Rows) Table(List<List<(string Key, string Value)>> records)
    {
        var header = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var (key, _) in record)
            {
                if (index.TryAdd(key, header.Count))
                {
                    header.Add(key);
                }
            }
        }

        return (header, records.Select(record =>
        {
            var cells = new string?[header.Count];
            foreach (var (key, value) in record)
            {
                cells[index[key]] = value;
            }

            return cells;
        }));
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
