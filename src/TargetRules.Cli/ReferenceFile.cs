using TargetRules.Cli.Plans;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Plans;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Cli;

/// <summary>
/// A <c>--references</c> TSV: <c>indicator, key, value[, source]</c> per line, key one of city, quota, baseline,
/// verdict, values written like actuals. An optional header line and <c>#</c> comments are skipped. A line that
/// cannot be read is a usage error naming the line, since a wrong city figure would silently change verdicts; for
/// the same reason a figure given twice, and a line that names no row of the plan, are warnings naming the line.
/// </summary>
internal sealed class ReferenceFile
{
    private readonly string _name;

    // The lines of each indicator no row has named yet, by its normalised name (as ReferenceSet looks it up).
    private readonly Dictionary<string, List<(int Line, string Indicator, ReferenceKind Kind)>> _unnamed;

    private ReferenceFile(string name, ReferenceSet references, Dictionary<string, List<(int, string, ReferenceKind)>> unnamed)
    {
        _name = name;
        References = references;
        _unnamed = unnamed;
    }

    /// <summary>The references, a figure given twice by its last line.</summary>
    public ReferenceSet References { get; }

    /// <summary>
    /// Reads the file. Its encoding when not UTF-8 (a GBK file read as GB18030, as for plans) and each figure given again
    /// go to <paramref name="warn"/> once the whole file has been read: a file refused is one line, the refusal.
    /// </summary>
    public static ReferenceFile Read(string path, InputLimits limits, Action<string> warn)
    {
        var name = Path.GetFileName(path);
        var said = new List<string>();
        var lines = new List<string>();
        using (var reader = PlanText.Open(InputStream.Open(path, "references file", limits), name, said.Add))
        {
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }

        var references = new List<Reference>();
        var first = new Dictionary<(string, ReferenceKind), int>();
        var unnamed = new Dictionary<string, List<(int, string, ReferenceKind)>>(StringComparer.Ordinal);
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

            var normalized = Target.Normalize(indicator);
            if (!first.TryAdd((normalized, kind), number))
            {
                said.Add($"{name}:{number}: the {Word(kind)} of '{indicator}' is given again (first at line {first[(normalized, kind)]}); the last is used");
            }

            var source = cells.Length > 3 && !string.IsNullOrWhiteSpace(cells[3]) ? cells[3].Trim() : name;
            references.Add(new Reference(indicator, kind, value.Value, source));
            if (!unnamed.TryGetValue(normalized, out var named))
            {
                unnamed.Add(normalized, named = []);
            }

            named.Add((number, indicator, kind));
        }

        said.ForEach(warn);
        return new ReferenceFile(name, ReferenceSet.Empty.WithAll(references), unnamed);
    }

    /// <summary>
    /// The results unchanged, noting the names each row gives a reference to match: its indicator, its slash parts,
    /// and its components' names (a slash row with fewer parts than components numbers them: 工业投资 [2]).
    /// </summary>
    public IEnumerable<RowResult> Watch(IEnumerable<RowResult> results)
    {
        foreach (var result in results)
        {
            // Once every line is matched, a large plan's rows cost nothing more here.
            if (_unnamed.Count > 0)
            {
                var indicator = result.Row.Indicator;
                Named(indicator);
                if (indicator.AsSpan().IndexOfAny(IndicatorNames.Slashes) >= 0)
                {
                    foreach (var part in indicator.Split(IndicatorNames.Slashes))
                    {
                        Named(part);
                    }
                }

                foreach (var component in result.Attainment.Components)
                {
                    Named(component.Indicator);
                }
            }

            yield return result;
        }
    }

    /// <summary>Says to <paramref name="warn"/>, in the file's order, each line whose indicator no row watched has named.</summary>
    public void WarnUnnamed(Action<string> warn)
    {
        foreach (var (line, indicator, kind) in _unnamed.Values.SelectMany(lines => lines).OrderBy(l => l.Line))
        {
            warn($"{_name}:{line}: no row of the plan is named '{indicator}', nor a slash part of one; its {Word(kind)} is not used");
        }
    }

    private void Named(string name) => _unnamed.Remove(Target.Normalize(name));

    private static string Word(ReferenceKind kind) => kind switch
    {
        ReferenceKind.City => "city figure",
        ReferenceKind.Quota => "quota",
        ReferenceKind.Baseline => "baseline",
        _ => "verdict",
    };

    private static bool Is(string key, string name) => System.Text.Ascii.EqualsIgnoreCase(key, name);
}
