using TargetRules.Benchmarks.Engines;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;

namespace TargetRules.NRules.Tests;

/// <summary>The NRules runners of benchmarks/TargetRules.Benchmarks judge what the others judge (what quick times is checked here).</summary>
public sealed class BenchmarkRunnersTests
{
    private static readonly GeneratedPlan Plan = PlanGenerator.Generate(2_000);

    [Fact]
    public void BridgeRunner_GeneratedPlan_StatesOfTheRuleSet_AndLateFiguresChangeThemLikeASession()
    {
        var runner = new NRulesBridgeRunner(Plan);
        var compiled = new RuleSetRunner(Plan);

        runner.Judge();

        var expected = compiled.Evaluate();
        runner.States().ShouldBe(Plan.Rows.Select((r, i) => KeyValuePair.Create(RuleSetRunner.Id(r), expected[i].State)).ToDictionary());
        runner.Missed.ShouldBe(expected.CountOf(AttainmentState.Missed));

        var session = compiled.Session();
        var late = Plan.LateCityFigures().ToList();
        session.Insert(late);
        runner.Late.ShouldBe(late.Count);

        // Each figure updates the attainment fact of the one row it reaches, as the session judges that row alone again.
        runner.ArriveCounted().Updated.ShouldBe(late.Count);
        runner.States().ShouldBe(Plan.Rows.Select((r, i) => KeyValuePair.Create(RuleSetRunner.Id(r), session.States[i])).ToDictionary());
        runner.Withdraw();
        runner.Missed.ShouldBe(expected.CountOf(AttainmentState.Missed));
    }

    [Fact]
    public void PerRowRunner_GeneratedPlan_StatesOfTheHandWrittenLoop()
    {
        var rows = PlanGenerator.Generate(300);
        var runner = new NRulesPerRowRunner(rows);

        runner.Run();

        runner.States.ShouldBe(rows.Rows.Select(r => HandWritten.Judge(r.Flat)).ToArray());
    }
}
