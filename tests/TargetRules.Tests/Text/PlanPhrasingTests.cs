using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Text;

/// <summary>Target phrasings from plans beyond Baoshan's (issue 25): ranges, direction, stretch goals, qualifiers, levels reached.</summary>
public sealed class PlanPhrasingTests
{
    public static TheoryData<string, string, string, AttainmentState, string> Rows => new()
    {
        // Ranges, with the unit on both ends and the marks people type.
        { "地区生产总值", "6%-6.5%", "6.2%", Met, "增长 6.2%，达到目标区间 6-6.5%" },
        { "地区生产总值", "增长6%～6.5%", "增长6.2%", Met, "增长 6.2%，达到目标区间 6-6.5%" },
        { "地区生产总值", "增长 6% - 6.5%", "增长5.9%", Missed, "增长 5.9%，低于目标区间 6-6.5%，差 0.1 个百分点" },
        { "地区生产总值", "增长6%至6.5%", "增长6.5%", Met, "增长 6.5%，达到目标区间 6-6.5%" },
        { "地区生产总值", "增长６％〜６.５％", "增长6.1%", Met, "增长 6.1%，达到目标区间 6-6.5%" },
        { "地区生产总值", "3560亿元-3570亿元", "3580亿元", Met, "3580 亿元，达到目标区间 3560-3570 亿元" },

        // Better lower: a bare figure or X左右 is a cap; a range caps at its high end.
        { "居民消费价格涨幅", "3%左右", "2.1%", Met, "增长 2.1%，未超过目标 3%左右（容差 0.5 个百分点）" },
        { "居民消费价格涨幅", "3%左右", "3.6%", Missed, "增长 3.6%，超过目标 3%左右（容差 0.5 个百分点），超出 0.6 个百分点" },
        { "居民消费价格涨幅", "2%-3%", "3.2%", Missed, "增长 3.2%，超过目标 3%，超出 0.2 个百分点" },
        { "城镇调查失业率", "5.5%左右", "5.8%", Met, "5.8%，未超过目标 5.5%左右（容差 0.5 个百分点）" },
        { "城镇调查失业率", "5.5%", "5.7%", Missed, "5.7%，超过目标 5.5%，超出 0.2 个百分点" },
        { "城镇调查失业率", "5.5%以上", "5.7%", Met, "5.7%，达到目标 5.5%" },
        { "PM2.5年均浓度", "35", "33", Met, "33，未超过目标 35" },
        { "生产安全事故死亡人数", "20人", "23人", Missed, "23 人，超过目标 20 人，超出 3 人" },
        // A name that measures the fall itself is better higher.
        { "单位GDP能耗降低率", "3%", "3.5%", Met, "3.5%，达到目标 3%" },

        // A plain number beside a magnitude may be in that magnitude already (the table's unit column): no unit, no guess.
        { "完成征缴基金", "10000万", "7965", Undetermined, "完成情况 7965 未写单位，目标单位为万" },

        // 增加值 is an amount: a bare percent is its growth.
        { "工业增加值", "8%", "增长8.5%", Met, "增长 8.5%，达到目标 8%" },

        // 力争 beside a floor is a stretch goal: the floor decides, the reason says whether the stretch was reached.
        { "地区生产总值", "增长6%，力争7%", "增长6.5%", Met, "增长 6.5%，达到目标 6%；力争目标未达到：增长 6.5%，低于目标 7%，差 0.5 个百分点（力争目标不影响完成判定）" },
        { "地区生产总值", "增长6%，力争7%", "增长5.5%", Missed, "增长 5.5%，低于目标 6%，差 0.5 个百分点；力争目标未达到：增长 5.5%，低于目标 7%，差 1.5 个百分点（力争目标不影响完成判定）" },
        { "地区生产总值", "增长6%，力争增长7%", "增长7.2%", Met, "增长 7.2%，达到目标 6%；力争目标已达到：增长 7.2%，达到目标 7%（力争目标不影响完成判定）" },
        { "地区生产总值", "增长6%（力争7%）", "增长6.5%", Met, "增长 6.5%，达到目标 6%；力争目标未达到：增长 6.5%，低于目标 7%，差 0.5 个百分点（力争目标不影响完成判定）" },
        // Alone, 力争's figure is the target; 确保 and 比上年 qualify the condition and are not part names.
        { "地区生产总值", "力争增长7%", "增长6.5%", Missed, "增长 6.5%，低于目标 7%，差 0.5 个百分点" },
        { "税收收入", "确保增长5%", "增长6%", Met, "增长 6%，达到目标 5%" },
        { "税收收入", "比上年增长5%", "增长4%", Missed, "增长 4%，低于目标 5%，差 1 个百分点" },

        // Growth without a figure.
        { "地区生产总值", "稳中有升", "增长1%", Met, "增长 1%，高于目标 0%" },
        { "地区生产总值", "稳步增长", "下降0.5%", Missed, "增长 -0.5%，未高于目标 0%，差 0.5 个百分点" },
        { "地区生产总值", "保持稳定", "下降0.3%", Met, "增长 -0.3%，达到目标 0%左右（容差 0.5 个百分点）" },
        { "地区生产总值", "基本持平", "下降0.6%", Missed, "增长 -0.6%，低于目标 0%左右（容差 0.5 个百分点），差 0.6 个百分点" },

        // The level reached: a cap after a decline, a floor after a rise; 由/从 names where it starts from.
        { "PM2.5年均浓度", "下降到35以下", "33", Met, "33，未超过目标 35" },
        { "PM2.5年均浓度", "降至35", "36", Missed, "36，超过目标 35，超出 1" },
        { "PM2.5年均浓度", "由38降至35", "34", Met, "34，未超过目标 35" },
        { "城镇调查失业率", "从5.5%降到5%", "5.2%", Missed, "5.2%，超过目标 5%，超出 0.2 个百分点" },
        { "森林覆盖率", "提高到20%", "20.5%", Met, "20.5%，达到目标 20%" },
        { "城镇调查失业率", "再降0.5个百分点", "下降0.6个百分点", Met, "提升 -0.6 个百分点，未超过目标 -0.5 个百分点" },

        // Volumes (water use) in 立方米 with a magnitude; the indicator repeated before 控制在/不超过 or before the figure.
        { "用水总量", "用水总量控制在3.4921亿立方米以内", "3.1亿立方米", Met, "3.1 亿立方米，未超过目标 3.4921 亿立方米" },
        { "用水总量", "控制在3.4921亿立方米以内", "35000万立方米", Missed, "35000 万立方米（合 3.5 亿立方米），超过目标 3.4921 亿立方米，超出 0.0079 亿立方米" },
        { "用水总量", "用水总量不超过3.5亿立方米", "用水总量3.6亿立方米", Missed, "3.6 亿立方米，超过目标 3.5 亿立方米，超出 0.1 亿立方米" },

        // Cells copied out of a report end with a full stop; ASCII, full-width and spaced variants.
        { "地区生产总值", "增长6.5%。", "增长6.7%。", Met, "增长 6.7%，达到目标 6.5%" },
        { "地区生产总值", "增长 6.5% 。", "增长６.２％。 ", Missed, "增长 6.2%，低于目标 6.5%，差 0.3 个百分点" },

        // The end of the name between a verb and its figure, 共 before the verb, the name counted after the figure.
        { "市级重点项目投资", "853.8亿元", "共完成投资900亿元", Met, "900 亿元，达到目标 853.8 亿元" },
        { "市级重点项目投资", "853.8亿元", "完成投资 800 亿元", Missed, "800 亿元，低于目标 853.8 亿元，差 53.8 亿元" },
        { "社区“宝宝屋”", "新增6个社区“宝宝屋”", "新增6个社区“宝宝屋”。", Met, "6 个，达到目标 6 个" },
        { "新增“文化驿站”", "新增16个“文化驿站”", "已新增15个“文化驿站”", Missed, "15 个，低于目标 16 个，差 1 个" },
        { "市级重点项目投资", "853.8亿元", "占年度投资计划的101%", Met, "完成年度目标的 101%，达到目标 853.8 亿元" },

        // X左右 on a name that says neither way is weighed as a floor and as a cap (issue 25, point 1): inside the band both
        // agree; outside it they disagree, and the reason names both readings and what settles them.
        { "投诉率", "5%左右", "5.4%", Met, "5.4%，达到目标 5%左右（容差 0.5 个百分点）（指标名称未表明越高越好还是越低越好：按下限与按上限判定结论相同）" },
        { "投诉率", "5％左右", "4.6%", Met, "4.6%，达到目标 5%左右（容差 0.5 个百分点）（指标名称未表明越高越好还是越低越好：按下限与按上限判定结论相同）" },
        {
            "投诉率", "5%左右", "5.6%", Undetermined,
            "5.6%：指标名称未表明越高越好还是越低越好，目标 5%左右可读作下限或上限；按下限（不低于 4.5%）已完成，按上限（不超过 5.5%）未完成。目标写明以上或以内，或在 --policy 的 lowerIsBetter、higherIsBetter 中列出该指标即可判定"
        },
        {
            "投诉率", "5% 左右", "4%", Undetermined,
            "4%：指标名称未表明越高越好还是越低越好，目标 5%左右可读作下限或上限；按下限（不低于 4.5%）未完成，按上限（不超过 5.5%）已完成。目标写明以上或以内，或在 --policy 的 lowerIsBetter、higherIsBetter 中列出该指标即可判定"
        },
        // The words settle it: 以上 and 以内, or a name that says which way is better.
        { "投诉率", "5%以上", "5.6%", Met, "5.6%，达到目标 5%" },
        { "城镇化率", "70%左右", "72%", Met, "72%，达到目标 70%左右（容差 0.5 个百分点）" },
        // An amount is better higher, and a growth target is a floor.
        { "工业总产值", "800亿元左右", "900亿元", Met, "900 亿元，达到目标 800 亿元左右（容差 8 亿元）" },
        { "人口自然增长率", "5左右", "7", Met, "增长 7%，达到目标 5%左右（容差 0.5 个百分点）" },

        // A name that ends in 增长 measures the growth: its bare percents are growth.
        { "西藏：GDP增长", "10%以上", "11.5%", Met, "增长 11.5%，达到目标 10%" },
        { "贵州：GDP增长", "10%", "9.5%", Missed, "增长 9.5%，低于目标 10%，差 0.5 个百分点" },

        // An average is the figure itself (平均为, 平均值为), after the name or alone.
        { "城镇调查失业率", "5.5%左右", "平均为5.2%", Met, "5.2%，未超过目标 5.5%左右（容差 0.5 个百分点）" },
        { "全国城镇登记失业率", "5.5%左右", "全国城镇登记失业率平均值为5.1%", Met, "5.1%，未超过目标 5.5%左右（容差 0.5 个百分点）" },

        // Combined level and growth in one cell on a name that says neither: a bare percent after money is its growth.
        { "外贸进出口", "1222亿美元，3.0%", "1230亿美元，3.5%", Met, "1230 亿美元，达到目标 1222 亿美元；增长 3.5%，达到目标 3%" },
        { "外贸进出口", "1222亿美元,3.0%", "1230亿美元,2.5%", Missed, "1230 亿美元，达到目标 1222 亿美元；增长 2.5%，低于目标 3%，差 0.5 个百分点" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Evaluate_Phrasing_StateAndReason(string indicator, string target, string actual, AttainmentState state, string reason)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual));

