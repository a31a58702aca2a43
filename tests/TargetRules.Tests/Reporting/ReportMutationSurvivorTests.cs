using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Tests.Reporting;

/// <summary>
/// What the mutation run on CsvReport, MarkdownReport, RowResult and InvestmentSummary found untested (docs/testing.md,
/// "Mutation testing"): CSV quoting of each special character on its own, the header written once, the English and
/// empty Markdown tables, the extra columns' separators and cells, line breaks in a cell, the rounding of the
/// investment line, the investment column names, the counts a reader sees and argument checks when called.
/// </summary>
public sealed class ReportMutationSurvivorTests
{
    private const string CsvHeader = "row,id,category,indicator,target,actual,state,explanation";

    // Each character that needs quoting quotes the field by itself, wherever it stands (a field that starts with
    // one is the first index, 0); anything else goes out as is. The extra column's name is quoted the same way.
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData(",a", "\",a\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("\"quoted\"", "\"\"\"quoted\"\"\"")]
    [InlineData("a\rb", "\"a\rb\"")]
    [InlineData("a\nb", "\"a\nb\"")]
    [InlineData("\n,a", "\"\n,a\"")]
    // A leading CR is also how a formula hides from a spreadsheet's eye: quoted, and neutralised with a ' (HostileCellTests).
    [InlineData("\r\na", "\"'\r\na\"")]
    public void CsvWrite_SpecialCharacter_QuotesTheFieldAndDoublesQuotes(string text, string field)
    {
        var row = new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%") { Extra = [new(text, text)] };
        var output = new StringWriter();

        CsvReport.Write([new PlanEvaluator().EvaluateRow(row)], output);

        output.ToString().ShouldBe(
            $"{CsvHeader},{field}\r\n" +
            $"1,18,城市治理指标,城镇污水处理率,97%,97%,Met,97%，达到目标 97%,{field}\r\n");
    }

    // The header comes once, before the first record, however many rows follow.
    [Fact]
    public void CsvWrite_TwoRows_HeaderOnceThenRecordsInOrder()
    {
        var rows = new[]
        {
            new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%") { Extra = [new("备注", "甲")] },
            new PlanRow(2, "16", "城市治理指标", "环境空气质量（AQI）优良率", "达到 90%", "87.4%") { Extra = [new("备注", "乙")] },
        };
        var output = new StringWriter();

        var summary = CsvReport.Write(rows.Select(r => new PlanEvaluator().EvaluateRow(r)), output, "en");

        output.ToString().ShouldBe(
            $"{CsvHeader},备注\r\n" +
            "1,18,城市治理指标,城镇污水处理率,97%,97%,Met,\"97%, meets the target of 97%\",甲\r\n" +
            "2,16,城市治理指标,环境空气质量（AQI）优良率,达到 90%,87.4%,Missed,\"87.4%, below the target of 90%, short by 2.6 percentage points\",乙\r\n");
        summary.ToString().ShouldBe("1 Met, 1 Missed");
    }

    // An empty report is still a table: the heading and separator, a blank line and the summary.
    [Theory]
    [InlineData("zh", "| 序号 | 指标 | 目标 | 完成情况 | 判定 | 说明 |", "共 0 行：")]
    [InlineData("en", "| # | Indicator | Target | Actual | State | Explanation |", "0 rows: ")]
    public void MarkdownWrite_NoRows_HeadingSeparatorAndSummary(string language, string heading, string summaryLine)
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

        MarkdownReport.Write(rows.Select(r => new PlanEvaluator().EvaluateRow(r)), output, "en");

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

    // The investment is read from the first of InvestmentSummary.Columns the row has, whatever the row's order,
    // and a column name with spaces around it still counts.
    [Theory]
    [InlineData("总投资（万元）", "89000", "investment_yi_yuan", "1", 1)]
    [InlineData(" 总投资 ", "8.9", "备注", "2", 8.9)]
    public void TryRead_FirstListedColumnWins(string first, string firstValue, string second, string secondValue, decimal expected)
    {
        var row = new PlanRow(1, "1", "区级骨干路网", "宝钱公路道路新建工程", "施工", "开工", RowKind.Project)
        {
            Extra = [new(first, firstValue), new(second, secondValue)],
        };

        InvestmentSummary.TryRead(row, out var yiYuan).ShouldBeTrue();
        yiYuan.ShouldBe(expected);
    }

    // Every listed name is read, full- or half-width; a column without a name is not an investment (a listed name
    // left empty would match it and add its figure to the totals).
    [Theory]
    [InlineData("总投资", "8.9", true, 8.9)]
    [InlineData("投资（亿元）", "8.9", true, 8.9)]
    [InlineData("投资(亿元)", "8.9", true, 8.9)]
    [InlineData("总投资(万元)", "89000", true, 8.9)]
    [InlineData("", "8.9", false, 0)]
    [InlineData(" ", "8.9", false, 0)]
    public void TryRead_ListedNamesReadBlankNameNot(string column, string value, bool read, decimal expected)
    {
        var row = new PlanRow(1, "1", "区级骨干路网", "宝钱公路道路新建工程", "施工", "开工", RowKind.Project) { Extra = [new(column, value)] };

        InvestmentSummary.TryRead(row, out var yiYuan).ShouldBe(read);
        yiYuan.ShouldBe(expected);
    }

    // Arguments are checked when called, so a null says which argument instead of failing inside the loop.
    [Fact]
    public void CsvWrite_NullResults_Throws() =>
        Should.Throw<ArgumentNullException>(() => CsvReport.Write(null!, new StringWriter())).ParamName.ShouldBe("results");

    [Fact]
    public void CsvWrite_NullOutput_Throws() =>
        Should.Throw<ArgumentNullException>(() => CsvReport.Write([], null!)).ParamName.ShouldBe("output");

    [Fact]
    public void MarkdownWrite_NullResults_Throws() =>
        Should.Throw<ArgumentNullException>(() => MarkdownReport.Write(null!, new StringWriter())).ParamName.ShouldBe("results");

    [Fact]
    public void MarkdownWrite_NullOutput_Throws() =>
        Should.Throw<ArgumentNullException>(() => MarkdownReport.Write([], null!)).ParamName.ShouldBe("output");

    [Fact]
    public void SummaryLine_NullSummary_Throws() =>
        Should.Throw<ArgumentNullException>(() => MarkdownReport.SummaryLine(null!)).ParamName.ShouldBe("summary");

    [Fact]
    public void ReportSummaryAdd_NullResult_Throws() =>
        Should.Throw<ArgumentNullException>(() => new ReportSummary().Add((RowResult)null!)).ParamName.ShouldBe("result");

    [Fact]
    public void InvestmentSummaryOf_NullResults_Throws() =>
        Should.Throw<ArgumentNullException>(() => InvestmentSummary.Of(null!)).ParamName.ShouldBe("results");

    [Fact]
    public void InvestmentSummaryAdd_NullResult_Throws() =>
        Should.Throw<ArgumentNullException>(() => new InvestmentSummary().Add(null!)).ParamName.ShouldBe("result");

    [Fact]
    public void TryRead_NullRow_Throws() =>
        Should.Throw<ArgumentNullException>(() => InvestmentSummary.TryRead(null!, out _)).ParamName.ShouldBe("row");

    private static PlanRow Project(int number, string investment, string target, string actual) =>
        new(number, number.ToString(System.Globalization.CultureInfo.InvariantCulture), "区级骨干路网", "宝钱公路道路新建工程", target, actual, RowKind.Project)
        {
            Extra = [new("investment_yi_yuan", investment)],
        };
}
