using CsCheck;
using TargetRules.Facts;
using TargetRules.Text;
using P = TargetRules.Text.Phrases;

namespace TargetRules.Tests.Text;

public sealed class ObservationParserTests
{
    public static TheoryData<string, string> TableActuals => new()
    {
        { "1", "Comparable=-0.5" },
        { "2", "Growth=0.5" },
        { "3", "{Level=563.49 亿元} / {Level=192.1 亿元} / {Level=143.16 亿元}" },
        { "4", "{Growth=-3.2} / {Growth=-6.1}" },
        { "5", "Level=28 家" },
        { "6", "{Growth=10} / {Growth=10}" },
        { "7", "Level=60109 万美元" },
        { "8", "{Level=1475 家} / {Level=1 家}" },
        { "9", "{NoLongerAssessed} / {Parts=[国家、市级: Level=12 家 | 区级: Level=100 家]}" },
        { "10", "Level=27.5 %" },
        { "11", "Level=3.16 %" },
        { "12", "Parts=[市级: Level=80 个 | 区级: Level=104 个]" },
        { "13", "Growth=15" },
        { "14", "{Level=5 个} / {Level=1002 个}" },
        { "15", "{Asserts=[在全市保持较好水平]} / {Asserts=[在全市保持较好水平]}" },
        { "16", "Level=87.4 %" },
        { "17", "AwaitingCity" },
        { "18", "Level=97 %" },
        { "19", "NotReported" },
        { "20", "Level=12116 人" },
        { "21", "Level=85 岁; Asserts=[高于全市平均水平]" },
        { "22", "Level=40.77 每千人平方米" },
        { "23", "Parts=[义务教育阶段: Level=80 %]" },
        { "24", "Parts=[新增: Level=639 台 | 完工: Level=207 台]" },
        { "25", "AwaitingCity; Expected=高于全市平均水平; Provisional" },
    };

    [Theory]
    [MemberData(nameof(TableActuals))]
    public void Parse_2022TableActual_GivesIntendedObservation(string id, string expected)
    {
        var row = PlanTables.Rows("baoshan-2022-indicators.tsv").Single(r => r.Id == id);

        var result = ObservationParser.Parse(row.Actual, row.Indicator);

        result.Error.ShouldBeNull();
        ObservationText.Describe(result.Value).ShouldBe(expected);
    }

    [Fact]
    public void Parse_2022Table_CoversEveryRow() =>
        PlanTables.Rows("baoshan-2022-indicators.tsv").Select(r => r.Id).ShouldBe(TableActuals.Select(d => (string)d[0]), ignoreOrder: true);

