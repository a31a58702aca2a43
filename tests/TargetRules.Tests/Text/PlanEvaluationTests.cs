using TargetRules.Evaluation;
using TargetRules.Plans;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Text;

/// <summary>The parsers end to end: the 2022 indicator table through <see cref="PlanEvaluator"/> with no references.</summary>
public sealed class PlanEvaluationTests
{
    private static readonly AttainmentState[] Expected =
    [
        Missed, Missed, Undetermined, AwaitingCityFeedback, Met, Met, Met, Missed, Met, Missed, Missed, Met, Met,
        Met, Met, Missed, AwaitingCityFeedback, Met, NotReported, AwaitingCityFeedback, Met, Met, Met, Met, AwaitingCityFeedback,
    ];

    [Fact]
    public void Evaluate_Baoshan2022Indicators_GivesDesignStatesForEveryRow()
    {
        var rows = PlanTables.Rows("baoshan-2022-indicators.tsv")
            .Select((r, i) => new PlanRow(i + 1, r.Id, "", r.Indicator, r.Target, r.Actual))
            .ToArray();

        var results = new PlanEvaluator().Evaluate(rows).ToArray();

        results.Select(r => $"{r.Row.Id}:{r.Attainment.State}").ShouldBe(rows.Select((r, i) => $"{r.Id}:{Expected[i]}"));
        results.SelectMany(r => r.Diagnostics).ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_Baoshan2022Row3_FirstComponentUndeterminedWithoutBaseline()
    {
        var row = PlanTables.Rows("baoshan-2022-indicators.tsv").Single(r => r.Id == "3");

        var result = new PlanEvaluator().EvaluateRow(new PlanRow(3, row.Id, "", row.Indicator, row.Target, row.Actual));

        result.Attainment.Components.Select(c => c.State).ShouldBe([Undetermined, Met, Met]);
    }
}
