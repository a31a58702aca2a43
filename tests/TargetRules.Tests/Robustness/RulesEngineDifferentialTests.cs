using CsCheck;
using RulesEngine.Models;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Tests.Robustness;

/// <summary>
/// Microsoft RulesEngine as an oracle on the cases where both sides are two-valued: one or two numeric
/// conditions, figures reported, units that convert. RulesEngine sees only numbers in the target's unit and the
/// comparison written as an expression; TargetRules sees the target and the observation.
/// </summary>
public sealed class RulesEngineDifferentialTests
{
    private const string Workflow = "differential";

    private static readonly RulesEngine.RulesEngine Oracle = new(
        [new Workflow
        {
            WorkflowName = Workflow,
            Rules = [Rule("First", "1"), Rule("Second", "2")],
        }],
        new ReSettings { UseFastExpressionCompiler = true, EnableExceptionAsErrorMessage = false, IsExpressionCaseSensitive = true });

    private static readonly (Unit Target, Unit Actual)[] LevelUnits =
    [
        (Unit.YiYuan, Unit.YiYuan), (Unit.YiYuan, Unit.WanYuan), (Unit.WanYuan, Unit.YiYuan), (Unit.YiUsDollar, Unit.WanUsDollar),
        (Unit.Count("家"), Unit.Count("家")), (Unit.Count("人"), Unit.None), (Unit.Percent, Unit.Percent), (Unit.Hectare, Unit.SquareMetre),
        (Unit.SquareMetre.PerCapita(1000), Unit.SquareMetre.PerCapita(10_000)),
    ];

    private static readonly Gen<decimal> Goals = Gen.Int[-5_000, 50_000].Select(i => i / 100m);

    // Boundaries matter most: equal, just above and just below, then anything.
    private static readonly Gen<decimal> Deltas = Gen.Frequency(
        (2, Gen.OneOf(0m, 0.01m, -0.01m, 0.5m, -0.5m)),
        (3, Gen.Int[-20_000, 20_000].Select(i => i / 100m)));

    private static readonly Gen<Condition> Conditions = Gen.Select(Gen.Enum<Measure>(), Gen.Enum<Comparison>(), Goals, Deltas, Gen.OneOf(LevelUnits))
        .Select((measure, comparison, goal, delta, units) => Condition.Of(measure, comparison, goal, delta, units));

    // A second condition reads another measure of the same actual (增长 6%，达到 180 亿元).
    private static readonly Gen<(Condition First, Condition? Second)> Cases = Gen.Select(Conditions, Conditions, Gen.Bool)
        .Select((first, second, two) => (first, two && first.Measure != second.Measure ? second : (Condition?)null));

    [Fact]
    public void Evaluate_HundredThousandTwoValuedCases_AgreesWithRulesEngine()
    {
        var checkedCases = 0;
        Cases.Sample((first, second) =>
        {
            var target = second is null ? first.Target : Target.AllOf(first.Target, second.Target);
            var actual = second is null ? first.Actual : second.Into(first.Actual);

            var ours = Evaluator.Default.Evaluate("指标", target, actual).State;
            var theirs = Judge(first, second);

            if (ours != theirs)
            {
                ours.ShouldBe(theirs, $"{target} against {actual}");
            }

            checkedCases++;
        }, iter: 100_000, threads: 1);

        checkedCases.ShouldBe(100_000);
    }

    private static AttainmentState Judge(Condition first, Condition? second)
    {
        var input = new OracleInput(first, second ?? first);
        var pending = Oracle.ExecuteAllRulesAsync(Workflow, new RuleParameter("c", input));
        var results = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        var met = true;
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine failed on {result.Rule.RuleName}: {result.ExceptionMessage}");
            }

            met &= result.IsSuccess;
        }

        return met ? AttainmentState.Met : AttainmentState.Missed;
    }

    private static RulesEngine.Models.Rule Rule(string name, string n) => new()
    {
        RuleName = name,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = $"(c.Op{n} == 0 && c.Actual{n} >= c.Goal{n}) || (c.Op{n} == 1 && c.Actual{n} > c.Goal{n})"
            + $" || (c.Op{n} == 2 && c.Actual{n} <= c.Goal{n}) || (c.Op{n} == 3 && c.Actual{n} < c.Goal{n})"
            + $" || (c.Op{n} == 4 && c.Actual{n} >= c.Goal{n} - c.Tolerance{n}) || (c.Op{n} == 5 && c.Actual{n} <= c.Goal{n} + c.Tolerance{n})",
    };

    /// <summary>One condition: the target and the observation for TargetRules, numbers in the target's unit for the oracle.</summary>
    public sealed record Condition(Measure Measure, Target Target, Observation Actual, int Op, decimal ActualInTargetUnit, decimal Goal, decimal Tolerance)
    {
        public static Condition Of(Measure measure, Comparison comparison, decimal goal, decimal delta, (Unit Target, Unit Actual) units)
        {
            var (targetUnit, actualUnit) = measure switch
            {
                Measure.Level => units,
                Measure.PointChange => (Unit.PercentagePoint, Unit.PercentagePoint),
                _ => (Unit.Percent, Unit.Percent),
            };

            // The actual is written in its own unit; the oracle compares both in the target's unit.
            var actualInTargetUnit = goal + delta;
            var actualValue = actualInTargetUnit * Factor(targetUnit) / Factor(actualUnit);
            var target = Target.Threshold(measure, comparison, new Quantity(goal, targetUnit));
            var actual = measure switch
            {
                Measure.Level => new Observation { Text = "测试", Level = new Quantity(actualValue, actualUnit) },
                Measure.Growth => new Observation { Text = "测试", Growth = actualValue },
                Measure.ComparableGrowth => new Observation { Text = "测试", ComparableGrowth = actualValue },
                _ => new Observation { Text = "测试", PointChange = actualValue },
            };
            var rate = targetUnit.Dimension is Dimension.Percent or Dimension.PercentagePoint;
            var tolerance = rate ? 0.5m : Math.Abs(goal) * 0.01m;
            return new Condition(measure, target, actual, (int)comparison, actualInTargetUnit, goal, tolerance);
        }

        /// <summary>Adds this condition's figure to <paramref name="actual"/>, which reports another measure.</summary>
        public Observation Into(Observation actual) => Measure switch
        {
            Measure.Level => actual with { Level = Actual.Level },
            Measure.Growth => actual with { Growth = Actual.Growth },
            Measure.ComparableGrowth => actual with { ComparableGrowth = Actual.ComparableGrowth },
            _ => actual with { PointChange = Actual.PointChange },
        };

        private static decimal Factor(Unit unit) => unit.IsPerCapita ? unit.Factor / unit.PerPeople : unit.Factor;
    }

    /// <summary>What RulesEngine reads: plain numbers and a comparison code per condition.</summary>
    public sealed class OracleInput(Condition first, Condition second)
    {
        private readonly Condition _first = first;
        private readonly Condition _second = second;

        public int Op1 => _first.Op;

        public decimal Actual1 => _first.ActualInTargetUnit;

        public decimal Goal1 => _first.Goal;

        public decimal Tolerance1 => _first.Tolerance;

        public int Op2 => _second.Op;

        public decimal Actual2 => _second.ActualInTargetUnit;

        public decimal Goal2 => _second.Goal;

        public decimal Tolerance2 => _second.Tolerance;
    }
}
