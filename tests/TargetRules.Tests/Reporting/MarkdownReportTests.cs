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
    [InlineData(Language.Chinese, "共 4 行：完成 2，待市级反馈 1，无法判定 1")]
    [InlineData(Language.English, "4 rows: 2 Met, 1 AwaitingCityFeedback, 1 Undetermined")]
    public void SummaryLine_StatesWithRows_InStateOrder(Language language, string line)
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
        MarkdownReport.SummaryLine(summary, Language.English).ShouldBe("16 rows: 11 Met, 5 Missed; investment 87.9 亿元: Met 53.2 亿元, Missed 34.7 亿元");
    }

    [Fact]
    public void SummaryLine_IndicatorTable_HasNoInvestment()
    {
        var summary = new ReportSummary();
        summary.Add(new PlanEvaluator().EvaluateRow(new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%")));

        MarkdownReport.SummaryLine(summary).ShouldBe("共 1 行：完成 1");
        summary.Investment.Rows.ShouldBe(0);
    }

    // An empty report is still a table: the heading and separator, a blank line and the summary.
    [Theory]
    [InlineData(Language.Chinese, "| 序号 | 指标 | 目标 | 完成情况 | 判定 | 说明 |", "共 0 行：")]
    [InlineData(Language.English, "| # | Indicator | Target | Actual | State | Explanation |", "0 rows: ")]
    public void MarkdownWrite_NoRows_HeadingSeparatorAndSummary(Language language, string heading, string summaryLine)
    {
        var output = new StringWriter();

        MarkdownReport.Write([], output, language).Total.ShouldBe(0);

        output.ToString().Split(Environment.NewLine).ShouldBe([heading, "|---|---|---|---|---|---|", "", summaryLine, ""]);
    }

    // In English the headings, the investment column's heading, the state names and the explanations are English;
    // the extra column gets its own separator cell.
    [Fact]
    public void MarkdownWrite_EnglishWithInvestment_EnglishHeadingsStatesAndSummary()
    {
        var rows = new[]
        {
            Project(1, "8.9", "施工", "管线搬迁进场施工"),
            Project(2, "12345万元", "竣工", "开工"),
        };
        var output = new StringWriter();

        MarkdownReport.Write(rows.Select(r => new PlanEvaluator().EvaluateRow(r)), output, Language.English);

        output.ToString().Split(Environment.NewLine).ShouldBe(
        [
            "| # | Indicator | Investment (亿元) | Target | Actual | State | Explanation |",
            "|---|---|---|---|---|---|---|",
            "| 1 | 宝钱公路道路新建工程 | 8.9 | 施工 | 管线搬迁进场施工 | Met | 管线搬迁进场施工 (construction) reaches 施工 (construction) |",
            "| 2 | 宝钱公路道路新建工程 | 12345万元 | 竣工 | 开工 | Missed | 开工 (construction) does not reach 竣工 (completion) |",
            "",
            "2 rows: 1 Met, 1 Missed; investment 10.13 亿元: Met 8.9 亿元, Missed 1.23 亿元",
            "",
        ]);
    }

    // Line breaks would end the row and a pipe the cell; spaces around the text are dropped.
    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("第一行\r\n第二行", "第一行<br>第二行")]
    [InlineData("第一行\n第二行", "第一行<br>第二行")]
    [InlineData("甲\r\n乙\n丙", "甲<br>乙<br>丙")]
    [InlineData("甲\r乙", "甲<br>乙")]
    [InlineData("  两边有空格  ", "两边有空格")]
    public void MarkdownWrite_CellText_EscapedAndTrimmed(string text, string cell)
    {
        var row = new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%") { Extra = [new("备注", text)] };
        var output = new StringWriter();

        MarkdownReport.Write([new PlanEvaluator().EvaluateRow(row)], output);

        output.ToString().Split(Environment.NewLine)[2].ShouldBe($"| 18 | 城镇污水处理率 | {cell} | 97% | 97% | 完成 | 97%，达到目标 97% |");
    }

    // Extra columns are named after the first row's and found by name in every row: a row without one has an
    // empty cell there, a row with them in another order still puts each under its heading.
    [Fact]
    public void MarkdownWrite_ExtraColumns_FoundByNameInEachRow()
    {
        var rows = new[]
        {
            new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%") { Extra = [new("备注", "甲"), new("来源|部门", "乙")] },
            new PlanRow(2, "19", "城市治理指标", "生活垃圾回收利用率", "45%", "45%") { Extra = [new("来源|部门", "丁"), new("备注", "丙")] },
            new PlanRow(3, "20", "城市治理指标", "绿化覆盖率", "40%", "40%"),
        };
        var output = new StringWriter();

        MarkdownReport.Write(rows.Select(r => new PlanEvaluator().EvaluateRow(r)), output);

        output.ToString().Split(Environment.NewLine).ShouldBe(
        [
            "| 序号 | 指标 | 备注 | 来源\\|部门 | 目标 | 完成情况 | 判定 | 说明 |",
            "|---|---|---|---|---|---|---|---|",
            "| 18 | 城镇污水处理率 | 甲 | 乙 | 97% | 97% | 完成 | 97%，达到目标 97% |",
            "| 19 | 生活垃圾回收利用率 | 丙 | 丁 | 45% | 45% | 完成 | 45%，达到目标 45% |",
            "| 20 | 绿化覆盖率 |  |  | 40% | 40% | 完成 | 40%，达到目标 40% |",
            "",
            "共 3 行：完成 3",
            "",
        ]);
    }

    // The summary line rounds to two places and drops trailing zeros; InvestmentSummary.ToString keeps every
    // significant place but drops trailing zeros too ("8.90" is 8.9).
    [Theory]
    [InlineData("8.90", "共 1 行：完成 1；总投资 8.9 亿元：完成 8.9 亿元", "Met 8.9 亿元")]
    [InlineData("12345万元", "共 1 行：完成 1；总投资 1.23 亿元：完成 1.23 亿元", "Met 1.2345 亿元")]
    [InlineData("1.004", "共 1 行：完成 1；总投资 1 亿元：完成 1 亿元", "Met 1.004 亿元")]
    public void SummaryLine_Investment_RoundedForPeopleExactInToString(string investment, string line, string totals)
    {
        var summary = new ReportSummary();
        summary.Add(new PlanEvaluator().EvaluateRow(Project(1, investment, "施工", "管线搬迁进场施工")));

        MarkdownReport.SummaryLine(summary).ShouldBe(line);
        summary.Investment.ToString().ShouldBe(totals);
    }

    [Fact]
    public void MarkdownWrite_NullResults_Throws() =>
        Should.Throw<ArgumentNullException>(() => MarkdownReport.Write(null!, new StringWriter())).ParamName.ShouldBe("results");

    [Fact]
    public void MarkdownWrite_NullOutput_Throws() =>
        Should.Throw<ArgumentNullException>(() => MarkdownReport.Write([], null!)).ParamName.ShouldBe("output");

    [Fact]
    public void SummaryLine_NullSummary_Throws() =>
        Should.Throw<ArgumentNullException>(() => MarkdownReport.SummaryLine(null!)).ParamName.ShouldBe("summary");

    private static PlanRow Project(int number, string investment, string target, string actual) =>
        new(number, number.ToString(System.Globalization.CultureInfo.InvariantCulture), "区级骨干路网", "宝钱公路道路新建工程", target, actual, RowKind.Project)
        {
            Extra = [new("investment_yi_yuan", investment)],
        };
}
