using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;
using P = TargetRules.Text.Phrases;

namespace TargetRules.Tests.Text;

/// <summary>
/// Numbers and units the mutation run of 2026-11-24 on PhraseScanner.cs found untested (mutants that survived):
/// each case pins what a user writing that figure gets.
/// </summary>
public sealed class PhraseScannerMutationSurvivorTests
{
    public static TheoryData<string, Target> Targets => new()
    {
        // A figure beyond 2^32 keeps its high digits.
        { "5000000000 元", Target.AtLeast(5_000_000_000m, Unit.Yuan).AccumulatesOverYear() },
        // A range whose high end has three digits: the dash is not a thousands separator.
        { "达到 100-150 家", Target.Between(100, 150, Unit.Count("家")) },
        // 万 before a classifier: ten thousand people.
        { "新增 5 万人", Target.AtLeast(5, Unit.WanCount("人")).AccumulatesOverYear() },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void TargetParser_Figure_GivesIntendedTree(string text, Target expected)
    {
        var result = TargetParser.Parse(text);

        result.Error.ShouldBeNull();
        result.Value.ShouldBe(expected);
    }

    public static TheoryData<string, int, string> TargetFailures => new()
    {
        // Twenty significant digits, zeros among them, are too many.
        { "10000000000000000000 亿元", 0, P.NumberTooLarge },
        { "12345678901234567890 亿元", 0, P.NumberTooLarge },
        // Twenty-nine decimals are too many.
        { "0.00000000000000000000000000001", 0, P.NumberTooLarge },
        // A number starts with a digit, not a decimal point.
        { "增长 .5%", 3, P.ExpectedGrowthFigure },
        // A rate unit is a count per money (人/亿元); 万人/亿元 is not one.
        { "控制在 0.5 万人/亿元以内", 10, P.ExpectedSeparator },
    };

    [Theory]
    [MemberData(nameof(TargetFailures))]
    public void TargetParser_BadFigure_FailsWithPositionAndExpectation(string text, int position, string expected) =>
        TargetParser.Parse(text, null, "预期目标").Error.ShouldBe(new ParseError("预期目标", position, text, expected));

    [Theory]
    [InlineData('\u4E00', true)]
    [InlineData('\u9FFF', true)]
    [InlineData('\u4DFF', false)]
    [InlineData('\uA000', false)]
    [InlineData('、', false)]
    public void IsIdeograph_Char_TrueOnlyInTheUnifiedIdeographsBlock(char c, bool expected) =>
        PhraseScanner.IsIdeograph(c).ShouldBe(expected);
}
