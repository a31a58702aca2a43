using System.Reflection;
using TargetRules.Reporting;
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
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                messages.Add((string)field.GetRawConstantValue()!);
            }
        }

        messages.Add(Milestones.WholeTwice);
        return messages;
    }

    // Every message either parser fails with has its Chinese, with no English left in it.
    [Theory]
    [MemberData(nameof(Messages))]
    public void Chinese_EveryParserMessage_TranslatedWithoutEnglishWords(string message)
    {
        var chinese = ExpectedWording.Chinese(message);

        chinese.ShouldNotBe(message);
        chinese.ShouldNotMatch("[A-WYZa-z]{2,}");
    }

    [Theory]
    [InlineData("expected a number", "应为数字")]
    [InlineData("expected 目标 or 指标 after 市下达", "市下达之后应为目标或指标")]
    [InlineData("The part '海江路' is named twice.", "部分“海江路”出现了两次")]
    [InlineData("Only one part can stand for the whole project.", "只能有一个部分代表整个项目")]
    [InlineData("something no parser says", "something no parser says")]
    [InlineData("", "")]
    public void Chinese_Message_ItsChineseOrItselfWhenUnknown(string message, string chinese) =>
        ExpectedWording.Chinese(message).ShouldBe(chinese);

    // What was found instead is quoted as written.
    [Fact]
    public void Chinese_MessageWithWhatWasFound_ChineseThenTheTextFound()
    {
        var error = MilestoneParser.ParseStatus("西段:，正在排管").Error!;

        error.Expected.ShouldBe("expected a stage reached (开工, 进场施工, 施工招标, 基本竣工, 已竣工, 完成建设进度 45% …); got '正在排管'");
        ExpectedWording.Chinese(error.Expected).ShouldBe("应为已达到的阶段（开工、进场施工、施工招标、基本竣工、已竣工、完成建设进度 45%……），实为“正在排管”");
    }

    [Fact]
    public void Chinese_NamedTwiceInATarget_ThePartNamed() =>
        ExpectedWording.Chinese(MilestoneParser.ParseTarget("海江路开工，海江路竣工").Error!.Expected).ShouldBe("部分“海江路”出现了两次");

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
