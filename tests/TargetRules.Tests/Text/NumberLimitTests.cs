using TargetRules.Text;

namespace TargetRules.Tests.Text;

public sealed class NumberLimitTests
{
    private const string TooLarge = "expected a number of at most 19 significant digits and 28 decimals; this figure is too large to compare";

    [Theory]
    [InlineData("达到 99999999999999999999999999999999 亿元", 3)]
    [InlineData("９９９９９９９９９９９９９９９９９９９９９９亿元", 0)]
    [InlineData("增长 0.12345678901234567890123456789%", 3)]
    public void Parse_FigureBeyondDecimal_FailsSayingItIsTooLarge(string text, int position)
    {
        var target = TargetParser.Parse(text);
        var actual = ObservationParser.Parse(text);

        target.Error.ShouldBe(new ParseError("target_text", position, text, TooLarge));
        actual.Error.ShouldBe(new ParseError("actual_text", position, text, TooLarge));
    }

    [Fact]
    public void Parse_NineteenDigits_IsStillANumber() =>
        ObservationParser.Parse("9999999999999999999 亿元").IsSuccess.ShouldBeTrue();
}
