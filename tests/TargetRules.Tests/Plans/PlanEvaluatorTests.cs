using TargetRules.Evaluation;
using TargetRules.Plans;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Plans;

/// <summary>
/// One row judged by <see cref="PlanEvaluator"/>: argument checks made when called, not when enumerated; the reasons
/// and the kept text of a row that cannot be read; a slash name whose parts each settle their own bare percent.
/// </summary>
public sealed class PlanEvaluatorTests
{
    public static TheoryData<string, string, string, string, AttainmentState, string> ProjectCountRows => new()
    {
        // A project row that counts starts, completions or investment is judged like a count the year adds (issue 25):
        // baoshan-yunnan-2021-m9-projects:1, zhoushan-2019-m9-projects:1, hanzhong-2018-m8-projects:1-3.
        { "M9", "省“四个一百”重点项目：新开工项目", "计划新开工22项", "已开工15项", Missed, "15 项，低于目标序时进度 16.5 项（全年 22 项 × 0.75），差 1.5 项" },
        { "M9", "省“四个一百”重点项目：新开工项目", "计划新开工２２项", "已开工 17 项", Met, "17 项，达到目标序时进度 16.5 项（全年 22 项 × 0.75）" },
        { "M9", "市重点项目：计划年内完工项目", "计划年内完工项目39个", "按形象进度已完工或基本完工19个", Missed, "19 个，低于目标序时进度 29.25 个（全年 39 个 × 0.75），差 10.25 个" },
        { "M8", "市级新建重点项目开工", "124个新建项目", "已开工122个,开工率为 98.4%", Met, "122 个，达到目标序时进度 82.666708 个（全年 124 个 × 0.666667）" },
        { "M8", "市级重点项目投资", "年度计划投资853.8亿元", "1-8月共完成投资622.2亿元,占年度投资计划的73%", Met, "年度计划投资：622.2 亿元，达到目标序时进度 569.2002846 亿元（全年 853.8 亿元 × 0.666667）" },
        { "M9", "市级重点项目投资", "年度计划投资853.8亿元", "1-9月共完成投资622.2亿元,占年度投资计划的73%", Missed, "年度计划投资：622.2 亿元，低于目标序时进度 640.35 亿元（全年 853.8 亿元 × 0.75），差 18.15 亿元" },
        // Counts of another stage (主体已完工 under 竣工, 已开工 under 完工) are no count of the target's: read as a project, as before.
        { "M9", "省“四个一百”重点项目：竣工项目", "竣工项目13项", "(主体已完工6项)", Undetermined, "目标“竣工项目13项”无法识别（第 0 个字符处：应为项目节点：阶段（前期、腾地、招标、开工/施工、主体施工、基本竣工、竣工、竣工验收）、完成 X%工程量、全面完成腾地、启动……、部分竣工，可写在部分名称之后（海江路竣工），实为“竣工项目13项”）" },
        { "M9", "市重点项目", "计划年内完工项目39个", "已开工30个", Undetermined, "目标“计划年内完工项目39个”无法识别（第 0 个字符处：应为项目节点：阶段（前期、腾地、招标、开工/施工、主体施工、基本竣工、竣工、竣工验收）、完成 X%工程量、全面完成腾地、启动……、部分竣工，可写在部分名称之后（海江路竣工），实为“计划年内完工项目39个”）" },
    };

    [Theory]
    [MemberData(nameof(ProjectCountRows))]
    public void Evaluate_ProjectRowCounting_JudgedOnPace(string period, string indicator, string target, string actual, AttainmentState state, string reason)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual, RowKind.Project), null, ReportingPeriod.TryParse(period)!.Value);

        (result.State, result.Attainment.Explanation.Chinese).ShouldBe((state, reason));
    }

    [Fact]
    public void Evaluate_NullRows_ThrowsWhenCalled() =>
        Should.Throw<ArgumentNullException>(() => new PlanEvaluator().Evaluate(null!)).ParamName.ShouldBe("rows");

    [Fact]
    public void EvaluateRow_NullRow_Throws() =>
        Should.Throw<ArgumentNullException>(() => new PlanEvaluator().EvaluateRow(null!)).ParamName.ShouldBe("row");

    [Fact]
    public void EvaluateRow_ActualUnreadable_KeepsItsTextAndSaysWhereInBothLanguages()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "经济", "地区生产总值", "可比增长 6%", "增长很多"));

        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Attainment.Actual.Text.ShouldBe("增长很多");
        result.Attainment.Explanation.ShouldBe(new Explanation(
            "完成情况“增长很多”无法识别（第 2 个字符处：应为数字）",
            "the actual \"增长很多\" could not be read (at 2: expected a number)"));
    }

    [Fact]
    public void EvaluateRow_TargetUnreadable_SaysWhereInBothLanguages()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(2, "2", "经济", "工业投资", "增长很快", "增长 5%"));

        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Target.ShouldBeNull();
        result.Attainment.Explanation.ShouldBe(new Explanation(
            "目标“增长很快”无法识别（第 2 个字符处：增长一词之后应为数字，或高于全市平均水平/与全市保持同步）",
            "the target \"增长很快\" could not be read (at 2: expected a number, or 高于全市平均水平 / 与全市保持同步, after the growth word)"));
    }

    // Each part of a name split by ／ settles what its own bare percent is: 失业率 a level, 收入 growth.
    [Theory]
    [InlineData("城镇调查失业率／居民人均可支配收入", "5%以内／6%", "4.5%／7%")]
    [InlineData("城镇调查失业率/居民人均可支配收入", "5%以内/6%", "4.5%/7%")]
    public void Evaluate_FullWidthSlashInTheName_EachPartReadsItsOwnPercent(string indicator, string target, string actual)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "民生保障指标", indicator, target, actual));

        result.Attainment.Explanation.Chinese.ShouldBe("城镇调查失业率：4.5%，未超过目标 5%；居民人均可支配收入：增长 7%，达到目标 6%");
    }
}