    public static TheoryData<string, string?, string> Phrases => new()
    {
        { "10.9(可比7.0)", "地区生产总值", "Growth=10.9; Comparable=7" },
        { "10.9（可比增长 7.0%）", "规模以上工业总产值增长率", "Growth=10.9; Comparable=7" },
        { "增长 10.9%（可比增长 7%）", null, "Growth=10.9; Comparable=7" },
        { "10.9（可比下降 1%）", "地区生产总值", "Growth=10.9; Comparable=-1" },
        { "1248.3亿元 / 9.1%", "地区生产总值", "Level=1248.3 亿元; Growth=9.1" },
        { "1248.3亿元 / 9.1%", null, "Level=1248.3 亿元; Growth=9.1" },
        { "26000以上", null, "Level=26000; Provisional" },
        { "8%左右", "规模以上工业总产值", "Growth=8; Provisional" },
        { "8%左右", "城镇污水处理率", "Level=8 %; Provisional" },
        { "预计基本完成", null, "Asserts=[基本完成]; Provisional" },
        { "达标", null, "Asserts=[完成市下达目标]" },
        { "控制在市下达指标内", null, "Asserts=[完成市下达目标]" },
        { "完成市下达目标", null, "Asserts=[完成市下达目标]" },
        { "未达标", null, "Asserts=[未完成市下达目标]" },
        { "年度指标", null, "AnnualOnly" },
        { "取消", null, "NoLongerAssessed" },
        { "国家已不再评定", null, "NoLongerAssessed" },
        { "待市级部门测算", null, "AwaitingCity" },
        { "", null, "NotReported" },
        { "  ", null, "NotReported" },
        { "/", null, "NotReported" },
        { "—", null, "NotReported" },
        { "-", null, "NotReported" },
        { "提升 4 个百分点", null, "Points=4" },
        { "下降 0.5 个百分点", null, "Points=-0.5" },
        { "增长 5%，高于全市平均水平", null, "Growth=5; Asserts=[高于全市平均水平]" },
        { "增长与全市保持同步", null, "Asserts=[与全市保持同步]" },
        { "完成 600 亿元，同比增长 5%", null, "Level=600 亿元; Growth=5" },
        { "预计增长 5%", null, "Growth=5; Provisional" },
        { "约 40 亿元", null, "Level=40 亿元; Provisional" },
        { "在全市保持领先水平", null, "Asserts=[在全市保持领先水平]" },
        { "0.018人/亿元", null, "Level=0.018 人/亿元" },
        { "10.9", GrowthRate, "Growth=10.9" },
        { "563.49 亿元", null, "Level=563.49 亿元" },
        // ASCII and full-width forms, separators and thousands separators are the same text.
        { "可比下降０．５％", null, "Comparable=-0.5" },
        { "60,109 万美元", null, "Level=60109 万美元" },
        { "６０１０９万美元", null, "Level=60109 万美元" },
        { "１２１１６人", null, "Level=12116 人" },
        { "市级80个，区级104个", null, "Parts=[市级: Level=80 个 | 区级: Level=104 个]" },
        { "新增639台；完工207台", null, "Parts=[新增: Level=639 台 | 完工: Level=207 台]" },
        { "563.49亿元／192.1亿元", "产业类投资额/工业投资", "{Level=563.49 亿元} / {Level=192.1 亿元}" },
        { "85岁,高于全市平均水平", null, "Level=85 岁; Asserts=[高于全市平均水平]" },
    };

    private const string GrowthRate = "规模以上工业总产值增长率";

    // Issue 25: the phrasings of other districts' and cities' reports.
    public static TheoryData<string, string?, string> SignedFigures => new()
    {
        { "-0.9%", "规模以上工业总产值", "Growth=-0.9" },
        { "+3%", "规模以上工业总产值", "Growth=3" },
        { "−0.9%", "规模以上工业总产值", "Growth=-0.9" },
        { "－０．９％", "规模以上工业总产值", "Growth=-0.9" },
        { "＋３％", "规模以上工业总产值", "Growth=3" },
        { "增长-0.9%", null, "Growth=-0.9" },
        { "增长+3%", null, "Growth=3" },
        { "增长−0.9%", null, "Growth=-0.9" },
        { "增长 －０．９％", null, "Growth=-0.9" },
        { "同比增长-2.4%", null, "Growth=-2.4" },
        { "-3.6", GrowthRate, "Growth=-3.6" },
        { "-0", null, "Level=0" },
        // A share or rate stays a level: a signed percent there is not read as growth without a growth target.
        { "-0.9%", "城镇登记失业率", "Level=-0.9 %" },
    };

