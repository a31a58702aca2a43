using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Text;

namespace TargetRules.Tests.Evaluation;

/// <summary>
/// The reason given for each way a comparison can come out, word for word in both languages: every comparison
/// and its equal-value edge, growth computed from a baseline, each measure an actual can lack, units that do not
/// align, city-relative, city-quota and qualitative targets with and without the city's figures. Both languages and
/// the state are asserted: a branch whose reason only one of them shows would otherwise go untested.
/// Phrases go through the public parsers and <c>Evaluator.Evaluate</c>.
/// </summary>
public sealed class ReasonWordingTests
{
    [Theory]
    [InlineData("城镇登记失业人数", "10410 人以内", "9000 人", null, null, AttainmentState.Met, "9000 人，未超过目标 10410 人", "9000 人, within the target of 10410 人")]
    [InlineData("城镇登记失业人数", "10410 人以内", "10500 人", null, null, AttainmentState.Missed, "10500 人，超过目标 10410 人，超出 90 人", "10500 人, above the target of 10410 人, over by 90 人")]
    [InlineData("城镇登记失业人数", "低于 10410 人", "10000 人", null, null, AttainmentState.Met, "10000 人，低于目标 10410 人", "10000 人, below the target of 10410 人")]
    [InlineData("城镇登记失业人数", "低于 10410 人", "10410 人", null, null, AttainmentState.Missed, "10410 人，未低于目标 10410 人", "10410 人, not below the target of 10410 人")]
    [InlineData("城镇登记失业人数", "低于 10410 人", "10500 人", null, null, AttainmentState.Missed, "10500 人，未低于目标 10410 人，超出 90 人", "10500 人, not below the target of 10410 人, over by 90 人")]
    [InlineData("地区生产总值", "高于 180 亿元", "180 亿元", null, null, AttainmentState.Missed, "180 亿元，未高于目标 180 亿元", "180 亿元, not above the target of 180 亿元")]
    [InlineData("地区生产总值", "高于 180 亿元", "170 亿元", null, null, AttainmentState.Missed, "170 亿元，未高于目标 180 亿元，差 10 亿元", "170 亿元, not above the target of 180 亿元, short by 10 亿元")]
    [InlineData("地区生产总值", "高于 180 亿元", "190 亿元", null, null, AttainmentState.Met, "190 亿元，高于目标 180 亿元", "190 亿元, above the target of 180 亿元")]
    [InlineData("地区生产总值", "180 亿元左右", "179 亿元", null, null, AttainmentState.Met, "179 亿元，达到目标 180 亿元左右（容差 1.8 亿元）", "179 亿元, meets the target of about 180 亿元 (tolerance 1.8 亿元)")]
    [InlineData("地区生产总值", "增长 6%", "600 亿元", ReferenceKind.Baseline, "560 亿元", AttainmentState.Met, "按上年基数 560 亿元 计算，增长 7.14%，达到目标 6%", "growth computed from the baseline, growth 7.14%, meets the target of 6%")]
    [InlineData("地区生产总值", "增长 6%", "600 亿元", ReferenceKind.Baseline, "0 亿元", AttainmentState.Undetermined, "上年基数为 0，无法计算增长", "the baseline is zero; growth cannot be computed")]
    [InlineData("地区生产总值", "增长 6%", "600 亿元", null, null, AttainmentState.Undetermined, "完成情况只给出总量 600 亿元，缺少上年基数，无法计算增长", "the actual gives only the level 600 亿元; without a baseline (prior-period figure) growth cannot be computed")]
    [InlineData("地区生产总值", "可比增长 6%", "增长 7%", null, null, AttainmentState.Undetermined, "完成情况“增长 7%”只给出名义增长，目标为可比增长", "the actual \"增长 7%\" gives nominal growth but the target is comparable growth")]
    [InlineData("地区生产总值", "可比增长 6%", "600 亿元", null, null, AttainmentState.Undetermined, "完成情况只给出总量 600 亿元，无法得出可比增长", "the actual gives only the level 600 亿元; comparable growth cannot be derived from it")]
    [InlineData("地区生产总值", "增长 6%", "可比增长 7%", null, null, AttainmentState.Undetermined, "完成情况“可比增长 7%”只给出可比增长，目标为名义增长", "the actual \"可比增长 7%\" gives comparable growth but the target is nominal growth")]
    [InlineData("地区生产总值", "180 亿元", "增长 7%", null, null, AttainmentState.Undetermined, "完成情况“增长 7%”只给出增长率，目标为总量", "the actual \"增长 7%\" gives a growth rate but the target is a level")]
    [InlineData("地区生产总值", "180 亿元", "在全市保持较好水平", null, null, AttainmentState.Undetermined, "完成情况“在全市保持较好水平”没有可比较的数值", "the actual \"在全市保持较好水平\" gives no figure to compare")]
    [InlineData("地区生产总值", "180 亿元", "达标", null, null, AttainmentState.Met, "完成情况称“达标”，视为达到目标 180 亿元", "the actual states \"达标\", taken as meeting the target of 180 亿元")]
    [InlineData("地区生产总值", "180 亿元", "未完成", null, null, AttainmentState.Missed, "完成情况称“未完成”，未达到目标 180 亿元", "the actual states \"未完成\", which misses the target of 180 亿元")]
    [InlineData("地区生产总值", "180 亿元", "完成年度目标的 98%", null, null, AttainmentState.Missed, "完成年度目标的 98%，未达到目标 180 亿元，差 2 个百分点", "98% of the year's target reached, short of the target of 180 亿元 by 2 percentage points")]
    [InlineData("地区生产总值", "180 亿元以内", "完成年度目标的 98%", null, null, AttainmentState.Undetermined, "完成情况为年度目标的 98%，目标为上限 180 亿元：比例不说明是否控制在目标以内，应给出数值", "the actual gives 98% of the year's target, but the target is a cap of 180 亿元: a share does not say whether it stayed within it; the figure would settle it")]
    [InlineData("地区生产总值", "增长高于全市平均水平", "增长 7.2%，高于全市 1.5 个百分点", null, null, AttainmentState.Met, "增长 7.2%，高于全市 1.5 个百分点（全市增长 5.7%，由完成情况推算），目标高于全市", "growth 7.2%, 1.5 percentage points above the city (the city's growth 5.7%, worked out from the actual) (target: above the city)")]
    [InlineData("地区生产总值", "增长高于全市平均水平", "增长 7.2%，高于全市 1.5 个百分点", ReferenceKind.City, "增长 8%", AttainmentState.Missed, "增长 7.2%，低于全市增长 8%，差 0.8 个百分点，目标高于全市", "growth 7.2%, below the city's growth 8%, short by 0.8 percentage points (target: above the city)")]
    [InlineData("某指标", "180 亿元", "待市级部门反馈", ReferenceKind.Verdict, "未完成", AttainmentState.Missed, "市级反馈“未完成”，未达到目标 180 亿元", "the city reported \"未完成\", which misses the target of 180 亿元")]
    [InlineData("某指标", "180 亿元", "待市级部门反馈", ReferenceKind.Verdict, "已完成", AttainmentState.Met, "市级反馈“已完成”，视为达到目标 180 亿元", "the city reported \"已完成\", taken as meeting the target of 180 亿元")]
    [InlineData("某指标", "完成市下达目标", "100 人", ReferenceKind.Verdict, "未完成", AttainmentState.Missed, "市级考核：未完成", "the city's assessment: 未完成 (missed)")]
    [InlineData("某指标", "完成市下达目标", "100 人", ReferenceKind.Verdict, "完成", AttainmentState.Met, "市级考核：完成", "the city's assessment: 完成 (met)")]
    [InlineData("地区生产总值", "180 亿元", "563.49", null, null, AttainmentState.Undetermined, "完成情况 563.49 未写单位，目标单位为亿元", "the actual 563.49 has no unit; the target is in 亿元")]
    [InlineData("实际到位外资额", "6 亿美元", "5 亿元", null, null, AttainmentState.Undetermined, "单位不一致：完成情况为 5 亿元，目标为 6 亿美元", "units differ: the actual is 5 亿元, the target 6 亿美元")]
    [InlineData("城镇调查失业率", "5%", "60 人", null, null, AttainmentState.Undetermined, "单位不一致：完成情况为 60 人，目标为 5%", "units differ: the actual is 60 人, the target 5%")]
    [InlineData("地区生产总值", "增长高于全市平均水平", "增长 5%", null, null, AttainmentState.AwaitingCityFeedback, "增长 5%，全市数据尚未提供", "growth 5%; the city's figure is not yet available")]
    [InlineData("地区生产总值", "增长高于全市平均水平", "增长 5%", ReferenceKind.City, "增长 4%", AttainmentState.Met, "增长 5%，高于全市增长 4%，目标高于全市", "growth 5%, above the city's growth 4% (target: above the city)")]
    [InlineData("地区生产总值", "增长高于全市平均水平", "增长 5%", ReferenceKind.City, "增长 6.5%", AttainmentState.Missed, "增长 5%，低于全市增长 6.5%，差 1.5 个百分点，目标高于全市", "growth 5%, below the city's growth 6.5%, short by 1.5 percentage points (target: above the city)")]
    [InlineData("地区生产总值", "增长高于全市平均水平", "增长 5%", ReferenceKind.City, "达标", AttainmentState.Undetermined, "全市参考值“达标”未给出可比较的增长率", "the city's figure \"达标\" gives no growth rate to compare with")]
    [InlineData("地区生产总值", "与全市保持同步", "增长 4.7%", ReferenceKind.City, "增长 5%", AttainmentState.Missed, "增长 4.7%，低于全市增长 5%，差 0.3 个百分点，目标与全市保持同步", "growth 4.7%, below the city's growth 5%, short by 0.3 percentage points (target: in step with the city)")]
    [InlineData("地区生产总值", "与全市基本同步", "增长 4.7%", ReferenceKind.City, "增长 5%", AttainmentState.Met, "增长 4.7%，略低于全市增长 5%，目标与全市基本同步", "growth 4.7%, slightly below the city's growth 5% (target: basically in step with the city)")]
    [InlineData("地区生产总值", "增长高于全市平均水平", "高于全市平均水平", null, null, AttainmentState.Met, "完成情况称“高于全市平均水平”", "the actual states \"高于全市平均水平\"")]
    [InlineData("地区生产总值", "不低于全市平均水平", "高于全市平均水平", null, null, AttainmentState.Met, "完成情况称“高于全市平均水平”", "the actual states \"高于全市平均水平\"")]
    [InlineData("税收", "与经济增长同步", "增长 5%", null, null, AttainmentState.Undetermined, "增长 5%；本计划中没有“经济增长”对应的指标", "growth 5%; no indicator of this plan gives \"经济增长\"")]
    [InlineData("某指标", "完成市下达目标", "完成市下达目标", null, null, AttainmentState.Met, "完成情况称“完成市下达目标”", "the actual states \"完成市下达目标\" (city quota met)")]
    [InlineData("某指标", "完成市下达目标", "未完成市下达目标", null, null, AttainmentState.Missed, "完成情况称“未完成市下达目标”", "the actual states \"未完成市下达目标\" (city quota missed)")]
    [InlineData("某指标", "完成市下达目标", "100 人", ReferenceKind.Verdict, "达标", AttainmentState.Met, "市级考核：达标", "the city's assessment: 达标 (met)")]
    [InlineData("某指标", "完成市下达目标", "100 人", ReferenceKind.Verdict, "未达标", AttainmentState.Missed, "市级考核：未达标", "the city's assessment: 未达标 (missed)")]
    [InlineData("某指标", "完成市下达目标", "100 人", ReferenceKind.Quota, "90 人", AttainmentState.Met, "100 人，达到市下达目标 90 人", "100 人, meets the city's quota of 90 人")]
    [InlineData("某指标", "控制在市下达目标以内", "100 人", ReferenceKind.Quota, "90 人", AttainmentState.Missed, "100 人，超过市下达目标 90 人，超出 10 人", "100 人, above the city's quota of 90 人, over by 10 人")]
    [InlineData("某指标", "完成市下达目标", "100 人", null, null, AttainmentState.AwaitingCityFeedback, "100 人，市下达目标尚未提供", "100 人; the city's quota or assessment is not yet available")]
    [InlineData("某指标", "完成市下达目标", "", null, null, AttainmentState.NotReported, "未报送完成情况", "no actual reported")]
    [InlineData("某指标", "在全市保持较好水平", "保持全市领先水平", null, null, AttainmentState.Met, "完成情况称“保持全市领先水平”，达到“在全市保持较好水平”", "the actual states \"保持全市领先水平\", which meets \"在全市保持较好水平\"")]
    [InlineData("某指标", "在全市保持较好水平", "100 人", null, null, AttainmentState.Undetermined, "完成情况“100 人”未说明是否“在全市保持较好水平”", "the actual \"100 人\" does not say whether \"在全市保持较好水平\"")]
    public void Evaluate_EachWayAComparisonComesOut_ExactReasonInBothLanguages(string indicator, string target, string actual, ReferenceKind? kind, string? reference,
        AttainmentState state, string chinese, string english)
    {
        var references = kind is { } k ? ReferenceSet.Empty.With(new Reference(indicator, k, ObservationParser.Parse(reference!, indicator).OrThrow())) : null;

        var attainment = Evaluator.Default.Evaluate(indicator, TargetParser.Parse(target, indicator).OrThrow(), ObservationParser.Parse(actual, indicator).OrThrow(), references);

        attainment.State.ShouldBe(state);
        attainment.Explanation.Chinese.ShouldBe(chinese);
        attainment.Explanation.English.ShouldBe(english);
    }

