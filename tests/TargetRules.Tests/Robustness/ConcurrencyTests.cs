using CsCheck;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Targets;
using TargetRules.Tests.Evaluation;

namespace TargetRules.Tests.Robustness;

/// <summary>
/// One evaluator, plan evaluator or compiled rule set shared by 8 threads gives, row for row, what a sequential run gives;
/// so does a session handed between a writer and seven readers one thread at a time, as its contract allows.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;

    // Each of the 8 threads evaluates every case: 80,000 evaluations against one sequential run of the 10,000.
    [Fact]
    public void Evaluate_SharedEvaluatorFromEightThreads_SameAsSequential()
    {
        var cases = Gen.Select(RandomFacts.Targets, RandomFacts.Observations, RandomFacts.References, RandomFacts.Periods).Array[10_000].Single();
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

    /// <summary>
    /// EvaluationSession is not thread-safe ("call it from one thread at a time"), so seven readers and a writer cannot
    /// share one without a lock: the writer's facts live in arrays and a dictionary it changes in place, and a reader
    /// building an attainment while they change could keep one judged on half the facts. What the contract allows is
    /// a session used from several threads in turn, and what it promises then is tested here: every read gives the
    /// attainment a sequential run gives after the same facts, and an attainment once read stays that value (its
    /// reasons, worded when first read and here read outside the lock, are "the same whenever read") while the writer
    /// moves on. The writer observes actuals and inserts, revises and retracts references; before each step it waits
    /// until the readers have read seven times, and they wait for the step, so every step is read.
    /// </summary>
    [Fact]
    public void Session_OneWriterSevenReadersTakingTurns_EveryReadIsTheSequentialResultAtItsStep()
    {
        var (rules, steps) = (BaoshanRules, Script(BaoshanRules, 1_000));
        var expected = Sequential(rules, steps);
        var shared = Reported(rules);
        var gate = new object();

        // The steps taken, and how many reads the writer still waits for before the next: the writer and the readers
        // wait in turn (Monitor.Wait) rather than spin, so the readers do not crowd the writer out of the lock.
        var (done, pending) = (0, Threads - 1);
        var results = OnThreads(thread =>
        {
            var checkedReads = new List<(int Step, int Row, bool Same)>();
            if (thread == 0)
            {
                lock (gate)
                {
                    for (var i = 0; ; i++)
                    {
                        while (pending > 0)
                        {
                            Monitor.Wait(gate);
                        }

                        if (i == steps.Length)
                        {
                            return checkedReads;
                        }

                        steps[i](shared);
                        (done, pending) = (i + 1, Threads - 1);
                        Monitor.PulseAll(gate);
                    }
                }
            }

            var random = new Random(thread);
            for (var finished = false; !finished;)
            {
                int step, row = random.Next(rules.Count);
                Attainment attainment;
                lock (gate)
                {
                    while (pending <= 0 && done < steps.Length)
                    {
                        Monitor.Wait(gate);
                    }

                    (step, finished) = (done, done == steps.Length);
                    attainment = shared.Results[row];
                    if (--pending == 0)
                    {
                        Monitor.PulseAll(gate);
                    }
                }

                checkedReads.Add((step, row, Describe(attainment) == expected[step][row]));
            }

            return checkedReads;
        });

        var all = results.SelectMany(r => r).ToList();
        all.Where(r => !r.Same).Take(5).ShouldBeEmpty();
        all.Select(r => r.Step).Distinct().Count().ShouldBe(steps.Length + 1);
        shared.Results.Select(Describe).ShouldBe(expected[^1]);
    }

    // What the contract recommends: one session per thread over a shared rule set, each given the same facts.
    [Fact]
    public void Session_OnePerThreadOverASharedRuleSet_EveryStepSameAsSequential()
    {
        var (rules, steps) = (BaoshanRules, Script(BaoshanRules, 1_000));
        var expected = Sequential(rules, steps);

        var results = OnThreads(_ =>
        {
            var session = Reported(rules);
            var differing = new List<(int Step, int Row)>();
            for (var i = 0; i < steps.Length; i++)
            {
                steps[i](session);
                for (var row = 0; row < rules.Count; row++)
                {
                    if (Describe(session.Results[row]) != expected[i + 1][row])
                    {
                        differing.Add((i + 1, row));
                    }
                }
            }

            return differing;
        });

        results.ShouldAllBe(differing => differing.Count == 0);
    }

    private static RuleSet BaoshanRules { get; } = RuleSet.Compile(BaoshanTable.Rules());

    /// <summary>Every rule's attainment, described, after each of <paramref name="steps"/> (index 0: before the first) in one session.</summary>
    private static string[][] Sequential(RuleSet rules, Action<EvaluationSession>[] steps)
    {
        var session = Reported(rules);
        var expected = new string[steps.Length + 1][];
        var read = session.Results.ToArray();
        expected[0] = [.. read.Select(Describe)];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i](session);

            // A rule not judged again keeps its attainment object: only the others are described again.
            var now = session.Results.ToArray();
            expected[i + 1] = [.. now.Select((a, row) => ReferenceEquals(a, read[row]) ? expected[i][row] : Describe(a))];
            read = now;
        }

        return expected;
    }

    private static EvaluationSession Reported(RuleSet rules)
    {
        var session = rules.CreateSession(2022);
        session.Observe(BaoshanTable.Actuals());
        return session;
    }

    /// <summary>
    /// <paramref name="count"/> facts for the Baoshan 2022 table from a fixed seed: a revised actual for a row whose state
    /// a peer or the city decides, a city figure, quota, baseline or verdict inserted or revised, or one retracted.
    /// </summary>
    private static Action<EvaluationSession>[] Script(RuleSet rules, int count)
    {
        var random = new Random(20221231);
        (string Indicator, ReferenceKind Kind, Func<int, string> Value)[] references =
        [
            ("地区生产总值", ReferenceKind.City, n => $"可比增长 {n - 2}%"),
            ("区级一般公共预算收入", ReferenceKind.City, n => $"增长 {n - 3}%"),
            ("社会消费品零售总额", ReferenceKind.City, n => $"下降 {n}%"),
            ("商品销售总额", ReferenceKind.City, n => $"下降 {n}%"),
            ("全社会固定资产投资总额", ReferenceKind.Baseline, n => $"{500 + (n * 10)} 亿元"),
            ("高新技术企业数", ReferenceKind.Baseline, n => $"{1100 + (n * 20)} 家"),
            ("城镇登记失业人数", ReferenceKind.Quota, n => $"{11_500 + (n * 200)} 人"),
            ("单位生产总值能耗降低率", ReferenceKind.Verdict, n => n % 2 == 0 ? "达标" : "未达标"),
            ("居民平均预期寿命", ReferenceKind.City, n => $"{83 + (n / 4m)} 岁"),
        ];
        (string Id, Func<int, string> Actual)[] actuals =
        [
            ("1", n => $"可比增长 {n - 1}%"),
            ("19", n => n == 0 ? "" : $"增长 {n}%"),
            ("20", n => $"{11_800 + (n * 100)} 人"),
            ("4", n => $"下降 {n}%/下降 {n + 1}%"),
        ];
        var steps = new Action<EvaluationSession>[count];
        for (var i = 0; i < count; i++)
        {
            var n = random.Next(8);
            if (random.Next(3) == 0)
            {
                var (id, actual) = actuals[random.Next(actuals.Length)];
                var observation = BaoshanTable.Figure(actual(n));
                steps[i] = s => s.Observe(id, observation);
            }
            else if (random.Next(4) == 0)
            {
                var (indicator, kind, _) = references[random.Next(references.Length)];
                steps[i] = s => s.Retract(indicator, kind);
            }
            else
            {
                var (indicator, kind, value) = references[random.Next(references.Length)];
                var reference = new Reference(indicator, kind, BaoshanTable.Figure(value(n)), "市级");
                steps[i] = s => s.Insert(reference);
            }
        }

        rules.Count.ShouldBe(25);
        return steps;
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
