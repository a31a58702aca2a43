using CsCheck;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;
using P = TargetRules.Text.Phrases;

namespace TargetRules.Tests.Text;

public sealed class TargetParserTests
{
    private static readonly Unit Jia = Unit.Count("家");
    private static readonly Unit Ge = Unit.Count("个");
    private static readonly Unit Tai = Unit.Count("台");
    private static readonly Unit Ren = Unit.Count("人");
    private static readonly Unit Pct = Unit.Percent;

    private static ThresholdTarget Added(decimal value, Unit unit) => Target.AtLeast(value, unit).AccumulatesOverYear();

    public static TheoryData<string, string, Target> TableTargets => new()
    {
        { "baoshan-2022-indicators.tsv", "1", Target.ComparableGrowth(6).And(Target.AboveCityAverage(Measure.ComparableGrowth)) },
        { "baoshan-2022-indicators.tsv", "2", Target.Growth(6).And(Target.InSyncWithCity(Measure.Growth)) },
        { "baoshan-2022-indicators.tsv", "3", Target.Slash(Target.InSyncWithCity(), Target.AtLeast(180, Unit.YiYuan), Target.AtLeast(120, Unit.YiYuan)) },
        { "baoshan-2022-indicators.tsv", "4", Target.Slash(Target.InSyncWithCity(), Target.InSyncWithCity()) },
        { "baoshan-2022-indicators.tsv", "5", Target.AtLeast(27, Jia).AccumulatesOverYear(false) },
        { "baoshan-2022-indicators.tsv", "6", Target.Slash(Target.Growth(10), Target.Growth(10)) },
        { "baoshan-2022-indicators.tsv", "7", Target.AtLeast(6, Unit.YiUsDollar) },
        { "baoshan-2022-indicators.tsv", "8", Target.Slash(Target.Growth(30), Added(5, Jia)) },
        { "baoshan-2022-indicators.tsv", "9", Target.Slash(Added(5, Jia), Target.AllOf(Added(10, Jia).For("国家、市级"), Added(100, Jia).For("区级"))) },
        { "baoshan-2022-indicators.tsv", "10", Target.AtLeast(30, Pct) },
        { "baoshan-2022-indicators.tsv", "11", Target.AtLeast(3.5m, Pct) },
        { "baoshan-2022-indicators.tsv", "12", Target.AllOf(Target.AtLeast(80, Ge).AccumulationUnsettled().For("市级"), Target.AtLeast(100, Ge).AccumulationUnsettled().For("区级")) },
        { "baoshan-2022-indicators.tsv", "13", Target.Growth(15) },
        { "baoshan-2022-indicators.tsv", "14", Target.Slash(Added(5, Ge), Added(1000, Ge)) },
        { "baoshan-2022-indicators.tsv", "15", Target.Slash(Target.Qualitative("在全市保持较好水平"), Target.Qualitative("在全市保持较好水平")) },
        { "baoshan-2022-indicators.tsv", "16", Target.AtLeast(90, Pct) },
        { "baoshan-2022-indicators.tsv", "17", Target.CityQuota() },
        { "baoshan-2022-indicators.tsv", "18", Target.AtLeast(97, Pct) },
        { "baoshan-2022-indicators.tsv", "19", Target.InSyncWith("经济增长", basically: true) },
        { "baoshan-2022-indicators.tsv", "20", Target.WithinCityQuota() },
        { "baoshan-2022-indicators.tsv", "21", Target.AboveCityAverage(Measure.Level) },
        { "baoshan-2022-indicators.tsv", "22", Target.AtLeast(40, Unit.SquareMetre.PerCapita(1000)) },
        { "baoshan-2022-indicators.tsv", "23", Target.Scoped("义务教育阶段", Target.AtLeast(80, Pct)) },
        { "baoshan-2022-indicators.tsv", "24", Target.AllOf(Target.Scoped("新增", Added(400, Tai)), Target.Scoped("完工", Added(200, Tai))) },
        { "baoshan-2022-indicators.tsv", "25", Target.AboveCityAverage() },
        { "baoshan-2023-indicators.tsv", "1", Target.ComparableGrowth(6).And(Target.NotBelowCityAverage(Measure.ComparableGrowth)) },
        { "baoshan-2023-indicators.tsv", "2", Target.Growth(6).And(Target.NotBelowCityAverage(Measure.Growth)) },
        { "baoshan-2023-indicators.tsv", "3", Target.Slash(Target.AllOf(Added(600, Unit.YiYuan), Target.Growth(5)), Target.AtLeast(200, Unit.YiYuan), Target.AtLeast(140, Unit.YiYuan)) },
        { "baoshan-2023-indicators.tsv", "4", Target.Slash(Target.Growth(8), Target.Growth(8)) },
        { "baoshan-2023-indicators.tsv", "5", Target.AtLeast(30, Jia) },
        { "baoshan-2023-indicators.tsv", "6", Target.Slash(Target.Growth(10), Target.Growth(10)) },
        { "baoshan-2023-indicators.tsv", "7", Target.AtLeast(6, Unit.YiUsDollar) },
        { "baoshan-2023-indicators.tsv", "8", Target.Slash(Target.Growth(30), Added(5, Jia)) },
        { "baoshan-2023-indicators.tsv", "9", Target.Slash(Added(115, Jia).For("国家、市级"), Target.AllOf(Added(10, Jia).For("国家、市级"), Added(100, Jia).For("区级"))) },
        { "baoshan-2023-indicators.tsv", "10", Target.AtLeast(30, Pct) },
        { "baoshan-2023-indicators.tsv", "11", Target.AtLeast(3.8m, Pct) },
        { "baoshan-2023-indicators.tsv", "12", Target.AllOf(Target.AtLeast(80, Ge).AccumulationUnsettled().For("市级"), Target.AtLeast(100, Ge).AccumulationUnsettled().For("区级")) },
        { "baoshan-2023-indicators.tsv", "13", Target.Growth(15) },
        { "baoshan-2023-indicators.tsv", "14", Target.Slash(Added(5, Ge), Added(1000, Ge)) },
        { "baoshan-2023-indicators.tsv", "15", Target.Slash(Target.Qualitative("在全市保持较好水平"), Target.Qualitative("在全市保持较好水平")) },
        { "baoshan-2023-indicators.tsv", "16", Target.AtLeast(90, Pct) },
        { "baoshan-2023-indicators.tsv", "17", Target.CityQuota() },
        { "baoshan-2023-indicators.tsv", "18", Target.AtLeast(97, Pct) },
        { "baoshan-2023-indicators.tsv", "19", Target.InSyncWithCity() },
        { "baoshan-2023-indicators.tsv", "20", Target.WithinCityQuota() },
        { "baoshan-2023-indicators.tsv", "21", Target.AboveCityAverage() },
        { "baoshan-2023-indicators.tsv", "22", Target.AtLeast(42, Unit.SquareMetre.PerCapita(1000)) },
        { "baoshan-2023-indicators.tsv", "23", Target.Scoped("义务教育阶段", Target.AtLeast(85, Pct)) },
        { "baoshan-2023-indicators.tsv", "24", Target.AllOf(Target.Scoped("新增", Added(600, Tai)), Target.Scoped("完工", Added(200, Tai))) },
        { "baoshan-2023-indicators.tsv", "25", Target.Qualitative("在全市保持较好水平") },
    };

