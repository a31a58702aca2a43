using System.Collections.Immutable;
using System.Text;
using TargetRules.Plans;

namespace TargetRules.Cli.Inputs;

/// <summary>
/// Where the columns of a plan table are, found from its header by their English or Chinese names.
/// The indicator and target columns are required; id, category and actual_text may be absent (a plan
/// of targets only); every other column is kept as an extra.
/// </summary>
internal sealed class Columns
{
    private static readonly Dictionary<string, string> Aliases = Build(
        ("id", ["id", "序号", "编号"]),
        ("category", ["category", "类别", "分类"]),
        ("indicator", ["indicator", "指标", "指标内容", "指标名称"]),
        ("project", ["project", "项目", "项目名称"]),
        ("target_text", ["target_text", "target", "预期目标", "年度目标", "目标", "计划目标"]),
        ("actual_text", ["actual_text", "actual", "完成情况", "全年完成情况", "上半年完成", "上半年完成情况", "前三季度完成情况"]));

    private readonly int _id = -1, _category = -1, _indicator = -1, _target = -1, _actual = -1;
    private readonly ImmutableArray<(int Index, string Name)> _extra;

    // The columns the judgement reads, in header order: a row without a cell for one of them is not judged.
    private readonly ImmutableArray<(int Index, string Name)> _judged;

    private Columns(IReadOnlyList<string> header, string source)
    {
        var extra = ImmutableArray.CreateBuilder<(int, string)>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            switch (Aliases.GetValueOrDefault(Key(name)))
            {
                case "id" when _id < 0: _id = i; break;
                case "category" when _category < 0: _category = i; break;
                case "indicator" when _indicator < 0: _indicator = i; break;
                case "project" when _indicator < 0: _indicator = i; Kind = RowKind.Project; break;
                case "target_text" when _target < 0: _target = i; break;
                case "actual_text" when _actual < 0: _actual = i; break;
                default:
                    extra.Add((i, ExtraName(name, i)));
                    break;
            }
        }

        _extra = extra.ToImmutable();
        var missing = new List<string>();
        if (_indicator < 0)
        {
            missing.Add("indicator (or project, 指标内容, 项目名称) column");
        }

        if (_target < 0)
        {
            missing.Add("target_text (or 预期目标, 年度目标, 目标) column");
        }

        if (missing.Count > 0)
        {
            throw new UsageException($"{source}: the header has no {string.Join(" and no ", missing)} (found: {string.Join(", ", header.Select(h => h.Trim()))})");
        }

        Width = header.Count;
        _judged = [.. new[] { (_indicator, Kind == RowKind.Project ? "project" : "indicator"), (_target, "target_text"), (_actual, "actual_text") }
            .Where(c => c.Item1 >= 0).OrderBy(c => c.Item1)];
    }

    /// <summary>Whether the rows are indicators or projects (a project column).</summary>
    public RowKind Kind { get; } = RowKind.Indicator;

    /// <summary>How many columns the header names.</summary>
    public int Width { get; }

    /// <summary>Maps <paramref name="header"/>, or throws a <see cref="UsageException"/> naming the missing columns.</summary>
    public static Columns From(IReadOnlyList<string> header, string source) => new(header, source);

    /// <summary>
    /// Makes the row numbered <paramref name="row"/> from its cells. A cell past the end of <paramref name="cells"/>,
    /// or null, is absent: it reads as empty, and when the judgement reads it the row names it in
    /// <see cref="PlanRow.MissingColumns"/>.
    /// </summary>
    public PlanRow Row(int row, IReadOnlyList<string?> cells)
    {
        var plain = new PlanRow(row, Cell(cells, _id), Cell(cells, _category), Cell(cells, _indicator), Cell(cells, _target), Cell(cells, _actual), Kind)
        {
            MissingColumns = Missing(cells),
        };
        if (_extra.IsEmpty && cells.Count <= Width)
        {
            // Most tables have no extra column: no builder per row.
            return plain;
        }

        var extra = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>(_extra.Length);
        foreach (var (index, name) in _extra)
        {
            extra.Add(new(name, Cell(cells, index)));
        }

        // Cells beyond the header are kept too, so nothing typed into the table is lost.
        for (var i = Width; i < cells.Count; i++)
        {
            if (!string.IsNullOrEmpty(cells[i]))
            {
                extra.Add(new($"column{i + 1}", cells[i]!));
            }
        }

        return plain with { Extra = extra.DrainToImmutable() };
    }

    private ImmutableArray<string> Missing(IReadOnlyList<string?> cells)
    {
        var missing = ImmutableArray<string>.Empty;
        foreach (var (index, name) in _judged)
        {
            if (index >= cells.Count || cells[index] is null)
            {
                missing = missing.Add(name);
            }
        }

        return missing;
    }

    /// <summary>
    /// An extra column's name as reports write it. A name the JSON row already uses (a second target column,
    /// or the state column of an English report read back) gets an _input suffix so the row has no duplicate key.
    /// </summary>
    private static string ExtraName(string name, int index) =>
        name.Length == 0 ? $"column{index + 1}"
        : Reserved.Contains(name) ? name + "_input"
        : name;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "row", "id", "category", "indicator", "target", "actual", "state", "explanation", "components", "diagnostics",
    };

    private static string Cell(IReadOnlyList<string?> cells, int index) =>
        index >= 0 && index < cells.Count ? cells[index] ?? string.Empty : string.Empty;

    /// <summary>Header names compare without case, spaces, underscores or hyphens, and full-width forms read as ASCII.</summary>
    private static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (c is not (' ' or '_' or '-' or '\u3000'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static Dictionary<string, string> Build(params (string Column, string[] Names)[] columns)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, names) in columns)
        {
            foreach (var name in names)
            {
                map[Key(name)] = column;
            }
        }

        return map;
    }
}
