using CsCheck;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Targets;

namespace TargetRules.Tests.Robustness;

/// <summary>One evaluator, plan evaluator or compiled rule set shared by 8 threads gives, row for row, what a sequential run gives.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;

    [Fact]
    public void Evaluate_SharedEvaluatorFromEightThreads_SameAsSequential()
    {
        var cases = Gen.Select(RandomFacts.Targets, RandomFacts.Observations, RandomFacts.References, RandomFacts.Periods).Array[3_000].Single();
        var evaluator = new Evaluator();
        string Run((Target Target, Observation Actual, ReferenceSet References, ReportingPeriod Period) c) =>
            Describe(evaluator.Evaluate(RandomFacts.Indicator, c.Target, c.Actual, c.References, c.Period));
        var sequential = cases.Select(Run).ToArray();

        // Each thread walks the cases from its own offset, so different threads judge different rows at once.
        var results = OnThreads(thread => Enumerable.Range(0, cases.Length)
            .Select(i => (i + thread * cases.Length / Threads) % cases.Length)
            .ToDictionary(i => i, i => Run(cases[i])));

        foreach (var result in results)
        {
            result.Count.ShouldBe(cases.Length);
            foreach (var (index, described) in result)
            {
                described.ShouldBe(sequential[index]);
            }
        }
    }

    [Theory]
    [InlineData("baoshan-2022-indicators.tsv")]
    [InlineData("baoshan-2023-indicators.tsv")]
    public void PlanEvaluatorEvaluate_SharedFromEightThreads_SameAsSequential(string file)
    {
        var rows = Text.PlanTables.Rows(file).Select((r, i) => new PlanRow(i + 1, r.Id, "", r.Indicator, r.Target, r.Actual)).ToArray();
        var references = ReferenceSet.Empty
            .With(new Reference("地区生产总值", ReferenceKind.City, Observation.OfComparableGrowth(-4.2m)))
            .With(new Reference("一般公共预算收入", ReferenceKind.City, Observation.OfGrowth(-2.1m)));
        var plans = new PlanEvaluator();
        string[] Run() => plans.Evaluate(rows, references).Select(r => $"{r.Row.Row} {Describe(r.Attainment)} {string.Join("|", r.Diagnostics)}").ToArray();
        var sequential = Run();

        var results = OnThreads(_ => Enumerable.Range(0, 20).Select(_ => Run()).ToArray());

        sequential.Length.ShouldBe(rows.Length);
        foreach (var run in results.SelectMany(r => r))
        {
            run.ShouldBe(sequential);
        }
    }

    [Fact]
    public void RuleSetEvaluate_SharedFromEightThreads_SameAsSequential()
    {
        var targets = RandomFacts.Targets.Array[500].Single();
        var rules = RuleSet.Compile(targets.Select((t, i) => new Rule($"r{i}", $"指标{i}", t)));
        var inputs = Gen.Select(RandomFacts.Observations.Array[targets.Length], RandomFacts.References).Array[16].Single()
            .Select(x => (Actuals: x.Item1.Select((o, i) => KeyValuePair.Create($"r{i}", o)).ToArray(), References: x.Item2.All.ToArray()))
            .ToArray();
        string[] Run(int input) => [.. rules.Evaluate(inputs[input].Actuals, inputs[input].References).Select(Describe)];
        var sequential = Enumerable.Range(0, inputs.Length).Select(Run).ToArray();

        var results = OnThreads(thread => Enumerable.Range(0, inputs.Length).Select(i => (i + 2 * thread) % inputs.Length).Select(i => (i, Run(i))).ToArray());

        foreach (var (input, run) in results.SelectMany(r => r))
        {
            run.ShouldBe(sequential[input]);
        }
    }

    private static string Describe(Attainment a) =>
        $"{a.State} {a.Explanation.Chinese} {a.Explanation.English} {a.Provisional} {a.Expected} [{string.Join("; ", a.Components.Select(Describe))}]";

    /// <summary>Runs <paramref name="work"/> on 8 dedicated threads released together.</summary>
    private static T[] OnThreads<T>(Func<int, T> work)
    {
        var results = new T[Threads];
        var errors = new Exception?[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                results[t] = work(t);
            }
            catch (Exception e)
            {
                errors[t] = e;
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join(TimeSpan.FromMinutes(2)).ShouldBeTrue("a thread did not finish");
        }

        errors.ShouldAllBe(e => e == null);
        return results;
    }
}
