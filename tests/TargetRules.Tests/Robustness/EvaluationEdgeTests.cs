using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Tests.Robustness;

/// <summary>
/// The evaluator at its boundaries: tolerances at their edges, interim proration, which statement an explanation quotes, policy validation limits.
/// </summary>
public sealed class EvaluationEdgeTests
{
    private const string Gdp = "地区生产总值";

    private static Attainment Evaluate(Target target, Observation actual, ReferenceSet? references = null, ReportingPeriod period = default, Evaluator? evaluator = null) =>
        (evaluator ?? Evaluator.Default).Evaluate(Gdp, target, actual, references, period);

    private static ReferenceSet City(Observation value) => ReferenceSet.Empty.With(new Reference(Gdp, ReferenceKind.City, value));

    [Theory]
    [InlineData(1, 100, AttainmentState.Missed, "100 亿元，低于目标 180 亿元，差 80 亿元")]
    [InlineData(0.5, 100, AttainmentState.Met, "100 亿元，达到目标序时进度 90 亿元（全年 180 亿元 × 0.5）")]
    [InlineData(0.5, 89, AttainmentState.Missed, "89 亿元，低于目标序时进度 90 亿元（全年 180 亿元 × 0.5），差 1 亿元")]
    public void Evaluate_CumulativeLevelInterim_ProratesTheTarget(decimal elapsed, decimal actual, AttainmentState state, string why)
    {
        var attainment = Evaluate(Target.AtLeast(180, Unit.YiYuan), Observation.OfLevel(actual, Unit.YiYuan), period: ReportingPeriod.FromElapsed(elapsed));

        attainment.State.ShouldBe(state);
        attainment.Explanation.Chinese.ShouldBe(why);
    }

    [Fact]
    public void Evaluate_GrowthInterim_NotProrated() =>
        Evaluate(Target.Growth(6), Observation.OfGrowth(4), period: ReportingPeriod.FromElapsed(0.5m)).State.ShouldBe(AttainmentState.Missed);

    [Theory]
    [InlineData(99, AttainmentState.Met, "99 亿元，达到目标 100 亿元左右（容差 1 亿元）")]
    [InlineData(98.9, AttainmentState.Missed, "98.9 亿元，低于目标 100 亿元左右（容差 1 亿元），差 1.1 亿元")]
    public void Evaluate_AboutALevel_OnePercentTolerance(decimal actual, AttainmentState state, string why)
    {
        var attainment = Evaluate(Target.About(100, Unit.YiYuan), Observation.OfLevel(actual, Unit.YiYuan));

        attainment.State.ShouldBe(state);
        attainment.Explanation.Chinese.ShouldBe(why);
    }

    [Fact]
    public void Evaluate_AboutARate_HalfPointTolerance()
    {
        var target = Target.Threshold(Measure.Growth, Comparison.About, Quantity.Percent(6));

        Evaluate(target, Observation.OfGrowth(5.5m)).State.ShouldBe(AttainmentState.Met);
        Evaluate(target, Observation.OfGrowth(5.49m)).State.ShouldBe(AttainmentState.Missed);
    }

    [Theory]
    [InlineData(CityRelation.Above, 5, AttainmentState.Missed, "增长 5%，等于全市增长 5%，目标高于全市")]
    [InlineData(CityRelation.NotBelow, 5, AttainmentState.Met, "增长 5%，等于全市增长 5%，目标不低于全市")]
    [InlineData(CityRelation.InSync, 4.7, AttainmentState.Missed, "增长 4.7%，低于全市增长 5%，差 0.3 个百分点，目标与全市保持同步")]
    [InlineData(CityRelation.BasicallyInSync, 4.7, AttainmentState.Met, "增长 4.7%，略低于全市增长 5%，目标与全市基本同步")]
    [InlineData(CityRelation.BasicallyInSync, 4.4, AttainmentState.Missed, "增长 4.4%，低于全市增长 5%，差 0.6 个百分点，目标与全市基本同步")]
    [InlineData(CityRelation.Above, 5.1, AttainmentState.Met, "增长 5.1%，高于全市增长 5%，目标高于全市")]
    public void Evaluate_RelativeToCityGrowth_ComparesAndSaysHow(CityRelation relation, decimal own, AttainmentState state, string why)
    {
        var attainment = Evaluate(Target.RelativeToCity(Measure.Growth, relation), Observation.OfGrowth(own), City(Observation.OfGrowth(5)));

        attainment.State.ShouldBe(state);
        attainment.Explanation.Chinese.ShouldBe(why);
    }

    [Fact]
    public void Evaluate_CityGivesOnlyNominalGrowth_ComparableTargetUsesIt()
    {
        var attainment = Evaluate(Target.AboveCityAverage(Measure.ComparableGrowth), Observation.OfComparableGrowth(3), City(Observation.OfGrowth(2)));

        attainment.State.ShouldBe(AttainmentState.Met);
        attainment.Explanation.Chinese.ShouldBe("可比增长 3%，高于全市可比增长 2%，目标高于全市");
    }

    [Theory]
    [InlineData(Assertion.NotBelowCity, "完成情况称“不低于全市平均水平”")]
    [InlineData(Assertion.AboveCity, "完成情况称“高于全市平均水平”")]
    public void Evaluate_NotBelowCityAsserted_QuotesWhatWasSaid(string said, string why)
    {
        var attainment = Evaluate(Target.NotBelowCityAverage(), Observation.Asserting(said));

        attainment.State.ShouldBe(AttainmentState.Met);
        attainment.Explanation.Chinese.ShouldBe(why);
    }

