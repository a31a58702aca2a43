using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Tests.Plans;

/// <summary>The counts a report summary keeps as rows are added.</summary>
public sealed class ReportSummaryTests
{
    // Rows of an indicator table have no extra columns: they are neither counted with nor without an investment.
    [Fact]
    public void ReportSummary_IndicatorRows_CountedByStateNotInInvestment()
    {
        var summary = new ReportSummary();
        summary.Add(new PlanEvaluator().EvaluateRow(new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%")));
        summary.Add(new PlanEvaluator().EvaluateRow(new PlanRow(2, "16", "城市治理指标", "环境空气质量（AQI）优良率", "达到 90%", "87.4%")));
        summary.Add(AttainmentState.Met);

        summary.Total.ShouldBe(3);
        summary[AttainmentState.Met].ShouldBe(2);
        summary[AttainmentState.Missed].ShouldBe(1);
        summary.ToString().ShouldBe("2 Met, 1 Missed");
        summary.Investment.Rows.ShouldBe(0);
        summary.Investment.RowsWithoutInvestment.ShouldBe(0);
    }

    [Fact]
    public void ReportSummaryAdd_NullResult_Throws() =>
        Should.Throw<ArgumentNullException>(() => new ReportSummary().Add((RowResult)null!)).ParamName.ShouldBe("result");
}
