using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Reporting;

namespace TargetRules.Benchmarks;

/// <summary>`-- stages [N]`: where the time of the TSV → JSON path goes, stage by stage, in ns per row.</summary>
public static class StagesRun
{
    public static int Run(int rows)
    {
        var plan = PlanGenerator.Generate(rows);
        var files = TsvPlan.WriteTemp(plan);
        try
        {
            PlanRow[] read = [];
            var readNs = Best(() => read = ReadAll(files), rows);
            RowResult[] judged = [];
            var judgeNs = Best(() => judged = [.. new PlanEvaluator().Evaluate(read.Where(r => r.Kind == RowKind.Indicator), plan.References),
                .. new PlanEvaluator().Evaluate(read.Where(r => r.Kind == RowKind.Project))], rows);
            var words = 0;
            var explainNs = Best(() => words = Explain(new PlanEvaluator(), read, plan.References), rows) - judgeNs;
            var writeNs = Best(() => JsonReport.Write(judged, Stream.Null), rows);
            var totalNs = Best(() => TsvPlan.EvaluateToJson(files, plan.References, Stream.Null), rows);
            Console.WriteLine($"read TSV {readNs:F0} ns/row; parse and judge {judgeNs:F0}; word the reasons {explainNs:F0} ({words:N0} chars); " +
                $"write JSON of judged rows {writeNs:F0}; whole path {totalNs:F0} ns/row");
        }
        finally
        {
            files.Delete();
        }

        return 0;
    }

    private static PlanRow[] ReadAll(PlanFiles files)
    {
        using var indicators = new StreamReader(files.Indicators);
        using var projects = new StreamReader(files.Projects);
        return [.. TsvPlan.Read(indicators, RowKind.Indicator), .. TsvPlan.Read(projects, RowKind.Project)];
    }

    private static int Explain(PlanEvaluator evaluator, PlanRow[] rows, IReferenceLookup references)
    {
        var chars = 0;
        foreach (var result in evaluator.Evaluate(rows, references))
        {
            chars += result.Attainment.Explanation.Chinese.Length;
            foreach (var component in result.Attainment.Components)
            {
                chars += component.Explanation.Chinese.Length;
            }
        }

        return chars;
    }

    private static double Best(Action action, int rows)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var start = CpuClock.Now();
            action();
            best = Math.Min(best, CpuClock.Now() - start);
        }

        return best / rows;
    }
}
