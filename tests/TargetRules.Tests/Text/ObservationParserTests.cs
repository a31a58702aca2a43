using TargetRules.Evaluation;
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
}
