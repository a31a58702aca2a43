using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Cli.Rendering;

/// <summary>Words of the reports in Chinese and English, and the colour of each state.</summary>
internal static class Labels
{
    public static string State(AttainmentState state, Language language) => language == Language.English ? state.ToString() : state.Chinese();

    /// <summary>Column headings: number, category, indicator, target, actual, state, explanation, chart.</summary>
    public static (string Id, string Category, string Indicator, string Project, string Target, string Actual, string State, string Explanation, string Chart) Headings(Language language) =>
        language == Language.English
            ? ("#", "Category", "Indicator", "Project", "Target", "Actual", "State", "Explanation", "Actual vs target")
            : ("序号", "类别", "指标", "项目", "目标", "完成情况", "判定", "说明", "完成 vs 目标");

    /// <summary>
    /// The plan's extra columns over every row, in the order first met: a ragged row's cell beyond the header
    /// (column9) gets a column of its own in a report that holds all its rows.
    /// </summary>
    public static string[] ExtraColumns(IEnumerable<RowResult> rows)
    {
        var names = new List<string>();
        foreach (var result in rows)
        {
            foreach (var (name, _) in result.Row.Extra)
            {
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return [.. names];
    }

    /// <summary>A colour per state, dark enough for white text and readable in greyscale print.</summary>
    public static string Colour(AttainmentState state) => state switch
    {
        AttainmentState.Met => "#2e7d32",
        AttainmentState.Missed => "#c62828",
        AttainmentState.PartiallyMet => "#e65100",
        AttainmentState.AwaitingCityFeedback => "#1565c0",
        AttainmentState.NotAssessed => "#616161",
        AttainmentState.NotReported => "#8d6e63",
        _ => "#6a1b9a",
    };

    /// <summary>The terminal colour of a state (Spectre markup).</summary>
    public static string TerminalColour(AttainmentState state) => state switch
    {
        AttainmentState.Met => "green",
        AttainmentState.Missed => "red",
        AttainmentState.PartiallyMet => "darkorange",
        AttainmentState.AwaitingCityFeedback => "deepskyblue1",
        AttainmentState.NotAssessed => "grey",
        AttainmentState.NotReported => "tan",
        _ => "magenta",
    };
}
