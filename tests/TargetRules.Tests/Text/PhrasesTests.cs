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
    // A task named by the verb that ends or starts it counts what the year does (xiaoxian-2025-m9-minsheng:3, 4, 8;
    // cangnan-2022-m10-minsheng:2); a noun built on the verb says nothing, and a stock word still wins.
    [InlineData("农村黑臭水体治理", true)]
    [InlineData("送戏进万村", true)]
    [InlineData("困难群体法律援助", true)]
    [InlineData("建设四好农村路", true)]
    [InlineData("残疾人托养服务", true)]
    [InlineData("七至九年级适龄女生HPV疫苗免费接种", true)]
    [InlineData("嵌入式养老机构建设", true)]
    [InlineData("计划年内完工项目", true)]
    [InlineData("社区养老服务设施面积", null)]
    [InlineData("建设用地规模", null)]
    [InlineData("送", null)]
    [InlineData("服务业", null)]
    [InlineData("公共服务覆盖人口", false)]
    [InlineData("养老服务床位总数", false)]
    [InlineData("困难群众救助标准", false)]
    [InlineData("养老机构", null)]
    public void Accumulates_TaskNamedByItsVerb_IsWhatTheYearDoes(string indicator, bool? expected) =>
        Phrases.Accumulates(indicator).ShouldBe(expected);

    [Theory]
    [InlineData("5", 0, 1, false)]
    [InlineData("- -", 0, 3, false)]
    [InlineData("/", 0, 1, true)]
    [InlineData(" - ", 0, 3, true)]
    [InlineData("180 亿元/ - ", 7, 10, true)]
    public void IsBlank_Slice_TrueForSpacesAndOneMarkOnly(string text, int start, int end, bool expected) =>
        Phrases.IsBlank(text, start, end).ShouldBe(expected);
}
