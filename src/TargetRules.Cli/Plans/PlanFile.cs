using TargetRules.Plans;

namespace TargetRules.Cli.Plans;

/// <summary>
/// An open plan table. The header is read (and checked) when the file is opened, so a plan without its
/// required columns fails before any output is written; the rows are then read one at a time, once.
/// </summary>
internal sealed class PlanFile : IDisposable
{
    private readonly IDisposable? _owner;

    private PlanFile(IEnumerable<PlanRow> rows, IDisposable? owner)
    {
        Rows = rows;
        _owner = owner;
    }

    /// <summary>How far through the file reading is, in [0, 1], when it can tell (delimited text).</summary>
    public Func<double?> Position { get; private init; } = () => null;

    /// <summary>What the tool should say about how the file was read (an encoding other than UTF-8), or null.</summary>
    public string? Note { get; private init; }

    /// <summary>The rows, in order, numbered from 1; enumerate once.</summary>
    public IEnumerable<PlanRow> Rows { get; }

    /// <summary>Opens <paramref name="path"/> by its extension, or throws <see cref="UsageException"/> with one line to print.</summary>
    public static PlanFile Open(string path) => Open(path, InputLimits.Default);

    /// <summary>As <see cref="Open(string)"/>, reading no more than <paramref name="limits"/> allow.</summary>
    public static PlanFile Open(string path, InputLimits limits)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".tsv" or ".txt" or ".csv" or ".json" or ".yaml" or ".yml" or ".xlsx") && !Directory.Exists(path))
        {
            throw new UsageException(extension == ""
                ? $"'{name}' has no extension to tell its format (expected .tsv, .csv, .json, .yaml or .xlsx)"
                : $"'{name}': unknown plan format '{extension}' (expected .tsv, .csv, .json, .yaml or .xlsx)");
        }

        var stream = InputStream.Open(path, "plan file", limits);
        return extension switch
        {
            ".tsv" or ".txt" => Delimited(stream, name, DelimitedText.Tsv),
            ".csv" => Delimited(stream, name, reader => DelimitedText.Csv(reader, name)),
            ".json" => Keyed(name, StructuredText.Json(stream, name)),
            ".yaml" or ".yml" => Keyed(name, StructuredText.Yaml(stream, name)),
            _ => Xlsx(stream, name, limits),
        };
    }

    public void Dispose() => _owner?.Dispose();

    private static PlanFile Delimited(InputStream stream, string name, Func<TextReader, IEnumerator<string[]>> records)
    {
        var (reader, note) = PlanText.Open(stream, name);
        try
        {
            var enumerator = records(reader);
            if (!enumerator.MoveNext())
            {
                throw new UsageException($"{name}: the file has no header line");
            }

            var columns = Columns.From(enumerator.Current, name);
            return new PlanFile(Numbered(columns, Rest(enumerator)), reader)
            {
                Note = note,
                Position = () => stream.Length > 0 ? (double)stream.Position / stream.Length : null,
            };
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private static PlanFile Keyed(string name, (IReadOnlyList<string> Header, IEnumerable<string?[]> Rows) table)
    {
        var columns = Columns.From(table.Header, name);
        return new PlanFile(Numbered(columns, table.Rows), null);
    }

    private static PlanFile Xlsx(InputStream stream, string name, InputLimits limits)
    {
        // A workbook is read by seeking to its directory at the end: a FIFO or a device cannot be one.
        if (stream.Seekable is not { } file)
        {
            stream.Dispose();
            throw new UsageException($"{name}: an .xlsx plan must be a regular file, read by seeking");
        }

        var sheet = XlsxSheet.Open(file, name, limits);
        try
        {
            var enumerator = sheet.Rows().GetEnumerator();
            if (!enumerator.MoveNext())
            {
                throw new UsageException($"{name}: the first sheet has no header row");
            }

            var columns = Columns.From(enumerator.Current.Select(c => c ?? string.Empty).ToArray(), name);

            // A sheet does not store empty cells, so a short row is a row of empty cells, not a cut one.
            return new PlanFile(Numbered(columns, Rest(enumerator).Select(cells => Filled(cells, columns.Width))), sheet);
        }
        catch
        {
            sheet.Dispose();
            throw;
        }
    }

    private static IEnumerable<T> Rest<T>(IEnumerator<T> enumerator)
    {
        using (enumerator)
        {
            while (enumerator.MoveNext())
            {
                yield return enumerator.Current;
            }
        }
    }

    private static string?[] Filled(string?[] cells, int width)
    {
        var filled = new string?[Math.Max(cells.Length, width)];
        for (var i = 0; i < filled.Length; i++)
        {
            filled[i] = i < cells.Length ? cells[i] ?? string.Empty : string.Empty;
        }

        return filled;
    }

    private static IEnumerable<PlanRow> Numbered(Columns columns, IEnumerable<string?[]> rows)
    {
        var number = 0;
        foreach (var cells in rows)
        {
            yield return columns.Row(++number, cells);
        }
    }
}
