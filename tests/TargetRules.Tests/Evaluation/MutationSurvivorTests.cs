using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Evaluation;

/// <summary>
/// Behaviour that mutants of Evaluation/ survived in the 2026-11-24 Stryker run (docs/testing.md, "Mutation testing"): peer
/// targets, which growth a city figure gives, references that stand in for an actual, qualitative targets judged by
/// the city, figures too large to convert or compare, slash roll-up of expected and provisional figures, reporting
/// periods at their edges, and argument checks. Everything goes through public APIs.
/// </summary>
public sealed class MutationSurvivorTests
{
    private static Observation Actual(string text) => ObservationParser.ParseOrThrow(text);

    private static ReferenceSet One(string indicator, ReferenceKind kind, Observation value) => ReferenceSet.Empty.With(new Reference(indicator, kind, value));

    private static void ShouldSay(Attainment attainment, AttainmentState state, string chinese, string english)
    {
        attainment.State.ShouldBe(state);
        attainment.Explanation.Chinese.ShouldBe(chinese);
        attainment.Explanation.English.ShouldBe(english);
    }

    [Theory]
    [InlineData("经济增长", false, "增长 6%", "增长 5%", AttainmentState.Met, "增长 6%，经济增长 5%，与经济增长同步", "growth 6%; 经济增长 growth 5%; in step with 经济增长")]
    [InlineData("经济增长", false, "增长 4%", "增长 5%", AttainmentState.Missed, "增长 4%，经济增长 5%，未与经济增长同步", "growth 4%; 经济增长 growth 5%; not in step with 经济增长")]
    [InlineData("经济增长", true, "增长 4.7%", "增长 5%", AttainmentState.Met, "增长 4.7%，经济增长 5%，与经济增长基本同步", "growth 4.7%; 经济增长 growth 5%; in step with 经济增长 (within the sync tolerance)")]
    [InlineData("居民收入", false, "增长 6%", "增长 5%", AttainmentState.Met, "增长 6%，居民收入 增长 5%，与居民收入同步", "growth 6%; 居民收入 growth 5%; in step with 居民收入")]
    [InlineData("经济增长", false, "增长 6%", "达标", AttainmentState.Undetermined, "增长 6%；“经济增长”没有可比较的数据（达标）", "growth 6%; \"经济增长\" has no comparable figure (达标)")]
    public void Evaluate_InSyncWithAPeer_SaysThePeersFigureAndWhetherInStep(string peer, bool basically, string actual, string peerFigure, AttainmentState state, string chinese, string english) =>
        ShouldSay(Evaluator.Default.Evaluate("税收", Target.InSyncWith(peer, basically), Actual(actual), null, default, name => name == peer ? Actual(peerFigure) : null),
            state, chinese, english);

    [Fact]
    public void Evaluate_CityGivesBothGrowths_ComparableTargetReadsTheComparableOne()
    {
        var city = new Observation { Text = "增长 7%，可比增长 5%", Growth = 7, ComparableGrowth = 5 };

        var attainment = Evaluator.Default.Evaluate("地区生产总值", Target.AboveCityAverage(Measure.ComparableGrowth), Actual("可比增长 6%"), One("地区生产总值", ReferenceKind.City, city));

        ShouldSay(attainment, AttainmentState.Met, "可比增长 6%，高于全市可比增长 5%，目标高于全市", "comparable growth 6%, above the city's comparable growth 5% (target: above the city)");
    }