    [Theory]
    [MemberData(nameof(TableTargets))]
    public void Parse_IndicatorTableTarget_GivesIntendedTree(string file, string id, Target expected)
    {
        var row = PlanTables.Rows(file).Single(r => r.Id == id);

        var result = TargetParser.Parse(row.Target, row.Indicator);

        result.Error.ShouldBeNull();
        result.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("baoshan-2022-indicators.tsv")]
    [InlineData("baoshan-2023-indicators.tsv")]
    public void Parse_IndicatorTables_CoversEveryRow(string file)
    {
        var ids = PlanTables.Rows(file).Select(r => r.Id).ToArray();
        var covered = TableTargets.Select(d => ((string)d[0], (string)d[1])).Where(d => d.Item1 == file).Select(d => d.Item2);

        ids.ShouldBe(covered, ignoreOrder: true);
    }

    [Fact]
    public void Parse_ProjectTableTargets_RejectsEveryOneAsMilestone()
    {
        foreach (var file in new[] { "baoshan-2022-projects.tsv", "baoshan-2023-projects.tsv" })
        {
            foreach (var row in PlanTables.Rows(file))
            {
                var result = TargetParser.Parse(row.Target, row.Indicator);

                result.IsSuccess.ShouldBeFalse($"{file} row {row.Id}: {row.Target}");
                result.Error!.Expected.ShouldBe(TargetRules.Text.Phrases.MilestoneText.English);
            }
        }
    }