    public static TheoryData<string, string?, string> Magnitudes => new()
    {
        { "2.6万亿元", null, "Level=2.6 万亿元" },
        { "20万公里", null, "Level=20 万公里" },
        { "1000万", null, "Level=1000 万" },
        { "1000万以上", null, "Level=1000 万; Provisional" },
        { "3千万元", null, "Level=3 千万元" },
        { "500百万美元", null, "Level=500 百万美元" },
        { "14亿人", null, "Level=14 亿人" },
        { "1.2万家", null, "Level=1.2 万家" },
        { "35微克/立方米", "PM2.5年均浓度", "Level=35 微克/立方米" },
        { "３５微克／立方米", "PM2.5年均浓度", "Level=35 微克/立方米" },
        { "28 微克/立方米/93.2%", "PM2.5年均浓度/空气质量优良率", "{Level=28 微克/立方米} / {Level=93.2 %}" },
        { "120公顷", null, "Level=120 公顷" },
        { "1800亩", null, "Level=1800 亩" },
        { "0.38吨标准煤", null, "Level=0.38 吨标准煤" },
        { "15.2万吨标准煤", null, "Level=15.2 万吨标准煤" },
        { "3.5亿千瓦时", null, "Level=3.5 亿千瓦时" },
        { "8200万千瓦时", null, "Level=8200 万千瓦时" },
        { "1200千瓦时", null, "Level=1200 千瓦时" },
        { "45吨", null, "Level=45 吨" },
        { "6.3万吨", null, "Level=6.3 万吨" },
    };

    [Theory]
    [InlineData("2.6万亿元", "26000 亿元", 0)]
    [InlineData("20万公里", "200000 公里", 0)]
    [InlineData("1000万", "10000000", 0)]
    [InlineData("15.2万吨标准煤", "152000 吨标准煤", 0)]
    [InlineData("3.5亿千瓦时", "35000 万千瓦时", 0)]
    [InlineData("三千万元", "3000 万元", 0)]
    [InlineData("两千万元", "0.2 亿元", 0)]
    public void Parse_Magnitude_ConvertsWithinItsDimension(string text, string same, int comparison)
    {
        var level = ObservationParser.Parse(text).OrThrow().Level!.Value;
        var other = ObservationParser.Parse(same).OrThrow().Level!.Value;

        level.CompareTo(other).ShouldBe(comparison);
    }

    [Fact]
    public void Parse_CoalEquivalentAgainstTonnes_DoesNotConvert() =>
        ObservationParser.Parse("15.2万吨标准煤").OrThrow().Level!.Value.CompareTo(ObservationParser.Parse("152000吨").OrThrow().Level!.Value).ShouldBeNull();

    public static TheoryData<string, string?, string> ChineseNumerals => new()
    {
        { "增长百分之六点五", null, "Growth=6.5" },
        { "增长百分之六", null, "Growth=6" },
        { "下降百分之零点五", null, "Growth=-0.5" },
        { "三千万元", null, "Level=3000 万元" },
        { "两成", "城镇污水处理率", "Level=20 %" },
        { "增长两成", null, "Growth=20" },
        { "提高一个百分点", null, "Points=1" },
        { "提升半个百分点", null, "Points=0.5" },
        { "下降两个百分点", null, "Points=-2" },
        { "新增十五家", null, "Level=15 家" },
        { "一百二十个", null, "Level=120 个" },
        { "一千零五人", null, "Level=1005 人" },
        { "一万二千人", null, "Level=12000 人" },
        { "三十万平方米", null, "Level=30 万平方米" },
        { "九点九亿元", null, "Level=9.9 亿元" },
        { "提高零点五个百分点", null, "Points=0.5" },
        { "百分之九十七", "城镇污水处理率", "Level=97 %" },
    };

