using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Benchmarks;

/// <summary>
/// `-- stages [N]`: where the time of the TSV → JSON path goes, stage by stage, per row. Judging and JSON writing
/// use every core, so each stage gives the CPU time of the whole process (all threads) and the wall time, best of 3;
/// the one-thread figures beside them show what the cores buy.
/// </summary>
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
            var judgeNs = Best(() => judged = Judge(new PlanEvaluator(), read, plan.References), rows);
            var judgeOneNs = Best(() => judged = Judge(new PlanEvaluator { Workers = 1 }, read, plan.References), rows);
            var words = 0;
            var explainNs = Best(() => words = Explain(new PlanEvaluator { Workers = 1 }, read, plan.References), rows).Cpu - judgeOneNs.Cpu;
            var writeNs = Best(() => JsonReport.Write(judged, Stream.Null), rows);
            var writeOneNs = Best(() => JsonReport.Write(judged, Stream.Null, Language.Chinese, indented: true, workers: 1), rows);
            var totalNs = Best(() => TsvPlan.EvaluateToJson(files, plan.References, Stream.Null), rows);
            Console.WriteLine($"ns per row, CPU of all threads / wall ({Environment.ProcessorCount} cores):");
            Console.WriteLine($"  read TSV {readNs}");
            Console.WriteLine($"  parse and judge {judgeNs} (one thread {judgeOneNs}); of which wording the reasons, one thread, {explainNs:F0} CPU ({words:N0} chars)");
            Console.WriteLine($"  write JSON of judged rows {writeNs} (one thread {writeOneNs})");
            Console.WriteLine($"  whole path {totalNs}");
        }
        finally
        {
            files.Delete();
        }

        return 0;
    }

    private static RowResult[] Judge(PlanEvaluator evaluator, PlanRow[] read, IReferenceLookup references) =>
        [.. evaluator.Evaluate(read.Where(r => r.Kind == RowKind.Indicator), references), .. evaluator.Evaluate(read.Where(r => r.Kind == RowKind.Project))];

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

    private static Time Best(Action action, int rows)
    {
        var (cpu, wall) = CpuClock.ProcessPerItem(action, rows, runs: 3);
        return new Time(cpu, wall);
    }

    private readonly record struct Time(double Cpu, double Wall)
    {
        public override string ToString() => $"{Cpu:F0} / {Wall:F0}";
    }
}