    [Fact]
    public void Evaluate_CityFigureWithoutTheMeasure_UndeterminedNamingTheMeasure()
    {
        var level = Evaluator.Default.Evaluate("地区生产总值", Target.AboveCityAverage(Measure.Level), Actual("100 亿元"), One("地区生产总值", ReferenceKind.City, Actual("增长 5%")));
        var comparable = Evaluator.Default.Evaluate("地区生产总值", Target.AboveCityAverage(Measure.ComparableGrowth), Actual("可比增长 6%"), One("地区生产总值", ReferenceKind.City, Actual("100 亿元")));

        ShouldSay(level, AttainmentState.Undetermined, "全市参考值“增长 5%”未给出可比较的数值", "the city's figure \"增长 5%\" gives no figure to compare with");
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
        ShouldSay(Evaluator.Default.Evaluate("某指标", Target.Qualitative("达到国际先进水平"), Actual("保持全市领先水平")), AttainmentState.Undetermined,
            "完成情况“保持全市领先水平”未说明是否“达到国际先进水平”", "the actual \"保持全市领先水平\" does not say whether \"达到国际先进水平\"");

    [Theory]
    [InlineData("保持全市领先水平", AttainmentState.Met, "市级评价：保持全市领先水平", "the city's assessment: 保持全市领先水平")]
    [InlineData("达标", AttainmentState.Met, "市级评价：达标", "the city's assessment: 达标")]
    [InlineData("未达标", AttainmentState.Missed, "市级评价“未达标”未达到“在全市保持较好水平”", "the city's assessment \"未达标\" does not reach \"在全市保持较好水平\"")]
    public void Evaluate_QualitativeTargetWithTheCitysVerdict_JudgedByIt(string verdict, AttainmentState state, string chinese, string english) =>
        ShouldSay(Evaluator.Default.Evaluate("某指标", Target.Qualitative("在全市保持较好水平"), Actual("100 人"), One("某指标", ReferenceKind.Verdict, Actual(verdict))),
            state, chinese, english);

    [Fact]
    public void Evaluate_QualitativeTargetWhenStatementsDoNotCount_WaitsForTheCity() =>
        ShouldSay(new Evaluator(new EvaluationPolicy { AssertedStatementsCount = false }).Evaluate("某指标", Target.Qualitative("在全市保持较好水平"), Actual("保持全市领先水平")),
            AttainmentState.AwaitingCityFeedback, "定性目标“在全市保持较好水平”待市级评价", "the qualitative target \"在全市保持较好水平\" waits for the city's assessment");

    [Fact]
    public void Evaluate_QuotaGivenAsARate_UndeterminedSayingItGivesNoFigure() =>
        ShouldSay(Evaluator.Default.Evaluate("某指标", Target.CityQuota(), Actual("100 人"), One("某指标", ReferenceKind.Quota, Actual("增长 5%"))),
            AttainmentState.Undetermined, "市下达目标“增长 5%”未给出可比较的数值", "the city's quota \"增长 5%\" gives no figure to compare");

    [Fact]
    public void Evaluate_QuotaTargetActualWithoutALevel_WaitsForTheCity() =>
        ShouldSay(Evaluator.Default.Evaluate("某指标", Target.CityQuota(), Actual("增长 5%")),
            AttainmentState.AwaitingCityFeedback, "待市级部门下达目标或反馈考核结果", "waiting for the city's quota or assessment");

    [Fact]
    public void Evaluate_AwaitingActualWithAVerdict_TheCitysReplyStandsInForTheActual()
    {
        var quoted = Evaluator.Default.Evaluate("某指标", Target.CityQuota(), Actual("待市级部门反馈"), One("某指标", ReferenceKind.Verdict, Actual("达标")));
        var figure = Evaluator.Default.Evaluate("某指标", Target.Growth(6), Actual("待市级部门反馈"), One("某指标", ReferenceKind.Verdict, Actual("增长 7%")));

        ShouldSay(quoted, AttainmentState.Met, "市级反馈“达标”", "the city reported \"达标\" (city quota met)");
        ShouldSay(figure, AttainmentState.Met, "市级反馈“增长 7%”：增长 7%，达到目标 6%", "the city reported \"增长 7%\": growth 7%, meets the target of 6%");
    }

    [Fact]
    public void Evaluate_AwaitingWithAnExpectationTheTextDoesNotName_SaysIt() =>
        ShouldSay(Evaluator.Default.Evaluate("某指标", Target.Growth(6), new Observation { Text = "待市级部门反馈", Status = ObservationStatus.AwaitingCity, Expected = "增长 7%" }),
            AttainmentState.AwaitingCityFeedback, "待市级部门反馈（预计增长 7%）", "waiting for the city: 待市级部门反馈 (expected: 增长 7%)");

    [Fact]
    public void Evaluate_SlashPartsAwaitingWithExpectations_FirstExpectationAndProvisionalIfAnyIs()
    {
        var actual = Observation.OfComponents(
            new Observation { Text = "a", Status = ObservationStatus.AwaitingCity, Expected = "增长 7%", Provisional = true },
            new Observation { Text = "b", Status = ObservationStatus.AwaitingCity, Expected = "增长 3%", Provisional = true });

        var attainment = Evaluator.Default.Evaluate("甲/乙", TargetParser.ParseOrThrow("增长 6%/增长 5%"), actual);

        attainment.State.ShouldBe(AttainmentState.AwaitingCityFeedback);
        attainment.Expected.ShouldBe("增长 7%");
        attainment.Provisional.ShouldBeTrue();
        attainment.Explanation.English.ShouldBe("甲: waiting for the city: a (expected: 增长 7%); 乙: waiting for the city: b (expected: 增长 3%)");
    }

    [Fact]
    public void Evaluate_SlashTargetOneActual_EachPartSaysHowManyThereAre() =>
        Evaluator.Default.Evaluate("社会消费品零售总额/商品销售总额", TargetParser.ParseOrThrow("增长 6%/增长 5%"), Actual("增长 7%")).Explanation.Chinese
            .ShouldBe("社会消费品零售总额：完成情况有 1 项，目标有 2 项（以“/”分隔），无法对应；商品销售总额：完成情况有 1 项，目标有 2 项（以“/”分隔），无法对应");

    [Fact]
    public void Evaluate_FigureTooLargeToConvert_UndeterminedSayingSo() =>
        ShouldSay(Evaluator.Default.Evaluate("某指标", Target.AtLeast(100, Unit.TryFind("万元", out var wan) ? wan : throw new InvalidOperationException("万元 is a unit")),
                Observation.OfLevel(79228162514264337593543950335m, Unit.YiYuan)),
            AttainmentState.Undetermined, "数值超出可计算范围：79228162514264337593543950335 亿元 无法换算为万元", "79228162514264337593543950335 亿元 is too large to convert to 万元");

    [Fact]
    public void Evaluate_GapTooLargeToCompute_UndeterminedSayingSo() =>
        ShouldSay(Evaluator.Default.Evaluate("某指标", Target.AtLeast(-79228162514264337593543950335m, Unit.YiYuan), Observation.OfLevel(79228162514264337593543950335m, Unit.YiYuan)),
            AttainmentState.Undetermined, "数值超出可计算范围，无法比较", "a figure is too large to compute with, so it cannot be compared");

    [Theory]
    [InlineData("提高 4 个百分点", "增长 5%", AttainmentState.Undetermined, "完成情况“增长 5%”未给出百分点变化", "the actual \"增长 5%\" gives no change in points")]
    [InlineData("提高 4 个百分点", "提高 2.5 个百分点", AttainmentState.Missed, "提升 2.5 个百分点，低于目标 4 个百分点，差 1.5 个百分点", "a rise of 2.5 percentage points, below the target of 4 个百分点, short by 1.5 percentage points")]
    [InlineData("180 亿元", "可比增长 7%", AttainmentState.Undetermined, "完成情况“可比增长 7%”只给出增长率，目标为总量", "the actual \"可比增长 7%\" gives a growth rate but the target is a level")]
    public void Evaluate_PointsAndLevels_ExactReason(string target, string actual, AttainmentState state, string chinese, string english) =>
        ShouldSay(Evaluator.Default.Evaluate("某指标", TargetParser.ParseOrThrow(target), Actual(actual)), state, chinese, english);

    [Fact]
    public void Evaluate_InterimInEnglish_NamesThePortionDue() =>
        Evaluator.Default.Evaluate("某指标", Target.AtLeast(180, Unit.YiYuan), Observation.OfLevel(100, Unit.YiYuan), (IReferenceLookup?)null, ReportingPeriod.FromElapsed(0.5m))
            .Explanation.English.ShouldBe("100 亿元, meets the target of the pro-rata 90 亿元 (full-year 180 亿元 × 0.5)");

    [Theory]
    [InlineData("FY", "annual")]
    [InlineData("Y", "annual")]
    [InlineData("Q4", "annual")]
    [InlineData("M12", "annual")]
    [InlineData("M1", "elapsed 0.083333")]
    [InlineData("H1", "elapsed 0.5")]
    public void ReportingPeriod_TryParseAtTheEdges_ReadsThePeriod(string text, string period) =>
        ReportingPeriod.TryParse(text).ToString().ShouldBe(period);

    [Theory]
    [InlineData("Q0")]
    [InlineData("Q5")]
    [InlineData("M0")]
    [InlineData("M13")]
    public void ReportingPeriod_TryParseOutOfRange_Null(string text) =>
        ReportingPeriod.TryParse(text).ShouldBeNull();

    [Fact]
    public void ReportingPeriod_FromElapsedAboveOne_ThrowsSayingTheRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.FromElapsed(1.5m)).Message.ShouldStartWith("The share of the year gone lies in (0, 1].");