    public static TheoryData<string, string?, string> LeadIns => new()
    {
        { "比上年增长6.5%", null, "Growth=6.5" },
        { "较上年增长 6.5%", null, "Growth=6.5" },
        { "比上年同期增长 6.5%", null, "Growth=6.5" },
        { "同比 增长 6.5%", null, "Growth=6.5" },
        { "比上年下降 3.2%", null, "Growth=-3.2" },
        { "较上年提高 1.2 个百分点", null, "Points=1.2" },
        { "与上年持平", null, "Growth=0" },
        { "同比持平", null, "Growth=0" },
        { "完成 600 亿元，比上年增长 5%", null, "Level=600 亿元; Growth=5" },
        { "近6%", "规模以上工业总产值", "Growth=6; Provisional" },
        { "增长近 6%", null, "Growth=6; Provisional" },
        { "近 500 亿元", null, "Level=500 亿元; Provisional" },
        { "超过 500 亿元", null, "Level=500 亿元; Provisional" },
        { "增长超过 6%", null, "Growth=6; Provisional" },
        { "突破 1000 家", null, "Level=1000 家; Provisional" },
        { "减少 5%", null, "Growth=-5" },
        { "比上年减少 5.2%", null, "Growth=-5.2" },
        { "减少 0.3 个百分点", null, "Points=-0.3" },
        { "减少1386万", null, "Parts=[减少: Level=1386 万]" },
        { "减少 1000 万以上", null, "Parts=[减少: Level=1000 万; Provisional]" },
        { "1-6月增长 4.2%", null, "Growth=4.2; Period=1-6月" },
        { "1—6月增长 4.2%", null, "Growth=4.2; Period=1—6月" },
        { "１－６月增长４．２％", null, "Growth=4.2; Period=１－６月" },
        { "1月-6月累计增长 4.2%", null, "Growth=4.2; Period=1月-6月" },
        { "1至9月增长 5%", null, "Growth=5; Period=1至9月" },
        { "上半年增长 5.1%", null, "Growth=5.1; Period=上半年" },
        { "前三季度增长 5.5%", null, "Growth=5.5; Period=前三季度" },
        { "全年完成 600 亿元", null, "Level=600 亿元; Period=全年" },
        { "全年预计增长 6%", null, "Growth=6; Period=全年; Provisional" },
        { "上半年比上年同期增长 4.8%", null, "Growth=4.8; Period=上半年" },
        { "已完成 600 亿元", null, "Level=600 亿元" },
    };

    public static TheoryData<string, string?, string> Respectively => new()
    {
        { "分别下降3.2%和6.1%", "单位GDP能耗/单位GDP二氧化碳排放", "{Growth=-3.2} / {Growth=-6.1}" },
        { "分别增长 5%、6%", null, "{Growth=5} / {Growth=6}" },
        { "分别增长5.1、4.8%", null, "{Growth=5.1} / {Growth=4.8}" },
        { "同比分别增长 8.2%、7.5% 和 6.1%", null, "{Growth=8.2} / {Growth=7.5} / {Growth=6.1}" },
        { "分别比上年增长 5% 和 6%左右", null, "{Growth=5} / {Growth=6; Provisional}" },
        { "分别提高 1.2 和 0.8 个百分点", null, "{Points=1.2} / {Points=0.8}" },
        { "分别为 563.49 亿元、192.1 亿元和 143.16 亿元", null, "{Level=563.49 亿元} / {Level=192.1 亿元} / {Level=143.16 亿元}" },
        { "上半年分别增长 5%和 6%", null, "{Growth=5} / {Growth=6}; Period=上半年" },
    };

    public static TheoryData<string, string?, string> Assertions => new()
    {
        { "达标", null, "Asserts=[完成市下达目标]" },
        { "已达标", null, "Asserts=[完成市下达目标]" },
        { "已完成", null, "Asserts=[完成年度目标]" },
        { "完成", null, "Asserts=[完成年度目标]" },
        { "完成年度目标", null, "Asserts=[完成年度目标]" },
        { "完成年度计划", null, "Asserts=[完成年度目标]" },
        { "超额完成", null, "Asserts=[完成年度目标]" },
        { "超额完成年度目标", null, "Asserts=[完成年度目标]" },
        { "预计基本完成", null, "Asserts=[基本完成]; Provisional" },
        { "基本完成", null, "Asserts=[基本完成]; Provisional" },
        { "未完成", null, "Asserts=[未完成年度目标]" },
        { "未完成年度目标", null, "Asserts=[未完成年度目标]" },
        { "未达标", null, "Asserts=[未完成市下达目标]" },
        { "完成年度目标的 103%", null, "Share=103" },
        { "完成年度计划的98%", null, "Share=98" },
        { "完成全年目标的５５％", null, "Share=55" },
        { "为年度目标的 103%", null, "Share=103" },
        { "完成 600 亿元，完成年度目标的 103%", null, "Level=600 亿元; Share=103" },
        { "预计完成年度目标的 100%左右", null, "Share=100; Provisional" },

        // A completion rate is the share of the task (xiaoxian-2025-m9-minsheng:11, 15), not 完成 and a part named 率.
        { "完成2个,完成率200%", null, "Level=2 个; Share=200" },
        { "完成率107.29%", null, "Share=107.29" },
        { "已建成11家，完成率110%", null, "Share=110; Parts=[已建成: Level=11 家]" },
        { "完成率为 96.13%", null, "Share=96.13" },
        { "完成率达到１００％", null, "Share=100" },
        { "完成率达 98.4 %", null, "Share=98.4" },
    };

