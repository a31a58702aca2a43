using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Tests.Reporting;

public sealed class MarkdownReportTests
{
    [Fact]
    public void Write_Rows_TableThenSummaryLine()
    {
        var rows = new[]
        {
            new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%"),
            new PlanRow(2, "16", "城市治理指标", "环境空气质量（AQI）优良率", "达到 90%", "87.4%"),
            new PlanRow(3, "", "民生保障指标", "居民人均可支配收入|测试", "增长与经济增长基本同步", ""),
        };
        var output = new StringWriter();

        MarkdownReport.Write(rows.Select(r => new PlanEvaluator().EvaluateRow(r)), output);

        output.ToString().Split(Environment.NewLine).ShouldBe(
        [
            "| 序号 | 指标 | 目标 | 完成情况 | 判定 | 说明 |",
            "|---|---|---|---|---|---|",
            "| 18 | 城镇污水处理率 | 97% | 97% | 完成 | 97%，达到目标 97% |",
            "| 16 | 环境空气质量（AQI）优良率 | 达到 90% | 87.4% | 未完成 | 87.4%，低于目标 90%，差 2.6 个百分点 |",
            "| 3 | 居民人均可支配收入\\|测试 | 增长与经济增长基本同步 |  | 未报送 | 未报送完成情况 |",
            "",
            "共 3 行：完成 1，未完成 1，未报送 1",
            "",
        ]);
    }

    [Theory]
    [InlineData("zh", "共 4 行：完成 2，待市级反馈 1，无法判定 1")]
    [InlineData("en", "4 rows: 2 Met, 1 AwaitingCityFeedback, 1 Undetermined")]
    public void SummaryLine_StatesWithRows_InStateOrder(string language, string line)
    {
        var summary = new ReportSummary();
        foreach (var state in new[] { AttainmentState.Undetermined, AttainmentState.Met, AttainmentState.AwaitingCityFeedback, AttainmentState.Met })
        {
            summary.Add(state);
        }

        MarkdownReport.SummaryLine(summary, language).ShouldBe(line);
    }

    [Fact]
    public void Write_Projects2022_ShowsInvestmentColumnAndTotalsByState()
    {
        var output = new StringWriter();

        var summary = MarkdownReport.Write(new PlanEvaluator().Evaluate(Tests.Evaluation.MilestoneData.Rows("baoshan-2022-projects.tsv")), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        lines[0].ShouldBe("| 序号 | 指标 | 总投资（亿元） | 目标 | 完成情况 | 判定 | 说明 |");
        lines[2].ShouldBe("| 1 | 宝钱公路道路新建工程 (沪太路-潘泾路) | 8.9 | 施工 | 管线搬迁进场施工 | 完成 | 管线搬迁进场施工（施工阶段），达到施工 |");
        lines.ShouldContain("共 16 行：完成 11，未完成 5；总投资 87.9 亿元：完成 53.2 亿元，未完成 34.7 亿元");
        MarkdownReport.SummaryLine(summary, "en").ShouldBe("16 rows: 11 Met, 5 Missed; investment 87.9 亿元: Met 53.2 亿元, Missed 34.7 亿元");
    }

    [Fact]
    public void SummaryLine_IndicatorTable_HasNoInvestment()
    {
        var summary = new ReportSummary();
        summary.Add(new PlanEvaluator().EvaluateRow(new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%")));

        MarkdownReport.SummaryLine(summary).ShouldBe("共 1 行：完成 1");
        summary.Investment.Rows.ShouldBe(0);
    }
}
