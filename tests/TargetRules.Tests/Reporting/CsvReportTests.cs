using System.Collections.Immutable;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Tests.Reporting;

public sealed class CsvReportTests
{
    private const string CsvHeader = "row,id,category,indicator,target,actual,state,explanation";

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
            "1,7,主要经济指标,实际到位外资额,6 亿美元,60109 万美元,Met,60109 万美元（合 6.0109 亿美元），达到目标 6 亿美元,\"口径：\"\"外资\"\",含\n增资\"\r\n");
    }

    // A ragged plan gives only some rows a cell beyond the header (column9); extra columns in another order, or
    // missing, must still land under their headings, one field per heading in every record.
    [Fact]
    public void Write_RowsWithDifferentExtraColumns_OneFieldPerHeadingFoundByName()
    {
        var rows = new[]
        {
            new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%") { Extra = [new("备注", "甲"), new("来源", "乙")] },
            new PlanRow(2, "19", "城市治理指标", "生活垃圾回收利用率", "45%", "45%") { Extra = [new("来源", "丁"), new("备注", "丙")] },
            new PlanRow(3, "20", "城市治理指标", "绿化覆盖率", "40%", "40%") { Extra = [new("备注", "戊"), new("column9", "多出的格")] },
            new PlanRow(4, "21", "城市治理指标", "森林覆盖率", "18%", "18%"),
        };
        var output = new StringWriter();

        CsvReport.Write(rows.Select(r => new PlanEvaluator().EvaluateRow(r)), output);

        output.ToString().ShouldBe(
            "row,id,category,indicator,target,actual,state,explanation,备注,来源\r\n" +
            "1,18,城市治理指标,城镇污水处理率,97%,97%,Met,97%，达到目标 97%,甲,乙\r\n" +
            "2,19,城市治理指标,生活垃圾回收利用率,45%,45%,Met,45%，达到目标 45%,丙,丁\r\n" +
            "3,20,城市治理指标,绿化覆盖率,40%,40%,Met,40%，达到目标 40%,戊,\r\n" +
            "4,21,城市治理指标,森林覆盖率,18%,18%,Met,18%，达到目标 18%,,\r\n");
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

        CsvReport.Write([new PlanEvaluator().EvaluateRow(row)], output, Language.English);

        var record = output.ToString().Split("\r\n")[1];
        record.ShouldStartWith("1,16,城市治理指标,环境空气质量（AQI）优良率,达到 90%,87.4%,Missed,");
        record.ShouldNotContain("低于");
    }

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

        var summary = CsvReport.Write(rows.Select(r => new PlanEvaluator().EvaluateRow(r)), output, Language.English);

        output.ToString().ShouldBe(
            $"{CsvHeader},备注\r\n" +
            "1,18,城市治理指标,城镇污水处理率,97%,97%,Met,\"97%, meets the target of 97%\",甲\r\n" +
            "2,16,城市治理指标,环境空气质量（AQI）优良率,达到 90%,87.4%,Missed,\"87.4%, below the target of 90%, short by 2.6 percentage points\",乙\r\n");
        summary.ToString().ShouldBe("1 Met, 1 Missed");
    }

    // Arguments are checked when called, so a null says which argument instead of failing inside the loop.
    [Fact]
    public void CsvWrite_NullResults_Throws() =>
        Should.Throw<ArgumentNullException>(() => CsvReport.Write(null!, new StringWriter())).ParamName.ShouldBe("results");

    [Fact]
    public void CsvWrite_NullOutput_Throws() =>
        Should.Throw<ArgumentNullException>(() => CsvReport.Write([], null!)).ParamName.ShouldBe("output");
}
