using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using TargetRules.Benchmarks.Engines;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;

namespace TargetRules.Benchmarks;

/// <summary>
/// The quick mode of DESIGN.md: Stopwatch timings with warm-up on a generated plan, well under a minute on
/// two cores, ending with the one-line summary. BenchmarkDotNet runs give the careful figures.
/// </summary>
public static class QuickRun
{
    private const int Indicators = 100_000;

    // The per-row NRules peer compiles in time that grows with the square of its rules: it runs on small plans.
    private const int PerRowRows = 1_000;

    // The small plan fits in the cache: judged again and again, it shows the work itself rather than the memory traffic.
    private const int SmallRows = 1_000;
    private const int SmallRepeats = 200;
    private const int MinRounds = 9;
    private const int MaxRounds = 41;
    private const int MinWarmUpCalls = 40;
    private const int MaxRuns = 50;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    /// <summary>Runs the measurements on the plan of <c>args[0]</c> rows (100,000 without), writing to <paramref name="output"/>; the summary line last.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        var total = Stopwatch.StartNew();
        var rows = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : Indicators;
        var plan = PlanGenerator.Generate(rows);
        var flat = plan.Rows.Select(r => r.Flat).ToArray();
        output.WriteLine($"generated {rows:N0} rows in {total.Elapsed.TotalSeconds:F1} s");

        var targetRules = new TargetRulesRunner(plan);
        var compiled = new RuleSetRunner(plan);
        var compileNs = PerItem(() => RuleSetRunner.Compile(plan), rows, runs: 2);
        var attainments = compiled.Evaluate();
        var byIdNs = PerItem(() => compiled.EvaluateById(), rows);
        var states = new AttainmentState[rows];
        var evaluatorNs = PerItem(() => targetRules.Run(states), rows);

        var small = PlanGenerator.Generate(SmallRows);
        var smallCompiled = new RuleSetRunner(small);
        var smallFlat = small.Rows.Select(r => r.Flat).ToArray();
        var smallStates = new AttainmentState[SmallRows];
        var rulesEngine = new RulesEngineRunner();

        // On the same rows as the others: RulesEngine, warmed as they are, judges 100,000 rows in well under a second.
        var medians = Interleaved(
            (() => attainments = compiled.Evaluate(), rows),
            (() => HandWritten.Run(flat, states), rows),
            (() => rulesEngine.Run(flat, states, rows), rows),
            (Repeat(() => smallCompiled.Evaluate(), SmallRepeats), SmallRows * SmallRepeats),
            (Repeat(() => HandWritten.Run(smallFlat, smallStates), SmallRepeats), SmallRows * SmallRepeats));
        var (targetRulesNs, handNs, rulesEngineNs, smallNs, smallHandNs) = (medians[0], medians[1], medians[2], medians[3], medians[4]);

        var parsed = 0;
        var parseNs = PerItem(() => parsed = ParseAll(plan.Rows), rows);

        var files = TsvPlan.WriteTemp(plan);
        TargetRules.Plans.ReportSummary? report = null;
        // The evaluate path judges and formats rows on worker threads: the whole process's CPU time, and the wall time.
        var (endToEndCpuNs, endToEndWallNs) = CpuClock.ProcessPerItem(() => report = TsvPlan.EvaluateToJson(files, plan.References, Stream.Null), rows, runs: 2);
        files.Delete();

        // The bridge's late figures: the same figures, reaching the same rows, at every plan size.
        var incremental = new IncrementalScenario(plan, NRulesBridgeRunner.LateFigures);
        var incrementalNs = PerItem(() => incremental.Run(), incremental.Dependents, runs: 5, before: incremental.Reset);

        var bridge = new NRulesBridgeRunner(plan);
        var nrulesNs = PerItemOnce(() => bridge.Judge(), rows);
        var nrulesMissed = bridge.Missed;
        var nrulesLateNs = PerItem(bridge.Arrive, bridge.Late, runs: 3, before: bridge.Withdraw);

        // A small set compiled untimed first, so the timed compile does not pay for loading and jitting the compiler;
        // compiling more sizes (it grows with the square of the rules) is `-- perrow`.
        NRulesPerRowRunner.Compile(PlanGenerator.Generate(100), new AttainmentState[100]);
        var perRowPlan = PlanGenerator.Generate(PerRowRows);
        NRulesPerRowRunner? perRow = null;
        var perRowCompileMs = PerItemOnce(() => perRow = new NRulesPerRowRunner(perRowPlan), 1, warm: false) / 1e6;
        var perRowNs = PerItem(perRow!.Run, PerRowRows, runs: 3);

        var summary = new TargetRules.Plans.ReportSummary();
        foreach (var state in attainments.States)
        {
            summary.Add(state);
        }

