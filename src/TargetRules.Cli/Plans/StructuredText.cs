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
    private const string NotText = "is not valid text (invalid UTF-8, or a \\u escape of half a surrogate pair)";

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// The table of the JSON plan in <paramref name="stream"/>, which it reads whole and closes. A key given twice in a
    /// row, or <c>rows</c> given twice, is read as JSON readers read it, the last one counting, and said to <paramref name="warn"/>.
    /// </summary>
    public static (IReadOnlyList<string> Header, IEnumerable<string?[]> Rows) Json(Stream stream, string name, Action<string> warn)
    {
        JsonDocument document;
        ReadOnlyMemory<byte> bytes;
        try
        {
            using (stream)
            {
                // Held whole, as the document holds it, so that a second pass can find the lines of keys given twice.
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                bytes = memory.GetBuffer().AsMemory(0, (int)memory.Length);
                document = JsonDocument.Parse(bytes, Options);
            }
        }
        catch (JsonException e)
        {
            throw new UsageException($"{name}: not valid JSON (line {e.LineNumber + 1}): {FirstLine(e.Message).Split(" LineNumber:")[0]}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{name}': {e.Message}");
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

            var records = new List<List<(string Key, string Value)>>();
            foreach (var element in root.EnumerateArray())
            {
                var record = new List<(string Key, string Value)>();
                if (element.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in element.EnumerateObject())
                    {
                        record.Add(Cell(property, name, records.Count + 1));
                    }
                }

                records.Add(record);
            }

            var (top, inRows) = Repeats(bytes.Span, name);
            top.ForEach(warn);
            Warnings.Say(inRows, r => r.Text, warn, (more, last) => $"{name}: {more} more keys given again in rows, the last at line {last.Line}; the last of each is used");
            return Table(records);
        }
    }

    /// <summary>
    /// The table of the YAML plan in <paramref name="stream"/>, which it reads whole and closes; how it was decoded (GBK)
    /// is said to <paramref name="warn"/>. A key given twice is refused by the YAML reader itself.
    /// </summary>
    public static (IReadOnlyList<string> Header, IEnumerable<string?[]> Rows) Yaml(InputStream stream, string name, Action<string> warn)
    {
        YamlStream yaml;
        try
        {
            using var reader = PlanText.Open(stream, name, warn);
            yaml = YamlText.Load(reader, name);
        }
        catch (YamlException e)
        {
            throw new UsageException($"{name}: not valid YAML (line {e.Start.Line}): {FirstLine(e.Message)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{name}': {e.Message}");
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

    /// <summary>
    /// What the JSON said twice, as warnings in the order read: <c>rows</c> at the top, and a key within a row of the
    /// rows read (those of the last <c>rows</c>: an earlier one is not read, so neither are its rows' keys), with its line.
    /// </summary>
    private static (List<string> Top, List<(int Line, string Text)> InRows) Repeats(ReadOnlySpan<byte> json, string name)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var (top, inRows) = (new List<string>(), new List<(int Line, string Text)>());
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var (line, counted) = (1, 0);
        var (firstRows, rowsValueNext) = (0, false);

        // The depth of the rows array being read (the root, or the value of a top-level rows key), or -1; which element of it.
        var (rows, row) = (-1, 0);
        while (reader.Read())
        {
            var (token, depth) = (reader.TokenType, reader.CurrentDepth);
            if (token == JsonTokenType.PropertyName && (depth == 1 || (rows >= 0 && depth == rows + 2)))
            {
                line += json[counted..(int)reader.TokenStartIndex].Count((byte)'\n');
                counted = (int)reader.TokenStartIndex;
                var key = Key(ref reader);
                if (rows >= 0 && depth == rows + 2)
                {
                    if (key is not null && !keys.TryAdd(key, line))
                    {
                        inRows.Add((line, $"{name}:{line}: row {row} has the key '{key}' again (first at line {keys[key]}); the last is used"));
                    }
                }
                else if (depth == 1 && rows < 0)
                {
                    // Only an object's keys stand at depth 1: the root is an object, and this key may be rows.
                    rowsValueNext = key == "rows";
                    if (rowsValueNext && firstRows > 0)
                    {
                        top.Add($"{name}:{line}: the key 'rows' is given again (first at line {firstRows}); the last is used");
                        inRows.Clear();
                    }

                    firstRows = rowsValueNext && firstRows == 0 ? line : firstRows;
                }
            }
            else if (token == JsonTokenType.StartArray && (depth == 0 || (depth == 1 && rowsValueNext)))
            {
                (rows, row, rowsValueNext) = (depth, 0, false);
            }
            else if (rows >= 0 && token == JsonTokenType.EndArray && depth == rows)
            {
                rows = -1;
            }
            else if (rows >= 0 && depth == rows + 1 && token is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                // Every element is a row, an object or not, as the table counts them.
                row++;
                keys.Clear();
            }
            else if (depth == 1)
            {
                rowsValueNext = false;
            }
        }

        return (top, inRows);
    }

    /// <summary>
    /// The key the reader is on, or null when it is not valid text: then it is a key nothing reads (at the top, or in the
    /// rows of a rows given again), since <see cref="Cell"/> has refused any such key in the rows read.
    /// </summary>
    private static string? Key(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
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

    /// <summary>A JSON cell as text; a key or string that is not valid Unicode (bad UTF-8, half a surrogate pair) is named.</summary>
    private static (string Key, string Value) Cell(JsonProperty property, string name, int row)
    {
        string key;
        try
        {
            key = property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new UsageException($"{name}: row {row}: a key {NotText}");
        }

        try
        {
            return (key, Scalar(property.Value));
        }
        catch (InvalidOperationException)
        {
            throw new UsageException($"{name}: row {row}, '{key}' {NotText}");
        }
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
