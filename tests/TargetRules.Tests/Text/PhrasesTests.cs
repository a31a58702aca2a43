using TargetRules.Text;

namespace TargetRules.Tests.Text;

public sealed class PhrasesTests
{
    [Theory]
    [InlineData("战略性新兴产业制造业产值占规模以上工业产值的比重", "Rate")]
    [InlineData("全社会研发经费支出相当于全区生产总值的比例", "Rate")]
    [InlineData("环境空气质量（AQI）优良率", "Rate")]
    [InlineData("单位生产总值能耗降低率", "Rate")]
    [InlineData("规模以上工业总产值增长率", "GrowthRate")]
    [InlineData("居民人均可支配收入增速", "GrowthRate")]
    [InlineData("地区生产总值", "Level")]
    [InlineData("社会消费品零售总额", "Level")]
    [InlineData("区级一般公共预算收入", "Level")]
    [InlineData("产值十亿元以上的制造业企业数", "Level")]
    [InlineData("每万人高价值发明专利拥有量", "Level")]
    [InlineData("实际到位外资额", "Level")]
    [InlineData("公众安全感指数", "Unknown")]
    [InlineData("居民平均预期寿命", "Unknown")]
    [InlineData("", "Unknown")]
    [InlineData(null, "Unknown")]
    // A name ending in 增长 (no 率 after it) is the growth of an amount, not a growth rate (a bare number stays a number),
    // and reading it must not run past the end.
    [InlineData("居民人均可支配收入增长", "Level")]
    [InlineData("户籍人口自然增长", "Level")]
    [InlineData("西藏：GDP增长", "Level")]
    [InlineData("增长", "Level")]
    // An index of an amount is a score, not the amount: 指数 wins over 总值.
    [InlineData("地区生产总值指数", "Unknown")]
    public void Classify_IndicatorName_SettlesBareFigures(string? indicator, string expected) =>
        Phrases.Classify(indicator).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("新增 400 台，完工 200 台", -1)]
    [InlineData("地下部分完工", 4)]
    [InlineData("完成 60%工程量", 6)]
    [InlineData("全面完成腾地", 4)]
    [InlineData("增长 6%", -1)]
    [InlineData("新增 5 项重点工程", -1)]
    [InlineData("完成设计招标", 4)]
    [InlineData("启动建设", 0)]
    public void FindMilestone_Text_FindsTheFirstMilestoneWord(string text, int expected) =>
        Phrases.FindMilestone(text).ShouldBe(expected);

    [Theory]
    [InlineData("5", 0, 1, false)]
    [InlineData("- -", 0, 3, false)]
    [InlineData("/", 0, 1, true)]
    [InlineData(" - ", 0, 3, true)]
    [InlineData("180 亿元/ - ", 7, 10, true)]
    public void IsBlank_Slice_TrueForSpacesAndOneMarkOnly(string text, int start, int end, bool expected) =>
        Phrases.IsBlank(text, start, end).ShouldBe(expected);
}
