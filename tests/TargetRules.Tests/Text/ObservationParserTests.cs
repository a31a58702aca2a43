using TargetRules.Facts;
using TargetRules.Text;

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
        var observation = ObservationParser.ParseOrThrow(" 新增 639 台、完工 207 台 ");

        observation.Text.ShouldBe("新增 639 台、完工 207 台");
        observation.Parts.Select(p => p.Value.Text).ShouldBe(["新增 639 台", "完工 207 台"]);
    }

    [Fact]
    public void Parse_MagnitudeMix_GivesComparableLevels()
    {
        var a = ObservationParser.ParseOrThrow("1.2亿元").Level!.Value;
        var b = ObservationParser.ParseOrThrow("12000万元").Level!.Value;

        a.CompareTo(b).ShouldBe(0);
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
    public void ParseOrThrow_BadText_ThrowsWithPosition() =>
        Should.Throw<PhraseFormatException>(() => ObservationParser.ParseOrThrow("97%")).Error.Column.ShouldBe("actual_text");

    [Fact]
    public void Parse_2023TableActuals_AreAllNotReported()
    {
        foreach (var row in PlanTables.Rows("baoshan-2023-indicators.tsv"))
        {
            ObservationParser.ParseOrThrow(row.Actual, row.Indicator).Status.ShouldBe(ObservationStatus.NotReported, $"row {row.Id}");
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
        ObservationText.Describe(ObservationParser.ParseOrThrow("市级增长 5%，区级下降 1%")).ShouldBe("Parts=[市级: Growth=5 | 区级: Growth=-1]");
}