    [Fact]
    public void Evaluate_AboveCityWhenActualOnlySaysNotBelow_NotMet() =>
        Evaluate(Target.AboveCityAverage(), Observation.Asserting(Assertion.NotBelowCity)).State.ShouldNotBe(AttainmentState.Met);

    [Theory]
    [InlineData("在全市保持较好水平", AttainmentState.Met)]
    [InlineData("继续在全市保持较好水平", AttainmentState.Met)]
    [InlineData("在全市保持领先水平", AttainmentState.Met)]
    [InlineData("有所改善", AttainmentState.Undetermined)]
    public void Evaluate_QualitativeTarget_MetOnlyBySameOrStrongerStatement(string said, AttainmentState state) =>
        Evaluate(Target.Qualitative("在全市保持较好水平"), Observation.Asserting(said)).State.ShouldBe(state);

    [Fact]
    public void Evaluate_QualitativeTargetWhenStatementsDoNotCount_AwaitsTheCity()
    {
        var strict = new Evaluator(new EvaluationPolicy { AssertedStatementsCount = false });

        var attainment = Evaluate(Target.Qualitative("在全市保持较好水平"), Observation.Asserting("在全市保持较好水平"), evaluator: strict);

        attainment.State.ShouldBe(AttainmentState.AwaitingCityFeedback);
        attainment.Explanation.Chinese.ShouldBe("定性目标“在全市保持较好水平”待市级评价");
    }

    [Fact]
    public void Evaluate_BareNumbers_GapWithoutUnit()
    {
        var attainment = Evaluate(Target.AtLeast(12, Unit.None), Observation.OfLevel(10, Unit.None));

        attainment.Explanation.Chinese.ShouldBe("10，低于目标 12，差 2");
    }

    [Fact]
    public void Evaluate_SlashComponents_RowIsProvisionalWhenAnyComponentIs()
    {
        var actual = Observation.OfComponents(Observation.OfGrowth(7), Observation.OfGrowth(7) with { Provisional = true, Expected = "预计增长 7%" });

        var attainment = Evaluator.Default.Evaluate("产业类投资额/工业投资", Target.Slash(Target.Growth(6), Target.Growth(6)), actual);

        attainment.Provisional.ShouldBeTrue();
        attainment.Expected.ShouldBe("预计增长 7%");
        attainment.Components.Select(c => c.Provisional).ShouldBe([false, true]);
    }

    [Fact]
    public void Evaluate_SlashComponentsNoneProvisional_RowIsNot() =>
        Evaluator.Default.Evaluate("产业类投资额/工业投资", Target.Slash(Target.Growth(6), Target.Growth(6)),
            Observation.OfComponents(Observation.OfGrowth(7), Observation.OfGrowth(5))).Provisional.ShouldBeFalse();

    [Fact]
    public void Evaluate_NullArguments_Throw()
    {
        Should.Throw<ArgumentNullException>(() => Evaluator.Default.Evaluate(null!, Target.Growth(6), Observation.OfGrowth(7))).ParamName.ShouldBe("indicator");
        Should.Throw<ArgumentNullException>(() => Evaluator.Default.Evaluate(Gdp, null!, Observation.OfGrowth(7))).ParamName.ShouldBe("target");
        Should.Throw<ArgumentNullException>(() => Evaluator.Default.Evaluate(Gdp, Target.Growth(6), null!)).ParamName.ShouldBe("actual");
        Should.Throw<ArgumentNullException>(() => Attainment.Rollup(null!));
        Should.Throw<ArgumentNullException>(() => Attainment.And(null!));
    }

    [Fact]
    public void Evaluator_NoPolicy_UsesTheDefaults() => new Evaluator().Policy.ShouldBe(EvaluationPolicy.Default);

    [Theory]
    [InlineData(0, 0, 0, true)]
    [InlineData(0.5, 0.99, 0.5, true)]
    [InlineData(-0.1, 0, 0, false)]
    [InlineData(0, -0.1, 0, false)]
    [InlineData(0, 1, 0, false)]
    [InlineData(0, 0, -0.1, false)]
    public void EvaluationPolicyValidate_ToleranceLimits(decimal rate, decimal level, decimal sync, bool valid)
    {
        var policy = new EvaluationPolicy { ApproximateRateTolerance = rate, ApproximateLevelTolerance = level, SyncTolerance = sync };

        if (valid)
        {
            policy.Validate().ShouldBe(policy);
        }
        else
        {
            Should.Throw<ArgumentOutOfRangeException>(() => policy.Validate());
        }
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(0.5, 0.5, true)]
    [InlineData(0.999, 0.999, true)]
    public void ReportingPeriodFromElapsed_InterimBelowOne(decimal elapsed, decimal expected, bool interim)
    {
        var period = ReportingPeriod.FromElapsed(elapsed);

        period.Elapsed.ShouldBe(expected);
        period.IsInterim.ShouldBe(interim);
    }

    [Fact]
    public void ReportingPeriodDefault_IsTheWholeYear()
    {
        default(ReportingPeriod).Elapsed.ShouldBe(1m);
        default(ReportingPeriod).IsInterim.ShouldBeFalse();
        default(ReportingPeriod).ShouldBe(ReportingPeriod.Annual);
    }
}