    private const string GrowthIndicator = "规模以上工业总产值增长率";
    private const string LevelIndicator = "规模以上工业总产值";
    private const string RateIndicator = "城镇污水处理率";

    public static TheoryData<string, string?, Target> OtherPhrasings => new()
    {
        // Other districts' phrasings.
        { "5左右", GrowthIndicator, Target.Threshold(Measure.Growth, Comparison.About, Quantity.Percent(5)) },
        { "5左右", "专精特新企业数", Target.About(5, Unit.None).AccumulationUnsettled() },
        { "增长6%左右", null, Target.Threshold(Measure.Growth, Comparison.About, Quantity.Percent(6)) },
        { "12-15", null, Target.Between(12, 15, Unit.None) },
        { "12-15", GrowthIndicator, Target.Range(Measure.Growth, Quantity.Percent(12), Quantity.Percent(15)) },
        { "增长 6-7%", null, Target.Range(Measure.Growth, Quantity.Percent(6), Quantity.Percent(7)) },
        { "增速7%以上", null, Target.Growth(7) },

        // 涨幅 is a growth; with a price's name it is a cap (价格涨幅 is better lower), elsewhere a floor.
        { "居民消费价格涨幅3%左右", "居民消费价格", Target.Scoped("居民消费价格", Target.Threshold(Measure.Growth, Comparison.AboutOrBelow, Quantity.Percent(3))) },
        { "居民消费价格涨幅 3% 左右", "居民消费价格", Target.Scoped("居民消费价格", Target.Threshold(Measure.Growth, Comparison.AboutOrBelow, Quantity.Percent(3))) },
        { "涨幅３％", "居民消费价格", Target.Threshold(Measure.Growth, Comparison.AtMost, Quantity.Percent(3)) },
        { "工资涨幅3%以上", "工资", Target.Scoped("工资", Target.Growth(3)) },
        { "涨幅3%左右", null, Target.Threshold(Measure.Growth, Comparison.About, Quantity.Percent(3)) },
        { "提升4个百分点", null, Target.PointRise(4) },
        { "持平", null, Target.Flat() },
        { "稳定增长", null, Target.StableGrowth() },
        { "与市保持同步", null, Target.InSyncWithCity() },
        { "与全市基本同步", null, Target.BasicallyInSyncWithCity() },
        { "与经济增长保持同步", null, Target.InSyncWith("经济增长") },
        { "控制在10410人内", null, Target.AtMost(10410, Ren) },
        { "5600人以内", null, Target.AtMost(5600, Ren) },
        { "控制在市下达指标以内", null, Target.WithinCityQuota() },
        { "完成市下达指标", null, Target.CityQuota() },
        { "控制在0.02人/亿元以内", null, Target.AtMost(0.02m, Unit.CountPer("人", Unit.YiYuan)) },
        { "26000以上", null, Target.AtLeast(26000, Unit.None).AccumulationUnsettled() },
        { "下降 5%", null, Target.Decline(5) },
        { "可比下降 2%以内", null, Target.Threshold(Measure.ComparableGrowth, Comparison.AtLeast, Quantity.Percent(-2)) },
        { "不低于 95%", RateIndicator, Target.AtLeast(95, Pct) },
        { "超过 100 亿元", null, Target.Above(100, Unit.YiYuan) },
        { "低于 5%", "城镇调查失业率", Target.Below(5, Pct) },
        { "每万人 25 件以上", null, Target.AtLeast(25, Unit.Count("件").PerCapita(10000)) },
        { "在全市位居前列", null, Target.Qualitative("在全市位居前列") },
        // A bare percent: growth on an amount indicator, the level on a share or rate, the growth on a growth rate.
        { "8%", LevelIndicator, Target.Growth(8) },
        { "8%", "社会消费品零售总额", Target.Growth(8) },
        { "8%", "区级一般公共预算收入", Target.Growth(8) },
        { "8%", "全社会固定资产投资", Target.Growth(8) },
        { "8%", "高新技术企业数", Target.Growth(8) },
        { "8%", "教育学区化集团化覆盖率", Target.AtLeast(8, Pct) },
        { "8%", "城镇污水处理率", Target.AtLeast(8, Pct) },
        { "8%", "网格化先行发现率", Target.AtLeast(8, Pct) },
        { "8%", "战略性新兴产业产值占比", Target.AtLeast(8, Pct) },
        { "8%", GrowthIndicator, Target.Growth(8) },
        { "3%", "单位生产总值能耗降低率", Target.AtLeast(3, Pct) },
        { "达到 8%", "居民人均可支配收入增速", Target.Growth(8) },
        // ASCII and full-width forms, spaces, thousands separators are the same text.
        { "可比增长６％（增长高于全市平均水平）", "地区生产总值", Target.ComparableGrowth(6).And(Target.AboveCityAverage(Measure.ComparableGrowth)) },
        { "可比增长 6%(增长高于全市平均水平)", "地区生产总值", Target.ComparableGrowth(6).And(Target.AboveCityAverage(Measure.ComparableGrowth)) },
        { "  可比增长  6 %  ( 增长高于全市平均水平 ) ", "地区生产总值", Target.ComparableGrowth(6).And(Target.AboveCityAverage(Measure.ComparableGrowth)) },
        { "１８０亿元／１２０亿元", "产业类投资额/工业投资", Target.Slash(Target.AtLeast(180, Unit.YiYuan), Target.AtLeast(120, Unit.YiYuan)) },
        { "26,000以上", null, Target.AtLeast(26000, Unit.None).AccumulationUnsettled() },
        { "２６，０００以上", null, Target.AtLeast(26000, Unit.None).AccumulationUnsettled() },
        { "市级 80 个,区级 100 个", null, Target.AllOf(Target.AtLeast(80, Ge).AccumulationUnsettled().For("市级"), Target.AtLeast(100, Ge).AccumulationUnsettled().For("区级")) },
        { "市级80个；区级100个", null, Target.AllOf(Target.AtLeast(80, Ge).AccumulationUnsettled().For("市级"), Target.AtLeast(100, Ge).AccumulationUnsettled().For("区级")) },
        { "新增400台、完工200台", null, Target.AllOf(Target.Scoped("新增", Added(400, Tai)), Target.Scoped("完工", Added(200, Tai))) },
        // 其中 names a part within the one before it; the part is named without it, as the actual may not write it.
        { "新增托位1140个,其中普惠托位685个", null, Target.AllOf(Target.Scoped("托位", Added(1140, Ge)), Target.Scoped("普惠托位", Added(685, Ge))) },
        { "新增托位 1140 个，其中 普惠托位 685 个", null, Target.AllOf(Target.Scoped("托位", Added(1140, Ge)), Target.Scoped("普惠托位", Added(685, Ge))) },
        { "可比增长6%以上,不低于全市平均水平", null, Target.ComparableGrowth(6).And(Target.NotBelowCityAverage(Measure.ComparableGrowth)) },
        { "增长 6%，与全市保持同步", null, Target.Growth(6).And(Target.InSyncWithCity()) },
        { "完成 600 亿元以上，不低于全市平均水平", null, Target.AllOf(Added(600, Unit.YiYuan), Target.NotBelowCityAverage(Measure.Level)) },
        { "—", null, Target.None() },
        { "", null, Target.None() },
        { "180 亿元/-", "产业类投资额/工业投资", Target.Slash(Target.AtLeast(180, Unit.YiYuan), Target.None()) },
    };

