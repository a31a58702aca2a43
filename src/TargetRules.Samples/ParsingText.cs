using TargetRules.Evaluation;
using TargetRules.Text;

namespace TargetRules.Samples;

/// <summary>Targets and actuals read from the text of a plan table, and what a reader says when it cannot read one.</summary>
public static class ParsingText
{
    /// <summary>Runs the sample, writing to the console.</summary>
    public static void Run()
    {
        (string Indicator, string Target, string Actual)[] rows =
        [
            ("地区生产总值", "可比增长 6%（增长高于全市平均水平）", "可比下降 0.5%"),
            ("社会消费品零售总额/商品销售总额", "增长与全市保持同步/增长与全市保持同步", "下降 3.2%/下降 6.1%"),
            ("实际到位外资额", "6 亿美元", "60109 万美元"),
            ("社区养老服务设施面积", "达到常住人口每千人 40 平方米以上", "达到常住人口每千人 40.77 平方米"),
            ("既有多层住宅加装电梯", "新增 400 台，完工 200 台", "新增 639 台、完工 207 台"),
            ("某指标", "大幅提高", "有所提高"),
        ];

        foreach (var (indicator, targetText, actualText) in rows)
        {
            var target = TargetParser.Parse(targetText, indicator);
            var actual = ObservationParser.Parse(actualText, indicator);
            if (!target.IsSuccess || !actual.IsSuccess)
            {
                // Parsers never throw on bad text: the error names the column, the position and what was expected.
                Console.WriteLine($"{indicator}: {(target.IsSuccess ? actual.Error : target.Error)}");
                continue;
            }

            var result = Evaluator.Default.Evaluate(indicator, target.Value, actual.Value);
            Console.WriteLine($"{indicator}: {TargetRenderer.Render(target.Value)} -> {result.State.Chinese()}：{result.Explanation.Chinese}");
        }
    }
}
