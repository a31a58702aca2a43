using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Plans;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Cli.Inputs;

/// <summary>
/// A <c>--references</c> TSV: <c>indicator, key, value[, source]</c> per line, key one of city, quota, baseline,
/// verdict, values written like actuals. An optional header line and <c>#</c> comments are skipped. A line that
/// cannot be read is a usage error naming the line, since a wrong city figure would silently change verdicts; for
/// the same reason a figure given twice, and a line that names no row of the plan, are warnings naming the line.
/// </summary>
internal sealed class ReferenceFile
{
    private readonly string _name;

    // Each figure's first line and its indicator as written, by its normalised name and kind (as ReferenceSet keys it),
    // and the names no row has named yet: kept small, since a references file can hold a line for each of 131,927 rows.
    private readonly Dictionary<(string Name, ReferenceKind Kind), (int Line, string Indicator)> _first;
    private readonly HashSet<string> _unnamed;

    private ReferenceFile(string name, ReferenceSet references, Dictionary<(string Name, ReferenceKind Kind), (int Line, string Indicator)> first)
    {
        _name = name;
        References = references;
        _first = first;
        _unnamed = new HashSet<string>(first.Keys.Select(k => k.Name), StringComparer.Ordinal);
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
        var again = new List<(int Line, string Text)>();
        var references = new List<Reference>();
        var first = new Dictionary<(string Name, ReferenceKind Kind), (int Line, string Indicator)>();
        var number = 0;
        string? lastSource = null;

        // A line that cannot be read refuses the file, but only once the whole file has been read: a file over the size
        // limit is refused for its size whatever its lines say.
        string? refusal = null;

        // Four cells at most are read; a line is split in place rather than into an array of strings.
        Span<Range> ranges = stackalloc Range[5];
        using var reader = PlanText.Open(InputStream.Open(path, "references file", limits), name, said.Add);
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.AsSpan().TrimStart('\uFEFF');
            if (refusal is not null || text.IsWhiteSpace() || text.StartsWith('#'))
            {
                continue;
            }

            var count = Math.Min(text.Split(ranges, '\t'), 4);
            var cells = ranges[..count];
            var indicator = text[cells[0]].Trim();
            var key = count > 1 ? text[cells[1]].Trim() : [];
            if (references.Count == 0 && indicator is "indicator" or "指标" && key is "key" or "类型")
            {
                continue;
            }

            var value = count > 2 ? text[cells[2]].Trim() : [];
            if (count < 3 || indicator.IsEmpty || value.IsEmpty)
            {
                refusal = $"{name}:{number}: expected indicator, key and value separated by tabs";
                continue;
            }

            ReferenceKind? kind = Is(key, "city") ? ReferenceKind.City
                : Is(key, "quota") ? ReferenceKind.Quota
                : Is(key, "baseline") ? ReferenceKind.Baseline
                : Is(key, "verdict") ? ReferenceKind.Verdict
                : null;
            if (kind is null)
            {
                refusal = $"{name}:{number}: unknown key '{key}' (expected city, quota, baseline or verdict)";
                continue;
            }

            var indicatorText = indicator.ToString();
            var read = ObservationParser.Parse(value.ToString(), indicatorText, "value");
            if (!read.IsSuccess)
            {
                refusal = $"{name}:{number}: {read.Error}";
                continue;
            }

            var normalized = Target.Normalize(indicatorText);
            if (!first.TryAdd((normalized, kind.Value), (number, indicatorText)))
            {
                again.Add((number, $"{name}:{number}: the {Word(kind.Value)} of '{indicatorText}' is given again (first at line {first[(normalized, kind.Value)].Line}); the last is used"));
            }

            // Most lines name the same source: they share one string.
            var source = count > 3 && text[cells[3]].Trim() is { IsEmpty: false } given ? given : name.AsSpan();
            lastSource = lastSource is not null && source.SequenceEqual(lastSource) ? lastSource : source.ToString();
            references.Add(new Reference(indicatorText, kind.Value, read.Value, lastSource));
        }

        if (refusal is not null)
        {
            throw new UsageException(refusal);
        }

        said.ForEach(warn);
        Warnings.Say(again, a => a.Text, warn, (more, last) => $"{name}: {more} more figures given again, the last at line {last.Line}; the last of each is used");
        return new ReferenceFile(name, ReferenceSet.Empty.WithAll(references), first);
    }

    /// <summary>
    /// The results unchanged, noting the names each row gives a reference to match: its indicator, its components'
    /// names (a slash row with fewer parts than components numbers them: 工业投资 [2]), and its slash parts as written
    /// when they are not the components' names (a row whose target could not be read has no components).
    /// </summary>
    public IEnumerable<RowResult> Watch(IEnumerable<RowResult> results)
    {
        foreach (var result in results)
        {
            // Once every line is matched, a large plan's rows cost nothing more here.
            if (_unnamed.Count > 0)
            {
                var indicator = result.Row.Indicator;
                var components = result.Attainment.Components;
                Named(indicator);
                foreach (var component in components)
                {
                    Named(component.Indicator);
                }

                if (indicator.AsSpan().IndexOfAny(IndicatorNames.Slashes) >= 0 && !IndicatorNames.HasParts(indicator, components.Length))
                {
                    foreach (var part in indicator.Split(IndicatorNames.Slashes))
                    {
                        Named(part);
                    }
                }
            }

            yield return result;
        }
    }

    /// <summary>
    /// Says to <paramref name="warn"/>, in the file's order, each figure whose indicator no row watched has named, by the
    /// line that first gives it (a line giving it again has had its own warning): the first <see cref="Warnings.Listed"/>,
    /// then how many more.
    /// </summary>
    public void WarnUnnamed(Action<string> warn)
    {
        var unnamed = _first.Where(f => _unnamed.Contains(f.Key.Name)).OrderBy(f => f.Value.Line).ToList();
        Warnings.Say(unnamed, f => $"{_name}:{f.Value.Line}: no row of the plan is named '{f.Value.Indicator}', nor a slash part of one; its {Word(f.Key.Kind)} is not used",
            warn, (more, last) => $"{_name}: {more} more lines name no row of the plan, the last at line {last.Value.Line}; their references are not used");
    }

    private void Named(string name) => _unnamed.Remove(Target.Normalize(name));

    private static string Word(ReferenceKind kind) => kind switch
    {
        ReferenceKind.City => "city figure",
        ReferenceKind.Quota => "quota",
        ReferenceKind.Baseline => "baseline",
        _ => "verdict",
    };

    private static bool Is(ReadOnlySpan<char> key, string name) => System.Text.Ascii.EqualsIgnoreCase(key, name);
}
