using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Text;

/// <summary>
/// The vocabulary is read first-match: a word written after one that begins it (增长率 after 增长) could never be read.
/// Every word that starts a condition ends a part name, and each row says what its word means.
/// </summary>
public sealed class VocabularyTests
{
    public static TheoryData<string, string[]> Tables => new()
    {
        { "growth", Vocabulary.Growth.Select(w => w.Text).ToArray() },
        { "growth in actuals", Vocabulary.GrowthInActuals.Select(w => w.Text).ToArray() },
        { "bounds", Vocabulary.Bounds.Select(w => w.Text).ToArray() },
        { "level verbs", Vocabulary.LevelVerbs.Select(w => w.Text).ToArray() },
        { "level verbs in actuals", Vocabulary.LevelVerbsInActuals.Select(w => w.Text).ToArray() },
        { "sync", Vocabulary.Sync.Select(w => w.Text).ToArray() },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_NoWordHiddenByAnEarlierOne(string table, string[] words)
    {
        var hidden = from i in Enumerable.Range(0, words.Length)
                     from j in Enumerable.Range(i + 1, words.Length - i - 1)
                     where words[j].StartsWith(words[i], StringComparison.Ordinal)
                     select $"{words[j]} after {words[i]}";

        hidden.ShouldBeEmpty(table);
        words.Distinct().Count().ShouldBe(words.Length, table);
    }

    [Fact]
    public void ClauseStarts_TheGrowthWordsTheVerbsAndTheConditionWords()
    {
        Vocabulary.ClauseStarts.Order().ShouldBe(new[]
        {
            "在全市", "完成", "控制在", "持平", "稳定增长", "可比增长", "可比下降", "同比增长", "同比下降", "增长", "增速", "增幅", "涨幅",
            "下降", "降低", "提升", "提高", "总量", "高于", "不低于", "与", "达到", "新增", "增加", "完工", "超过", "不超过", "低于",
            "常住人口", "户籍人口", "每千人", "每万人", "预计", "约",
            "再降低", "再下降", "再降", "上涨", "降至", "降到", "力争", "争取", "确保", "比上年", "较上年", "比去年",
            "基本持平", "稳中有升", "稳步增长", "稳步提升", "保持稳定", "保持平稳", "基本稳定",
        }.Order());
    }

    [Theory]
    [InlineData("可比增长", "Rise", Measure.ComparableGrowth, true)]
    [InlineData("可比下降", "Decline", Measure.ComparableGrowth, true)]
    [InlineData("同比下降", "Decline", Measure.Growth, true)]
    [InlineData("提高", "Points", Measure.PointChange, true)]
    [InlineData("总量", "Total", Measure.Level, false)]
    public void Growth_EachWordSaysWhatItsFigureMeasures(string text, string sense, Measure measure, bool inActuals)
    {
        var word = Vocabulary.Growth.Single(w => w.Text == text);

        (word.Sense.ToString(), word.Measure, Vocabulary.GrowthInActuals.Contains(word)).ShouldBe((sense, measure, inActuals));
    }

    [Theory]
    [InlineData("增长", null, Measure.Growth)]
    [InlineData("增长", Measure.ComparableGrowth, Measure.ComparableGrowth)]
    [InlineData("同比增长", Measure.ComparableGrowth, Measure.Growth)]
    [InlineData("下降", null, null)]
    [InlineData("提升", null, Measure.PointChange)]
    public void CityMeasure_OnlyPlain增长ContinuesAComparableGrowth(string text, Measure? last, Measure? expected)
    {
        Vocabulary.Growth.Single(w => w.Text == text).CityMeasure(last).ShouldBe(expected);
    }

    [Theory]
    [InlineData("5%以上", true, 4)]
    [InlineData("5%左右", true, 4)]
    [InlineData("5%以内", false, 2)]
    [InlineData("5%", false, 2)]
    public void MatchApproximation_ReadsOnlyTheWordsThatMakeAFigureApproximate(string text, bool approximate, int position)
    {
        var scanner = new PhraseScanner(text) { Position = 2 };

        Vocabulary.MatchApproximation(scanner).ShouldBe(approximate);
        scanner.Position.ShouldBe(position);
    }
}
