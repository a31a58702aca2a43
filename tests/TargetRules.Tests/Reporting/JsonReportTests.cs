using System.Text.Json;
using System.Text;
using TargetRules.Benchmarks.Plans;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Tests.Reporting;

/// <summary>Rows formatted in slices on several threads come out byte for byte as one writer writes them, in order.</summary>
public sealed class JsonReportTests
{
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

        var summaryAlone = JsonReport.Write(results, alone, "en", indented, workers: 1);
        var summaryTogether = JsonReport.Write(results, together, "en", indented, workers: 4);

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

        var thrown = Should.Throw<IOException>(() => JsonReport.Write(new PlanEvaluator().Evaluate(FailingAfter(150)), output, "zh", indented: false, workers));

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
}
