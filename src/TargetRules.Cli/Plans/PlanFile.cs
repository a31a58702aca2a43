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

    /// <summary>The rows, in order, numbered from 1; enumerate once.</summary>
    public IEnumerable<PlanRow> Rows { get; }

    /// <summary>Opens <paramref name="path"/> by its extension, or throws <see cref="UsageException"/> with one line to print; what it would warn of is dropped.</summary>
    public static PlanFile Open(string path) => Open(path, InputLimits.Default, _ => { });

    /// <summary>
    /// As <see cref="Open(string)"/>, reading no more than <paramref name="limits"/> allow. What the tool should say about
    /// how the file was read (an encoding other than UTF-8, a key given twice, lines skipped) goes to <paramref name="warn"/>,
    /// one line at a time: on opening, or for what only reading the rows shows, when the last row has been read.
    /// </summary>
    public static PlanFile Open(string path, InputLimits limits, Action<string> warn)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".tsv" or ".txt" or ".csv" or ".json" or ".yaml" or ".yml" or ".xlsx") && !Directory.Exists(path))
        {
            throw new UsageException(extension == ""
                ? $"'{name}' has no extension to tell its format (expected .tsv, .csv, .json, .yaml or .xlsx)"
                : $"'{name}': unknown plan format '{extension}' (expected .tsv, .csv, .json, .yaml or .xlsx)");
        }

        // What opening shows is said once the file is open: a file refused is one line on stderr, the refusal.
        var opening = new List<string>();
        var stream = InputStream.Open(path, "plan file", limits);
        var plan = extension switch
        {
            ".tsv" or ".txt" => Delimited(stream, name, opening.Add, reader => DelimitedText.Tsv(reader, name, warn)),
            ".csv" => Delimited(stream, name, opening.Add, reader => DelimitedText.Csv(reader, name, warn)),
            ".json" => Keyed(name, StructuredText.Json(stream, name, opening.Add)),
            ".yaml" or ".yml" => Keyed(name, StructuredText.Yaml(stream, name, opening.Add)),
            _ => Xlsx(stream, name, limits),
        };
        opening.ForEach(warn);
        return plan;
    }

    public void Dispose() => _owner?.Dispose();

    private static PlanFile Delimited(InputStream stream, string name, Action<string> warn, Func<TextReader, IEnumerator<string[]>> records)
    {
        var reader = PlanText.Open(stream, name, warn);
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
