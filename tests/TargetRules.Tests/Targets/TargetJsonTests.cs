using System.Text.Json;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Targets;

public sealed class TargetJsonTests
{
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
        var target = MilestoneParser.ParseTargetOrThrow(text);
        var json = TargetJson.Serialize(target);

        var read = TargetJson.Deserialize(json);

        read.ShouldBe(target);
        TargetJson.Serialize(read).ShouldBe(json);
    }

    [Fact]
    public void Serialize_MilestoneWithParts_WritesStagesByName() =>
        TargetJson.Serialize(MilestoneParser.ParseTargetOrThrow("室外观测场竣工，主体施工")).ShouldNotContain("\"stage\":\"0");

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
}