        result.Diagnostics.ShouldBeEmpty();
        result.Attainment.State.ShouldBe(state);
        result.Attainment.Explanation.Chinese.ShouldBe(reason);
    }

    // Half the year gone: a bare count of what the year adds is prorated, a stock is not, and where the name does not say
    // both readings are weighed (issue 25, point 1).
    public static TheoryData<string, string, string, AttainmentState, string> InterimRows => new()
    {
        { "新增城镇就业", "8950", "4600", Met, "4600，达到目标序时进度 4475（全年 8950 × 0.5）" },
        { "开工改造城镇老旧小区", "150", "80", Met, "80，达到目标序时进度 75（全年 150 × 0.5）" },
        { "孕产妇免费产前筛查（人次）", "2800", "1564", Met, "1564，达到目标序时进度 1400（全年 2800 × 0.5）" },
        { "年接待游客数", "200", "90", Missed, "90，低于目标序时进度 100（全年 200 × 0.5），差 10" },
        { "充电桩拥有量", "1000个", "600个", Missed, "600 个，低于目标 1000 个，差 400 个" },
        { "规模以上企业总数", "500家", "510家", Met, "510 家，达到目标 500 家" },
        { "养老机构", "100个", "60个", Undetermined, "60 个：目标 100 个未说明是当年累计数还是存量；按序时进度 50 个（× 0.5）已完成，按全年目标未完成。指标名称写明新增、累计或拥有量、总数即可判定" },
        { "养老机构", "100个", "120个", Met, "120 个，达到目标 100 个（未说明目标是否为当年累计数：按全年目标与按序时进度判定结论相同）" },
        { "养老机构", "100个", "40个", Missed, "40 个，低于目标 100 个，差 60 个（未说明目标是否为当年累计数：按全年目标与按序时进度判定结论相同）" },
        { "养老机构", "达到 100 个", "60个", Missed, "60 个，低于目标 100 个，差 40 个" },
    };

    [Theory]
    [MemberData(nameof(InterimRows))]
    public void Evaluate_InterimBareCount_ProratedByWhatTheNameSays(string indicator, string target, string actual, AttainmentState state, string reason)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual), null, ReportingPeriod.FromElapsed(0.5m));

        result.Attainment.State.ShouldBe(state);
        result.Attainment.Explanation.Chinese.ShouldBe(reason);
    }

    [Fact]
    public void Evaluate_ReadingsDisagree_EnglishReasonNamesBothAndWhatSettlesIt()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "养老机构", "100个", "60个"), null, ReportingPeriod.FromElapsed(0.5m));

        result.Attainment.Explanation.English.ShouldBe(
            "60 个: the target of 100 个 does not say whether it accumulates over the year; it meets the pro-rata 50 个 (× 0.5) and misses the full-year target. An indicator name with 新增, 累计, 拥有量 or 总数 settles it");
    }

    [Fact]
    public void Evaluate_AnnualBareCount_ComparedWithTheFullYearOnly()
    {
        new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "养老机构", "100个", "60个")).Attainment.Explanation.Chinese
            .ShouldBe("60 个，低于目标 100 个，差 40 个");
    }

    [Fact]
    public void Evaluate_ProseAfterTheFigure_IgnoredAndFlagged()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "地区生产总值", "增长5%，城市经济规模进入全国前列", "增长5.5%"));

        result.Attainment.State.ShouldBe(Met);
        result.Attainment.Explanation.Chinese.ShouldBe("增长 5.5%，达到目标 5%");
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Message.ShouldBe("target_text, position 5: expected a condition; the words from here on are prose, not a target, and were left out of the judgement in '增长5%，城市经济规模进入全国前列'");
    }

    [Theory]
    [InlineData("贷款余额", "贷款余额2600亿元", "2700亿元", "2700 亿元，达到目标 2600 亿元")]
    [InlineData("贷款余额", "贷款余额 2600亿元以上", "2500亿元", "2500 亿元，低于目标 2600 亿元，差 100 亿元")]
    public void Evaluate_TargetRepeatsItsIndicator_TheNameIsSkipped(string indicator, string target, string actual, string reason)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual));

        result.Diagnostics.ShouldBeEmpty();
        result.Attainment.Explanation.Chinese.ShouldBe(reason);
    }

    [Fact]
    public void Evaluate_DirectionReadingsDisagree_EnglishReasonNamesBothAndWhatSettlesIt()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "投诉率", "5%左右", "5.6%"));

        result.Attainment.Explanation.English.ShouldBe(
            "5.6%: the indicator's name does not say whether higher or lower is better, so the target of about 5% reads as a floor or as a cap; it meets the floor (at least 4.5%) and misses the cap (at most 5.5%). 以上 or 以内 in the target, or the indicator in the policy's lowerIsBetter or higherIsBetter, settles it");
    }

    [Theory]
    [InlineData("5.6%", Met)]
    [InlineData("4%", Missed)]
    public void Evaluate_PolicyNamesAnIndicatorBetterHigher_AboutIsAFloor(string actual, AttainmentState state)
    {
        var policy = EvaluationPolicy.Default with { HigherIsBetter = ["投诉处理"] };

        new PlanEvaluator(new Evaluator(policy)).EvaluateRow(new PlanRow(1, "1", "", "投诉处理率", "5%左右", actual)).Attainment.State.ShouldBe(state);
    }

    [Fact]
    public void Evaluate_PolicyHigherWinsOverABuiltInLowerWord()
    {
        var row = new PlanRow(1, "1", "", "事故处理率", "95%左右", "98%");

        new PlanEvaluator().EvaluateRow(row).Attainment.State.ShouldBe(Missed);
        new PlanEvaluator(new Evaluator(EvaluationPolicy.Default with { HigherIsBetter = ["事故处理率"] })).EvaluateRow(row).Attainment.State.ShouldBe(Met);
    }

    [Fact]
    public void Parse_AboutOnANameOfUnknownDirection_IsMarkedAndRoundTripsThroughJson()
    {
        var target = TargetParser.Parse("5%左右", "投诉率").OrThrow();

        target.ShouldBe(Target.Threshold(Measure.Level, Comparison.About, Quantity.Percent(5)).DirectionUnstated());
        TargetJson.Deserialize(TargetJson.Serialize(target)).ShouldBe(target);
        ((ThresholdTarget)TargetParser.Parse("5左右").OrThrow()).DirectionUnsettled.ShouldBeFalse();
    }

    [Fact]
    public void Parse_StretchBesideAFloor_IsAStretchGoal()
    {
        TargetParser.Parse("增长 6%，力争 7%", "地区生产总值").OrThrow()
            .ShouldBe(Target.Growth(6).And(Target.Growth(7).AsStretch()));
    }

    [Fact]
    public void Evaluate_StretchGoal_EnglishReasonSaysItDoesNotDecide()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "地区生产总值", "增长6%，力争7%", "增长6.5%"));

        result.Attainment.Explanation.English.ShouldBe(
            "growth 6.5%, meets the target of 6%; stretch goal not reached: growth 6.5%, below the target of 7%, short by 0.5 percentage points (a stretch goal does not decide the state)");
    }

    [Theory]
    [InlineData("投诉率", "5%", "4%", Missed, Met)]
    [InlineData("投诉率", "5%左右", "5.4%", Met, Met)]
    // The name says neither way: 5.6% meets 5%左右 as a floor and misses it as a cap, so it is not judged until a policy says.
    [InlineData("投诉率", "5%左右", "5.6%", Undetermined, Missed)]
    [InlineData("投诉率", "5%以上", "4%", Missed, Missed)]
    public void Evaluate_PolicyNamesAnIndicatorBetterLower_BareFigureIsACap(string indicator, string target, string actual, AttainmentState byDefault, AttainmentState withPolicy)
    {
        var row = new PlanRow(1, "1", "", indicator, target, actual);
        var policy = EvaluationPolicy.Default with { LowerIsBetter = ["投诉率"] };

        new PlanEvaluator().EvaluateRow(row).Attainment.State.ShouldBe(byDefault);
        new PlanEvaluator(new Evaluator(policy)).EvaluateRow(row).Attainment.State.ShouldBe(withPolicy);
    }

    [Theory]
    [InlineData("区域经济")]
    [InlineData("经济增长")]
    [InlineData("工业增加值")]
    public void Evaluate_InSyncWithTheEconomy_ReadsTheEconomyRowByAnyOfItsNames(string economy)
    {
        var rows = new[]
        {
            new PlanRow(1, "1", "", economy, "增长6%", "增长6.2%"),
            new PlanRow(2, "2", "", "居民人均可支配收入", "与经济增长同步", "增长6.5%"),
        };

        var results = new PlanEvaluator().Evaluate(rows).ToArray();

        results[1].Attainment.State.ShouldBe(Met);
        results[1].Attainment.Explanation.Chinese.ShouldBe("增长 6.5%，经济增长 6.2%，与经济增长同步");
    }
}
