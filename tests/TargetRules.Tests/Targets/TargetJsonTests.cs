using System.Text.Json;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Targets;

public sealed class TargetJsonTests
{
    private static readonly string Nl = Environment.NewLine;

    private static readonly JsonSerializerOptions Options = new() { Converters = { TargetJson.Converter } };

    public static TheoryData<Target> EveryKind => new()
    {
        Target.ComparableGrowth(6m),
        Target.Decline(5m),
        Target.StableGrowth(),
        Target.PointRise(4m),
        Target.AtLeast(6m, Unit.YiUsDollar),
        Target.AtLeast(6m, Unit.YiUsDollar).AccumulatesOverYear(false),
        Target.AtLeast(5m, Unit.Count("家")).AccumulatesOverYear(),
        Target.AtMost(10410m, Unit.Count("人")),
        Target.About(6m, Unit.Percent),
        Target.Above(3.5m, Unit.None),
        Target.Below(2m, Unit.WanCount("人")),
        Target.AtLeast(40m, Unit.SquareMetre.PerCapita(1000)),
        Target.AtLeast(3m, Unit.Hectare.PerCapita(10000)),
        Target.Between(12m, 15m, Unit.None),
        Target.Range(Measure.Growth, Quantity.Percent(5.5m), Quantity.Percent(6m)),
        Target.AboveCityAverage(),
        Target.NotBelowCityAverage(Measure.ComparableGrowth),
        Target.InSyncWithCity(),
        Target.BasicallyInSyncWithCity(),
        Target.InSyncWith("经济增长", basically: true),
        Target.InSyncWith("地区生产总值", measure: Measure.ComparableGrowth),
        Target.CityQuota(),
        Target.WithinCityQuota(),
        Target.Qualitative("在全市保持较好水平"),
        Target.Scoped("义务教育阶段", Target.AtLeast(80m, Unit.Percent)),
        Target.ComparableGrowth(6m).And(Target.AboveCityAverage(Measure.ComparableGrowth)),
        Target.AllOf(Target.AtLeast(80m, Unit.Count("个")).For("市级"), Target.AtLeast(100m, Unit.Count("个")).For("区级")),
        Target.Slash(Target.InSyncWithCity(), Target.AtLeast(180m, Unit.YiYuan), Target.AtLeast(120m, Unit.YiYuan)),
        Target.Slash(Target.None(), Target.AllOf(Target.AtLeast(10m, Unit.Count("家")).For("国家、市级"), Target.AtLeast(100m, Unit.Count("家")).For("区级"))),
        Target.None(),
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Deserialize_SerializedTarget_RoundTrips(Target target)
    {
        var json = TargetJson.Serialize(target);

        var read = TargetJson.Deserialize(json);

        read.ShouldBe(target);
        TargetJson.Serialize(read).ShouldBe(json);
    }

    public static TheoryData<string> ProjectTargets()
    {
        var texts = new[] { "baoshan-2022-projects.tsv", "baoshan-2023-projects.tsv" }
            .SelectMany(table => File.ReadLines(Repository.File("data", table)).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
            .Select(line => line.Split('\t')[4])
            .Distinct();
        return [.. texts];
    }

    [Theory]
    [MemberData(nameof(ProjectTargets))]
    public void Deserialize_SerializedMilestoneTarget_RoundTrips(string text)
    {
        var target = MilestoneParser.ParseTarget(text).OrThrow();
        var json = TargetJson.Serialize(target);

        var read = TargetJson.Deserialize(json);

        read.ShouldBe(target);
        TargetJson.Serialize(read).ShouldBe(json);
    }

    [Fact]
    public void Serialize_MilestoneWithParts_WritesStagesByName() =>
        TargetJson.Serialize(MilestoneParser.ParseTarget("室外观测场竣工，主体施工").OrThrow()).ShouldNotContain("\"stage\":\"0");

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Converter_InsideHostDocument_RoundTrips(Target target)
    {
        var options = new JsonSerializerOptions { Converters = { TargetJson.Converter } };

        var json = JsonSerializer.Serialize(new StoredRule("R1", target), options);

        JsonSerializer.Deserialize<StoredRule>(json, options).ShouldBe(new StoredRule("R1", target));
    }

    public sealed record StoredRule(string Id, Target Target);

    public static TheoryData<Target, string> Documents => new()
    {
        { Target.ComparableGrowth(6m), """{"kind":"threshold","measure":"ComparableGrowth","comparison":"AtLeast","value":6,"unit":"%"}""" },
        { Target.Between(12m, 15m, Unit.None), """{"kind":"range","measure":"Level","low":12,"high":15}""" },
        { Target.AtLeast(5m, Unit.Count("家")).AccumulatesOverYear(), """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":5,"unit":"家","cumulative":true}""" },
        { Target.AtLeast(40m, Unit.SquareMetre.PerCapita(1000)), """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":40,"unit":"平方米","perPeople":1000}""" },
        { Target.Growth(6m).And(Target.InSyncWithCity()), """{"kind":"allOf","conditions":[{"kind":"threshold","measure":"Growth","comparison":"AtLeast","value":6,"unit":"%"},{"kind":"city","measure":"Growth","relation":"InSync"}]}""" },
        { Target.InSyncWith("经济增长", basically: true), """{"kind":"peer","measure":"Growth","peer":"经济增长","basically":true}""" },
        { Target.WithinCityQuota(), """{"kind":"quota","direction":"Within"}""" },
        { Target.Qualitative("在全市保持较好水平").For("市级"), """{"kind":"scoped","scope":"市级","target":{"kind":"qualitative","statement":"在全市保持较好水平"}}""" },
        { Target.Slash(Target.None(), Target.Flat()), """{"kind":"slash","components":[{"kind":"none"},{"kind":"threshold","measure":"Growth","comparison":"AtLeast","value":0,"unit":"%"}]}""" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Serialize_Target_WritesDocumentedForm(Target target, string json) =>
        TargetJson.Serialize(target).ShouldBe(json);

    [Fact]
    public void Deserialize_BareNumberWithEmptyUnit_IsBareNumber() =>
        TargetJson.Deserialize("""{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":3.5,"unit":""}""")
            .ShouldBe(Target.AtLeast(3.5m, Unit.None));

    public static TheoryData<string, string> BadDocuments => new()
    {
        { "[]", "$: expected a target object, found an array" },
        { """{"measure":"Growth"}""", "$: missing property 'kind'" },
        { """{"kind":"deadline","stage":"竣工"}""", "$: unknown kind 'deadline'; expected threshold, range, city, peer, quota, qualitative, scoped, allOf, slash, milestone or none" },
        { """{"kind":"milestone","stage":"竣工"}""", "$: missing property 'parts'" },
        { """{"kind":"milestone","parts":[{"stage":"Completion"},{"stage":"Construction"}]}""", "$: Only one part can stand for the whole project. (Parameter 'parts')" },
        { """{"kind":"threshold","measure":"Growth","comparison":"AtLeast","value":6,"unit":"亿元"}""", "$: A Growth target cannot be written in '亿元'. (Parameter 'unit')" },
        { """{"kind":"threshold","measure":"Growth","comparison":"AtLeast","value":"6","unit":"%"}""", "$.value: expected a number, found a string" },
        { """{"kind":"threshold","measure":"growth","comparison":"AtLeast","value":6,"unit":"%"}""", "$.measure: unknown Measure 'growth'; expected Level, Growth, ComparableGrowth, PointChange" },
        { """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":6,"unit":"千元"}""", "$.unit: unknown unit '千元'" },
        { """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":6,"unit":"平方米","perPeople":100}""", "$.perPeople: expected 1000 or 10000, found 100" },
        { """{"kind":"threshold","measure":"Growth","comparison":"AtLeast","value":6,"unit":"%","cumulative":true}""", "$: Only a level accumulates over the year; rates and growth compare directly." },
        { """{"kind":"range","measure":"Level","low":15,"high":12}""", "$: A range runs from low to high; got 15 to 12. (Parameter 'high')" },
        { """{"kind":"allOf","conditions":[{"kind":"none"}]}""", "$: An all-of target combines at least two conditions. (Parameter 'conditions')" },
        { """{"kind":"allOf","conditions":[{"kind":"none"},{"kind":"city","measure":"Growth"}]}""", "$.conditions[1]: missing property 'relation'" },
        { """{"kind":"slash","components":{"kind":"none"}}""", "$.components: expected an array, found an object" },
        { """{"kind":"scoped","scope":"","target":{"kind":"none"}}""", "$.scope: expected a non-empty string" },
        { """{"kind":"scoped","scope":"市级","target":{"kind":"qualitative","statement":"  "}}""", "$.target: The text must not be blank. (Parameter 'statement')" },
        { """{"kind":"peer","measure":"Growth","peer":"经济增长","basically":"yes"}""", "$.basically: expected true or false, found a string" },
        { """{"kind":"quota","direction":"Over"}""", "$.direction: unknown QuotaDirection 'Over'; expected Reach, Within" },
        { "null", "$: expected a target object, found null" },
        { "3", "$: expected a target object, found a number" },
        { "true", "$: expected a target object, found a boolean" },
        { "false", "$: expected a target object, found a boolean" },
        { "\"none\"", "$: expected a target object, found a string" },
        { """{"kind":3}""", "$.kind: expected a string, found a number" },
        { """{"kind":"slash","components":[{"kind":"none"},{"kind":"none"},3]}""", "$.components[2]: expected a target object, found a number" },
        { """{"kind":"allOf","conditions":"none"}""", "$.conditions: expected an array, found a string" },
        { """{"kind":"scoped","scope":"市级","target":{"kind":"city","relation":"Above"}}""", "$.target: missing property 'measure'" },
        { """{"kind":"scoped","scope":"市级"}""", "$: missing property 'target'" },
        { """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":1e30}""", "$.value: the number is out of range" },
        { """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":null}""", "$.value: expected a number, found null" },
        { """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":6,"unit":"平方米","perPeople":"1000"}""", "$.perPeople: expected 1000 or 10000" },
        { """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":6,"unit":"平方米","perPeople":1000.5}""", "$.perPeople: expected 1000 or 10000" },
        { """{"kind":"threshold","measure":"Level","comparison":"Most","value":6}""", "$.comparison: unknown Comparison 'Most'; expected AtLeast, Above, AtMost, Below, About, AboutOrBelow" },
        { """{"kind":"city","measure":"Growth","relation":"Sync"}""", "$.relation: unknown CityRelation 'Sync'; expected Above, NotBelow, InSync, BasicallyInSync" },
        { """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":6,"cumulative":1}""", "$.cumulative: expected true or false, found a number" },
        { """{"kind":"milestone","parts":{}}""", "$.parts: expected an array, found an object" },
        { """{"kind":"milestone","parts":[3]}""", "$.parts[0]: expected a milestone part object, found a number" },
        { """{"kind":"milestone","parts":[{"stage":"Completion"},true]}""", "$.parts[1]: expected a milestone part object, found a boolean" },
        { """{"kind":"milestone","parts":[{"name":"海江路","stage":"Completion"},{"name":"纬一路","stage":"Done"}]}""", "$.parts[1].stage: unknown Stage 'Done'; expected Preparation, LandClearance, Tendering, Construction, MainStructure, BasicCompletion, Completion, CompletionAcceptance" },
        { """{"kind":"milestone","parts":[{"stage":"Construction","partial":"yes"}]}""", "$.parts[0].partial: expected true or false, found a string" },
        { """{"kind":"milestone","parts":[{"stage":"Construction","progress":0}]}""", $"$: A share of the work lies in (0, 100]. (Parameter 'percent'){Nl}Actual value was 0." },
        { """{"kind":"milestone","parts":[{"stage":"Tendering","partial":true}]}""", "$: Only a stage from construction on can be reached by part of a project. (Parameter 'stage')" },
        { """{"kind":"milestone","parts":[{"stage":"Construction","finished":true}]}""", "$: Construction is finished at 竣工; use Reached(Stage.Completion). (Parameter 'stage')" },
        { """{"kind":"milestone","parts":[{"stage":"Completion","name":""}]}""", "$.parts[0].name: expected a non-empty string" },
        { """{"kind":"milestone","parts":[]}""", "$: A milestone target has at least one part. (Parameter 'parts')" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Deserialize_BadDocument_ThrowsJsonExceptionWithPath(string json, string message) =>
        Should.Throw<JsonException>(() => TargetJson.Deserialize(json)).Message.ShouldBe(message);

    [Fact]
    public void Deserialize_NotJson_ThrowsJsonException() =>
        Should.Throw<JsonException>(() => TargetJson.Deserialize("{kind: threshold"));

    [Fact]
    public void Deserialize_FactoryRejection_KeepsTheFactoryExceptionInside()
    {
        var ex = Should.Throw<JsonException>(() => TargetJson.Deserialize("""{"kind":"slash","components":[{"kind":"none"}]}"""));

        ex.Path.ShouldBe("$");
        ex.InnerException.ShouldBeOfType<ArgumentException>();
    }

    public static TheoryData<Target, string> DocumentsThatReadBack => new()
    {
        {
            Milestones.Of(
                MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion), "完工"),
                MilestonePart.Whole(Milestone.AtProgress(40m, approximate: true))),
            """{"kind":"milestone","parts":[{"name":"海江路","stage":"Completion","text":"完工"},{"stage":"Construction","progress":40,"approximate":true,"text":"约完成 40%工程量"}]}"""
        },
        {
            Milestones.Of(
                MilestonePart.Named("西段", Milestone.FinishedStage(Stage.LandClearance)),
                MilestonePart.Named("东段", Milestone.PartlyReached(Stage.Completion)),
                MilestonePart.Named("北段", Milestone.Starting("高压铁塔搬迁"))),
            """{"kind":"milestone","parts":[{"name":"西段","stage":"LandClearance","finished":true,"text":"完成腾地"},{"name":"东段","stage":"Completion","partial":true,"text":"部分竣工"},{"name":"北段","stage":"Preparation","activity":"高压铁塔搬迁","text":"启动高压铁塔搬迁"}]}"""
        },
        {
            Milestones.Of(MilestonePart.Whole(Milestone.Reached(Stage.Completion).AsApproximate())),
            """{"kind":"milestone","parts":[{"stage":"Completion","approximate":true,"text":"竣工"}]}"""
        },
        {
            Target.AtLeast(0.02m, Unit.CountPer("人", Unit.YiYuan)).AccumulatesOverYear(false),
            """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":0.02,"unit":"人/亿元"}"""
        },
        {
            Target.AtMost(0.5m, Unit.CountPer("人", Unit.WanUsDollar)),
            """{"kind":"threshold","measure":"Level","comparison":"AtMost","value":0.5,"unit":"人/万美元"}"""
        },
        {
            Target.AtLeast(180m, Unit.YiYuan).AccumulatesOverYear(false),
            """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":180,"unit":"亿元","cumulative":false}"""
        },
        {
            Target.Range(Measure.Growth, Quantity.Percent(5.5m), Quantity.Percent(6m)),
            """{"kind":"range","measure":"Growth","low":5.5,"high":6,"unit":"%"}"""
        },
        {
            Target.AtLeast(3m, Unit.Hectare.PerCapita(10000)),
            """{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":3,"unit":"公顷","perPeople":10000}"""
        },
        {
            Target.NotBelowCityAverage(Measure.ComparableGrowth),
            """{"kind":"city","measure":"ComparableGrowth","relation":"NotBelow"}"""
        },
        {
            Target.InSyncWith("地区生产总值"),
            """{"kind":"peer","measure":"Growth","peer":"地区生产总值","basically":false}"""
        },
        { Target.CityQuota(), """{"kind":"quota","direction":"Reach"}""" },
        { Target.None(), """{"kind":"none"}""" },
    };

    [Theory]
    [MemberData(nameof(DocumentsThatReadBack))]
    public void Serialize_Target_WritesDocumentedFormAndReadsBack(Target target, string json)
    {
        TargetJson.Serialize(target).ShouldBe(json);
        TargetJson.Deserialize(json).ShouldBe(target);
    }

    [Fact]
    public void Deserialize_Milestone_KeepsTheWordsAsWritten()
    {
        var read = (MilestoneTarget)TargetJson.Deserialize("""{"kind":"milestone","parts":[{"name":"海江路","stage":"Completion","text":"完工"},{"stage":"Construction"}]}""");

        read.Parts[0].Text.ShouldBe("完工");
        read.Parts[0].Name.ShouldBe("海江路");
        read.Parts[1].Text.ShouldBe("施工");
        read.Parts[1].Name.ShouldBeNull();
    }

    // "unit" is optional for a bare number, and a per-capita basis applies to the unit read before it.
    [Fact]
    public void Deserialize_PerCapitaWithoutUnit_IsAPerCapitaNumber() =>
        ((ThresholdTarget)TargetJson.Deserialize("""{"kind":"threshold","measure":"Level","comparison":"AtLeast","value":3,"perPeople":1000}"""))
            .Value.Unit.ShouldBe(Unit.None.PerCapita(1000));

    [Fact]
    public void Deserialize_BadDocument_GivesThePathOnTheException() =>
        Should.Throw<JsonException>(() => TargetJson.Deserialize("""{"kind":"slash","components":[{"kind":"none"},7]}""")).Path.ShouldBe("$.components[1]");

    [Fact]
    public void Serialize_Null_Throws() => Should.Throw<ArgumentNullException>(() => TargetJson.Serialize(null!));

    [Fact]
    public void Deserialize_Null_Throws() => Should.Throw<ArgumentNullException>(() => TargetJson.Deserialize(null!));

    // A host that keeps targets in its own documents gets the same message as TargetJson.Deserialize: the path is the
    // target's own ("$"), not the host document's, and System.Text.Json leaves a message with a path as it is.
    [Theory]
    [InlineData("""{"kind":"range","measure":"Level","low":15,"high":12}""", "$: A range runs from low to high; got 15 to 12. (Parameter 'high')")]
    [InlineData("""{"kind":"deadline"}""", "$: unknown kind 'deadline'; expected threshold, range, city, peer, quota, qualitative, scoped, allOf, slash, milestone or none")]
    [InlineData("""{"kind":"allOf","conditions":[{"kind":"none"},3]}""", "$.conditions[1]: expected a target object, found a number")]
    public void Converter_BadTargetInHostDocument_GivesTheTargetsPathAndMessage(string target, string message)
    {
        var json = $"{{\"Id\":\"R1\",\"Target\":{target}}}";

        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<StoredRule>(json, Options))
            .Message.ShouldBe(message);
        Should.Throw<JsonException>(() => TargetJson.Deserialize(target)).Message.ShouldBe(message);
    }
}
