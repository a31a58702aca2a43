using System.Collections.Immutable;
using TargetRules.Reporting;

namespace TargetRules.Tests.Reporting;

public sealed class CsvReportTests
{
    [Fact]
    public void Write_FieldsWithCommasQuotesAndLineBreaks_QuotedAsRfc4180()
    {
        var row = new PlanRow(1, "7", "主要经济指标", "实际到位外资额", "6 亿美元", "60109 万美元")
        {
            Extra = [new("备注", "口径：\"外资\",含\n增资")],
        };
        var output = new StringWriter();

        var summary = CsvReport.Write([new PlanEvaluator().EvaluateRow(row)], output);

        summary.Total.ShouldBe(1);
        output.ToString().ShouldBe(
            "row,id,category,indicator,target,actual,state,explanation,备注\r\n" +
            "1,7,主要经济指标,实际到位外资额,6 亿美元,60109 万美元,Met,6.0109 亿美元，达到目标 6 亿美元,\"口径：\"\"外资\"\",含\n增资\"\r\n");
    }

    [Fact]
    public void Write_NoRows_HeaderOnly()
    {
        var output = new StringWriter();

        CsvReport.Write([], output).Total.ShouldBe(0);

        output.ToString().ShouldBe("row,id,category,indicator,target,actual,state,explanation\r\n");
    }

    [Fact]
    public void Write_English_ExplanationInEnglishStateNamesUnchanged()
    {
        var row = new PlanRow(1, "16", "城市治理指标", "环境空气质量（AQI）优良率", "达到 90%", "87.4%");
        var output = new StringWriter();

        CsvReport.Write([new PlanEvaluator().EvaluateRow(row)], output, "en");

        var record = output.ToString().Split("\r\n")[1];
        record.ShouldStartWith("1,16,城市治理指标,环境空气质量（AQI）优良率,达到 90%,87.4%,Missed,");
        record.ShouldNotContain("低于");
    }
}
