using TargetRules.Names;
using TargetRules.Targets;
using TargetRules.Text;
using P = TargetRules.Text.Phrases;

namespace TargetRules.Tests.Text;

/// <summary>
/// What the shared phrase helpers do with the names and phrasings the mutation run of 2026-11-24 on Phrases.cs
/// found untested (mutants that survived): each case pins what a user writing that name or phrase gets. The whole
/// phrases that run found are cases in <see cref="ParserMutationSurvivorTests"/>.
/// </summary>
public sealed class PhrasesMutationSurvivorTests
{
    [Theory]
    // A name ending in 增长 (no 率 after it) is not a growth rate, and reading it must not run past the end.
    [InlineData("居民人均可支配收入增长", "Level")]
    [InlineData("户籍人口自然增长", "Unknown")]
    // An index of an amount is a score, not the amount: 指数 wins over 总值.
    [InlineData("地区生产总值指数", "Unknown")]
    public void Classify_IndicatorName_SettlesBareFigures(string indicator, string expected) =>
        P.Classify(indicator).ToString().ShouldBe(expected);

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

    // Two parts named by the indicator are two components; on a one-part name a figure and its growth merge.
    [Theory]
    [InlineData("社会消费品零售总额/商品销售总额", "{Level=1702.3 亿元} / {Growth=5.2}")]
    [InlineData("社会消费品零售总额", "Level=1702.3 亿元; Growth=5.2")]
    public void ObservationParser_FigureSlashGrowth_ComponentsOnlyOnATwoPartName(string indicator, string expected) =>
        ObservationText.Describe(ObservationParser.ParseOrThrow("1702.3 亿元/增长 5.2%", indicator)).ShouldBe(expected);

    [Theory]
    [InlineData("新增 5 项重点工程", -1)]
    [InlineData("完成设计招标", 4)]
    [InlineData("启动建设", 0)]
    public void FindMilestone_Text_FindsTheFirstMilestoneWord(string text, int expected) =>
        P.FindMilestone(text).ShouldBe(expected);

    [Theory]
    [InlineData("5", 0, 1, false)]
    [InlineData("- -", 0, 3, false)]
    [InlineData("/", 0, 1, true)]
    [InlineData(" - ", 0, 3, true)]
    [InlineData("180 亿元/ - ", 7, 10, true)]
    public void IsBlank_Slice_TrueForSpacesAndOneMarkOnly(string text, int start, int end, bool expected) =>
        P.IsBlank(text, start, end).ShouldBe(expected);
}
