using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Benchmarks;

/// <summary>
/// `-- shapes`: TargetRules' evaluation cost per row shape, to see where the time goes: the plain evaluator
/// (state and reasons) and the compiled rule set (states only, as <see cref="RuleSet.EvaluateInOrder"/> gives them).
/// First the whole plan split: the rule set with and without loading the references, the hand-written loop, and
/// a loop that only reads each actual (what touching the rows in memory costs).
/// </summary>
public static class ShapesRun
{
    public static int Run()
    {
        var plan = PlanGenerator.Generate(100_000);
        Split(plan);
        var runner = new Engines.TargetRulesRunner(plan);
        var warm = new Attainment[runner.Count];
        for (var i = 0; i < 5; i++)
        {
            runner.Run(warm);
        }

        foreach (var group in plan.Rows.GroupBy(r => r.Shape).OrderBy(g => g.Key))
        {
            var rows = group.ToArray();
            var states = new AttainmentState[rows.Length];
            var example = Evaluator.Default.Evaluate(rows[0].Indicator, rows[0].Target, rows[0].Actual, plan.References);
            var best = double.MaxValue;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var run = 0; run < 6; run++)
            {
                var start = CpuClock.Now();
                for (var i = 0; i < rows.Length; i++)
                {
                    states[i] = Evaluator.Default.Evaluate(rows[i].Indicator, rows[i].Target, rows[i].Actual, plan.References).State;
                }

                best = Math.Min(best, (CpuClock.Now() - start) / rows.Length);
            }

            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 6 / rows.Length;
            var ruleSet = RuleSetPerRow(rows, plan.References);
            Console.WriteLine($"{group.Key,-20} {rows.Length,7} rows {best,8:F0} ns/row {bytes,5} B/row; rule set {ruleSet,6:F0} ns/row  e.g. {example.State}: {example.Explanation.Chinese}");
        }

        return 0;
    }

    private static void Split(GeneratedPlan plan)
    {
        var ruleSet = new Engines.RuleSetRunner(plan);
        var actuals = plan.Rows.Select(r => r.Actual).ToArray();
        var references = plan.References.All.ToArray();
        var flat = plan.Rows.Select(r => r.Flat).ToArray();
        var states = new AttainmentState[flat.Length];
        // Summed so that reading the actuals is not optimized away.
        var read = 0L;
        Console.WriteLine($"{actuals.Length:N0} rows, {references.Length:N0} references; ns per row, best of 10 in {(CpuClock.IsThreadTime ? "thread CPU" : "wall-clock")} time:");
        Console.WriteLine($"  rule set {Best(() => ruleSet.Rules.EvaluateInOrder(actuals, references), actuals.Length):F0}, " +
            $"without the references {Best(() => ruleSet.Rules.EvaluateInOrder(actuals), actuals.Length):F0}; " +
            $"hand-written {Best(() => Engines.HandWritten.Run(flat, states), actuals.Length):F0}; " +
            $"reading each actual's status, level and parts {Best(() => read += ReadAll(actuals), actuals.Length):F0}");
    }

    private static long ReadAll(Observation[] actuals)
    {
        var read = 0L;
        foreach (var actual in actuals)
        {
            read += (int)actual.Status + (actual.Level.HasValue ? 1 : 0) + actual.Components.Length + actual.Parts.Length;
        }

        return read;
    }

    private static double Best(Action action, int rows)
    {
        action();
        var best = double.MaxValue;
        for (var run = 0; run < 10; run++)
        {
            var start = CpuClock.Now();
            action();
            best = Math.Min(best, (CpuClock.Now() - start) / rows);
        }

        return best;
    }

    private static double RuleSetPerRow(GeneratedRow[] rows, ReferenceSet references)
    {
        var rules = RuleSet.Compile(rows.Select(r => new Rule(Engines.RuleSetRunner.Id(r), r.Indicator, r.Target)));
        var actuals = rows.Select(r => r.Actual).ToArray();
        // Only the group's own references, so that loading the others does not count against its rows.
        var indicators = rows.Select(r => Target.Normalize(r.Indicator)).ToHashSet();
        var all = references.All.Where(r => indicators.Contains(Target.Normalize(r.Indicator))).ToArray();
        return Best(() => rules.EvaluateInOrder(actuals, all), rows.Length);
    }
}
