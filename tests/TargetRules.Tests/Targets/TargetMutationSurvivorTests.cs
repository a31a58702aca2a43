using System.Text.Json;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Tests.Targets;

/// <summary>
/// Cases the mutation run of 2026-11-24 on <c>Targets/</c> found untested (mutants that survived or had no
/// coverage): the factories' limits at their edges, equality of the combined targets, milestones and their
/// wording, and the JSON form of milestones and of broken documents.
/// </summary>
public sealed class TargetMutationSurvivorTests
{
    private static readonly string Nl = Environment.NewLine;

    // ---- Factories at their limits ---------------------------------------------------------

    [Fact]
    public void Decline_Zero_IsGrowthAtMostZero()
    {
        var target = Target.Decline(0m);

        target.Measure.ShouldBe(Measure.Growth);
        target.Comparison.ShouldBe(Comparison.AtMost);
        target.Value.ShouldBe(Quantity.Percent(0m));
        // -0m carries a minus sign in a decimal; the figure is written without it.
        target.Value.ToString().ShouldBe("0%");
    }

    [Fact]
    public void Range_EqualEnds_IsARange()
    {
        var range = Target.Range(Measure.Growth, Quantity.Percent(6m), Quantity.Percent(6m));

        range.Low.ShouldBe(Quantity.Percent(6m));
        range.High.ShouldBe(Quantity.Percent(6m));
        Target.Between(12m, 12m, Unit.None).Low.Value.ShouldBe(12m);
    }

