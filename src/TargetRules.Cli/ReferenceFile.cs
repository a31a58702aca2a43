using TargetRules.Cli.Plans;
using TargetRules.Facts;
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
    /// <summary>Reads the file; a note about its encoding (a GBK file read as GB18030) goes to <paramref name="notes"/>, as for plans.</summary>
    public static ReferenceSet Read(string path, InputLimits limits, TextWriter notes)
    {
        var name = Path.GetFileName(path);
        var lines = new List<string>();
        var (reader, note) = PlanText.Open(InputStream.Open(path, "references file", limits), name);
        if (note is not null)
        {
            notes.WriteLine($"targetrules: {note}");
        }

        using (reader)
        {
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }

        var references = new List<Reference>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var text = line.TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(text) || text.StartsWith('#'))
            {
                continue;
            }

            var cells = text.Split('\t');
            if (references.Count == 0 && cells[0].Trim() is "indicator" or "指标" && cells.Length > 1 && cells[1].Trim() is "key" or "类型")
            {
                continue;
            }

            if (cells.Length < 3 || string.IsNullOrWhiteSpace(cells[0]) || string.IsNullOrWhiteSpace(cells[2]))
            {
                throw new UsageException($"{name}:{number}: expected indicator, key and value separated by tabs");
            }

            var key = cells[1].Trim();
            var kind = Is(key, "city") ? ReferenceKind.City
                : Is(key, "quota") ? ReferenceKind.Quota
                : Is(key, "baseline") ? ReferenceKind.Baseline
                : Is(key, "verdict") ? ReferenceKind.Verdict
                : throw new UsageException($"{name}:{number}: unknown key '{key}' (expected city, quota, baseline or verdict)");
            var indicator = cells[0].Trim();
            var value = ObservationParser.Parse(cells[2].Trim(), indicator, "value");
            if (!value.IsSuccess)
            {
                throw new UsageException($"{name}:{number}: {value.Error}");
            }

            var source = cells.Length > 3 && !string.IsNullOrWhiteSpace(cells[3]) ? cells[3].Trim() : name;
            references.Add(new Reference(indicator, kind, value.Value, source));
        }

        return ReferenceSet.Empty.WithAll(references);
    }

    private static bool Is(string key, string name) => System.Text.Ascii.EqualsIgnoreCase(key, name);
}
