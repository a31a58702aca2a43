using CsCheck;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;
using TargetRules.Tests.Robustness;
using TargetRules.Tests.Text;
using TargetRules.Text;

namespace TargetRules.Tests.Evaluation;

/// <summary>
/// Large rule sets are judged for their states alone and their attainments built when read: the state path
/// must give exactly the state of the full judgement, and must decide the common shapes by itself.
/// </summary>
public sealed class StatePathTests
{
    private static readonly EvaluationPolicy Strict = new() { AssertedStatementsCount = false, BasicCompletionMeetsCompletion = true, SyncTolerance = 0m };

    public static TheoryData<string> Periods => ["annual", "H1"];

    [Theory]
    [MemberData(nameof(Periods))]
    public void State_GeneratedPlanRows_EqualsFullJudgementAndDecidesMostRows(string periodText)
    {
        var period = ReportingPeriod.TryParse(periodText) ?? ReportingPeriod.Annual;
        var plan = PlanGenerator.Generate(20_000);
        foreach (var references in new IReferenceLookup[] { plan.References, ReferenceSet.Empty })
        {
            var judge = new Judge(EvaluationPolicy.Default, new LookupFacts(references, null), period);
            var decided = 0;
            foreach (var row in plan.Rows)
            {
                var full = judge.Row(row.Indicator, row.Target, row.Actual).State;
                if (judge.State(row.Indicator, row.Target, row.Actual) is { } state)
                {
                    state.ShouldBe(full, $"row {row.Row} ({row.Shape}) {row.TargetText} / {row.ActualText}");
                    decided++;
                }
            }

            // Peers and figures that do not align are judged in full; the common shapes, milestones among them, are not.
            decided.ShouldBeGreaterThan(plan.Rows.Length * 8 / 10);
        }
    }

    [Fact]
    public void State_RandomTargetsAndObservations_EqualsFullJudgement() =>
        Gen.Select(RandomFacts.Targets, RandomFacts.Observations, RandomFacts.References, RandomFacts.Periods, Gen.Bool)
            .Sample((target, actual, references, period, strict) =>
            {
                var judge = new Judge(strict ? Strict : EvaluationPolicy.Default, new LookupFacts(references, null), period);
                var full = judge.Row(RandomFacts.Indicator, target, actual).State;
                if (judge.State(RandomFacts.Indicator, target, actual) is { } state)
                {
                    state.ShouldBe(full, $"{target} against {actual}");
                }
            }, iter: 50_000);

    [Fact]
    public void State_EveryMilestoneTargetAgainstEveryStatus_EqualsFullJudgement()
    {
        // Every project target and status the tests and the Baoshan tables hold, each target against each status,
        // under both policies, annual and at mid-year: the milestone state path must give the full judgement's state.
        var targets = MilestoneTexts(0).ToHashSet();
        var statuses = MilestoneTexts(1).Concat(MilestoneEvaluationTests.InterimCases.Select(c => (string)c[0]))
            .Concat(MilestoneEvaluationTests.MultiPartCases.Select(c => (string)c[0]))
            .Concat(["约完成 40%工程量", "完成建设进度 100%", "完成建设进度 0.5%"])
            .ToHashSet();
        var compared = 0;
        foreach (var targetText in targets)
        {
            if (MilestoneParser.ParseTarget(targetText) is not { IsSuccess: true, Value: { } target })
            {
                continue;
            }

            foreach (var statusText in statuses)
            {
                if (MilestoneParser.ParseStatus(statusText, target) is not { IsSuccess: true, Value: { } status })
                {
                    continue;
                }

                foreach (var policy in new[] { EvaluationPolicy.Default, Strict })
                {
                    foreach (var period in new[] { ReportingPeriod.Annual, ReportingPeriod.FromElapsed(0.5m) })
                    {
                        var judge = new Judge(policy, new LookupFacts(ReferenceSet.Empty, null), period);
                        var state = judge.State("项目", target, status);
                        state.ShouldBe(judge.Row("项目", target, status).State, $"{targetText} / {statusText}");
                        compared++;
                    }
                }
            }
        }

        compared.ShouldBeGreaterThan(2_000);
    }

    // Column 0: the targets, column 1: the statuses of the milestone tests and of the Baoshan project tables.
    private static IEnumerable<string> MilestoneTexts(int column)
    {
        var tests = MilestoneEvaluationTests.StageCases.Concat(MilestoneEvaluationTests.ProgressCases).Concat(MilestoneEvaluationTests.PartCases);
        var tables = PlanTables.Rows("baoshan-2022-projects.tsv").Concat(PlanTables.Rows("baoshan-2023-projects.tsv"));
        return tests.Select(c => (string)c[column])
            .Concat(tables.Select(r => column == 0 ? r.Target : r.Actual))
            .Concat(column == 0 ? ["时光大道、纬一路开工, 海江路竣工, 双城路完成 50%工程量", "竣工验收"] : [])
            .Where(t => t.Length > 0);
    }

