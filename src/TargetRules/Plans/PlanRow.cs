using System.Collections.Immutable;

namespace TargetRules.Plans;

/// <summary>What a plan row describes.</summary>
public enum RowKind
{
    /// <summary>An indicator with a numeric or qualitative target (Tables 1 and 3).</summary>
    Indicator,
    /// <summary>A major project with a milestone target (Tables 2 and 4).</summary>
    Project,
}

/// <summary>One row of a plan table as read from a file, before any parsing of its phrases.</summary>
public sealed record PlanRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="row">The 1-based position of the row among the data rows of its table.</param>
    /// <param name="id">The row's id (序号).</param>
    /// <param name="category">The row's category (类别).</param>
    /// <param name="indicator">The indicator or project name (指标内容, 项目名称).</param>
    /// <param name="targetText">The target as written (预期目标).</param>
    /// <param name="actualText">The actual as written (完成情况); empty when none.</param>
    /// <param name="kind">Whether the row is an indicator or a project.</param>
    public PlanRow(int row, string id, string category, string indicator, string targetText, string actualText, RowKind kind = RowKind.Indicator)
    {
        Row = row;
        Id = id ?? string.Empty;
        Category = category ?? string.Empty;
        Indicator = indicator ?? string.Empty;
        TargetText = targetText ?? string.Empty;
        ActualText = actualText ?? string.Empty;
        Kind = kind;
    }

    /// <summary>The 1-based position among the data rows.</summary>
    public int Row { get; }

    /// <summary>The row's id (序号).</summary>
    public string Id { get; }

    /// <summary>The row's category (类别).</summary>
    public string Category { get; }

    /// <summary>The indicator or project name.</summary>
    public string Indicator { get; }

    /// <summary>The target as written.</summary>
    public string TargetText { get; }

    /// <summary>The actual as written.</summary>
    public string ActualText { get; }

    /// <summary>Whether the row is an indicator or a project.</summary>
    public RowKind Kind { get; }

    /// <summary>Columns beyond the required ones (investment_yi_yuan …), kept in the order read.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Extra { get; init; } = [];

    /// <summary>The value of the extra column <paramref name="column"/>, or empty when this row has none.</summary>
    internal string ExtraValue(string column)
    {
        foreach (var (key, value) in Extra)
        {
            if (key == column)
            {
                return value;
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// The columns the judgement reads (indicator or project, target_text, actual_text) that the table has but this
    /// row has no cell for: a line cut short in a delimited file, a key left out of a JSON or YAML row. Such a row is
    /// judged <see cref="Evaluation.AttainmentState.Undetermined"/> with a diagnostic naming them, because an absent
    /// cell is not an empty one (an empty actual means nothing was reported). Empty when the row is whole.
    /// </summary>
    public ImmutableArray<string> MissingColumns { get; init; } = [];
}
