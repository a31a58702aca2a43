using System.Diagnostics;
using System.Globalization;
using TargetRules.Benchmarks.Engines;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;

namespace TargetRules.Benchmarks;

/// <summary>
/// `-- perrow 1000 2000 4000`: NRules with one rule per plan row, at each size: how long compiling the rules takes
/// (thread CPU time; NRules compiles on the calling thread) and judging the rows once compiled. Each size is run
/// once after a small warm-up compile, so the figures are single measurements.
/// </summary>
public static class PerRowRun
{
    public static int Run(IEnumerable<int> sizes)
    {
        NRulesPerRowRunner.Compile(PlanGenerator.Generate(100), new AttainmentState[100]);
        foreach (var size in sizes)
        {
            var plan = PlanGenerator.Generate(size);
            var wall = Stopwatch.StartNew();
            var start = CpuClock.Now();
            var runner = new NRulesPerRowRunner(plan);
            var compileMs = (CpuClock.Now() - start) / 1e6;
            var wallMs = wall.Elapsed.TotalMilliseconds;
            runner.Run();
            start = CpuClock.Now();
            runner.Run();
            var judgeNs = (CpuClock.Now() - start) / size;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"per-row NRules: rules={size} compile_ms={compileMs:F0} (wall {wallMs:F0}) compile_us_per_rule={compileMs * 1e3 / size:F0} judge_ns={judgeNs:F0}"));
        }

        return 0;
    }
}
