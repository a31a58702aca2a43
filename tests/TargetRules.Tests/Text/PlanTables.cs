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
    public static IReadOnlyList<(string Id, string Indicator, string Target, string Actual)> Rows(string name)
    {
        var rows = new List<(string, string, string, string)>();
        string[]? header = null;
        foreach (var line in File.ReadLines(DataFile(name)))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            string Cell(string column) => Array.IndexOf(header, column) is var i and >= 0 && i < cells.Length ? cells[i] : "";
            rows.Add((Cell("id"), Cell("indicator") is { Length: > 0 } n ? n : Cell("project"), Cell("target_text"), Cell("actual_text")));
        }

        return rows;
    }
}
