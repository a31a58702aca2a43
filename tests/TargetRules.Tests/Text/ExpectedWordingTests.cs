using System.Reflection;
using TargetRules.Plans;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Text;

/// <summary>The Chinese reason of a row that could not be read says in Chinese what was expected.</summary>
public sealed class ExpectedWordingTests
{
    public static TheoryData<string> Messages()
    {
        var messages = new TheoryData<string>();
        foreach (var type in new[] { typeof(Phrases), typeof(MilestoneParser) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.FieldType == typeof(Expectation)))
            {
                messages.Add(field.Name);
            }
        }

        return messages;
    }

    private static Expectation Message(string name) =>
        (Expectation)(typeof(Phrases).GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? typeof(MilestoneParser).GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))!.GetValue(null)!;

    // Every message either parser fails with has its Chinese, with no English left in it.
    [Theory]
    [MemberData(nameof(Messages))]
    public void Chinese_EveryParserMessage_TranslatedWithoutEnglishWords(string name)
    {
        var message = Message(name);

        message.Chinese.ShouldNotBe(message.English);
        message.Chinese.ShouldNotMatch("[A-WYZa-z]{2,}");
    }

    [Fact]
    public void ExpectedChinese_ParserErrors_TheirChinese()
    {
        ObservationParser.Parse("增长").Error!.ExpectedChinese.ShouldBe("应为数字");
        TargetParser.Parse("完成市下达").Error!.ExpectedChinese.ShouldBe("市下达之后应为目标或指标");
        TargetParser.Parse(string.Join("/", Enumerable.Repeat("1", 33))).Error!.ExpectedChinese.ShouldBe("以“/”分隔的部分最多 32 个");
    }

    [Theory]
    [InlineData("海江路开工，海江路竣工", "部分“海江路”出现了两次")]
    [InlineData("开工，竣工", "只能有一个部分代表整个项目")]
    public void ExpectedChinese_MilestoneConflict_ItsChinese(string text, string chinese) =>
        MilestoneParser.ParseTarget(text).Error!.ExpectedChinese.ShouldBe(chinese);

    // A message no parser wrote (built by hand, or changed with `with`) has no translation and stays as it is.
    [Theory]
    [InlineData("something no parser says")]
    [InlineData("")]
    public void ExpectedChinese_MessageNoParserSays_Itself(string message)
    {
        new ParseError("text", 0, "x", message).ExpectedChinese.ShouldBe(message);
        (TargetParser.Parse("增长").Error! with { Expected = message }).ExpectedChinese.ShouldBe(message);
    }

    // Equality is the English: an error a parser wrote equals the same error written by hand.
    [Fact]
    public void Equals_ParserErrorAndTheSameByHand_Equal()
    {
        var error = TargetParser.Parse("增长").Error!;
        var byHand = new ParseError("target_text", 2, "增长", Phrases.ExpectedGrowthFigure.English);

        error.ShouldBe(byHand);
        error.GetHashCode().ShouldBe(byHand.GetHashCode());
    }

    // What was found instead is quoted as written.
    [Fact]
    public void Chinese_MessageWithWhatWasFound_ChineseThenTheTextFound()
    {
        var error = MilestoneParser.ParseStatus("西段:，正在排管").Error!;

        error.Expected.ShouldBe("expected a stage reached (开工, 进场施工, 施工招标, 基本竣工, 已竣工, 完成建设进度 45% …); got '正在排管'");
        error.ExpectedChinese.ShouldBe("应为已达到的阶段（开工、进场施工、施工招标、基本竣工、已竣工、完成建设进度 45%……），实为“正在排管”");
    }

    // The plan's reason in Chinese is Chinese throughout; the English reason keeps the parser's English.
    [Fact]
    public void EvaluateRow_TargetAndActualNotRead_ChineseReasonInChinese()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "30", "城市治理指标", "河湖水质达标率", "持续改善", "约"));

        result.Attainment.Explanation.Chinese.ShouldBe(
            "目标“持续改善”无法识别（第 0 个字符处：应为目标：数值（6%、180 亿元）、增长/可比增长 X%、高于全市平均水平、与全市保持同步、完成市下达目标或在全市保持较好水平）；" +
            "完成情况“约”无法识别（第 1 个字符处：应为数字）");
        result.Attainment.Explanation.English.ShouldStartWith("the target \"持续改善\" could not be read (at 0: expected a target: a figure (6%, 180 亿元)");
    }
}
