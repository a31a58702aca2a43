using System.Globalization;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Benchmarks.Plans;

/// <summary>
/// The plan file as the end-to-end benchmark reads it: the generated TSV, one row per line after the comment
/// and the header. Kept minimal so the benchmark measures TargetRules, not the CLI's file formats.
/// </summary>
public static class TsvPlan
{
    public static IEnumerable<PlanRow> Read(TextReader reader, RowKind kind)
    {
        var header = true;
        var row = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split('\t');
            yield return new PlanRow(++row, cells[0], cells[1], cells[2], cells[3], cells.Length > 4 ? cells[4] : string.Empty, kind);
        }
    }

    /// <summary>Judges the plan's two tables and writes one JSON report; returns the summary.</summary>
    public static ReportSummary EvaluateToJson(PlanFiles files, IReferenceLookup? references, Stream output, Language language = Language.Chinese)
    {
        using var indicators = new StreamReader(files.Indicators);
        using var projects = new StreamReader(files.Projects);
        var evaluator = new PlanEvaluator();
        var rows = evaluator.Evaluate(Read(indicators, RowKind.Indicator), references).Concat(evaluator.Evaluate(Read(projects, RowKind.Project)));
        return JsonReport.Write(rows, output, language);
    }

    public static PlanFiles WriteTemp(GeneratedPlan plan)
    {
        var stem = Path.Combine(Path.GetTempPath(), $"targetrules-bench-{plan.Rows.Length.ToString(CultureInfo.InvariantCulture)}-{Environment.ProcessId}");
        var files = new PlanFiles(stem + "-indicators.tsv", stem + "-projects.tsv");
        using (var writer = new StreamWriter(files.Indicators))
        {
            plan.WriteTsv(writer, RowKind.Indicator);
        }

        using (var writer = new StreamWriter(files.Projects))
        {
            plan.WriteTsv(writer, RowKind.Project);
        }

        return files;
    }
}

/// <summary>The two tables of a generated plan on disk.</summary>
public sealed record PlanFiles(string Indicators, string Projects)
{
    public void Delete()
    {
        File.Delete(Indicators);
        File.Delete(Projects);
    }
}
