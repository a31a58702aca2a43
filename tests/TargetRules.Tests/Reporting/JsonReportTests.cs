using System.Text;
using System.Text.Json;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Tests.Reporting;

/// <summary>Rows formatted in slices on several threads come out byte for byte as one writer writes them, in order.</summary>
public sealed class JsonReportTests
{
    private const string Summary = "\"summary\":{\"Met\":1,\"Missed\":0,\"PartiallyMet\":0,\"AwaitingCityFeedback\":0,\"NotAssessed\":0,\"NotReported\":0,\"Undetermined\":0}";

    [Fact]
    public void Write_NoRows_EmptyArrayThenSummary()
    {
        var output = new MemoryStream();

        JsonReport.Write([], output).Total.ShouldBe(0);

        Encoding.UTF8.GetString(output.ToArray()).ShouldBe(
            "{\n  \"rows\": [],\n  \"summary\": {\n    \"Met\": 0,\n    \"Missed\": 0,\n    \"PartiallyMet\": 0,\n    \"AwaitingCityFeedback\": 0,\n" +
            "    \"NotAssessed\": 0,\n    \"NotReported\": 0,\n    \"Undetermined\": 0\n  }\n}");
    }

    [Fact]
    public void Write_OneRow_RowIndentedInsideTheArrayThenSummary()
    {
        var row = new PlanRow(1, "7", "主要经济指标", "实际到位外资额", "6 亿美元", "60109 万美元");
        var output = new MemoryStream();

        JsonReport.Write([new PlanEvaluator().EvaluateRow(row)], output).Total.ShouldBe(1);

        Encoding.UTF8.GetString(output.ToArray()).ShouldBe(
            """
            {
              "rows": [
                {
                  "row": 1,
                  "id": "7",
                  "category": "主要经济指标",
                  "indicator": "实际到位外资额",
                  "target": "6 亿美元",
                  "actual": "60109 万美元",
                  "state": "Met",
                  "explanation": "60109 万美元（合 6.0109 亿美元），达到目标 6 亿美元",
                  "components": [
                    {
                      "indicator": "实际到位外资额",
                      "target": "6 亿美元",
                      "actual": "60109 万美元",
                      "state": "Met",
                      "explanation": "60109 万美元（合 6.0109 亿美元），达到目标 6 亿美元",
                      "expected": null,
                      "provisional": false
                    }
                  ],
                  "diagnostics": []
                }
              ],
              "summary": {
                "Met": 1,
                "Missed": 0,
                "PartiallyMet": 0,
                "AwaitingCityFeedback": 0,
                "NotAssessed": 0,
                "NotReported": 0,
                "Undetermined": 0
              }
            }
            """.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(63, true)]
    [InlineData(64, true)]
    [InlineData(65, true)]
    [InlineData(1000, true)]
    [InlineData(1, false)]
    [InlineData(65, false)]
    [InlineData(1000, false)]
    public void Write_RowsFormattedOnSeveralThreads_SameBytesAsOneThreadAndEveryRowInOrder(int rows, bool indented)
    {
        var plan = PlanGenerator.Generate(rows);
        var results = new PlanEvaluator().Evaluate(plan.Rows.Select(r => r.ToPlanRow()), plan.References).ToArray();
        var alone = new MemoryStream();
        var together = new MemoryStream();

        var summaryAlone = JsonReport.Write(results, alone, Language.English, indented, workers: 1);
        var summaryTogether = JsonReport.Write(results, together, Language.English, indented, workers: 4);

        together.ToArray().ShouldBe(alone.ToArray());
        summaryTogether.ToString().ShouldBe(summaryAlone.ToString());
        using var json = JsonDocument.Parse(together.ToArray());
        json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32())
            .ShouldBe(results.Select(r => r.Row.Row));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Write_ResultsFailPartWay_RowsBeforeWrittenThenTheSameException(int workers)
    {
        var output = new MemoryStream();

        var thrown = Should.Throw<IOException>(() => JsonReport.Write(new PlanEvaluator().Evaluate(FailingAfter(150)), output, Language.Chinese, indented: false, workers));

        thrown.Message.ShouldBe("disk gone after row 150");
        var text = Encoding.UTF8.GetString(output.ToArray());
        text.ShouldStartWith("{\"rows\":[{\"row\":1,");
        text.ShouldEndWith("\"diagnostics\":[]}");
        text.Split("{\"row\":").Length.ShouldBe(151);
    }

    private static IEnumerable<PlanRow> FailingAfter(int rows)
    {
        for (var i = 1; i <= rows; i++)
        {
            yield return new PlanRow(i, $"{i}", "", "公共泊位", "新增 1000 个", "新增 1002 个");
        }

        throw new IOException($"disk gone after row {rows}");
    }

    // A project table's investment, in 亿元, follows the counts: all of it under the state its project reached.
    [Fact]
    public void Write_ProjectWithInvestment_InvestmentByStateAfterTheCounts()
    {
        var row = new PlanRow(1, "1", "产业项目", "宝山湾科创中心", "开工", "已开工", RowKind.Project) { Extra = [new("investment_yi_yuan", "12.5")] };

        var json = Compact(row);

        json.ShouldEndWith($"{Summary},\"investment_yi_yuan\":{{\"total\":12.5,\"Met\":12.5,\"Missed\":0,\"PartiallyMet\":0," +
            "\"AwaitingCityFeedback\":0,\"NotAssessed\":0,\"NotReported\":0,\"Undetermined\":0}}");
    }

    [Fact]
    public void Write_IndicatorRows_NoInvestment()
    {
        var json = Compact(new PlanRow(1, "18", "城市治理指标", "城镇污水处理率", "97%", "97%"));

        json.ShouldEndWith($"{Summary}}}");
        json.ShouldNotContain("investment_yi_yuan");
    }

    // Extra cells go out by their column names, after the explanation; a diagnostic gives its severity, message and column.
    [Fact]
    public void Write_TargetNotUnderstoodWithExtraCell_ExtraCellThenDiagnostic()
    {
        var row = new PlanRow(1, "30", "城市治理指标", "河湖水质达标率", "持续改善", "97%") { Extra = [new("备注", "区生态环境局")] };

        var json = Compact(row);

        json.ShouldContain("\"state\":\"Undetermined\",\"explanation\":");
        json.ShouldContain("\"备注\":\"区生态环境局\",\"components\":[],\"diagnostics\":[{\"severity\":\"Error\",\"message\":" +
            "\"target_text, position 0: expected a target: a figure (6%, 180 亿元), 增长/可比增长 X%, 高于全市平均水平, 与全市保持同步, " +
            "完成市下达目标 or 在全市保持较好水平 in '持续改善'\",\"column\":\"target_text\"}]}]");
    }

    // Row 3 of the 2022 table: each slash component quotes its own piece of the target, trimmed.
    [Fact]
    public void Write_SlashTarget_EachComponentItsOwnTargetText()
    {
        var row = new PlanRow(3, "3", "主要经济指标", "全社会固定资产投资总额/产业类投资额/工业投资", "增长与全市保持同步/180 亿元/ 120 亿元", "563.49 亿元/192.1 亿元/ 143.16 亿元");

        var targets = ComponentTargets(Compact(row));

        targets.ShouldBe(["增长与全市保持同步", "180 亿元", "120 亿元"]);
    }

    // Full-width slashes split the target, the actual and the indicator's name alike (they once named both
    // components 产业类投资额／工业投资 [1] and [2] and quoted the whole target for each); a rate unit's slash
    // (人/亿元) is part of its component.
    [Theory]
    [InlineData("产业类投资额／工业投资", "180 亿元／120 亿元", "192.1 亿元／143.16 亿元", "产业类投资额|工业投资", "180 亿元|120 亿元")]
    [InlineData("产业类投资额/工业投资", "180 亿元 ／ 120 亿元", "192.1 亿元/143.16 亿元", "产业类投资额|工业投资", "180 亿元|120 亿元")]
    [InlineData("安全生产事故死亡人数/工业投资", "低于 0.02 人/亿元/120 亿元", "0.01 人/亿元/143.16 亿元", "安全生产事故死亡人数|工业投资", "低于 0.02 人/亿元|120 亿元")]
    public void Write_FullWidthOrUnitSlash_ComponentsNamedAndQuotedByTheirOwnPiece(string indicator, string target, string actual, string names, string targets)
    {
        var row = new PlanRow(3, "3", "主要经济指标", indicator, target, actual);

        var json = Compact(row);

        ComponentTargets(json).ShouldBe(targets.Split('|'));
        ComponentNames(json).ShouldBe(names.Split('|'));
        json.ShouldContain("\"state\":\"Met\",\"explanation\"");
    }

    // Row 25 of the 2022 table: the expectation the actual states is kept beside the waiting state.
    [Fact]
    public void Write_CityFigureExpected_ComponentGivesTheExpectation()
    {
        var row = new PlanRow(25, "25", "民生保障指标", "公众安全感指数", "高于全市平均水平", "待市级部门测算，预计高于全市平均水平");

        var json = Compact(row);

        json.ShouldContain("\"state\":\"AwaitingCityFeedback\"");
        json.ShouldContain("\"expected\":\"高于全市平均水平\",\"provisional\":");
    }

    // Each slice of rows reaches the stream, flushed, before the next is read: a reader of the tool's output
    // sees rows as they are judged. 130 rows are three slices of 64, then the summary.
    [Fact]
    public void Write_RowsInSlices_FlushedAfterEachSliceAndAtTheEnd()
    {
        var rows = Enumerable.Range(1, 130).Select(i => new PlanRow(i, $"{i}", "", "公共泊位", "新增 1000 个", "新增 1002 个"));
        var evaluator = new PlanEvaluator();
        var output = new FlushRecordingStream();

        JsonReport.Write(rows.Select(r => evaluator.EvaluateRow(r)), output, Language.Chinese, indented: false, workers: 1);

        var text = Encoding.UTF8.GetString(output.ToArray());
        output.FlushedAt.Select(at => RowsIn(text[..CharsIn(output.ToArray(), at)])).ShouldBe([64, 128, 130, 130]);
        output.FlushedAt[^1].ShouldBe(output.Length);
    }

    [Fact]
    public void Write_NullResults_Throws() =>
        Should.Throw<ArgumentNullException>(() => JsonReport.Write(null!, new MemoryStream())).ParamName.ShouldBe("results");

    [Fact]
    public void Write_NullOutput_Throws() =>
        Should.Throw<ArgumentNullException>(() => JsonReport.Write([], null!)).ParamName.ShouldBe("output");

    private static string Compact(PlanRow row)
    {
        var output = new MemoryStream();
        JsonReport.Write([new PlanEvaluator().EvaluateRow(row)], output, Language.Chinese, indented: false, workers: 1);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string[] ComponentTargets(string json) => Components(json, "target");

    private static string[] ComponentNames(string json) => Components(json, "indicator");

    private static string[] Components(string json, string property)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("rows")[0].GetProperty("components").EnumerateArray().Select(c => c.GetProperty(property).GetString()!)];
    }

    private static int RowsIn(string json) => json.Split("{\"row\":").Length - 1;

    private static int CharsIn(byte[] bytes, long length) => Encoding.UTF8.GetCharCount(bytes, 0, (int)length);

    /// <summary>A memory stream that records its length at every flush.</summary>
    private sealed class FlushRecordingStream : MemoryStream
    {
        public List<long> FlushedAt { get; } = [];

        public override void Flush()
        {
            FlushedAt.Add(Length);
            base.Flush();
        }
    }
}