    [Fact]
    public void Evaluate_BaoshanTablesUnderBothPolicies_StatesEqualTheAttainmentsBuiltOnRead()
    {
        foreach (var policy in new[] { EvaluationPolicy.Default, Strict })
        {
            var rules = RuleSet.Compile(BaoshanTable.Rules(), new Evaluator(policy));
            Reference[] references =
            [
                new("地区生产总值", ReferenceKind.City, Observation.OfComparableGrowth(-0.2m)),
                new("商品销售总额", ReferenceKind.City, Observation.OfGrowth(-4.5m)),
                new("单位生产总值能耗降低率", ReferenceKind.Verdict, BaoshanTable.Figure("达标")),
            ];
            foreach (var given in new Reference[][] { references, [] })
            {
                var results = rules.Evaluate(BaoshanTable.Actuals(), given);

                results.Select(r => r.State).ShouldBe(results.States);
                results.Select(r => r.State).ShouldBe(BaoshanTable.Rules().Zip(BaoshanTable.Actuals())
                    .Select(p => rules.Evaluator.Evaluate(p.First.Indicator, p.First.Target, p.Second.Value, ReferenceSet.Empty.WithAll(given), peers: Peers).State));
            }
        }

        // Row 19 (与经济增长基本同步) reads row 1's actual, as the rule set resolves it.
        static Observation? Peers(string name) => name == "经济增长" ? BaoshanTable.Actuals().First().Value : null;
    }

    [Fact]
    public void Evaluate_BaoshanTable_CountsAsTheReportDoes()
    {
        var results = RuleSet.Compile(BaoshanTable.Rules()).Evaluate(BaoshanTable.Actuals());

        AttainmentStates.All.Select(results.CountOf).ShouldBe([13, 6, 0, 4, 0, 1, 1]);
        results.Result("1").Explanation.Chinese.ShouldBe("可比增长 -0.5%，低于目标 6%，差 6.5 个百分点；可比增长 -0.5%，全市数据尚未提供");
        Should.Throw<ArgumentOutOfRangeException>(() => results[results.Count]);
    }

    [Fact]
    public void Results_ReadFromEightThreadsAtOnce_BuildsOneAttainmentPerRule()
    {
        var rules = RuleSet.Compile(BaoshanTable.Rules());
        var results = rules.Evaluate(BaoshanTable.Actuals());
        var seen = new Attainment[8][];
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            seen[t] = [.. results];
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var i = 0; i < results.Count; i++)
        {
            seen.Select(s => s[i]).Distinct().Count().ShouldBe(1, $"rule {i}");
            seen[0][i].ShouldBeSameAs(results[i]);
            seen[0][i].State.ShouldBe(results.States[i]);
        }
    }

    [Fact]
    public void Session_FactsArriveOneByOne_StatesStayEqualToTheAttainments()
    {
        var session = RuleSet.Compile(BaoshanTable.Rules()).CreateSession(2022);
        session.Observe(BaoshanTable.Actuals());
        Check();
        session.Insert(new Reference("地区生产总值", ReferenceKind.City, Observation.OfComparableGrowth(-0.2m)));
        Check();
        session.Insert(new Reference("单位生产总值能耗降低率", ReferenceKind.Verdict, BaoshanTable.Figure("达标")));
        Check();
        session.Retract("地区生产总值", ReferenceKind.City);
        Check();
        session.Observe("1", ObservationParser.Parse("可比增长 7%").OrThrow());
        Check();

        void Check() => session.Results.Select(r => r.State).ShouldBe(session.States.ToArray());
    }

    [Fact]
    public void EvaluateInOrder_BaoshanActualsInRuleOrder_GivesWhatEvaluateByIdGives()
    {
        var rules = RuleSet.Compile(BaoshanTable.Rules());
        var byId = rules.Evaluate(BaoshanTable.Actuals());

        var inOrder = rules.EvaluateInOrder([.. BaoshanTable.Actuals().Select(a => a.Value)]);

        inOrder.States.ShouldBe(byId.States);
        inOrder.Select(r => r.Explanation).ShouldBe(byId.Select(r => r.Explanation));
    }

    [Fact]
    public void EvaluateInOrder_OneActualShort_SaysHowManyWereGiven()
    {
        var rules = RuleSet.Compile(BaoshanTable.Rules());

        Should.Throw<ArgumentException>(() => rules.EvaluateInOrder([.. BaoshanTable.Actuals().Skip(1).Select(a => a.Value)]))
            .Message.ShouldBe("24 actuals were given for 25 rules; give one per rule, in rule order. (Parameter 'actuals')");
    }
}
