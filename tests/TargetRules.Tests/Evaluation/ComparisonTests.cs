using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Evaluation;

public sealed class ComparisonTests
{
    private static readonly Unit Ren = Unit.Count("人");
    private static readonly Unit Jia = Unit.Count("家");

    private static Attainment Judge(Target target, Observation actual, IReferenceLookup? references = null,
        ReportingPeriod period = default, EvaluationPolicy? policy = null, Func<string, Observation?>? peers = null)
    {
        var attainment = new Evaluator(policy).Evaluate("指标", target, actual, references, period, peers);

        // A rule set judges large plans for the state alone, through shortcuts of its own: wherever it decides, it
        // must decide every case here as the full judgement does.
        var judge = new TargetRules.Evaluation.Judge(policy ?? EvaluationPolicy.Default, new LookupFacts(references, peers), period);
        if (judge.State("指标", target, actual) is { } state)
        {
            state.ShouldBe(attainment.State, $"the state path on {target} against {actual.Text}");
        }

        return attainment;
    }

    private static void ShouldJudge(Attainment attainment, AttainmentState state, string chinese, string? english = null)
    {
        attainment.State.ShouldBe(state);
        attainment.Explanation.Chinese.ShouldBe(chinese);
        if (english is not null)
        {
            attainment.Explanation.English.ShouldBe(english);
        }
    }

    private static ReferenceSet With(ReferenceKind kind, Observation value) =>
        ReferenceSet.Empty.With(new Reference("指标", kind, value));

