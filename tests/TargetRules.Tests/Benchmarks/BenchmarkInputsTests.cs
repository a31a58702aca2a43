using TargetRules.Benchmarks.Engines;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Tests.Benchmarks;

/// <summary>
/// The benchmarks' inputs: the generator is deterministic and covers every shape, the text rows read back as
/// the prepared pairs, and the three engines agree on every row where the answer is two-valued.
/// </summary>
public sealed class BenchmarkInputsTests
{
    private const int Rows = 10_000;

    private static readonly Lazy<GeneratedPlan> Plan = new(() => PlanGenerator.Generate(Rows));

    [Fact]
    public void Generate_SameSeed_SameRowsAndReferences()
    {
        var again = PlanGenerator.Generate(Rows);

        again.ToTsv().ShouldBe(Plan.Value.ToTsv());
        again.ToTsv(RowKind.Project).ShouldBe(Plan.Value.ToTsv(RowKind.Project));
        again.ReferenceRows.ShouldBe(Plan.Value.ReferenceRows);
    }

    [Fact]
    public void Generate_OtherSeed_OtherRows() =>
        PlanGenerator.Generate(Rows, seed: 7).ToTsv().ShouldNotBe(Plan.Value.ToTsv());

    [Fact]
    public void Generate_TenThousandRows_EveryShapeAtLeastOneHundredTimes()
    {
        var counts = Plan.Value.Rows.GroupBy(r => r.Shape).ToDictionary(g => g.Key, g => g.Count());

        foreach (var shape in Enum.GetValues<Shape>())
        {
            counts.GetValueOrDefault(shape).ShouldBeGreaterThanOrEqualTo(100, shape.ToString());
        }
    }

    [Fact]
    public void Generate_References_OnlyForRowsThatReadThem()
    {
        var byIndicator = Plan.Value.Rows.ToDictionary(r => r.Indicator);

        foreach (var reference in Plan.Value.ReferenceRows)
        {
            byIndicator[reference.Indicator].Shape.ShouldBeOneOf(Shape.CityWithFigure, Shape.GrowthAndCity, Shape.QuotaWithFigure);
        }

        Plan.Value.ReferenceRows.Length.ShouldBe(Plan.Value.Rows.Count(r => r.Shape is Shape.CityWithFigure or Shape.GrowthAndCity or Shape.QuotaWithFigure));
    }

    [Fact]
    public void Parse_GeneratedText_ReadsAsThePreparedPair()
    {
        foreach (var row in Plan.Value.Rows)
        {
            var (target, actual) = row.Parse();

            target.IsSuccess.ShouldBeTrue($"{row.Row} {row.TargetText}: {target.Error}");
            actual.IsSuccess.ShouldBeTrue($"{row.Row} {row.ActualText}: {actual.Error}");
            var fromText = Evaluator.Default.Evaluate(row.Indicator, target.Value, actual.Value, Plan.Value.References);
            var prepared = Evaluator.Default.Evaluate(row.Indicator, row.Target, row.Actual, Plan.Value.References);
            fromText.State.ShouldBe(prepared.State, $"{row.Row} {row.TargetText} | {row.ActualText}");
            fromText.Explanation.ShouldBe(prepared.Explanation, $"{row.Row} {row.TargetText} | {row.ActualText}");
        }
    }

    [Fact]
    public void Engines_TenThousandRows_AgreeWhereTheAnswerIsTwoValued()
    {
        var rulesEngine = new RulesEngineRunner();
        var twoValued = 0;

        foreach (var row in Plan.Value.Rows)
        {
            var targetRules = Evaluator.Default.Evaluate(row.Indicator, row.Target, row.Actual, Plan.Value.References).State;
            if (targetRules is not (AttainmentState.Met or AttainmentState.Missed))
            {
                continue;
            }

            twoValued++;
            HandWritten.Judge(row.Flat).ShouldBe(targetRules, $"hand-written, row {row.Row}: {row.TargetText} | {row.ActualText}");
            rulesEngine.Judge(row.Flat).ShouldBe(targetRules, $"RulesEngine, row {row.Row}: {row.TargetText} | {row.ActualText}");
        }

        twoValued.ShouldBeGreaterThan(Rows * 8 / 10);
    }

    [Fact]
    public void Engines_TenThousandRows_HandWrittenAndRulesEngineGiveTheSameStateEverywhere()
    {
        var rulesEngine = new RulesEngineRunner();

        foreach (var row in Plan.Value.Rows)
        {
            rulesEngine.Judge(row.Flat).ShouldBe(HandWritten.Judge(row.Flat), $"row {row.Row}: {row.TargetText} | {row.ActualText}");
        }
    }

    [Fact]
    public void RuleSet_GeneratedPlan_JudgesLikeTheEvaluator()
    {
        var compiled = new RuleSetRunner(Plan.Value).Evaluate();

        for (var i = 0; i < Plan.Value.Rows.Length; i++)
        {
            var row = Plan.Value.Rows[i];
            compiled[i].State.ShouldBe(Evaluator.Default.Evaluate(row.Indicator, row.Target, row.Actual, Plan.Value.References).State, $"row {row.Row}");
        }
    }

    [Fact]
    public void IncrementalScenario_LateCityFigures_ReJudgeEveryWaitingRow()
    {
        var scenario = new IncrementalScenario(PlanGenerator.Generate(2_000));

        var changed = scenario.Run();

        scenario.Dependents.ShouldBeGreaterThan(0);
        changed.ShouldBe(scenario.Dependents);
    }

    // quick and `-- late` compare one late figure's cost across plan sizes: the figures must be the same at every size,
    // each reaching one rule, so that only the size of the plan around them differs.
    [Fact]
    public void IncrementalScenario_QuickFigures_SameFiguresEachReachingOneRuleAtTwoSizes()
    {
        var (small, large) = (PlanGenerator.Generate(10_000), PlanGenerator.Generate(40_000));

        small.LateCityFigures(NRulesBridgeRunner.LateFigures).Select(f => f.Indicator)
            .ShouldBe(large.LateCityFigures(NRulesBridgeRunner.LateFigures).Select(f => f.Indicator));
        foreach (var plan in new[] { small, large })
        {
            var scenario = new IncrementalScenario(plan, NRulesBridgeRunner.LateFigures);
            scenario.Run();
            scenario.Dependents.ShouldBe(NRulesBridgeRunner.LateFigures);
            scenario.Rejudged.ShouldBe(scenario.Dependents);
        }
    }

    // DESIGN.md's performance contract: the summary is the last line, in exactly this form (on a small plan, so that
    // the run takes seconds; what it measures is not checked here).
    [Fact]
    public void QuickRun_SmallPlan_EndsWithTheSummaryLine()
    {
        using var output = new StringWriter();

        TargetRules.Benchmarks.QuickRun.Run(["300"], output).ShouldBe(0);

        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        lines[^1].ShouldMatch(@"^quick: indicators=300 targetrules_ns=\d+ rulesengine_ns=\d+ handwritten_ns=\d+ parse_ns=\d+ incremental_ns=\d+ nrules_ns=\d+ nrules_late_ns=\d+ targetrules_small_ns=\d+ handwritten_small_ns=\d+$");
        lines.ShouldContain("states: " + States(300));
    }

    private static string States(int rows)
    {
        var states = new AttainmentState[rows];
        new TargetRulesRunner(PlanGenerator.Generate(rows)).Run(states);
        var summary = new ReportSummary();
        foreach (var state in states)
        {
            summary.Add(state);
        }

        return summary.ToString();
    }
}
