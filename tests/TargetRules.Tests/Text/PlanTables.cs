namespace TargetRules.Tests.Text;

/// <summary>Reads the Baoshan TSV tables from the repository's data folder, simply: '#' lines and the header skipped, split on tab.</summary>
internal static class PlanTables
{
    public static string DataFile(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TargetRules.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("TargetRules.sln not found above the test binaries."), "data", name);
    }

    /// <summary>The data rows as (id, indicator, target, actual), with the column holding the target found by header name.</summary>
    public static IReadOnlyList<(string Id, string Indicator, string Target, string Actual)> Rows(string name) =>
        [.. Records(File.ReadLines(DataFile(name))).Select(cell =>
            (cell("id"), cell("indicator") is { Length: > 0 } n ? n : cell("project"), cell("target_text"), cell("actual_text")))];

    /// <summary>
    /// The data rows of a TSV's lines, each as its cells looked up by header name ("" where missing), in order; '#' lines
    /// go to <paramref name="comment"/> as they are reached, blank lines are skipped.
    /// </summary>
    public static IEnumerable<Func<string, string>> Records(IEnumerable<string> lines, Action<string>? comment = null)
    {
        string[]? header = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('#'))
            {
                comment?.Invoke(line);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            var columns = header;
            yield return column => Array.IndexOf(columns, column) is var i and >= 0 && i < cells.Length ? cells[i] : "";
        }
    }
}