        output.WriteLine($"states: {summary}");
        output.WriteLine($"RuleSet.Compile {compileNs:F0} ns/rule; RuleSet.EvaluateInOrder {targetRulesNs:F0} ns/indicator (RuleSet.Evaluate by id {byIdNs:F0}); " +
            $"Evaluator.Evaluate keeping only the state {evaluatorNs:F0} ns/indicator");
        output.WriteLine($"TSV -> JSON end to end: {endToEndCpuNs:F0} ns/row of CPU (all threads), {endToEndWallNs:F0} ns/row of wall time ({report})");
        output.WriteLine($"parsed {parsed:N0} of {2 * rows:N0} phrases; {1e9 / (parseNs / 2):N0} phrases/s on one core");
        output.WriteLine($"ratios: rulesengine/targetrules {rulesEngineNs / targetRulesNs:F0}x, targetrules/handwritten {targetRulesNs / handNs:F1}x " +
            $"({rows:N0} rows), {smallNs / smallHandNs:F1}x ({SmallRows:N0} rows, in the cache); medians of interleaved rounds");
        output.WriteLine($"NRules bridge: {nrulesNs:F0} ns/row judging the plan in a new session (the host rule noted {nrulesMissed:N0} missed rows); " +
            $"one late city figure {nrulesLateNs:F0} ns ({bridge.Late} figures, insert and fire each)");
        output.WriteLine($"per-row NRules rules: compiling {PerRowRows:N0} rules {perRowCompileMs:F0} ms; judging their rows {perRowNs:F0} ns/row");
        output.WriteLine($"elapsed {total.Elapsed.TotalSeconds:F1} s; timings are {(CpuClock.IsThreadTime ? "thread CPU time" : "wall-clock time")}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"quick: indicators={rows} targetrules_ns={targetRulesNs:F0} rulesengine_ns={rulesEngineNs:F0} handwritten_ns={handNs:F0} parse_ns={parseNs:F0} incremental_ns={incrementalNs:F0} nrules_ns={nrulesNs:F0} nrules_late_ns={nrulesLateNs:F0} targetrules_small_ns={smallNs:F0} handwritten_small_ns={smallHandNs:F0}"));
        return 0;
    }

    private static int ParseAll(ImmutableArray<GeneratedRow> rows)
    {
        var ok = 0;
        foreach (var row in rows)
        {
            var (target, actual) = row.Parse();
            ok += (target.IsSuccess ? 1 : 0) + (actual.IsSuccess ? 1 : 0);
        }

        return ok;
    }

    private static Action Repeat(Action action, int times) => () =>
    {
        for (var i = 0; i < times; i++)
        {
            action();
        }
    };

    // Engines compared with one another are timed in rounds, each round running every one of them once in turn, and
    // each gets the median of its rounds: a disturbance of the shared machine then falls on all of them alike, and one
    // lucky run does not decide a ratio (the best of separate runs did).
    private static double[] Interleaved(params (Action Action, int Items)[] measured)
    {
        foreach (var (action, _) in measured)
        {
            WarmUpRuns(action);
        }

        var rounds = measured.Select(_ => new List<double>()).ToArray();
        var budget = Stopwatch.StartNew();
        for (var round = 0; round < MaxRounds && (round < MinRounds || budget.Elapsed < Budget); round++)
        {
            for (var i = 0; i < measured.Length; i++)
            {
                var start = CpuClock.Now();
                measured[i].Action();
                rounds[i].Add((CpuClock.Now() - start) / Math.Max(1, measured[i].Items));
            }
        }

        return [.. rounds.Select(Median)];
    }

    internal static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    // For a call of seconds: one call to warm up (unless the caller has), then one timed.
    private static double PerItemOnce(Action action, int items, bool warm = true)
    {
        if (warm)
        {
            action();
        }

        var start = CpuClock.Now();
        action();
        return (CpuClock.Now() - start) / Math.Max(1, items);
    }

    // Warm-up runs for half a second and at least MinWarmUpCalls times, so that what is timed is the optimized code and
    // not the first tiers: the runtime promotes a method to its final tier only after it has been called 30 times, and a
    // 100,000-row loop called a few times within half a second still runs its first, instrumented code (about twice as
    // slow).
    internal static void WarmUpRuns(Action action, Action? before = null)
    {
        var warm = Stopwatch.StartNew();
        for (var calls = 0; warm.Elapsed < WarmUp || (calls < MinWarmUpCalls && warm.Elapsed < Budget); calls++)
        {
            before?.Invoke();
            action();
        }
    }

    // After the warm-up, the best of a few in thread CPU time (on a shared machine the least disturbed): at least `runs`,
    // more while a second has not passed, stopping early once a measurement has used its share of the minute.
    private static double PerItem(Action action, int items, int runs = 5, Action? before = null)
    {
        WarmUpRuns(action, before);
        var budget = Stopwatch.StartNew();
        var best = double.MaxValue;
        for (var i = 0; i < MaxRuns && (i == 0 || budget.Elapsed < (i < runs ? Budget : Settle)); i++)
        {
            before?.Invoke();
            var start = CpuClock.Now();
            action();
            best = Math.Min(best, CpuClock.Now() - start);
        }

        return best / Math.Max(1, items);
    }
}
