using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;

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
        { "baoshan-2022-indicators.tsv", "12", Target.AllOf(Target.AtLeast(80, Ge).For("市级"), Target.AtLeast(100, Ge).For("区级")) },
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
        { "baoshan-2023-indicators.tsv", "12", Target.AllOf(Target.AtLeast(80, Ge).For("市级"), Target.AtLeast(100, Ge).For("区级")) },
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
                result.Error!.Expected.ShouldBe(Phrases.MilestoneText);
            }
        }
    }
}