    [Theory]
    [MemberData(nameof(OtherPhrasings))]
    public void Parse_Phrase_GivesIntendedTree(string text, string? indicator, Target expected)
    {
        var result = TargetParser.Parse(text, indicator);

        result.Error.ShouldBeNull();
        result.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("1.2亿元", "12000万元")]
    [InlineData("6 亿美元", "60000 万美元")]
    [InlineData("１．２亿元以上", "12,000万元")]
    public void Parse_MagnitudeMixes_GiveEqualFigures(string left, string right)
    {
        var a = (ThresholdTarget)TargetParser.Parse(left).OrThrow();
        var b = (ThresholdTarget)TargetParser.Parse(right).OrThrow();

        a.Value.CompareTo(b.Value).ShouldBe(0);
        a.Comparison.ShouldBe(b.Comparison);
    }

    // Issue 25: magnitudes, the new units and Chinese numerals are the scanner's, so targets read them as actuals do.
    [Theory]
    [InlineData("2.6万亿元", "26000亿元")]
    [InlineData("20万公里", "200000公里")]
    [InlineData("1000万以上", "10000000以上")]
    [InlineData("3千万元", "3000万元")]
    [InlineData("三千万元", "3000万元")]
    [InlineData("15.2万吨标准煤以内", "152000吨标准煤以内")]
    [InlineData("3.5亿千瓦时", "35000万千瓦时")]
    [InlineData("6.3万吨", "63000吨")]
    [InlineData("达到百分之九十七", "达到 97%")]
    [InlineData("两成", "20%")]
    public void Parse_MagnitudeOrChineseNumeral_SameFigureAsDigits(string written, string digits)
    {
        var a = (ThresholdTarget)TargetParser.Parse(written, "城镇污水处理率").OrThrow();
        var b = (ThresholdTarget)TargetParser.Parse(digits, "城镇污水处理率").OrThrow();

        a.Value.CompareTo(b.Value).ShouldBe(0);
        (a.Measure, a.Comparison).ShouldBe((b.Measure, b.Comparison));
    }

