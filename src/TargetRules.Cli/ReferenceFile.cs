using TargetRules.Evaluation;
using TargetRules.Text;

namespace TargetRules.Cli;

/// <summary>
/// Reads a <c>--references</c> TSV: <c>indicator, key, value[, source]</c> per line, key one of city,
/// quota, baseline, verdict, values written like actuals. An optional header line and <c>#</c> comments
/// are skipped. A line that cannot be read is a usage error naming the line, since a wrong city figure
/// would silently change verdicts.
/// </summary>
internal static class ReferenceFile
{
    public static ReferenceSet Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new UsageException($"references file '{path}' not found");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }

        // Lines are read on every core (a large file's values are most of the tool's start-up), then taken in order,
        // so that the first bad line is the one reported and a header counts only before the first reference.
        var read = new Line[lines.Length];
        if (lines.Length < ParallelLines)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                read[i] = ReadLine(lines[i], i + 1, name);
            }
        }
        else
        {
            Parallel.For(0, lines.Length, i => read[i] = ReadLine(lines[i], i + 1, name));
        }

        var references = new List<Reference>();
        foreach (var line in read)
        {
            if (line.Skip || (line.Header && references.Count == 0))
            {
                continue;
            }

            references.Add(line.Reference ?? throw new UsageException(line.Error!));
        }

        return ReferenceSet.Empty.WithAll(references);
    }

    private const int ParallelLines = 4096;

    private static Line ReadLine(string line, int number, string name)
    {
        var text = line.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text) || text.StartsWith('#'))
        {
            return new Line { Skip = true };
        }

        var cells = text.Split('\t');
        var header = cells[0].Trim() is "indicator" or "指标" && cells.Length > 1 && cells[1].Trim() is "key" or "类型";
        if (cells.Length < 3 || string.IsNullOrWhiteSpace(cells[0]) || string.IsNullOrWhiteSpace(cells[2]))
        {
            return new Line { Header = header, Error = $"{name}:{number}: expected indicator, key and value separated by tabs" };
        }

        var key = cells[1].Trim();
        ReferenceKind? kind = Is(key, "city") ? ReferenceKind.City
            : Is(key, "quota") ? ReferenceKind.Quota
            : Is(key, "baseline") ? ReferenceKind.Baseline
            : Is(key, "verdict") ? ReferenceKind.Verdict
            : null;
        if (kind is null)
        {
            return new Line { Header = header, Error = $"{name}:{number}: unknown key '{key}' (expected city, quota, baseline or verdict)" };
        }

        var indicator = cells[0].Trim();
        var value = ObservationParser.Parse(cells[2].Trim(), indicator, "value");
        if (!value.IsSuccess)
        {
            return new Line { Header = header, Error = $"{name}:{number}: {value.Error}" };
        }

        var source = cells.Length > 3 && !string.IsNullOrWhiteSpace(cells[3]) ? cells[3].Trim() : name;
        return new Line { Header = header, Reference = new Reference(indicator, kind.Value, value.Value, source) };
    }

    private static bool Is(string key, string name) => System.Text.Ascii.EqualsIgnoreCase(key, name);

    /// <summary>One line read: skipped (blank or a comment), a header, a reference, or the error that names the line.</summary>
    private readonly struct Line
    {
        public bool Skip { get; init; }

        public bool Header { get; init; }

        public Reference? Reference { get; init; }

        public string? Error { get; init; }
    }
}