    [Fact]
    public void RelativeToCity_UndefinedMeasure_NamesTheParameter() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Target.RelativeToCity((Measure)9, CityRelation.Above))
            .Message.ShouldBe($"Not a defined Measure. (Parameter 'measure'){Nl}Actual value was 9.");

    [Fact]
    public void InSyncWith_UndefinedMeasure_NamesTheParameter() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Target.InSyncWith("经济增长", measure: (Measure)9))
            .Message.ShouldBe($"Not a defined Measure. (Parameter 'measure'){Nl}Actual value was 9.");

    [Fact]
    public void InSyncWith_PeerWithSpacesAndFullWidth_IsNormalized() =>
        Target.InSyncWith(" 经济增长（ＧＤＰ） ").Peer.ShouldBe("经济增长(GDP)");

    [Fact]
    public void For_ScopeWithSpaces_IsTrimmed() => Target.Growth(1m).For(" 市级 ").Scope.ShouldBe("市级");

    [Fact]
    public void And_Null_Throws() => Should.Throw<ArgumentNullException>(() => Target.Growth(1m).And(null!));

    [Fact]
    public void Scoped_NullInner_Throws() => Should.Throw<ArgumentNullException>(() => Target.Scoped("市级", null!));

    [Fact]
    public void AllOf_NullArray_Throws() => Should.Throw<ArgumentNullException>(() => Target.AllOf(null!));

    [Fact]
    public void Slash_NullArray_Throws() => Should.Throw<ArgumentNullException>(() => Target.Slash(null!));

    [Fact]
    public void Slash_NullComponent_Throws() =>
        Should.Throw<ArgumentNullException>(() => Target.Slash(Target.Growth(1m), null!)).ParamName.ShouldBe("components");

    [Fact]
    public void Slash_TwoComponents_KeepsThemInOrder() =>
        Target.Slash(Target.Growth(1m), Target.None()).Components.ShouldBe([Target.Growth(1m), Target.None()]);

    [Fact]
    public void AllOf_TwoConditions_KeepsThemInOrder() =>
        Target.AllOf(Target.Growth(1m), Target.InSyncWithCity()).Conditions.ShouldBe([Target.Growth(1m), Target.InSyncWithCity()]);

    [Fact]
    public void Comparable_OnComparableGrowth_IsUnchanged() =>
        Target.ComparableGrowth(6m).Comparable().ShouldBe(Target.ComparableGrowth(6m));

    [Fact]
    public void Comparable_KeepsComparisonAndValue()
    {
        var target = Target.Threshold(Measure.Growth, Comparison.Below, Quantity.Percent(3m)).Comparable();

        target.Measure.ShouldBe(Measure.ComparableGrowth);
        target.Comparison.ShouldBe(Comparison.Below);
        target.Value.ShouldBe(Quantity.Percent(3m));
        target.Cumulative.ShouldBeFalse();
    }

    [Fact]
    public void AccumulatesOverYear_KeepsComparisonAndValue()
    {
        var target = Target.AtMost(10410m, Unit.Count("人")).AccumulatesOverYear();

        target.Measure.ShouldBe(Measure.Level);
        target.Comparison.ShouldBe(Comparison.AtMost);
        target.Value.ShouldBe(new Quantity(10410m, Unit.Count("人")));
        target.Cumulative.ShouldBeTrue();
    }

    // ---- Equality of the combined targets ------------------------------------------------------

    public static TheoryData<Target, Target> DifferentPairs => new()
    {
        { Target.AllOf(Target.Growth(1m), Target.Growth(2m)), Target.AllOf(Target.Growth(1m), Target.Growth(3m)) },
        { Target.AllOf(Target.Growth(1m), Target.Growth(2m)), Target.AllOf(Target.Growth(1m), Target.Growth(2m), Target.Growth(3m)) },
        { Target.Slash(Target.Growth(1m), Target.Growth(2m)), Target.Slash(Target.Growth(2m), Target.Growth(1m)) },
        { Milestones.Reach(Stage.Completion), Milestones.Reach(Stage.Construction) },
        { Milestones.Of(MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion))), Milestones.Of(MilestonePart.Named("纬一路", Milestone.Reached(Stage.Completion))) },
        { Milestones.Progress(40m), Milestones.Progress(40m, approximate: true) },
    };

    // Different targets differ in their hash as well, so a rule set keyed by target does not pile them in one bucket.
    [Theory]
    [MemberData(nameof(DifferentPairs))]
    public void Equals_DifferentCombinedTarget_IsNotEqualAndHashesApart(Target left, Target right)
    {
        left.Equals(right).ShouldBeFalse();
        right.Equals(left).ShouldBeFalse();
        left.GetHashCode().ShouldNotBe(right.GetHashCode());
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Target.AllOf(Target.Growth(1m), Target.Growth(2m)).Equals(null).ShouldBeFalse();
        Target.Slash(Target.Growth(1m), Target.Growth(2m)).Equals(null).ShouldBeFalse();
        Milestones.Reach(Stage.Completion).Equals(null).ShouldBeFalse();
        MilestonePart.Whole(Milestone.Reached(Stage.Completion)).Equals(null).ShouldBeFalse();
    }

    public static TheoryData<MilestonePart, MilestonePart, bool> PartPairs => new()
    {
        { MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion)), MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion), "完工"), true },
        { MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion)), MilestonePart.Named("海江路", Milestone.Reached(Stage.Construction)), false },
        { MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion)), MilestonePart.Named("纬一路", Milestone.Reached(Stage.Completion)), false },
        { MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion)), MilestonePart.Whole(Milestone.Reached(Stage.Completion)), false },
    };

    [Theory]
    [MemberData(nameof(PartPairs))]
    public void MilestonePart_Equality_IsNameAndMilestone(MilestonePart left, MilestonePart right, bool equal)
    {
        left.Equals(right).ShouldBe(equal);
        (left == right).ShouldBe(equal);
        if (equal)
        {
            left.GetHashCode().ShouldBe(right.GetHashCode());
        }
        else
        {
            left.GetHashCode().ShouldNotBe(right.GetHashCode());
        }
    }

    // ---- Milestones --------------------------------------------------------------------------

    [Fact]
    public void AtProgress_Hundred_IsAllowed()
    {
        var milestone = Milestone.AtProgress(100m);

        milestone.Progress.ShouldBe(100m);
        milestone.Stage.ShouldBe(Stage.Construction);
        milestone.Approximate.ShouldBeFalse();
        milestone.ToString().ShouldBe("完成 100%工程量");
    }

    [Fact]
    public void AtProgress_OutOfRange_SaysWhy() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Milestone.AtProgress(0m))
            .Message.ShouldBe($"A share of the work lies in (0, 100]. (Parameter 'percent'){Nl}Actual value was 0.");

    [Fact]
    public void PartlyReached_Construction_IsPartOfTheProjectStarted()
    {
        var milestone = Milestone.PartlyReached(Stage.Construction);

        milestone.Partial.ShouldBeTrue();
        milestone.Stage.ShouldBe(Stage.Construction);
        milestone.ToString().ShouldBe("部分施工");
        milestone.ToEnglish().ShouldBe("construction of part of the project");
    }

    [Fact]
    public void PartlyReached_BeforeConstruction_SaysWhy() =>
        Should.Throw<ArgumentException>(() => Milestone.PartlyReached(Stage.Tendering))
            .Message.ShouldBe("Only a stage from construction on can be reached by part of a project. (Parameter 'stage')");

    [Theory]
    [InlineData(Stage.Preparation, true)]
    [InlineData(Stage.MainStructure, true)]
    [InlineData(Stage.BasicCompletion, false)]
    public void FinishedStage_LastingStage_IsFinished(Stage stage, bool finished) =>
        Milestone.FinishedStage(stage).Finished.ShouldBe(finished);

    [Fact]
    public void Reached_UndefinedStage_Throws() => Should.Throw<ArgumentOutOfRangeException>(() => Milestone.Reached((Stage)42));

    [Fact]
    public void AsApproximate_KeepsEverythingElse()
    {
        var milestone = Milestone.FinishedStage(Stage.LandClearance).AsApproximate();

        milestone.Approximate.ShouldBeTrue();
        milestone.Stage.ShouldBe(Stage.LandClearance);
        milestone.Finished.ShouldBeTrue();
        milestone.Progress.ShouldBeNull();
        milestone.Partial.ShouldBeFalse();
        Milestone.PartlyReached(Stage.Completion).AsApproximate().Partial.ShouldBeTrue();
        Milestone.AtProgress(45m).AsApproximate().ShouldBe(Milestone.AtProgress(45m, approximate: true));
        Milestone.Starting("管线搬迁").AsApproximate().Activity.ShouldBe("管线搬迁");
    }

    [Fact]
    public void Starting_ActivityWithSpaces_IsNormalized()
    {
        var milestone = Milestone.Starting(" 高压铁塔搬迁 ");

        milestone.Activity.ShouldBe("高压铁塔搬迁");
        milestone.Stage.ShouldBe(Stage.Preparation);
    }

    // Ranks: each stage two apart, a finished stage one above the same stage under way.
    [Theory]
    [InlineData(Stage.Preparation, false, 0)]
    [InlineData(Stage.LandClearance, true, 3)]
    [InlineData(Stage.Tendering, false, 4)]
    [InlineData(Stage.CompletionAcceptance, false, 14)]
    public void Rank_StageAndFinished_GivesOrder(Stage stage, bool finished, int rank) =>
        (finished ? Milestone.FinishedStage(stage) : Milestone.Reached(stage)).Rank.ShouldBe(rank);

    public static TheoryData<Stage, string, string> StageNames => new()
    {
        { Stage.Preparation, "前期", "preparation" },
        { Stage.LandClearance, "腾地", "land clearance" },
        { Stage.Tendering, "招标", "tendering/permit" },
        { Stage.Construction, "施工", "construction" },
        { Stage.MainStructure, "主体施工", "main structure" },
        { Stage.BasicCompletion, "基本竣工", "basic completion" },
        { Stage.Completion, "竣工", "completion" },
        { Stage.CompletionAcceptance, "竣工验收", "completion acceptance" },
    };

    [Theory]
    [MemberData(nameof(StageNames))]
    public void Stage_Names_InChineseAndEnglish(Stage stage, string chinese, string english)
    {
        stage.Chinese().ShouldBe(chinese);
        stage.English().ShouldBe(english);
        Milestone.Reached(stage).ToEnglish().ShouldBe(english);
    }

    [Theory]
    [InlineData("前期工作", Stage.Preparation)]
    [InlineData("征收", Stage.LandClearance)]
    [InlineData("拆迁", Stage.LandClearance)]
    [InlineData("施工招标", Stage.Tendering)]
    [InlineData("取得施工许可", Stage.Tendering)]
    [InlineData("进场施工", Stage.Construction)]
    [InlineData("开工建设", Stage.Construction)]
    [InlineData("在建", Stage.Construction)]
    [InlineData("主体结构施工", Stage.MainStructure)]
    [InlineData("基本建成", Stage.BasicCompletion)]
    [InlineData("建成", Stage.Completion)]
    [InlineData("ＧＤＰ", null)]
    public void TryParse_EverySynonym_GivesItsStage(string word, Stage? stage)
    {
        Stages.TryParse(word, out var parsed).ShouldBe(stage is not null);
        if (stage is { } expected)
        {
            parsed.ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData(null, "竣工")]
    [InlineData("  ", "竣工")]
    [InlineData(" 完工 ", "完工")]
    public void Whole_Text_DefaultsToPlanWordingAndIsTrimmed(string? text, string expected)
    {
        MilestonePart.Whole(Milestone.Reached(Stage.Completion), text).Text.ShouldBe(expected);
        MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion), text).Text.ShouldBe(expected);
    }

    [Fact]
    public void MilestoneTarget_ToString_NamesEachPart() =>
        Milestones.Of(
                MilestonePart.Named("西段", Milestone.FinishedStage(Stage.LandClearance)),
                MilestonePart.Whole(Milestone.PartlyReached(Stage.Completion)),
                MilestonePart.Named("北段", Milestone.Starting("高压铁塔搬迁")))
            .ToString().ShouldBe("西段完成腾地，部分竣工，北段启动高压铁塔搬迁");

    [Fact]
    public void Progress_Approximate_IsOneWholePart()
    {
        var target = Milestones.Progress(40m, approximate: true);

        target.Parts.Length.ShouldBe(1);
        target.Parts[0].Name.ShouldBeNull();
        target.Parts[0].Milestone.ShouldBe(Milestone.AtProgress(40m, approximate: true));
        target.Parts[0].Text.ShouldBe("约完成 40%工程量");
    }

    [Fact]
    public void Of_NullPart_Throws() =>
        Should.Throw<ArgumentNullException>(() => Milestones.Of(MilestonePart.Whole(Milestone.Reached(Stage.Completion)), null!));

    [Fact]
    public void Of_NullArray_Throws() => Should.Throw<ArgumentNullException>(() => Milestones.Of(null!));

    [Fact]
    public void Of_NoPart_SaysWhy() =>
        Should.Throw<ArgumentException>(() => Milestones.Of()).Message.ShouldBe("A milestone target has at least one part. (Parameter 'parts')");

    [Fact]
    public void Of_OneWholeAndNamedParts_IsAllowed() =>
        Milestones.Of(
            MilestonePart.Whole(Milestone.Reached(Stage.Construction)),
            MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion)),
            MilestonePart.Named("纬一路", Milestone.Reached(Stage.Completion))).Parts.Length.ShouldBe(3);

    // ---- JSON --------------------------------------------------------------------------------

    public static TheoryData<Target, string> Documents => new()
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
    [MemberData(nameof(Documents))]
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

    public static TheoryData<string, string> BadDocuments => new()
    {
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
    public void Deserialize_BadDocument_GivesThePathOnTheException() =>
        Should.Throw<JsonException>(() => TargetJson.Deserialize("""{"kind":"slash","components":[{"kind":"none"},7]}""")).Path.ShouldBe("$.components[1]");

    [Fact]
    public void Serialize_Null_Throws() => Should.Throw<ArgumentNullException>(() => TargetJson.Serialize(null!));

    [Fact]
    public void Deserialize_Null_Throws() => Should.Throw<ArgumentNullException>(() => TargetJson.Deserialize(null!));
}