    public static TheoryData<string, string?, Target> ScannerPhrasings => new()
    {
        { "减少1000万以上", null, Target.Scoped("减少", Target.AtLeast(1000, Unit.Magnitude("万", 1_0000m)).AccumulationUnsettled()) },
        { "35微克/立方米以下", "PM2.5年均浓度", Target.Threshold(Measure.Level, Comparison.AtMost, new Quantity(35, Unit.MicrogramPerCubicMetre)) },
        { "３５微克／立方米以下", "PM2.5年均浓度", Target.Threshold(Measure.Level, Comparison.AtMost, new Quantity(35, Unit.MicrogramPerCubicMetre)) },
        { "120公顷", null, Target.AtLeast(120, Unit.Hectare).AccumulationUnsettled() },
        { "1800亩", null, Target.AtLeast(1800, Unit.Mu).AccumulationUnsettled() },
        { "0.38吨标准煤以下", null, Target.Threshold(Measure.Level, Comparison.AtMost, new Quantity(0.38m, Unit.TonneOfCoalEquivalent)) },
        { "下降一个百分点", null, Target.Threshold(Measure.PointChange, Comparison.AtMost, new Quantity(-1, Unit.PercentagePoint)) },
        { "提高半个百分点", null, Target.Threshold(Measure.PointChange, Comparison.AtLeast, new Quantity(0.5m, Unit.PercentagePoint)) },
        { "增长百分之六点五", null, Target.Growth(6.5m) },
        { "2.6万亿元", null, Target.AtLeast(2.6m, Unit.Yuan.WithMagnitude("万亿", 1_0000_0000_0000m)) },
    };