    [Theory]
    [InlineData("某指标", "增长 6%", "国家已不再评定", null, AttainmentState.NotAssessed, "不再考核：国家已不再评定", "no longer assessed: 国家已不再评定")]
    [InlineData("某指标", "增长 6%", "年度指标", null, AttainmentState.Undetermined, "完成情况为“年度指标”，未给出数值", "the actual says \"annual indicator\" and gives no figure")]
    [InlineData("某指标", "增长 6%", "年度指标", "H1", AttainmentState.NotAssessed, "年度指标，期中不考核", "reported annually; not assessed in an interim report")]
    [InlineData("某指标", "增长 6%", "待市级部门反馈", null, AttainmentState.AwaitingCityFeedback, "待市级部门反馈", "waiting for the city: 待市级部门反馈")]
    [InlineData("社会消费品零售总额/商品销售总额", "增长 6%/增长 5%", "增长 7%/增长 3.5%", null, AttainmentState.PartiallyMet,
        "社会消费品零售总额：增长 7%，达到目标 6%；商品销售总额：增长 3.5%，低于目标 5%，差 1.5 个百分点",
        "社会消费品零售总额: growth 7%, meets the target of 6%; 商品销售总额: growth 3.5%, below the target of 5%, short by 1.5 percentage points")]
    [InlineData("社会消费品零售总额/商品销售总额", "增长 6%", "增长 7%/增长 4%", null, AttainmentState.Undetermined, "完成情况有 2 项（以“/”分隔），目标只有 1 项", "the actual has 2 slash-separated parts but the target has 1")]
    [InlineData("某指标", "市级 80 个", "区级 70 个", null, AttainmentState.Undetermined, "完成情况中没有“市级”部分", "the actual has no part for \"市级\"")]
    [InlineData("某指标", "市级 80 个", "市级 90 个，区级 70 个", null, AttainmentState.Met, "市级：90 个，达到目标 80 个", "市级: 90 个, meets the target of 80 个")]
    [InlineData("某指标", "", "增长 7%", null, AttainmentState.NotAssessed, "无考核目标", "no target set")]
    [InlineData("城镇调查失业率", "5.5%以内", "4.8%到5.1%", null, AttainmentState.Met,
        "完成情况为区间 4.8%～5.1%，两端结论相同（下限：4.8%，未超过目标 5.5%；上限：5.1%，未超过目标 5.5%）",
        "the actual is the range 4.8%～5.1%; both ends agree (low end: 4.8%, within the target of 5.5%; high end: 5.1%, within the target of 5.5%)")]
    [InlineData("城镇调查失业率", "5%以内", "4.8%到5.1%", null, AttainmentState.Undetermined,
        "完成情况为区间 4.8%～5.1%，两端结论不一（下限：4.8%，未超过目标 5%；上限：5.1%，超过目标 5%，超出 0.1 个百分点）。完成情况给出单一数值即可判定",
        "the actual is the range 4.8%～5.1% and its ends disagree (low end: 4.8%, within the target of 5%; high end: 5.1%, above the target of 5%, over by 0.1 percentage points); a single figure would settle it")]
    [InlineData("某指标", "3500亿元以上", "3560-3570亿元", null, AttainmentState.Met,
        "完成情况为区间 3560 亿元～3570 亿元，两端结论相同（下限：3560 亿元，达到目标 3500 亿元；上限：3570 亿元，达到目标 3500 亿元）",
        "the actual is the range 3560 亿元～3570 亿元; both ends agree (low end: 3560 亿元, meets the target of 3500 亿元; high end: 3570 亿元, meets the target of 3500 亿元)")]
    [InlineData("某指标", "市级 80 个", "市级 70-75 个，区级 70 个", null, AttainmentState.Missed,
        "市级：完成情况为区间 70 个～75 个，两端结论相同（下限：70 个，低于目标 80 个，差 10 个；上限：75 个，低于目标 80 个，差 5 个）",
        "市级: the actual is the range 70 个～75 个; both ends agree (low end: 70 个, below the target of 80 个, short by 10 个; high end: 75 个, below the target of 80 个, short by 5 个)")]
    [InlineData("某指标", "增长 6%", "", null, AttainmentState.NotReported, "未报送完成情况", "no actual reported")]
    [InlineData("某指标", "增长 6%以上，高于全市平均水平", "增长 5.5%，高于全市平均水平", null, AttainmentState.Missed,
        "增长 5.5%，低于目标 6%，差 0.5 个百分点；完成情况称“高于全市平均水平”", "growth 5.5%, below the target of 6%, short by 0.5 percentage points; the actual states \"高于全市平均水平\"")]
    public void Evaluate_StatusesPartsAndConditions_ExactReasonInBothLanguages(string indicator, string target, string actual, string? period,
        AttainmentState state, string chinese, string english)
    {
        var when = period is null ? default : ReportingPeriod.TryParse(period)!.Value;

        var attainment = Evaluator.Default.Evaluate(indicator, TargetParser.Parse(target, indicator).OrThrow(), ObservationParser.Parse(actual, indicator).OrThrow(), (IReferenceLookup?)null, when);

        attainment.State.ShouldBe(state);
        attainment.Explanation.Chinese.ShouldBe(chinese);
        attainment.Explanation.English.ShouldBe(english);
    }
}
