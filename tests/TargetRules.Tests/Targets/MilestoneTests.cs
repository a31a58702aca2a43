using TargetRules.Targets;

namespace TargetRules.Tests.Targets;

public sealed class MilestoneTests
{
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
}