    [Theory]
    [MemberData(nameof(ScannerPhrasings))]
    public void Parse_ScannerPhrasing_GivesIntendedTree(string text, string? indicator, Target expected) =>
        TargetParser.Parse(text, indicator).OrThrow().ShouldBe(expected);

    public static TheoryData<string, string?, int, string> Failures => new()
    {
        { "增长", null, 2, TargetRules.Text.Phrases.ExpectedGrowthFigure.English },
        { "增长 6", null, 4, TargetRules.Text.Phrases.ExpectedGrowthUnit.English },
        { "增长 6%，", null, 6, TargetRules.Text.Phrases.ExpectedTarget.English },
        { "6%", null, 0, TargetRules.Text.Phrases.UndeterminedPercent.English },
        { "30%以上", "居民平均预期寿命", 0, TargetRules.Text.Phrases.UndeterminedPercent.English },
        { "达到 8%", LevelIndicator, 3, TargetRules.Text.Phrases.UndeterminedVerbPercent.English },
        { "可比增长 6%（增长高于全市平均水平", null, 18, TargetRules.Text.Phrases.ExpectedCloseParen.English },
        { "高于全市平均水平 较好", null, 9, TargetRules.Text.Phrases.ExpectedSeparator.English },
        { "新增 5 家，10 家", null, 7, TargetRules.Text.Phrases.ExpectedPartName.English },
        { "与全市", null, 3, TargetRules.Text.Phrases.ExpectedSync.English },
        { "完成市下达", null, 5, TargetRules.Text.Phrases.ExpectedQuotaWord.English },
        { "下降 5%左右", null, 5, TargetRules.Text.Phrases.ExpectedDeclineBound.English },
        { "控制在 5% 以上", null, 7, TargetRules.Text.Phrases.ExpectedAgreeingBound.English },
        { "15-12", null, 0, TargetRules.Text.Phrases.ExpectedRangeOrder.English },
        { "在全市保持较好", null, 7, TargetRules.Text.Phrases.ExpectedStatementEnd.English },
        { "提升 4%", null, 4, TargetRules.Text.Phrases.ExpectedPoints.English },
        { "达到 5 个百分点", null, 5, TargetRules.Text.Phrases.ExpectedPointsVerb.English },
        { "每千人 40", null, 6, TargetRules.Text.Phrases.ExpectedPerCapitaUnit.English },
        { "总量 5%", null, 3, TargetRules.Text.Phrases.ExpectedCityAfterTotal.English },
        { "国家已不再评定", null, 0, TargetRules.Text.Phrases.ExpectedTarget.English },
        { "较好", null, 0, TargetRules.Text.Phrases.ExpectedTarget.English },
        { "达到", null, 2, TargetRules.Text.Phrases.ExpectedNumber.English },
        { "施工", null, 0, TargetRules.Text.Phrases.MilestoneText.English },
        { "完成 60%工程量", null, 6, TargetRules.Text.Phrases.MilestoneText.English },
        { "时光大道、纬一路开工, 海江路竣工, 双城路完成 50%工程量", null, 8, TargetRules.Text.Phrases.MilestoneText.English },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Parse_BadText_FailsWithPositionAndExpectation(string text, string? indicator, int position, string expected)
    {
        var result = TargetParser.Parse(text, indicator, "预期目标");

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBe(new ParseError("预期目标", position, text, expected));
    }

    [Fact]
    public void Parse_RateUnit_ConvertsBetweenMoneyMagnitudes()
    {
        var perYi = (ThresholdTarget)TargetParser.Parse("控制在0.02人/亿元以内").OrThrow();
        var perWan = (ThresholdTarget)TargetParser.Parse("不超过 0.000002 人/万元").OrThrow();

        perYi.Value.Unit.Dimension.ShouldBe(Dimension.CountPerMoney);
        perYi.Value.CompareTo(perWan.Value).ShouldBe(0);
        perYi.Value.CompareTo(new Quantity(0.02m, Unit.YiYuan)).ShouldBeNull();
    }

    [Fact]
    public void Parse_FullWidthText_ReportsPositionsInTheTextAsWritten()
    {
        var result = TargetParser.Parse("可比增长　６％，增长　６");

        result.Error.ShouldBe(new ParseError("target_text", 12, "可比增长　６％，增长　６", TargetRules.Text.Phrases.ExpectedGrowthUnit.English));
    }

    [Fact]
    public void Parse_NullText_IsNoTarget() => TargetParser.Parse(null!).Value.ShouldBe(Target.None());

    [Fact]
    public void Parse_OrThrow_BadText_ThrowsWithPosition()
    {
        var error = Should.Throw<PhraseFormatException>(() => TargetParser.Parse("增长 6").OrThrow());

        error.Error.Position.ShouldBe(4);
        error.Message.ShouldBe("target_text, position 4: expected % or 个百分点 after the growth figure in '增长 6'");
    }

    [Fact]
    public void Parse_RandomText_NeverThrows()
    {
        var alphabet = "增长下降可比同比高于低于全市平均水平与保持基本同步完成市下达目标指标控制在以内以上左右达到新增完工每千人常住人口亿万元美元家个台人岁平方米%％()（）/／,，、；.．-—0123456789０１２ 在较好前列区级国家提升个百分点持平稳定总量";
        Gen.String[Gen.Char[alphabet], 0, 40].Sample(text =>
        {
            _ = TargetParser.Parse(text, "地区生产总值");
            _ = TargetParser.Parse(text);
            _ = ObservationParser.Parse(text, "地区生产总值/工业投资");
            _ = ObservationParser.Parse(text);
        }, iter: 50_000);
        Gen.String.Sample(text =>
        {
            _ = TargetParser.Parse(text);
            _ = ObservationParser.Parse(text);
        }, iter: 20_000);
    }

    public static TheoryData<string, string?, Target> Targets => new()
    {
        // A comparison word inside a growth target.
        { "增长不低于 6%", null, Target.Growth(6) },
        { "增长达到 6%", null, Target.Growth(6) },
        { "增长不超过 6%", null, Target.Threshold(Measure.Growth, Comparison.AtMost, Quantity.Percent(6)) },
        { "增长超过 6%", null, Target.Threshold(Measure.Growth, Comparison.Above, Quantity.Percent(6)) },
        { "增长高于 6%", null, Target.Threshold(Measure.Growth, Comparison.Above, Quantity.Percent(6)) },
        { "增长低于 6%", null, Target.Threshold(Measure.Growth, Comparison.Below, Quantity.Percent(6)) },
        // Sync after a comparable growth compares comparable growth.
        { "可比增长 6%，与全市保持同步", null, Target.ComparableGrowth(6).And(Target.InSyncWithCity(Measure.ComparableGrowth)) },
        { "增长 6%，与全市同步", null, Target.Growth(6).And(Target.InSyncWithCity()) },
        { "与经济增长基本保持同步", null, Target.InSyncWith("经济增长", basically: true) },
        // A range whose ends are equal is a range, not a reversed one.
        { "增长 6-6%", null, Target.Range(Measure.Growth, Quantity.Percent(6), Quantity.Percent(6)) },
        { "12-12", null, Target.Between(12, 12, Unit.None) },
        // 高于/不低于 a figure.
        { "高于 100 亿元", null, Target.Above(100, Unit.YiYuan) },
        { "不低于 100 亿元", null, Target.AtLeast(100, Unit.YiYuan) },
        // A share completed is a level, not an amount that accumulates over the year.
        { "完成 30%", "城镇污水处理率", Target.AtLeast(30, Unit.Percent) },
        { "新增每千人 5 个", null, Target.AtLeast(5, Ge.PerCapita(1000)) },
        { "新增 5 个", null, Target.AtLeast(5, Ge).AccumulatesOverYear() },
        // Blanks, an empty first component, 户籍人口, part names.
        // One figure of one character is a figure, not a blank.
        { "5", null, Target.AtLeast(5, Unit.None).AccumulationUnsettled() },
        // No target for the first part of the name, a figure for the second.
        { "/120 亿元", "全社会固定资产投资总额/工业投资", Target.Slash(Target.None(), Target.AtLeast(120, Unit.YiYuan)) },
        // 户籍人口 as well as 常住人口 before 每千人, spaces allowed between.
        { "达到户籍人口每千人 40 平方米以上", null, Target.AtLeast(40, Unit.SquareMetre.PerCapita(1000)) },
        { "达到常住人口 每千人 40 平方米以上", null, Target.AtLeast(40, Unit.SquareMetre.PerCapita(1000)) },
        // A part name may hold 一 (the first ideograph) and ends before a stray 、.
        { "一级医院 5 家，二级医院 10 家", null, Target.AllOf(Target.Scoped("一级医院", Target.AtLeast(5, Jia).AccumulationUnsettled()), Target.Scoped("二级医院", Target.AtLeast(10, Jia).AccumulationUnsettled())) },
        { "国家、市级、 80 个", null, Target.Scoped("国家、市级", Target.AtLeast(80, Ge).AccumulationUnsettled()) },
        // Figures beyond 2^32, a range, 万 before a classifier.
        // A figure beyond 2^32 keeps its high digits.
        { "5000000000 元", null, Target.AtLeast(5_000_000_000m, Unit.Yuan).AccumulatesOverYear() },
        // A range whose high end has three digits: the dash is not a thousands separator.
        { "达到 100-150 家", null, Target.Between(100, 150, Unit.Count("家")) },
        // 万 before a classifier: ten thousand people.
        { "新增 5 万人", null, Target.AtLeast(5, Unit.WanCount("人")).AccumulatesOverYear() },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void TargetParser_Phrase_GivesIntendedTree(string text, string? indicator, Target expected)
    {
        var result = TargetParser.Parse(text, indicator);

        result.Error.ShouldBeNull();
        result.Value.ShouldBe(expected);
    }

    public static TheoryData<string, int, string> TargetFailures => new()
    {
        { "下降 5-6%", 3, P.ExpectedDeclineBound.English },
        { "增长不低于 6-7%", 10, P.ExpectedAgreeingBound.English },
        { "增长 6-7%以上", 7, P.ExpectedAgreeingBound.English },
        { "与经济(增长)保持同步", 3, P.ExpectedSync.English },
        { "与经济/增长保持同步", 3, P.ExpectedSync.English },
        { "与保持同步", 1, P.ExpectedSync.English },
        { "与 基本同步", 2, P.ExpectedSync.English },
        // Two marks are not a blank.
        { "--", 0, P.ExpectedTarget.English },
        // A part name is ideographs and '、' between them: not a comma, not a leading 、.
        { "市级，新增 5 家", 0, P.ExpectedTarget.English },
        { "、市级 80 家", 0, P.ExpectedTarget.English },
        // Twenty significant digits, zeros among them, are too many.
        { "10000000000000000000 亿元", 0, P.NumberTooLarge.English },
        { "12345678901234567890 亿元", 0, P.NumberTooLarge.English },
        // Twenty-nine decimals are too many.
        { "0.00000000000000000000000000001", 0, P.NumberTooLarge.English },
        // A number starts with a digit, not a decimal point.
        { "增长 .5%", 3, P.ExpectedGrowthFigure.English },
        // A rate unit is a count per money (人/亿元); 万人/亿元 is not one.
        { "控制在 0.5 万人/亿元以内", 10, P.ExpectedSeparator.English },
    };

    [Theory]
    [MemberData(nameof(TargetFailures))]
    public void TargetParser_BadPhrase_FailsWithPositionAndExpectation(string text, int position, string expected) =>
        TargetParser.Parse(text, null, "预期目标").Error.ShouldBe(new ParseError("预期目标", position, text, expected));
}
