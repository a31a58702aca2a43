using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;

namespace TargetRules.Benchmarks;

/// <summary>
/// `-- explain N`: every generated row's state and reasons, with and without an interim period, so that a
/// change to how reasons are built can be diffed against the previous build.
/// </summary>
public static class ExplainRun
{
    public static int Run(int rows)
    {
        var plan = PlanGenerator.Generate(rows);
        foreach (var period in new[] { ReportingPeriod.Annual, ReportingPeriod.FromElapsed(0.5m) })
        {
            foreach (var row in plan.Rows)
            {
                var result = Evaluator.Default.Evaluate(row.Indicator, row.Target, row.Actual, plan.References, period);
                Console.WriteLine($"{row.Row}\t{period}\t{result.State}\t{result.Explanation.Chinese}\t{result.Explanation.English}");
                foreach (var component in result.Components)
                {
                    Console.WriteLine($"\t\t{component.State}\t{component.Explanation.Chinese}\t{component.Explanation.English}");
                }
            }
        }

        return 0;
    }
}
