using TargetRules.Names;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Names;

/// <summary>
/// The folding every phrase goes through, at the edges of each range it folds. The parsers fold on the fly, so a
/// wrong edge shows only in the text an actual keeps, or in a number read wrong (an ideographic space once was kept
/// in the text while every other odd space became a space).
/// </summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("增长 6%", "增长 6%")]
    [InlineData("", "")]
    [InlineData("６％", "6%")]
    [InlineData("（６％）", "(6%)")]
    [InlineData("\uFF01", "!")]
    [InlineData("\uFF5E", "~")]
    [InlineData("\uFF00", "\uFF00")]
    [InlineData("\uFF5F", "\uFF5F")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u2002b", "a b")]
    [InlineData("a\u2003b", "a b")]
    [InlineData("a\u2009b", "a b")]
    [InlineData("6\u3000亿元", "6 亿元")]
    [InlineData("a\u2001b", "a\u2001b")]
    [InlineData("a\u2014b", "a-b")]
    [InlineData("a\u2015b", "a-b")]
    [InlineData("a\u2013b", "a-b")]
    [InlineData("\u22125%", "-5%")]
    [InlineData("a\u2011b", "a\u2011b")]
    [InlineData("\u009F", "\u009F")]
    public void Normalize_FoldsEachRangeToItsEdges(string text, string expected) =>
        TextNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("26,000 人", "26000 人")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("12,345亿元", "12345亿元")]
    [InlineData("1,234", "1234")]
    [InlineData("１，２３４", "1234")]
    [InlineData("5,海江路", "5,海江路")]
    [InlineData("1, 2", "1, 2")]
    [InlineData("1,23", "1,23")]
    [InlineData("1,2345", "1,2345")]
    [InlineData(",123", ",123")]
    [InlineData("a,123", "a,123")]
    [InlineData("1,234,", "1234,")]
    public void Normalize_DropsOnlyThousandsSeparators(string text, string expected) =>
        TextNormalizer.Normalize(text).ShouldBe(expected);

    [Fact]
    public void Normalize_TextWithNothingToFold_IsReturnedItself()
    {
        var text = "可比增长 6%以上（不低于全市平均水平）".Replace('（', '(').Replace('）', ')');

        TextNormalizer.Normalize(text).ShouldBeSameAs(text);
    }

    [Theory]
    [InlineData("28\u3000家", "28 家")]
    [InlineData("28\u00A0家", "28 家")]
    [InlineData("28 家", "28 家")]
    public void ObservationText_AnyOddSpace_KeptAsASpace(string text, string expected) =>
        ObservationParser.Parse(text).Value.Text.ShouldBe(expected);

    // Explanations quote the text: Chinese punctuation and full-width figures stay as the table has them.
    [Theory]
    [InlineData("待市级部门测算，预计高于全市平均水平")]
    [InlineData("增长７％")]
    [InlineData("约 2,600 家")]
    [InlineData("\u3000可比增长７％，预计高于全市平均水平")]
    public void ObservationText_OtherCharacters_KeptAsWritten(string text) =>
        ObservationParser.Parse(text).Value.Text.ShouldBe(text.Trim('\u3000'));

    [Fact]
    public void Evaluate_AwaitingCityRow_ExplanationQuotesTheActualAsWritten() =>
        new TargetRules.Evaluation.Evaluator().Evaluate("公众安全感指数", TargetParser.Parse("高于全市平均水平").Value, ObservationParser.Parse("待市级部门测算，预计高于全市平均水平").Value)
            .Explanation.Chinese.ShouldBe("待市级部门测算，预计高于全市平均水平");

    [Fact]
    public void Normalize_Null_Throws() =>
        Should.Throw<ArgumentNullException>(() => TextNormalizer.Normalize(null!)).ParamName.ShouldBe("text");

    [Theory]
    [InlineData('A', 'A')]
    [InlineData('\uFF21', 'A')]
    [InlineData('\uFF10', '0')]
    [InlineData('\u009F', '\u009F')]
    [InlineData('\u00A0', ' ')]
    [InlineData('\t', ' ')]
    [InlineData('\u3000', ' ')]
    [InlineData('\u2212', '-')]
    [InlineData('增', '增')]
    public void Fold_OneCharacter(char c, char expected) => TextNormalizer.Fold(c).ShouldBe(expected);

    [Theory]
    [InlineData("1,234", 1, 5, true)]
    [InlineData("1,234", 1, 4, false)]
    [InlineData("1,2345", 1, 6, false)]
    [InlineData("1,2345", 1, 5, true)]
    [InlineData("1,234", 0, 5, false)]
    [InlineData("a,234", 1, 5, false)]
    [InlineData("1,23a", 1, 5, false)]
    [InlineData("1,2a4", 1, 5, false)]
    [InlineData("1,a34", 1, 5, false)]
    [InlineData("１,２３４", 1, 5, true)]
    public void IsThousandsSeparator_CountsExactlyThreeDigitsWithinTheEnd(string text, int at, int end, bool expected) =>
        TextNormalizer.IsThousandsSeparator(text, at, end).ShouldBe(expected);

    [Fact]
    public void PhraseReader_ReadTarget_ReadsWithTheIndicator()
    {
        var reader = new PhraseReader();

        reader.ReadTarget("达到 8%", "居民人均可支配收入增速").Value.ShouldBe(Target.Growth(8));
        reader.ReadTarget("达到 8%", "居民人均可支配收入增速").Value.ShouldNotBe(TargetParser.Parse("达到 8%").Value);
        reader.ReadTarget("达到 8%").Value.ShouldBe(TargetParser.Parse("达到 8%").Value);
    }

    [Fact]
    public void PhraseReader_ReadActual_ReadsWithTheIndicator()
    {
        var reader = new PhraseReader();

        reader.ReadActual("8.5%", "居民人均可支配收入增速").Value.Growth.ShouldBe(8.5m);
        reader.ReadActual("8.5%").IsSuccess.ShouldBeFalse();
    }
}