    public static TheoryData<string, string?, string> CityGaps => new()
    {
        { "同比增长 7.2%，高于全市 1.5 个百分点", null, "Growth=7.2; CityGap=Growth 1.5" },
        { "增长 7.2%，低于全市 0.3 个百分点", null, "Growth=7.2; CityGap=Growth -0.3" },
        { "增长 5%，与全市持平", null, "Growth=5; CityGap=Growth 0" },
        { "可比增长 6%，高于全市平均水平 1 个百分点", null, "Comparable=6; CityGap=ComparableGrowth 1" },
        { "增速高于全市 1.5 个百分点", null, "CityGap=Growth 1.5" },
        { "87.4%，高出全市 2.1 个百分点", "城镇污水处理率", "Level=87.4 %; CityGap=Level 2.1" },
        { "高于全市一个百分点", null, "CityGap=1" },
        { "增长 5%，高于全市平均水平", null, "Growth=5; Asserts=[高于全市平均水平]" },
        { "增长5%,比全市高0.5个百分点", null, "Growth=5; CityGap=Growth 0.5" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Parse_Phrase_GivesIntendedObservation(string text, string? indicator, string expected)
    {
        var result = ObservationParser.Parse(text, indicator);

        result.Error.ShouldBeNull();
        ObservationText.Describe(result.Value).ShouldBe(expected);
    }

    [Fact]
    public void Parse_Actual_KeepsTheTextRead()
    {
        var observation = ObservationParser.Parse(" 新增 639 台、完工 207 台 ").OrThrow();

        observation.Text.ShouldBe("新增 639 台、完工 207 台");
        observation.Parts.Select(p => p.Value.Text).ShouldBe(["新增 639 台", "完工 207 台"]);
    }

    [Fact]
    public void Parse_MagnitudeMix_GivesComparableLevels()
    {
        var a = ObservationParser.Parse("1.2亿元").OrThrow().Level!.Value;
        var b = ObservationParser.Parse("12000万元").OrThrow().Level!.Value;

        a.CompareTo(b).ShouldBe(0);
    }

    // Signed figures, magnitudes and new units, Chinese numerals, lead-in words, 分别, assertions and shares, city gaps.
    [Theory]
    [MemberData(nameof(SignedFigures))]
    [MemberData(nameof(Magnitudes))]
    [MemberData(nameof(ChineseNumerals))]
    [MemberData(nameof(LeadIns))]
    [MemberData(nameof(Respectively))]
    [MemberData(nameof(Assertions))]
    [MemberData(nameof(CityGaps))]
    public void Parse_Issue25Phrasing_GivesIntendedObservation(string text, string? indicator, string expected) =>
        ObservationText.Describe(ObservationParser.Parse(text, indicator).OrThrow()).ShouldBe(expected);

    [Fact]
    public void Parse_RandomTextOfTheNewWords_NeverThrows()
    {
        var alphabet = "百分之一二两三六九十千万亿零点半成个百分点%+-−—～至月份上半年前三季度全年比上年较同比增长下降减少分别和、，,近约超过完成年度目标的已未达标高于低于全市持平吨标准煤千瓦时微克/立方米0123456789. ";
        Gen.String[Gen.Char[alphabet], 0, 30].Sample(text =>
        {
            _ = ObservationParser.Parse(text);
            _ = ObservationParser.Parse(text, "规模以上工业总产值/工业投资");
            _ = ObservationParser.ParseForTarget(text, null, "actual_text", TargetRules.Targets.Target.Growth(6));
            _ = ObservationParser.ParseForTarget(text, null, "actual_text", null);
            _ = TargetParser.Parse(text);
        }, iter: 30_000);
    }

    public static TheoryData<string, string?, int, string> Failures => new()
    {
        { "97%", null, 0, TargetRules.Text.Phrases.UndeterminedPercent.English },
        { "完成 3%", "地区生产总值", 3, TargetRules.Text.Phrases.UndeterminedVerbPercent.English },
        { "较好", null, 0, TargetRules.Text.Phrases.ExpectedActual.English },
        { "增长 5", null, 4, TargetRules.Text.Phrases.ExpectedGrowthUnit.English },
        { "增长", null, 2, TargetRules.Text.Phrases.ExpectedNumber.English },
        { "增长 5%，增长 6%", null, 9, TargetRules.Text.Phrases.ExpectedOneFigure.English },
        { "10.9(可比7.0)", null, 0, TargetRules.Text.Phrases.UndeterminedComparable.English },
        { "10.9(7.0)", "地区生产总值", 5, TargetRules.Text.Phrases.ExpectedComparable.English },
        { "5 家、6 家", null, 0, TargetRules.Text.Phrases.ExpectedPartName.English },
        { "28 家 较好", null, 5, TargetRules.Text.Phrases.ExpectedSeparator.English },
        { "达到常住人口每千人 40.77", null, 15, TargetRules.Text.Phrases.ExpectedPerCapitaUnit.English },
        { "提升 2%", null, 4, TargetRules.Text.Phrases.ExpectedPoints.English },
        { "-0.9%", null, 0, TargetRules.Text.Phrases.UndeterminedPercent.English },
        { "+", null, 0, TargetRules.Text.Phrases.ExpectedActual.English },
        { "比上年多 5 家", null, 3, TargetRules.Text.Phrases.ExpectedGrowthAfterComparison.English },
        { "分别增长 5%", null, 5, TargetRules.Text.Phrases.ExpectedRespectively.English },
        { "分别增长 5%、6%，增长 3%", null, 0, TargetRules.Text.Phrases.ExpectedRespectivelyAlone.English },
        { "分别增长 5 和 6 家", null, 11, TargetRules.Text.Phrases.ExpectedGrowthUnit.English },
        { "完成年度目标的 103", null, 8, TargetRules.Text.Phrases.ExpectedSharePercent.English },
        { "完成年度目标的大部分", null, 7, TargetRules.Text.Phrases.ExpectedSharePercent.English },
        { "一般", null, 0, TargetRules.Text.Phrases.ExpectedActual.English },
        { "二零二二年", null, 0, TargetRules.Text.Phrases.ExpectedActual.English },
        { "增长 5%，高于全市 1 个百分点，低于全市 1 个百分点", null, 18, TargetRules.Text.Phrases.ExpectedOneFigure.English },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Parse_BadText_FailsWithPositionAndExpectation(string text, string? indicator, int position, string expected)
    {
        var result = ObservationParser.Parse(text, indicator, "完成情况");

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBe(new ParseError("完成情况", position, text, expected));
    }

    [Fact]
    public void Parse_OrThrow_BadText_ThrowsWithPosition() =>
        Should.Throw<PhraseFormatException>(() => ObservationParser.Parse("97%").OrThrow()).Error.Column.ShouldBe("actual_text");

    [Fact]
    public void Parse_2023TableActuals_AreAllNotReported()
    {
        foreach (var row in PlanTables.Rows("baoshan-2023-indicators.tsv"))
        {
            ObservationParser.Parse(row.Actual, row.Indicator).OrThrow().Status.ShouldBe(ObservationStatus.NotReported, $"row {row.Id}");
        }
    }

    public static TheoryData<string, int> ProjectStatuses => new()
    {
        { "管线搬迁进场施工", 2 },
        { "施工招标手续办理", 0 },
        { "基本竣工", 2 },
        { "西段已完成, 东段南上水管搬迁已进场实施, 正在排管中", 13 },
        { "一标段完成跨铁路南何支线立交桥 6 跨 二标段东侧道路已进场施工", 28 },
        { "双城路: 取得施工许可 海江路: 进场施工中", 7 },
        { "已竣工", 1 },
        { "基本完工", 2 },
        { "完成建设进度 45%", 4 },
        { "进场施工", 0 },
        { "开工", 0 },
    };

    [Theory]
    [MemberData(nameof(ProjectStatuses))]
    public void Parse_ProjectStatus_RejectedAsMilestone(string text, int position) =>
        ObservationParser.Parse(text).Error.ShouldBe(new ParseError("actual_text", position, text, TargetRules.Text.Phrases.MilestoneStatus.English));

    [Fact]
    public void Parse_ProjectTableStatuses_AreAllRejectedAsMilestones()
    {
        foreach (var row in PlanTables.Rows("baoshan-2022-projects.tsv"))
        {
            ObservationParser.Parse(row.Actual, row.Indicator).Error?.Expected.ShouldBe(TargetRules.Text.Phrases.MilestoneStatus.English, $"row {row.Id}: {row.Actual}");
            ObservationParser.Parse(row.Actual, row.Indicator).IsSuccess.ShouldBeFalse();
        }

        PlanTables.Rows("baoshan-2023-projects.tsv").ShouldAllBe(r => r.Actual.Length == 0);
    }

    [Fact]
    public void Parse_LabelledGrowth_GivesParts() =>
        ObservationText.Describe(ObservationParser.Parse("市级增长 5%，区级下降 1%").OrThrow()).ShouldBe("Parts=[市级: Growth=5 | 区级: Growth=-1]");

    public static TheoryData<string, string?, string> Actuals => new()
    {
        // A figure and its growth on a one-part indicator; three figures stay three components.
        { "1248.3亿元/增长 9.1%左右", null, "Level=1248.3 亿元; Growth=9.1; Provisional" },
        { "1248.3亿元/9.1%/5%", "地区生产总值", "{Level=1248.3 亿元} / {Growth=9.1} / {Growth=5}" },
        { "5%/1248.3亿元", "地区生产总值", "{Growth=5} / {Level=1248.3 亿元}" },
        // Three named parts.
        { "国家级 5 家、市级 80 家、区级 104 家", null, "Parts=[国家级: Level=5 家 | 市级: Level=80 家 | 区级: Level=104 家]" },
        { "市级增长 5%、区级增长 3%", null, "Parts=[市级: Growth=5 | 区级: Growth=3]" },
        // 已 before the verb says the figure is reached; the part's name is the target's.
        { "全市城镇生活垃圾资源化利用率已达到92%以上,城镇生活垃圾无害化处理率达到100%。", null, "Parts=[全市城镇生活垃圾资源化利用率: Level=92 %; Provisional | 城镇生活垃圾无害化处理率: Level=100 %]" },
        { "利用率已达到 92%, 处理率已达到 100%", null, "Parts=[利用率: Level=92 % | 处理率: Level=100 %]" },
        { "市级已完成 80 个，区级已完成 104 个", null, "Parts=[市级: Level=80 个 | 区级: Level=104 个]" },
        // A range (4.8%到5.1%): the low end is the level, the high end kept; the unit may be written after the high end only.
        { "4.8%到5.1%", "城镇调查失业率", "Level=4.8 %; High=5.1 %" },
        { "4.8%-5.1%", "城镇调查失业率", "Level=4.8 %; High=5.1 %" },
        { "4.8～5.1%", "城镇调查失业率", "Level=4.8 %; High=5.1 %" },
        { "４．８％ 至 ５．１％", "城镇调查失业率", "Level=4.8 %; High=5.1 %" },
        { "3560-3570亿元", null, "Level=3560 亿元; High=3570 亿元" },
        { "3560亿元～3570亿元", null, "Level=3560 亿元; High=3570 亿元" },
        { "市级 80-90 个，区级 100 个", null, "Parts=[市级: Level=80 个; High=90 个 | 区级: Level=100 个]" },
        // 其中 names a part within the one before it; the part is named without it.
        { "新增托位1155个,其中新增普惠托位1155个。", null, "Parts=[托位: Level=1155 个 | 普惠托位: Level=1155 个]" },
        { "新增托位 1155 个，其中 普惠托位 685 个", null, "Parts=[托位: Level=1155 个 | 普惠托位: Level=685 个]" },
        // Growth written with a sign, an estimate, a statement after 增长.
        { "增长 -2%", null, "Growth=-2" },
        { "增长 5%以上", null, "Growth=5; Provisional" },
        { "增长高于全市平均水平", null, "Asserts=[高于全市平均水平]" },
        { "在全市保持领先水平 ，增长 5%", null, "Growth=5; Asserts=[在全市保持领先水平]" },
        // Two expectations while the city decides: the first is kept; two estimates stay an estimate.
        { "待市级部门测算，预计高于全市平均水平，预计在全市保持领先水平", null, "AwaitingCity; Expected=高于全市平均水平; Provisional" },
        { "预计高于全市平均水平，预计在全市保持领先水平", null, "Asserts=[高于全市平均水平,在全市保持领先水平]; Provisional" },
        // Blank-like text is not reported, and keeps what was written.
        { "—", null, "NotReported" },
    };

    [Theory]
    [MemberData(nameof(Actuals))]
    public void ObservationParser_Phrase_GivesIntendedObservation(string text, string? indicator, string expected)
    {
        var result = ObservationParser.Parse(text, indicator);

        result.Error.ShouldBeNull();
        ObservationText.Describe(result.Value).ShouldBe(expected);
    }

    [Theory]
    [InlineData("—", "—")]
    [InlineData(" - ", "-")]
    [InlineData("", "")]
    public void ObservationParser_BlankText_NotReportedKeepingTheText(string text, string kept) =>
        ObservationParser.Parse(text).OrThrow().Text.ShouldBe(kept);

    public static TheoryData<string, int, string> ActualFailures => new()
    {
        { "，5 家", 0, P.ExpectedActual.English },
        { "5 家，，6 家", 4, P.ExpectedActual.English },
        { "达到", 2, P.ExpectedNumber.English },
        { "预计", 2, P.ExpectedNumber.English },
        { "每千人", 3, P.ExpectedNumber.English },
        { "增长 5 亿元", 5, P.ExpectedGrowthUnit.English },
        { "增长 -%", 3, P.ExpectedNumber.English },
    };

    [Theory]
    [MemberData(nameof(ActualFailures))]
    public void ObservationParser_BadPhrase_FailsWithPositionAndExpectation(string text, int position, string expected) =>
        ObservationParser.Parse(text, null, "完成情况").Error.ShouldBe(new ParseError("完成情况", position, text, expected));

    // Two parts named by the indicator are two components; on a one-part name a figure and its growth merge.
    [Theory]
    [InlineData("社会消费品零售总额/商品销售总额", "{Level=1702.3 亿元} / {Growth=5.2}")]
    [InlineData("社会消费品零售总额", "Level=1702.3 亿元; Growth=5.2")]
    public void ObservationParser_FigureSlashGrowth_ComponentsOnlyOnATwoPartName(string indicator, string expected) =>
        ObservationText.Describe(ObservationParser.Parse("1702.3 亿元/增长 5.2%", indicator).OrThrow()).ShouldBe(expected);
}
