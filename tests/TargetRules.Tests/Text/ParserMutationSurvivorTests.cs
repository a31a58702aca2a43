using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;
using P = TargetRules.Text.Phrases;

namespace TargetRules.Tests.Text;

/// <summary>
/// Phrasings the mutation run of 2026-11-24 on the two phrase parsers found untested (mutants that survived):
/// each case pins what a user writing that phrase gets.
/// </summary>
public sealed class ParserMutationSurvivorTests
{
    private static readonly Unit Ge = Unit.Count("个");
    private static readonly Unit Jia = Unit.Count("家");

    public static TheoryData<string, string?, Target> Targets => new()
    {
        // A comparison word inside a growth target.
        { "增长不低于 6%", null, Target.Growth(6) },
        { "增长达到 6%", null, Target.Growth(6) },
        { "增长不超过 6%", null, Target.Threshold(Measure.Growth, Comparison.AtMost, Quantity.Percent(6)) },
        { "增长超过 6%", null, Target.Threshold(Measure.Growth, Comparison.Above, Quantity.Percent(6)) },
        { "增长高于 6%", null, Target.Threshold(Measure.Growth, Comparison.Above, Quantity.Percent(6)) },
        { "增长低于 6%", null, Target.Threshold(Measure.Growth, Comparison.Below, Quantity.Percent(6)) },
        // Sync after a comparable growth compares comparable growth.
        { "可比增长 6%，与全市保持同步", null, Target.ComparableGrowth(6).And(Target.InSyncWithCity(Measure.ComparableGrowth)) },
        { "增长 6%，与全市同步", null, Target.Growth(6).And(Target.InSyncWithCity()) },
        { "与经济增长基本保持同步", null, Target.InSyncWith("经济增长", basically: true) },
        // A range whose ends are equal is a range, not a reversed one.
        { "增长 6-6%", null, Target.Range(Measure.Growth, Quantity.Percent(6), Quantity.Percent(6)) },
        { "12-12", null, Target.Between(12, 12, Unit.None) },
        // 高于/不低于 a figure.
        { "高于 100 亿元", null, Target.Above(100, Unit.YiYuan) },
        { "不低于 100 亿元", null, Target.AtLeast(100, Unit.YiYuan) },
        // A share completed is a level, not an amount that accumulates over the year.
        { "完成 30%", "城镇污水处理率", Target.AtLeast(30, Unit.Percent) },
        { "新增每千人 5 个", null, Target.AtLeast(5, Ge.PerCapita(1000)) },
        { "新增 5 个", null, Target.AtLeast(5, Ge).AccumulatesOverYear() },
        // From the run on Phrases.cs: blanks, an empty first component, 户籍人口, part names.
        // One figure of one character is a figure, not a blank.
        { "5", null, Target.AtLeast(5, Unit.None).AccumulationUnsettled() },
        // No target for the first part of the name, a figure for the second.
        { "/120 亿元", "全社会固定资产投资总额/工业投资", Target.Slash(Target.None(), Target.AtLeast(120, Unit.YiYuan)) },
        // 户籍人口 as well as 常住人口 before 每千人, spaces allowed between.
        { "达到户籍人口每千人 40 平方米以上", null, Target.AtLeast(40, Unit.SquareMetre.PerCapita(1000)) },
        { "达到常住人口 每千人 40 平方米以上", null, Target.AtLeast(40, Unit.SquareMetre.PerCapita(1000)) },
        // A part name may hold 一 (the first ideograph) and ends before a stray 、.
        { "一级医院 5 家，二级医院 10 家", null, Target.AllOf(Target.Scoped("一级医院", Target.AtLeast(5, Jia).AccumulationUnsettled()), Target.Scoped("二级医院", Target.AtLeast(10, Jia).AccumulationUnsettled())) },
        { "国家、市级、 80 个", null, Target.Scoped("国家、市级", Target.AtLeast(80, Ge).AccumulationUnsettled()) },
        // From the run on PhraseScanner.cs: figures beyond 2^32, a range, 万 before a classifier.
        // A figure beyond 2^32 keeps its high digits.
        { "5000000000 元", null, Target.AtLeast(5_000_000_000m, Unit.Yuan).AccumulatesOverYear() },
        // A range whose high end has three digits: the dash is not a thousands separator.
        { "达到 100-150 家", null, Target.Between(100, 150, Unit.Count("家")) },
        // 万 before a classifier: ten thousand people.
        { "新增 5 万人", null, Target.AtLeast(5, Unit.WanCount("人")).AccumulatesOverYear() },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void TargetParser_Phrase_GivesIntendedTree(string text, string? indicator, Target expected)
    {
        var result = TargetParser.Parse(text, indicator);

        result.Error.ShouldBeNull();
        result.Value.ShouldBe(expected);
    }

    public static TheoryData<string, int, string> TargetFailures => new()
    {
        { "下降 5-6%", 3, P.ExpectedDeclineBound.English },
        { "增长不低于 6-7%", 10, P.ExpectedAgreeingBound.English },
        { "增长 6-7%以上", 7, P.ExpectedAgreeingBound.English },
        { "与经济(增长)保持同步", 3, P.ExpectedSync.English },
        { "与经济/增长保持同步", 3, P.ExpectedSync.English },
        { "与保持同步", 1, P.ExpectedSync.English },
        { "与 基本同步", 2, P.ExpectedSync.English },
        // From the run on Phrases.cs.
        // Two marks are not a blank.
        { "--", 0, P.ExpectedTarget.English },
        // A part name is ideographs and '、' between them: not a comma, not a leading 、.
        { "市级，新增 5 家", 0, P.ExpectedTarget.English },
        { "、市级 80 家", 0, P.ExpectedTarget.English },
        // From the run on PhraseScanner.cs.
        // Twenty significant digits, zeros among them, are too many.
        { "10000000000000000000 亿元", 0, P.NumberTooLarge.English },
        { "12345678901234567890 亿元", 0, P.NumberTooLarge.English },
        // Twenty-nine decimals are too many.
        { "0.00000000000000000000000000001", 0, P.NumberTooLarge.English },
        // A number starts with a digit, not a decimal point.
        { "增长 .5%", 3, P.ExpectedGrowthFigure.English },
        // A rate unit is a count per money (人/亿元); 万人/亿元 is not one.
        { "控制在 0.5 万人/亿元以内", 10, P.ExpectedSeparator.English },
    };

    [Theory]
    [MemberData(nameof(TargetFailures))]
    public void TargetParser_BadPhrase_FailsWithPositionAndExpectation(string text, int position, string expected) =>
        TargetParser.Parse(text, null, "预期目标").Error.ShouldBe(new ParseError("预期目标", position, text, expected));

    public static TheoryData<string, string?, string> Actuals => new()
    {
        // A figure and its growth on a one-part indicator; three figures stay three components.
        { "1248.3亿元/增长 9.1%左右", null, "Level=1248.3 亿元; Growth=9.1; Provisional" },
        { "1248.3亿元/9.1%/5%", "地区生产总值", "{Level=1248.3 亿元} / {Growth=9.1} / {Growth=5}" },
        { "5%/1248.3亿元", "地区生产总值", "{Growth=5} / {Level=1248.3 亿元}" },
        // Three named parts.
        { "国家级 5 家、市级 80 家、区级 104 家", null, "Parts=[国家级: Level=5 家 | 市级: Level=80 家 | 区级: Level=104 家]" },
        { "市级增长 5%、区级增长 3%", null, "Parts=[市级: Growth=5 | 区级: Growth=3]" },
        // Growth written with a sign, an estimate, a statement after 增长.
        { "增长 -2%", null, "Growth=-2" },
        { "增长 5%以上", null, "Growth=5; Provisional" },
        { "增长高于全市平均水平", null, "Asserts=[高于全市平均水平]" },
        { "在全市保持领先水平 ，增长 5%", null, "Growth=5; Asserts=[在全市保持领先水平]" },
        // Two expectations while the city decides: the first is kept; two estimates stay an estimate.
        { "待市级部门测算，预计高于全市平均水平，预计在全市保持领先水平", null, "AwaitingCity; Expected=高于全市平均水平; Provisional" },
        { "预计高于全市平均水平，预计在全市保持领先水平", null, "Asserts=[高于全市平均水平,在全市保持领先水平]; Provisional" },
        // Blank-like text is not reported, and keeps what was written.
        { "—", null, "NotReported" },
    };

    [Theory]
    [MemberData(nameof(Actuals))]
    public void ObservationParser_Phrase_GivesIntendedObservation(string text, string? indicator, string expected)
    {
        var result = ObservationParser.Parse(text, indicator);

        result.Error.ShouldBeNull();
        ObservationText.Describe(result.Value).ShouldBe(expected);
    }

    [Theory]
    [InlineData("—", "—")]
    [InlineData(" - ", "-")]
    [InlineData("", "")]
    public void ObservationParser_BlankText_NotReportedKeepingTheText(string text, string kept) =>
        ObservationParser.ParseOrThrow(text).Text.ShouldBe(kept);

    public static TheoryData<string, int, string> ActualFailures => new()
    {
        { "，5 家", 0, P.ExpectedActual.English },
        { "5 家，，6 家", 4, P.ExpectedActual.English },
        { "达到", 2, P.ExpectedNumber.English },
        { "预计", 2, P.ExpectedNumber.English },
        { "每千人", 3, P.ExpectedNumber.English },
        { "增长 5 亿元", 5, P.ExpectedGrowthUnit.English },
        { "增长 -%", 3, P.ExpectedNumber.English },
    };

    [Theory]
    [MemberData(nameof(ActualFailures))]
    public void ObservationParser_BadPhrase_FailsWithPositionAndExpectation(string text, int position, string expected) =>
        ObservationParser.Parse(text, null, "完成情况").Error.ShouldBe(new ParseError("完成情况", position, text, expected));
}