    [Fact]
    public void Observation_BadArguments_Throw()
    {
        Should.Throw<ArgumentException>(() => Observation.Asserting("")).ParamName.ShouldBe("statement");
        Should.Throw<ArgumentNullException>(() => Observation.OfComponents(null!)).ParamName.ShouldBe("components");
        Should.Throw<ArgumentNullException>(() => Observation.OfParts(null!)).ParamName.ShouldBe("parts");
        Should.Throw<ArgumentException>(() => ReferenceSet.Empty.With(new Reference("", ReferenceKind.City, Actual("增长 5%")))).ParamName.ShouldBe("reference");
    }

    [Fact]
    public void Observation_OfComponents_TextJoinsThePartsWithASlash() =>
        Observation.OfComponents(Actual("增长 5%"), Actual("增长 6%")).Text.ShouldBe("增长 5%/增长 6%");

    [Fact]
    public void Explanation_WithEnglishOnAReasonBuiltOnRead_KeepsTheChinese()
    {
        var why = Evaluator.Default.Evaluate("某指标", Target.Growth(6), Actual("增长 7%")).Explanation;

        var changed = why with { English = "growth 7%" };

        changed.Chinese.ShouldBe("增长 7%，达到目标 6%");
        changed.English.ShouldBe("growth 7%");
    }
}
