using TargetRules.Names;

namespace TargetRules.Tests.Names;

/// <summary>Slash-separated indicator names: the part at an index, and whether a name has that many parts; which row a peer name refers to.</summary>
public sealed class IndicatorNamesTests
{
    [Theory]
    [InlineData("全社会固定资产投资总额/产业类投资额/工业投资", 3, 0, "全社会固定资产投资总额")]
    [InlineData("全社会固定资产投资总额/产业类投资额/工业投资", 3, 1, "产业类投资额")]
    [InlineData("全社会固定资产投资总额/产业类投资额/工业投资", 3, 2, "工业投资")]
    [InlineData("社会消费品零售总额 / 商品销售总额", 2, 1, "商品销售总额")]
    [InlineData("产业类投资额／工业投资", 2, 1, "工业投资")]
    [InlineData("全社会固定资产投资总额/产业类投资额／工业投资", 3, 2, "工业投资")]
    // As many parts written as the name has, one of them empty: that part has no name.
    [InlineData("社会消费品零售总额//商品销售总额", 3, 1, "")]
    // Fewer parts in the name than in the text: every part is named by the whole name, as written.
    [InlineData("全社会固定资产投资总额/工业投资", 3, 0, "全社会固定资产投资总额/工业投资")]
    [InlineData("全社会固定资产投资总额/工业投资", 3, 2, "全社会固定资产投资总额/工业投资")]
    public void IndicatorPart_SlashName_GivesThePartAtTheIndex(string indicator, int count, int index, string expected) =>
        IndicatorNames.Part(indicator, count, index).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("社会消费品零售总额/商品销售总额", 2, true)]
    [InlineData("全社会固定资产投资总额/产业类投资额/工业投资", 3, true)]
    [InlineData("社会消费品零售总额/商品销售总额", 3, false)]
    [InlineData("社会消费品零售总额", 2, false)]
    [InlineData("产业类投资额／工业投资", 2, true)]
    public void HasParts_SlashName_TrueOnlyForThatManyParts(string indicator, int count, bool expected) =>
        IndicatorNames.HasParts(indicator, count).ShouldBe(expected);

    [Theory]
    [InlineData("经济增长", "地区生产总值", true)]
    [InlineData("经济", "工业增加值", true)]
    [InlineData("经济增长", "一般公共预算收入", false)]
    [InlineData("税收", "地区生产总值", false)]
    [InlineData("税收", "税收", true)]
    public void PeerMatches_EconomyAndExactNames(string peer, string indicator, bool matches) =>
        IndicatorNames.PeerMatches(peer, indicator).ShouldBe(matches);
}
