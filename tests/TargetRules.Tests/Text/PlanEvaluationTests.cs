using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Text;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Text;

/// <summary>The parsers end to end: the 2022 indicator table through <see cref="PlanEvaluator"/> with no references.</summary>
public sealed class PlanEvaluationTests
{
    private static readonly AttainmentState[] Expected =
    [
        Missed, Missed, Undetermined, AwaitingCityFeedback, Met, Met, Met, Missed, Met, Missed, Missed, Met, Met,
        Met, Met, Missed, AwaitingCityFeedback, Met, NotReported, AwaitingCityFeedback, Met, Met, Met, Met, AwaitingCityFeedback,
    ];

    [Fact]
    public void Evaluate_Baoshan2022Indicators_GivesDesignStatesForEveryRow()
    {
        var rows = PlanTables.Rows("baoshan-2022-indicators.tsv")
            .Select((r, i) => new PlanRow(i + 1, r.Id, "", r.Indicator, r.Target, r.Actual))
            .ToArray();

        var results = new PlanEvaluator().Evaluate(rows).ToArray();

        results.Select(r => $"{r.Row.Id}:{r.Attainment.State}").ShouldBe(rows.Select((r, i) => $"{r.Id}:{Expected[i]}"));
        results.SelectMany(r => r.Diagnostics).ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_Baoshan2022Row3_FirstComponentUndeterminedWithoutBaseline()
    {
        var row = PlanTables.Rows("baoshan-2022-indicators.tsv").Single(r => r.Id == "3");

        var result = new PlanEvaluator().EvaluateRow(new PlanRow(3, row.Id, "", row.Indicator, row.Target, row.Actual));

        result.Attainment.Components.Select(c => c.State).ShouldBe([Undetermined, Met, Met]);
    }

    // Issue 25: actuals of other reports, judged end to end (parse with the target, judge, and the state path agrees).
    public static TheoryData<string, string, string, AttainmentState, string> Issue25Rows => new()
    {
        // Signed figures under a growth target: the bare percent is the growth.
        { "居民消费价格指数", "增长 3%", "-0.9%", Met, "增长 -0.9%，未超过目标 3%" },
        { "社会消费品零售总额", "增长 2%", "+3%", Met, "增长 3%，达到目标 2%" },
        { "社会消费品零售总额", "增长 2%", "−0.9%", Missed, "增长 -0.9%，低于目标 2%，差 2.9 个百分点" },
        { "进出口", "增长 2%", "增长+3%", Met, "增长 3%，达到目标 2%" },
        { "进出口", "增长 2%", "增长-0.9%", Missed, "增长 -0.9%，低于目标 2%，差 2.9 个百分点" },
        { "进出口", "增长 5%左右", "4.6%", Met, "增长 4.6%，达到目标 5%左右（容差 0.5 个百分点）" },
        // Magnitudes convert within a dimension.
        { "贷款余额", "2.5万亿元", "2.6万亿元", Met, "2.6 万亿元，达到目标 2.5 万亿元" },
        { "贷款余额", "25000亿元", "2.6万亿元", Met, "2.6 万亿元（合 26000 亿元），达到目标 25000 亿元" },
        { "农村公路", "20万公里", "19.6万公里", Missed, "19.6 万公里，低于目标 20 万公里，差 0.4 万公里" },
        { "城镇新增就业", "1100万人以上", "1206万人", Met, "1206 万人，达到目标 1100 万人" },
        { "城镇新增就业", "1100万人以上", "1206万", Met, "1206 万（合 1206 万人），达到目标 1100 万人" },
        { "农村贫困人口", "减少1000万以上", "减少1386万", Met, "减少：1386 万，达到目标 1000 万" },
        { "农村贫困人口", "减少1000万以上", "1386万", Met, "减少：1386 万，达到目标 1000 万" },
        { "能源消费总量", "控制在 5000 万吨以内", "减少 100 万吨", Undetermined, "完成情况“减少 100 万吨”给出的是减少量 100 万吨，目标为总量：总量或上年基数可以判定" },
        { "PM2.5年均浓度", "35微克/立方米以下", "28微克/立方米", Met, "28 微克/立方米，未超过目标 35 微克/立方米" },
        { "单位GDP能耗", "0.38吨标准煤以下", "0.4吨标准煤", Missed, "0.4 吨标准煤，超过目标 0.38 吨标准煤，超出 0.02 吨标准煤" },
        { "能源消费总量", "1500万吨标准煤以内", "1400万吨", Undetermined, "单位不一致：完成情况为 1400 万吨，目标为 1500 万吨标准煤" },
        { "全社会用电量", "300亿千瓦时", "310亿千瓦时", Met, "310 亿千瓦时，达到目标 300 亿千瓦时" },
        { "新增造林", "120公顷", "1900亩", Met, "1900 亩（合 126.666666666667 公顷），达到目标 120 公顷" },
        // Lead-in words.
        { "地区生产总值", "增长 6%", "比上年增长6.5%", Met, "增长 6.5%，达到目标 6%" },
        { "地区生产总值", "增长 6%", "较上年增长 5.5%", Missed, "增长 5.5%，低于目标 6%，差 0.5 个百分点" },
        { "地区生产总值", "增长 6%", "近6%", Met, "增长 6%，达到目标 6%" },
        { "税收收入", "500亿元", "超过 500 亿元", Met, "500 亿元，达到目标 500 亿元" },
        { "单位GDP能耗", "下降 3%", "减少 3.5%", Met, "增长 -3.5%，未超过目标 -3%" },
        { "工业总产值", "增长 5%", "1-6月增长 4.2%", Missed, "增长 4.2%，低于目标 5%，差 0.8 个百分点" },
        { "工业总产值", "增长 5%", "上半年增长 5.1%", Met, "增长 5.1%，达到目标 5%" },
        { "单位GDP能耗/单位GDP二氧化碳排放", "下降 3%/下降 4%", "分别下降3.2%和3.6%", PartiallyMet,
            "单位GDP能耗：增长 -3.2%，未超过目标 -3%；单位GDP二氧化碳排放：增长 -3.6%，超过目标 -4%，超出 0.4 个百分点" },
        // Assertions against numeric targets.
        { "城镇登记失业人数", "控制在 11398 人以内", "达标", Met, "完成情况称“达标”，视为达到目标 11398 人" },
        { "新增就业岗位", "5000个", "已完成", Met, "完成情况称“已完成”，视为达到目标 5000 个" },
        { "新增就业岗位", "5000个", "超额完成", Met, "完成情况称“超额完成”，视为达到目标 5000 个" },
        { "新增就业岗位", "5000个", "预计基本完成", Met, "完成情况称“预计基本完成”，视为达到目标 5000 个" },
        { "新增就业岗位", "5000个", "未完成", Missed, "完成情况称“未完成”，未达到目标 5000 个" },
        { "新增就业岗位", "5000个", "未达标", Missed, "完成情况称“未达标”，未达到目标 5000 个" },
        { "地区生产总值", "增长 6%", "完成年度目标", Met, "完成情况称“完成年度目标”，视为达到目标增长 6%" },
        { "固定资产投资", "600亿元", "完成年度目标的 103%", Met, "完成年度目标的 103%，达到目标 600 亿元" },
        { "固定资产投资", "600亿元", "完成年度计划的 98%", Missed, "完成年度目标的 98%，未达到目标 600 亿元，差 2 个百分点" },
        { "地区生产总值", "增长 6%", "完成年度目标的 103%", Undetermined,
            "完成情况为年度目标的 103%，目标为增长 6%：目标的比例不说明增长率，应给出增长率" },
        { "能源消费总量", "控制在市下达目标内", "5025 / 控制在市下达指标内", Met, "按表述“控制在市下达指标内”判定：完成情况称“控制在市下达指标内”" },
        { "能源消费总量", "5000以内", "5025 / 控制在市下达指标内", Missed, "按数值 5025 判定：5025，超过目标 5000，超出 25" },
        { "节能量", "完成市下达目标", "已完成", Met, "完成情况称“已完成”" },
        // City gaps, with no city figure supplied.
        { "社会消费品零售总额", "增长与全市保持同步", "同比增长 7.2%，高于全市 1.5 个百分点", Met,
            "增长 7.2%，高于全市 1.5 个百分点（全市增长 5.7%，由完成情况推算），目标与全市保持同步" },
        { "社会消费品零售总额", "增长高于全市平均水平", "增长 5%，低于全市 0.3 个百分点", Missed,
            "增长 5%，低于全市 0.3 个百分点（全市增长 5.3%，由完成情况推算），目标高于全市" },
        { "社会消费品零售总额", "增长与全市保持同步", "增长 5%，与全市持平", Met, "增长 5%，与全市持平（全市增长 5%，由完成情况推算），目标与全市保持同步" },
        { "社会消费品零售总额", "增长高于全市平均水平", "增长 5%，与全市持平", Missed, "增长 5%，与全市持平（全市增长 5%，由完成情况推算），目标高于全市" },
        { "社会消费品零售总额", "增长与全市基本同步", "增长 5%，低于全市 0.3 个百分点", Met,
            "增长 5%，低于全市 0.3 个百分点（全市增长 5.3%，由完成情况推算），目标与全市基本同步" },
        { "社会消费品零售总额", "增长高于全市平均水平", "增速高于全市 1.5 个百分点", Met, "完成情况称高于全市 1.5 个百分点，目标高于全市" },
        // Chinese numerals.
        { "地区生产总值", "增长 6%", "增长百分之六点五", Met, "增长 6.5%，达到目标 6%" },
        { "税收收入", "2000万元", "三千万元", Met, "3000 万元，达到目标 2000 万元" },
        { "城镇污水处理率", "提高 1 个百分点", "提高半个百分点", Missed, "提升 0.5 个百分点，低于目标 1 个百分点，差 0.5 个百分点" },
    };

    [Theory]
    [MemberData(nameof(Issue25Rows))]
    public void EvaluateRow_Issue25Actual_GivesStateAndReason(string indicator, string target, string actual, AttainmentState state, string chinese)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual));

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        (result.State, result.Attainment.Explanation.Chinese).ShouldBe((state, chinese));
        var judge = new Judge(EvaluationPolicy.Default, new LookupFacts(null, null), default);
        var parsed = ObservationParser.ParseForTarget(actual, indicator, "actual_text", result.Target);
        if (judge.State(indicator, result.Target!, parsed.Value) is { } fast)
        {
            fast.ShouldBe(state, "the state path");
        }
    }

    [Theory]
    [InlineData("能源消费总量", "控制在市下达目标内", "the actual gives a figure (5025) and a statement (控制在市下达指标内) where the target has one part: judged by the statement, as the target is the city's quota or a statement")]
    [InlineData("能源消费总量", "5000以内", "the actual gives a figure (5025) and a statement (控制在市下达指标内) where the target has one part: judged by the figure")]
    public void EvaluateRow_FigureAndStatementForOnePart_SaysWhichWasJudged(string indicator, string target, string message) =>
        new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, "5025 / 控制在市下达指标内")).Diagnostics
            .ShouldBe([new Diagnostic(DiagnosticSeverity.Info, message, "actual_text")]);

    public static TheoryData<string, string, AttainmentState, string> InterimShares => new()
    {
        { "完成年度目标的 55%", "H1", Met, "完成年度目标的 55%，达到序时进度 50%（全年目标 600 亿元）" },
        { "完成年度目标的 45%", "H1", Missed, "完成年度目标的 45%，低于序时进度 50%（全年目标 600 亿元），差 5 个百分点" },
        { "完成年度目标的 70%", "Q3", Missed, "完成年度目标的 70%，低于序时进度 75%（全年目标 600 亿元），差 5 个百分点" },
    };

    [Theory]
    [MemberData(nameof(InterimShares))]
    public void EvaluateRow_ShareInInterimReport_ComparedWithTheElapsedShare(string actual, string period, AttainmentState state, string chinese)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "固定资产投资", "完成 600 亿元", actual), null, ReportingPeriod.TryParse(period)!.Value);

        (result.State, result.Attainment.Explanation.Chinese).ShouldBe((state, chinese));
    }
}