    public static TheoryData<Target, decimal, AttainmentState, string, string> Thresholds => new()
    {
        { Target.AtLeast(90m, Unit.Percent), 90m, Met, "90%，达到目标 90%", "90%, meets the target of 90%" },
        { Target.AtLeast(90m, Unit.Percent), 89.9m, Missed, "89.9%，低于目标 90%，差 0.1 个百分点", "89.9%, below the target of 90%, short by 0.1 percentage points" },
        { Target.Above(90m, Unit.Percent), 90.1m, Met, "90.1%，高于目标 90%", "90.1%, above the target of 90%" },
        { Target.Above(90m, Unit.Percent), 90m, Missed, "90%，未高于目标 90%", "90%, not above the target of 90%" },
        { Target.Above(90m, Unit.Percent), 89m, Missed, "89%，未高于目标 90%，差 1 个百分点", "89%, not above the target of 90%, short by 1 percentage point" },
        { Target.AtMost(5m, Unit.Percent), 5m, Met, "5%，未超过目标 5%", "5%, within the target of 5%" },
        { Target.AtMost(5m, Unit.Percent), 5.2m, Missed, "5.2%，超过目标 5%，超出 0.2 个百分点", "5.2%, above the target of 5%, over by 0.2 percentage points" },
        { Target.Below(5m, Unit.Percent), 4.9m, Met, "4.9%，低于目标 5%", "4.9%, below the target of 5%" },
        { Target.Below(5m, Unit.Percent), 5m, Missed, "5%，未低于目标 5%", "5%, not below the target of 5%" },
        { Target.Below(5m, Unit.Percent), 6m, Missed, "6%，未低于目标 5%，超出 1 个百分点", "6%, not below the target of 5%, over by 1 percentage point" },
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Evaluate_Threshold_ComparesAndExplains(Target target, decimal actual, AttainmentState state, string chinese, string english) =>
        ShouldJudge(Judge(target, Observation.OfLevel(actual, Unit.Percent)), state, chinese, english);

    [Theory]
    [InlineData(5.5, Met, "5.5%，达到目标 6%左右（容差 0.5 个百分点）")]
    [InlineData(5.49, Missed, "5.49%，低于目标 6%左右（容差 0.5 个百分点），差 0.51 个百分点")]
    public void Evaluate_AboutRate_AllowsRateTolerance(decimal actual, AttainmentState state, string chinese) =>
        ShouldJudge(Judge(Target.About(6m, Unit.Percent), Observation.OfLevel(actual, Unit.Percent)), state, chinese);

    [Theory]
    [InlineData(198, Met)]
    [InlineData(197.9, Missed)]
    public void Evaluate_AboutLevel_AllowsOnePercentOfTheTarget(decimal actual, AttainmentState state) =>
        Judge(Target.About(200m, Unit.YiYuan), Observation.OfLevel(actual, Unit.YiYuan)).State.ShouldBe(state);

    [Fact]
    public void Evaluate_AboutLevel_ExplainsTolerance() =>
        ShouldJudge(Judge(Target.About(200m, Unit.YiYuan), Observation.OfLevel(198m, Unit.YiYuan)), Met,
            "198 亿元，达到目标 200 亿元左右（容差 2 亿元）", "198 亿元, meets the target of about 200 亿元 (tolerance 2 亿元)");

    [Fact]
    public void Evaluate_AboutGrowthWithWiderPolicy_UsesPolicyTolerance()
    {
        var policy = EvaluationPolicy.Default with { ApproximateRateTolerance = 1m };
        var target = Target.Threshold(Measure.Growth, Comparison.About, Quantity.Percent(6m));

        Judge(target, Observation.OfGrowth(5.1m), policy: policy).State.ShouldBe(Met);
        Judge(target, Observation.OfGrowth(5.1m)).State.ShouldBe(Missed);
    }

    [Theory]
    [InlineData(11, Missed, "11，低于目标区间 12-15，差 1", "11, below the target of the range 12-15, short by 1")]
    [InlineData(12, Met, "12，达到目标区间 12-15", "12, meets the target of the range 12-15")]
    [InlineData(16, Met, "16，达到目标区间 12-15", "16, meets the target of the range 12-15")]
    public void Evaluate_Range_MeetsAtTheLowEndAndAbove(decimal actual, AttainmentState state, string chinese, string english) =>
        ShouldJudge(Judge(Target.Between(12m, 15m, Unit.None), Observation.OfLevel(actual, Unit.None)), state, chinese, english);

    [Fact]
    public void Evaluate_PercentRangeWithPercentActual_NamesTheRange() =>
        ShouldJudge(Judge(Target.Between(12m, 15m, Unit.Percent), Observation.OfLevel(11.5m, Unit.Percent)), Missed,
            "11.5%，低于目标区间 12-15%，差 0.5 个百分点");

    public static TheoryData<Target, decimal, AttainmentState, string> GrowthCases => new()
    {
        { Target.Decline(5m), -5m, Met, "增长 -5%，未超过目标 -5%" },
        { Target.Decline(5m), -3m, Missed, "增长 -3%，超过目标 -5%，超出 2 个百分点" },
        { Target.Flat(), 0m, Met, "增长 0%，达到目标 0%" },
        { Target.Flat(), -0.1m, Missed, "增长 -0.1%，低于目标 0%，差 0.1 个百分点" },
        { Target.StableGrowth(), 0.1m, Met, "增长 0.1%，高于目标 0%" },
        { Target.StableGrowth(), 0m, Missed, "增长 0%，未高于目标 0%" },
        { Target.Growth(6m), 6.5m, Met, "增长 6.5%，达到目标 6%" },
    };

    [Theory]
    [MemberData(nameof(GrowthCases))]
    public void Evaluate_GrowthTarget_ReadsGrowth(Target target, decimal growth, AttainmentState state, string chinese) =>
        ShouldJudge(Judge(target, Observation.OfGrowth(growth)), state, chinese);

    [Theory]
    [InlineData(4.2, Met, "提升 4.2 个百分点，达到目标 4 个百分点")]
    [InlineData(3, Missed, "提升 3 个百分点，低于目标 4 个百分点，差 1 个百分点")]
    public void Evaluate_PointRise_ReadsPointChange(decimal points, AttainmentState state, string chinese) =>
        ShouldJudge(Judge(Target.PointRise(4m), new Observation { PointChange = points }), state, chinese);

    [Fact]
    public void Evaluate_ComparableTargetWithNominalActual_IsUndetermined() =>
        ShouldJudge(Judge(Target.ComparableGrowth(6m), Observation.OfGrowth(7m) with { Text = "增长 7%" }), Undetermined,
            "完成情况“增长 7%”只给出名义增长，目标为可比增长");

    [Fact]
    public void Evaluate_LevelTargetWithGrowthActual_IsUndetermined() =>
        ShouldJudge(Judge(Target.AtLeast(180m, Unit.YiYuan), Observation.OfGrowth(7m) with { Text = "增长 7%" }), Undetermined,
            "完成情况“增长 7%”只给出增长率，目标为总量");

    public static TheoryData<CityRelativeTarget, decimal, decimal, AttainmentState, string> CityCases => new()
    {
        { Target.AboveCityAverage(Measure.Growth), 5.1m, 5m, Met, "增长 5.1%，高于全市增长 5%，目标高于全市" },
        { Target.AboveCityAverage(Measure.Growth), 5m, 5m, Missed, "增长 5%，等于全市增长 5%，目标高于全市" },
        { Target.NotBelowCityAverage(Measure.Growth), 5m, 5m, Met, "增长 5%，等于全市增长 5%，目标不低于全市" },
        { Target.NotBelowCityAverage(Measure.Growth), 4.9m, 5m, Missed, "增长 4.9%，低于全市增长 5%，差 0.1 个百分点，目标不低于全市" },
        { Target.InSyncWithCity(), 4.9m, 5m, Missed, "增长 4.9%，低于全市增长 5%，差 0.1 个百分点，目标与全市保持同步" },
        { Target.BasicallyInSyncWithCity(), 4.5m, 5m, Met, "增长 4.5%，略低于全市增长 5%，目标与全市基本同步" },
        { Target.BasicallyInSyncWithCity(), 4.4m, 5m, Missed, "增长 4.4%，低于全市增长 5%，差 0.6 个百分点，目标与全市基本同步" },
    };

    [Theory]
    [MemberData(nameof(CityCases))]
    public void Evaluate_CityRelation_ComparesWithCityFigure(CityRelativeTarget target, decimal own, decimal city, AttainmentState state, string chinese) =>
        ShouldJudge(Judge(target, Observation.OfGrowth(own), With(ReferenceKind.City, Observation.OfGrowth(city))), state, chinese);

    [Theory]
    [InlineData(Measure.Growth, 4, 5, Met)]
    [InlineData(Measure.ComparableGrowth, 4, 5, Missed)]
    [InlineData(Measure.Growth, null, 5, Missed)]
    [InlineData(Measure.ComparableGrowth, 4, null, Met)]
    public void Evaluate_CityFigureOfBothGrowths_ComparesWithTheSameKindFirst(Measure measure, int? cityGrowth, int? cityComparable, AttainmentState state)
    {
        // The district's 4.5% against the city's growth of 4% and comparable growth of 5%, or the one the city gives.
        var actual = measure == Measure.Growth ? Observation.OfGrowth(4.5m) : Observation.OfComparableGrowth(4.5m);
        var city = new Observation { Text = "全市", Growth = cityGrowth, ComparableGrowth = cityComparable };

        Judge(Target.AboveCityAverage(measure), actual, With(ReferenceKind.City, city)).State.ShouldBe(state);
    }

    [Fact]
    public void Evaluate_BasicallyInSyncWithNarrowPolicy_UsesPolicyTolerance()
    {
        var policy = EvaluationPolicy.Default with { SyncTolerance = 0.2m };

        Judge(Target.BasicallyInSyncWithCity(), Observation.OfGrowth(4.7m), With(ReferenceKind.City, Observation.OfGrowth(5m)), policy: policy)
            .State.ShouldBe(Missed);
    }

    [Fact]
    public void Evaluate_CityRelationWithoutCityFigure_AwaitsCity() =>
        ShouldJudge(Judge(Target.InSyncWithCity(), Observation.OfGrowth(4m)), AwaitingCityFeedback,
            "增长 4%，全市数据尚未提供", "growth 4%; the city's figure is not yet available");

    [Fact]
    public void Evaluate_CityFigureWithoutGrowth_IsUndetermined() =>
        ShouldJudge(Judge(Target.InSyncWithCity(), Observation.OfGrowth(4m), With(ReferenceKind.City, Observation.Asserting("较快"))), Undetermined,
            "全市参考值“较快”未给出可比较的增长率");

    [Fact]
    public void Evaluate_CityRelationAsserted_IsMetWithoutCityFigure() =>
        ShouldJudge(Judge(Target.NotBelowCityAverage(), Observation.Asserting(Assertion.AboveCity)), Met, "完成情况称“高于全市平均水平”");

    [Fact]
    public void Evaluate_CityRelationAssertedButPolicyIgnoresStatements_AwaitsCity() =>
        Judge(Target.AboveCityAverage(), Observation.OfLevel(85m, Unit.Year) with { Assertions = [Assertion.AboveCity] },
            policy: EvaluationPolicy.Default with { AssertedStatementsCount = false }).State.ShouldBe(AwaitingCityFeedback);

    [Theory]
    [InlineData(5.7, Met, "增长 5.7%，经济增长 6%，与经济增长基本同步")]
    [InlineData(5.4, Missed, "增长 5.4%，经济增长 6%，未与经济增长基本同步")]
    public void Evaluate_PeerSync_ComparesWithThePlansOtherIndicator(decimal own, AttainmentState state, string chinese) =>
        ShouldJudge(Judge(Target.InSyncWith("经济增长", basically: true), Observation.OfGrowth(own),
            peers: name => name == "经济增长" ? Observation.OfComparableGrowth(6m) : null), state, chinese);

    [Fact]
    public void Evaluate_PeerMissing_IsUndetermined() =>
        ShouldJudge(Judge(Target.InSyncWith("经济增长"), Observation.OfGrowth(5m)), Undetermined,
            "增长 5%；本计划中没有“经济增长”对应的指标", "growth 5%; no indicator of this plan gives \"经济增长\"");

    [Fact]
    public void Evaluate_PeerNotReported_IsUndetermined() =>
        ShouldJudge(Judge(Target.InSyncWith("经济增长"), Observation.OfGrowth(5m), peers: _ => Observation.NotReported), Undetermined,
            "增长 5%；“经济增长”没有可比较的数据（）");

    public static TheoryData<CityQuotaTarget, decimal, AttainmentState, string> QuotaCases => new()
    {
        { Target.CityQuota(), 120m, Met, "120 人，达到市下达目标 100 人" },
        { Target.CityQuota(), 90m, Missed, "90 人，低于市下达目标 100 人，差 10 人" },
        { Target.WithinCityQuota(), 100m, Met, "100 人，未超过市下达目标 100 人" },
        { Target.WithinCityQuota(), 120m, Missed, "120 人，超过市下达目标 100 人，超出 20 人" },
    };

    [Theory]
    [MemberData(nameof(QuotaCases))]
    public void Evaluate_Quota_ComparesInTheQuotasDirection(CityQuotaTarget target, decimal actual, AttainmentState state, string chinese) =>
        ShouldJudge(Judge(target, Observation.OfLevel(actual, Ren), With(ReferenceKind.Quota, Observation.OfLevel(100m, Ren))), state, chinese);

    [Fact]
    public void Evaluate_QuotaInOtherMagnitude_Converts() =>
        Judge(Target.WithinCityQuota(), Observation.OfLevel(12116m, Ren), With(ReferenceKind.Quota, Observation.OfLevel(1.5m, Unit.WanCount("人"))))
            .State.ShouldBe(Met);

    [Theory]
    [InlineData(Assertion.MeetsCityQuota, Met)]
    [InlineData(Assertion.MissesCityQuota, Missed)]
    public void Evaluate_QuotaAsserted_FollowsTheAssertion(string assertion, AttainmentState state) =>
        ShouldJudge(Judge(Target.WithinCityQuota(), new Observation { Text = "控制在市下达指标内", Assertions = [assertion] }), state,
            "完成情况称“控制在市下达指标内”");

    [Theory]
    [InlineData(Assertion.MeetsCityQuota, "达标", Met, "市级考核：达标")]
    [InlineData(Assertion.MissesCityQuota, "未达标", Missed, "市级考核：未达标")]
    [InlineData("较好", "较好", Undetermined, "市级考核结果“较好”无法识别，应为达标或未达标")]
    public void Evaluate_QuotaWithVerdict_FollowsTheCity(string assertion, string text, AttainmentState state, string chinese) =>
        ShouldJudge(Judge(Target.CityQuota(), Observation.OfLevel(3m, Unit.Percent),
            With(ReferenceKind.Verdict, new Observation { Text = text, Assertions = [assertion] })), state, chinese);

    [Theory]
    [InlineData("在全市保持较好水平", Met)]
    [InlineData("处于全市领先水平", Met)]
    [InlineData("位居全市前列", Met)]
    [InlineData("有所提升", Undetermined)]
    public void Evaluate_Qualitative_MetBySameOrStrongerStatement(string said, AttainmentState state) =>
        Judge(Target.Qualitative("在全市保持较好水平"), Observation.Asserting(said)).State.ShouldBe(state);

    // The standings are read when the target and the actual are built; the judge compares them, not the words.
    [Theory]
    [InlineData("在全市保持较好水平", "保持全市较好水平", Met)]
    [InlineData("在全市保持领先水平", "位居全市前列", Met)]
    [InlineData("在全市保持领先水平", "在全市保持较好水平", Undetermined)]
    [InlineData("达到国际先进水平", "达到国际先进水平", Met)]
    [InlineData("达到国际先进水平", "已达到国际先进水平", Met)]
    [InlineData("达到国际先进水平", "已经达到国际先进水平", Met)]
    [InlineData("达到国际先进水平", "未达到国际先进水平", Undetermined)]
    public void Evaluate_Qualitative_SameOrHigherStandingMeetsIt_UnrankedOnlyTheSameWords(string target, string said, AttainmentState state) =>
        Judge(Target.Qualitative(target), Observation.Asserting(said)).State.ShouldBe(state);

    [Fact]
    public void Evaluate_QualitativeStronger_Explains() =>
        ShouldJudge(Judge(Target.Qualitative("在全市保持较好水平"), Observation.Asserting("处于全市领先水平")), Met,
            "完成情况称“处于全市领先水平”，达到“在全市保持较好水平”",
            "the actual states \"处于全市领先水平\", which meets \"在全市保持较好水平\"");

    [Fact]
    public void Evaluate_QualitativeWhenStatementsDoNotCount_AwaitsCity() =>
        ShouldJudge(Judge(Target.Qualitative("在全市保持较好水平"), Observation.Asserting("在全市保持较好水平"),
            policy: EvaluationPolicy.Default with { AssertedStatementsCount = false }), AwaitingCityFeedback,
            "定性目标“在全市保持较好水平”待市级评价");

    [Fact]
    public void Evaluate_ScopedPartMissing_IsUndetermined() =>
        ShouldJudge(Judge(Target.AtLeast(80m, Unit.Count("个")).For("市级").And(Target.AtLeast(100m, Unit.Count("个")).For("区级")),
            Observation.OfParts(new ObservationPart("市级", Observation.OfLevel(80m, Unit.Count("个"))))), Undetermined,
            "市级：80 个，达到目标 80 个；完成情况中没有“区级”部分");

    [Fact]
    public void Evaluate_ScopedWithoutParts_ReadsTheWholeActual() =>
        Judge(Target.AtLeast(80m, Unit.Percent).For("义务教育阶段"), Observation.OfLevel(82m, Unit.Percent)).State.ShouldBe(Met);

    [Fact]
    public void Evaluate_ScopedPartNamedWithVerb_MatchesBySuffix() =>
        Judge(Target.AtLeast(10m, Jia).For("国家、市级"),
            Observation.OfParts(new ObservationPart("新增国家、市级", Observation.OfLevel(12m, Jia)))).State.ShouldBe(Met);

    [Fact]
    public void Evaluate_BareActualOnCountTarget_TakesTheTargetsUnit() =>
        ShouldJudge(Judge(Target.AtLeast(27m, Jia), Observation.OfLevel(28m, Unit.None)), Met, "28 家，达到目标 27 家");

    [Fact]
    public void Evaluate_BareActualOnMoneyTarget_IsUndetermined() =>
        ShouldJudge(Judge(Target.AtLeast(180m, Unit.YiYuan), Observation.OfLevel(563.49m, Unit.None)), Undetermined,
            "完成情况 563.49 未写单位，目标单位为亿元", "the actual 563.49 has no unit; the target is in 亿元");

    [Fact]
    public void Evaluate_BareTargetOnPercentActual_TakesTheActualsUnit() =>
        ShouldJudge(Judge(Target.AtLeast(3.5m, Unit.None), Observation.OfLevel(3.6m, Unit.Percent)), Met, "3.6%，达到目标 3.5%");

    [Fact]
    public void Evaluate_BareTargetOnMoneyActual_IsUndetermined() =>
        ShouldJudge(Judge(Target.AtLeast(180m, Unit.None), Observation.OfLevel(192.1m, Unit.YiYuan)), Undetermined,
            "目标 180 未写单位，完成情况为 192.1 亿元");

    [Fact]
    public void Evaluate_UnitsOfDifferentDimensions_IsUndetermined() =>
        ShouldJudge(Judge(Target.AtLeast(90m, Unit.Percent), Observation.OfLevel(85m, Unit.Year)), Undetermined,
            "单位不一致：完成情况为 85 岁，目标为 90%", "units differ: the actual is 85 岁, the target 90%");

    [Fact]
    public void Evaluate_PerCapitaAgainstTotal_IsUndetermined() =>
        Judge(Target.AtLeast(40m, Unit.SquareMetre.PerCapita(1000)), Observation.OfLevel(40m, Unit.WanSquareMetre)).State.ShouldBe(Undetermined);

    [Fact]
    public void Evaluate_PerTenThousandAgainstPerThousand_Converts() =>
        ShouldJudge(Judge(Target.AtLeast(40m, Unit.SquareMetre.PerCapita(1000)), Observation.OfLevel(407.7m, Unit.SquareMetre.PerCapita(10000))), Met,
            "每万人 407.7 平方米（合 每千人 40.77 平方米），达到目标 每千人 40 平方米");

    [Fact]
    public void Evaluate_GrowthFromBaselineInOtherUnit_ConvertsFirst() =>
        ShouldJudge(Judge(Target.Growth(10m), Observation.OfLevel(5.5m, Unit.YiYuan), With(ReferenceKind.Baseline, Observation.OfLevel(50000m, Unit.WanYuan))), Met,
            "按上年基数 50000 万元 计算，增长 10%，达到目标 10%");

    [Fact]
    public void Evaluate_GrowthFromZeroBaseline_IsUndetermined() =>
        ShouldJudge(Judge(Target.Growth(10m), Observation.OfLevel(5m, Jia), With(ReferenceKind.Baseline, Observation.OfLevel(0m, Jia))), Undetermined,
            "上年基数为 0，无法计算增长");

    [Fact]
    public void Evaluate_GrowthFromBaselineInOtherDimension_IsUndetermined() =>
        Judge(Target.Growth(10m), Observation.OfLevel(5m, Jia), With(ReferenceKind.Baseline, Observation.OfLevel(5m, Unit.YiYuan))).State.ShouldBe(Undetermined);

    [Fact]
    public void Evaluate_ComparableGrowthFromBaseline_IsNeverComputed() =>
        ShouldJudge(Judge(Target.ComparableGrowth(6m), Observation.OfLevel(110m, Unit.YiYuan), With(ReferenceKind.Baseline, Observation.OfLevel(100m, Unit.YiYuan))),
            Undetermined, "完成情况只给出总量 110 亿元，无法得出可比增长");

    private static readonly ReportingPeriod FirstHalf = ReportingPeriod.FromElapsed(0.5m);

    [Theory]
    [InlineData(95, Met, "95 亿元，达到目标序时进度 90 亿元（全年 180 亿元 × 0.5）")]
    [InlineData(85, Missed, "85 亿元，低于目标序时进度 90 亿元（全年 180 亿元 × 0.5），差 5 亿元")]
    public void Evaluate_InterimCumulativeAmount_IsProrated(decimal actual, AttainmentState state, string chinese) =>
        ShouldJudge(Judge(Target.AtLeast(180m, Unit.YiYuan), Observation.OfLevel(actual, Unit.YiYuan), period: FirstHalf), state, chinese);

    [Fact]
    public void Evaluate_InterimMarkedCount_IsProrated() =>
        Judge(Target.AtLeast(400m, Unit.Count("台")).AccumulatesOverYear(), Observation.OfLevel(210m, Unit.Count("台")), period: FirstHalf).State.ShouldBe(Met);

    public static TheoryData<Target, Observation> NotProrated => new()
    {
        { Target.AtLeast(97m, Unit.Percent), Observation.OfLevel(90m, Unit.Percent) },
        { Target.Growth(6m), Observation.OfGrowth(4m) },
        { Target.AtLeast(27m, Unit.Count("家")), Observation.OfLevel(20m, Unit.Count("家")) },
        { Target.AtLeast(40m, Unit.Yuan.PerCapita(1000)), Observation.OfLevel(30m, Unit.Yuan.PerCapita(1000)) },
    };

    [Theory]
    [MemberData(nameof(NotProrated))]
    public void Evaluate_InterimRateGrowthOrStock_ComparesDirectly(Target target, Observation actual) =>
        Judge(target, actual, period: FirstHalf).State.ShouldBe(Missed);

    [Fact]
    public void Evaluate_InterimCap_IsNotProrated() =>
        Judge(Target.AtMost(100m, Unit.YiYuan), Observation.OfLevel(80m, Unit.YiYuan), period: FirstHalf).State.ShouldBe(Met);

    [Fact]
    public void Evaluate_AnnualOnlyInInterim_IsNotAssessed() =>
        ShouldJudge(Judge(Target.Growth(6m), new Observation { Text = "年度指标", Status = ObservationStatus.AnnualOnly }, period: FirstHalf),
            NotAssessed, "年度指标，期中不考核");

    [Fact]
    public void Evaluate_AnnualOnlyInAnnualReport_IsUndetermined() =>
        Judge(Target.Growth(6m), new Observation { Text = "年度指标", Status = ObservationStatus.AnnualOnly }).State.ShouldBe(Undetermined);

    [Fact]
    public void Evaluate_VoidTarget_IsNotAssessed() =>
        ShouldJudge(Judge(Target.None(), Observation.OfGrowth(3m)), NotAssessed, "无考核目标", "no target set");

    [Fact]
    public void Evaluate_AllOf_IsThreeValuedAnd()
    {
        var target = Target.Growth(6m).And(Target.InSyncWithCity());

        Judge(target, Observation.OfGrowth(7m)).State.ShouldBe(AwaitingCityFeedback);
        Judge(target, Observation.OfGrowth(5m)).State.ShouldBe(Missed);
        Judge(target, Observation.OfGrowth(7m), With(ReferenceKind.City, Observation.OfGrowth(6.5m))).State.ShouldBe(Met);
        Judge(target, Observation.OfLevel(7m, Unit.YiYuan)).State.ShouldBe(Undetermined);
    }

    [Fact]
    public void Evaluate_SlashCountsDiffer_IsUndetermined() =>
        ShouldJudge(Judge(Target.Slash(Target.Growth(1m), Target.Growth(2m)), Observation.OfGrowth(3m) with { Text = "增长 3%" }), Undetermined,
            "指标 [1]：完成情况有 1 项，目标有 2 项（以“/”分隔），无法对应；指标 [2]：完成情况有 1 项，目标有 2 项（以“/”分隔），无法对应");

    [Fact]
    public void Evaluate_PendingActualOnSlash_SpeaksForEveryComponent()
    {
        var attainment = Judge(Target.Slash(Target.Growth(1m), Target.Growth(2m)), Observation.NotReported);

        attainment.State.ShouldBe(NotReported);
        attainment.Components.Select(c => c.State).ShouldBe([NotReported, NotReported]);
    }

    [Fact]
    public void Evaluate_ProvisionalActual_KeepsStateAndFlags()
    {
        var attainment = Judge(Target.Growth(6m), Observation.OfGrowth(6.2m) with { Provisional = true, Text = "预计增长 6.2%" });

        attainment.State.ShouldBe(Met);
        attainment.Provisional.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_NullArguments_Throw()
    {
        Should.Throw<ArgumentNullException>(() => Evaluator.Default.Evaluate(null!, Target.None(), Observation.NotReported));
        Should.Throw<ArgumentNullException>(() => Evaluator.Default.Evaluate("指标", null!, Observation.NotReported));
        Should.Throw<ArgumentNullException>(() => Evaluator.Default.Evaluate("指标", Target.None(), null!));
    }

    private static Observation Actual(string text) => ObservationParser.Parse(text).OrThrow();

    private static ReferenceSet One(string indicator, ReferenceKind kind, Observation value) => ReferenceSet.Empty.With(new Reference(indicator, kind, value));

    [Theory]
    [InlineData("经济增长", false, "增长 6%", "增长 5%", AttainmentState.Met, "增长 6%，经济增长 5%，与经济增长同步", "growth 6%; 经济增长 growth 5%; in step with 经济增长")]
    [InlineData("经济增长", false, "增长 4%", "增长 5%", AttainmentState.Missed, "增长 4%，经济增长 5%，未与经济增长同步", "growth 4%; 经济增长 growth 5%; not in step with 经济增长")]
    [InlineData("经济增长", true, "增长 4.7%", "增长 5%", AttainmentState.Met, "增长 4.7%，经济增长 5%，与经济增长基本同步", "growth 4.7%; 经济增长 growth 5%; in step with 经济增长 (within the sync tolerance)")]
    [InlineData("居民收入", false, "增长 6%", "增长 5%", AttainmentState.Met, "增长 6%，居民收入 增长 5%，与居民收入同步", "growth 6%; 居民收入 growth 5%; in step with 居民收入")]
    [InlineData("经济增长", false, "增长 6%", "达标", AttainmentState.Undetermined, "增长 6%；“经济增长”没有可比较的数据（达标）", "growth 6%; \"经济增长\" has no comparable figure (达标)")]
    public void Evaluate_InSyncWithAPeer_SaysThePeersFigureAndWhetherInStep(string peer, bool basically, string actual, string peerFigure, AttainmentState state, string chinese, string english) =>
        ShouldJudge(Evaluator.Default.Evaluate("税收", Target.InSyncWith(peer, basically), Actual(actual), null, default, name => name == peer ? Actual(peerFigure) : null),
            state, chinese, english);

    [Fact]
    public void Evaluate_CityGivesBothGrowths_ComparableTargetReadsTheComparableOne()
    {
        var city = new Observation { Text = "增长 7%，可比增长 5%", Growth = 7, ComparableGrowth = 5 };

        var attainment = Evaluator.Default.Evaluate("地区生产总值", Target.AboveCityAverage(Measure.ComparableGrowth), Actual("可比增长 6%"), One("地区生产总值", ReferenceKind.City, city));

        ShouldJudge(attainment, AttainmentState.Met, "可比增长 6%，高于全市可比增长 5%，目标高于全市", "comparable growth 6%, above the city's comparable growth 5% (target: above the city)");
    }

    [Fact]
    public void Evaluate_CityFigureWithoutTheMeasure_UndeterminedNamingTheMeasure()
    {
        var level = Evaluator.Default.Evaluate("地区生产总值", Target.AboveCityAverage(Measure.Level), Actual("100 亿元"), One("地区生产总值", ReferenceKind.City, Actual("增长 5%")));
        var comparable = Evaluator.Default.Evaluate("地区生产总值", Target.AboveCityAverage(Measure.ComparableGrowth), Actual("可比增长 6%"), One("地区生产总值", ReferenceKind.City, Actual("100 亿元")));

        ShouldJudge(level, AttainmentState.Undetermined, "全市参考值“增长 5%”未给出可比较的数值", "the city's figure \"增长 5%\" gives no figure to compare with");
        comparable.State.ShouldBe(AttainmentState.Undetermined);
        comparable.Explanation.Chinese.ShouldBe("全市参考值“100 亿元”未给出可比较的可比增长率");
        comparable.Explanation.English.ShouldBe("the city's figure \"100 亿元\" gives no comparable growth rate to compare with");
    }

    [Fact]
    public void Evaluate_LevelAgainstTheCitysLevel_ChineseReasonSpacesTheFigure()
    {
        var attainment = Evaluator.Default.Evaluate("地区生产总值", Target.BasicallyInSyncWithCity(Measure.Level), Actual("99 亿元"),
            One("地区生产总值", ReferenceKind.City, Actual("100 亿元")));

        attainment.Explanation.Chinese.ShouldBe("99 亿元，略低于全市 100 亿元，目标与全市基本同步");
    }

    [Theory]
    [InlineData(99, AttainmentState.Met, "99 亿元, slightly below the city's 100 亿元 (target: basically in step with the city)")]
    [InlineData(98.9, AttainmentState.Missed, "98.9 亿元, below the city's 100 亿元, short by 1.1 亿元 (target: basically in step with the city)")]
    public void Evaluate_LevelBasicallyInSyncWithCity_OnePercentOfTheCitysFigure(decimal actual, AttainmentState state, string english)
    {
        var attainment = Evaluator.Default.Evaluate("地区生产总值", Target.BasicallyInSyncWithCity(Measure.Level), Observation.OfLevel(actual, Unit.YiYuan),
            One("地区生产总值", ReferenceKind.City, Actual("100 亿元")));

        attainment.State.ShouldBe(state);
        attainment.Explanation.English.ShouldBe(english);
    }

    [Fact]
    public void Evaluate_LeadingIsNotAnyStatement_OnlyOneThatAsksForAGoodLevel() =>
        ShouldJudge(Evaluator.Default.Evaluate("某指标", Target.Qualitative("达到国际先进水平"), Actual("保持全市领先水平")), AttainmentState.Undetermined,
            "完成情况“保持全市领先水平”未说明是否“达到国际先进水平”", "the actual \"保持全市领先水平\" does not say whether \"达到国际先进水平\"");

    [Theory]
    [InlineData("保持全市领先水平", AttainmentState.Met, "市级评价：保持全市领先水平", "the city's assessment: 保持全市领先水平")]
    [InlineData("达标", AttainmentState.Met, "市级评价：达标", "the city's assessment: 达标")]
    [InlineData("未达标", AttainmentState.Missed, "市级评价“未达标”未达到“在全市保持较好水平”", "the city's assessment \"未达标\" does not reach \"在全市保持较好水平\"")]
    public void Evaluate_QualitativeTargetWithTheCitysVerdict_JudgedByIt(string verdict, AttainmentState state, string chinese, string english) =>
        ShouldJudge(Evaluator.Default.Evaluate("某指标", Target.Qualitative("在全市保持较好水平"), Actual("100 人"), One("某指标", ReferenceKind.Verdict, Actual(verdict))),
            state, chinese, english);

    [Fact]
    public void Evaluate_QualitativeTargetWhenStatementsDoNotCount_WaitsForTheCity() =>
        ShouldJudge(new Evaluator(new EvaluationPolicy { AssertedStatementsCount = false }).Evaluate("某指标", Target.Qualitative("在全市保持较好水平"), Actual("保持全市领先水平")),
            AttainmentState.AwaitingCityFeedback, "定性目标“在全市保持较好水平”待市级评价", "the qualitative target \"在全市保持较好水平\" waits for the city's assessment");

    [Fact]
    public void Evaluate_QuotaGivenAsARate_UndeterminedSayingItGivesNoFigure() =>
        ShouldJudge(Evaluator.Default.Evaluate("某指标", Target.CityQuota(), Actual("100 人"), One("某指标", ReferenceKind.Quota, Actual("增长 5%"))),
            AttainmentState.Undetermined, "市下达目标“增长 5%”未给出可比较的数值", "the city's quota \"增长 5%\" gives no figure to compare");

    [Fact]
    public void Evaluate_QuotaTargetActualWithoutALevel_WaitsForTheCity() =>
        ShouldJudge(Evaluator.Default.Evaluate("某指标", Target.CityQuota(), Actual("增长 5%")),
            AttainmentState.AwaitingCityFeedback, "待市级部门下达目标或反馈考核结果", "waiting for the city's quota or assessment");

    [Fact]
    public void Evaluate_AwaitingActualWithAVerdict_TheCitysReplyStandsInForTheActual()
    {
        var quoted = Evaluator.Default.Evaluate("某指标", Target.CityQuota(), Actual("待市级部门反馈"), One("某指标", ReferenceKind.Verdict, Actual("达标")));
        var figure = Evaluator.Default.Evaluate("某指标", Target.Growth(6), Actual("待市级部门反馈"), One("某指标", ReferenceKind.Verdict, Actual("增长 7%")));

        ShouldJudge(quoted, AttainmentState.Met, "市级反馈“达标”", "the city reported \"达标\" (city quota met)");
        ShouldJudge(figure, AttainmentState.Met, "市级反馈“增长 7%”：增长 7%，达到目标 6%", "the city reported \"增长 7%\": growth 7%, meets the target of 6%");
    }

    [Fact]
    public void Evaluate_AwaitingWithAnExpectationTheTextDoesNotName_SaysIt() =>
        ShouldJudge(Evaluator.Default.Evaluate("某指标", Target.Growth(6), new Observation { Text = "待市级部门反馈", Status = ObservationStatus.AwaitingCity, Expected = "增长 7%" }),
            AttainmentState.AwaitingCityFeedback, "待市级部门反馈（预计增长 7%）", "waiting for the city: 待市级部门反馈 (expected: 增长 7%)");

    [Fact]
    public void Evaluate_SlashPartsAwaitingWithExpectations_FirstExpectationAndProvisionalIfAnyIs()
    {
        var actual = Observation.OfComponents(
            new Observation { Text = "a", Status = ObservationStatus.AwaitingCity, Expected = "增长 7%", Provisional = true },
            new Observation { Text = "b", Status = ObservationStatus.AwaitingCity, Expected = "增长 3%", Provisional = true });

        var attainment = Evaluator.Default.Evaluate("甲/乙", TargetParser.Parse("增长 6%/增长 5%").OrThrow(), actual);

        attainment.State.ShouldBe(AttainmentState.AwaitingCityFeedback);
        attainment.Expected.ShouldBe("增长 7%");
        attainment.Provisional.ShouldBeTrue();
        attainment.Explanation.English.ShouldBe("甲: waiting for the city: a (expected: 增长 7%); 乙: waiting for the city: b (expected: 增长 3%)");
    }

    [Fact]
    public void Evaluate_SlashTargetOneActual_EachPartSaysHowManyThereAre() =>
        Evaluator.Default.Evaluate("社会消费品零售总额/商品销售总额", TargetParser.Parse("增长 6%/增长 5%").OrThrow(), Actual("增长 7%")).Explanation.Chinese
            .ShouldBe("社会消费品零售总额：完成情况有 1 项，目标有 2 项（以“/”分隔），无法对应；商品销售总额：完成情况有 1 项，目标有 2 项（以“/”分隔），无法对应");

    [Fact]
    public void Evaluate_FigureTooLargeToConvert_UndeterminedSayingSo() =>
        ShouldJudge(Evaluator.Default.Evaluate("某指标", Target.AtLeast(100, Unit.TryFind("万元", out var wan) ? wan : throw new InvalidOperationException("万元 is a unit")),
                Observation.OfLevel(79228162514264337593543950335m, Unit.YiYuan)),
            AttainmentState.Undetermined, "数值超出可计算范围：79228162514264337593543950335 亿元 无法换算为万元", "79228162514264337593543950335 亿元 is too large to convert to 万元");

    [Fact]
    public void Evaluate_GapTooLargeToCompute_UndeterminedSayingSo() =>
        ShouldJudge(Evaluator.Default.Evaluate("某指标", Target.AtLeast(-79228162514264337593543950335m, Unit.YiYuan), Observation.OfLevel(79228162514264337593543950335m, Unit.YiYuan)),
            AttainmentState.Undetermined, "数值超出可计算范围，无法比较", "a figure is too large to compute with, so it cannot be compared");

    [Theory]
    [InlineData("提高 4 个百分点", "增长 5%", AttainmentState.Undetermined, "完成情况“增长 5%”未给出百分点变化", "the actual \"增长 5%\" gives no change in points")]
    [InlineData("提高 4 个百分点", "提高 2.5 个百分点", AttainmentState.Missed, "提升 2.5 个百分点，低于目标 4 个百分点，差 1.5 个百分点", "a rise of 2.5 percentage points, below the target of 4 个百分点, short by 1.5 percentage points")]
    [InlineData("180 亿元", "可比增长 7%", AttainmentState.Undetermined, "完成情况“可比增长 7%”只给出增长率，目标为总量", "the actual \"可比增长 7%\" gives a growth rate but the target is a level")]
    public void Evaluate_PointsAndLevels_ExactReason(string target, string actual, AttainmentState state, string chinese, string english) =>
        ShouldJudge(Evaluator.Default.Evaluate("某指标", TargetParser.Parse(target).OrThrow(), Actual(actual)), state, chinese, english);

    [Fact]
    public void Evaluate_InterimInEnglish_NamesThePortionDue() =>
        Evaluator.Default.Evaluate("某指标", Target.AtLeast(180, Unit.YiYuan), Observation.OfLevel(100, Unit.YiYuan), (IReferenceLookup?)null, ReportingPeriod.FromElapsed(0.5m))
            .Explanation.English.ShouldBe("100 亿元, meets the target of the pro-rata 90 亿元 (full-year 180 亿元 × 0.5)");
}
