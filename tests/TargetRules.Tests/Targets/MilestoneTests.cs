using TargetRules.Targets;

namespace TargetRules.Tests.Targets;

public sealed class MilestoneTests
{
    private static readonly string Nl = Environment.NewLine;

    [Fact]
    public void Stage_Order_FollowsDesign() =>
        Enum.GetValues<Stage>().Select(s => s.Chinese()).ShouldBe(["前期", "腾地", "招标", "施工", "主体施工", "基本竣工", "竣工", "竣工验收"]);

    public static TheoryData<string, Stage> Synonyms => new()
    {
        { "前期", Stage.Preparation },
        { "启动", Stage.Preparation },
        { "腾地", Stage.LandClearance },
        { "动迁", Stage.LandClearance },
        { "招标", Stage.Tendering },
        { "施工许可", Stage.Tendering },
        { "开工", Stage.Construction },
        { "进场", Stage.Construction },
        { "施工", Stage.Construction },
        { "主体施工", Stage.MainStructure },
        { "基本竣工", Stage.BasicCompletion },
        { "基本完工", Stage.BasicCompletion },
        { "竣工", Stage.Completion },
        { "完工", Stage.Completion },
        { "竣工验收", Stage.CompletionAcceptance },
        { " 竣工 ", Stage.Completion },
    };

    [Theory]
    [MemberData(nameof(Synonyms))]
    public void TryParse_DesignSynonym_GivesStage(string word, Stage stage)
    {
        Stages.TryParse(word, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(stage);
    }

    [Theory]
    [InlineData("竣")]
    [InlineData("已竣工")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_OtherText_IsFalse(string? word) => Stages.TryParse(word, out _).ShouldBeFalse();

    [Fact]
    public void Synonyms_EveryWord_BelongsToOneStage() =>
        Enum.GetValues<Stage>().SelectMany(s => s.Synonyms()).ShouldBeUnique();

    [Fact]
    public void Synonyms_UndefinedStage_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ((Stage)42).Synonyms());

    [Fact]
    public void Rank_FinishedStage_SitsBetweenItAndTheNext()
    {
        var underWay = Milestone.Reached(Stage.LandClearance);
        var finished = Milestone.FinishedStage(Stage.LandClearance);
        var next = Milestone.Reached(Stage.Tendering);

        finished.Rank.ShouldBeGreaterThan(underWay.Rank);
        next.Rank.ShouldBeGreaterThan(finished.Rank);
    }

    [Theory]
    [InlineData(Stage.BasicCompletion)]
    [InlineData(Stage.Completion)]
    [InlineData(Stage.CompletionAcceptance)]
    public void FinishedStage_Event_IsTheStageReached(Stage stage) =>
        Milestone.FinishedStage(stage).ShouldBe(Milestone.Reached(stage));

    [Fact]
    public void FinishedStage_Construction_Throws() =>
        Should.Throw<ArgumentException>(() => Milestone.FinishedStage(Stage.Construction)).Message
            .ShouldStartWith("Construction is finished at 竣工; use Reached(Stage.Completion).");

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.5)]
    public void AtProgress_OutOfRange_Throws(decimal percent) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Milestone.AtProgress(percent));

    [Fact]
    public void PartlyReached_BeforeConstruction_Throws() =>
        Should.Throw<ArgumentException>(() => Milestone.PartlyReached(Stage.Tendering));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Starting_BlankActivity_Throws(string activity) =>
        Should.Throw<ArgumentException>(() => Milestone.Starting(activity));

    public static TheoryData<Milestone, string, string> Texts => new()
    {
        { Milestone.Reached(Stage.Construction), "施工", "construction" },
        { Milestone.AtProgress(60), "完成 60%工程量", "60% of the work done" },
        { Milestone.AtProgress(40, approximate: true), "约完成 40%工程量", "about 40% of the work done" },
        { Milestone.FinishedStage(Stage.LandClearance), "完成腾地", "land clearance finished" },
        { Milestone.Starting("高压铁塔搬迁"), "启动高压铁塔搬迁", "高压铁塔搬迁 started" },
        { Milestone.PartlyReached(Stage.Completion), "部分竣工", "completion of part of the project" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ToString_Milestone_UsesPlanWording(Milestone milestone, string chinese, string english)
    {
        milestone.ToString().ShouldBe(chinese);
        milestone.ToEnglish().ShouldBe(english);
    }

    [Fact]
    public void Of_NoPart_Throws() => Should.Throw<ArgumentException>(() => Milestones.Of());

    [Fact]
    public void Of_NameTwice_Throws() =>
        Should.Throw<ArgumentException>(() => Milestones.Of(
            MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion)),
            MilestonePart.Named("海江路", Milestone.Reached(Stage.Construction)))).Message.ShouldStartWith("The part '海江路' is named twice.");

    [Fact]
    public void Of_TwoWholeParts_Throws() =>
        Should.Throw<ArgumentException>(() => Milestones.Of(
            MilestonePart.Whole(Milestone.Reached(Stage.Completion)),
            MilestonePart.Whole(Milestone.Reached(Stage.Construction))));

    [Fact]
    public void Named_BlankName_Throws() =>
        Should.Throw<ArgumentException>(() => MilestonePart.Named(" ", Milestone.Reached(Stage.Completion)));

    [Fact]
    public void Equals_SameMilestoneDifferentWording_IsEqual()
    {
        var written = Milestones.Of(MilestonePart.Whole(Milestone.Reached(Stage.Construction), "开工"));

        written.ShouldBe(Milestones.Reach(Stage.Construction));
        written.GetHashCode().ShouldBe(Milestones.Reach(Stage.Construction).GetHashCode());
        written.Parts[0].Text.ShouldBe("开工");
    }

    [Fact]
    public void Equals_DifferentParts_IsNotEqual() =>
        Milestones.Reach(Stage.Completion).ShouldNotBe(Milestones.Of(MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion))));

    [Fact]
    public void Named_FullWidthName_IsNormalized() =>
        MilestonePart.Named("Ｇ１５０３段", Milestone.Reached(Stage.Completion)).Name.ShouldBe("G1503段");

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

    // Without the check, FinishedStage((Stage)42) built a milestone whose stage has no name, which failed only
    // later, when the milestone was written or explained.
    [Theory]
    [InlineData(42)]
    [InlineData(-1)]
    public void FinishedStage_UndefinedStage_SaysWhich(int stage) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Milestone.FinishedStage((Stage)stage))
            .Message.ShouldBe($"Not a defined Stage. (Parameter 'stage'){Nl}Actual value was {stage}.");

    // A stage past the last one is not "from construction on"; it is no stage at all.
    [Theory]
    [InlineData(42)]
    [InlineData(-1)]
    public void PartlyReached_UndefinedStage_SaysWhich(int stage) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Milestone.PartlyReached((Stage)stage))
            .Message.ShouldBe($"Not a defined Stage. (Parameter 'stage'){Nl}Actual value was {stage}.");
}
