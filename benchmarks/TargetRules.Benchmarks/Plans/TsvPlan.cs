using System.Globalization;
using TargetRules.Evaluation;
using TargetRules.Reporting;

namespace TargetRules.Benchmarks.Plans;

/// <summary>
/// The plan file as the end-to-end benchmark reads it: the generated TSV, one row per line after the comment
/// and the header. Kept minimal so the benchmark measures TargetRules, not the CLI's file formats.
/// </summary>
public static class TsvPlan
{
    public static IEnumerable<PlanRow> Read(TextReader reader)
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
            yield return new PlanRow(++row, cells[0], cells[1], cells[2], cells[3], cells.Length > 4 ? cells[4] : string.Empty);
        }
    }

    /// <summary>Judges the plan in <paramref name="tsv"/> and writes the JSON report; returns the summary.</summary>
    public static ReportSummary EvaluateToJson(string tsv, IReferenceLookup? references, Stream output, string language = "zh")
    {
        using var reader = new StreamReader(tsv);
        return JsonReport.Write(new PlanEvaluator().Evaluate(Read(reader), references), output, language);
    }

    public static string WriteTemp(GeneratedPlan plan)
    {
        var path = Path.Combine(Path.GetTempPath(), $"targetrules-bench-{plan.Rows.Length.ToString(CultureInfo.InvariantCulture)}-{Environment.ProcessId}.tsv");
        using var writer = new StreamWriter(path);
        plan.WriteTsv(writer);
        return path;
    }
}
