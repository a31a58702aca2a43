using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Tests.Facts;

/// <summary>A project's milestone status: its argument checks, the observation it gives and equality with null.</summary>
public sealed class MilestoneStatusTests
{
    [Fact]
    public void Of_NoParts_Throws() =>
        Should.Throw<ArgumentException>(() => MilestoneStatus.Of()).Message.ShouldBe("A milestone status has at least one part. (Parameter 'parts')");

    [Fact]
    public void Of_NullParts_Throws() =>
        Should.Throw<ArgumentNullException>(() => MilestoneStatus.Of(null!)).ParamName.ShouldBe("parts");

    [Fact]
    public void Of_PartNamedTwice_ThrowsSayingWhich() =>
        Should.Throw<ArgumentException>(() => MilestoneStatus.Of(
            MilestonePart.Named("海江路", Milestone.Reached(Stage.Construction)), MilestonePart.Named("海江路", Milestone.FinishedStage(Stage.Completion))))
            .Message.ShouldBe("The part '海江路' is named twice. (Parameter 'parts')");

    [Fact]
    public void Observe_Text_ObservationOfThisStatus()
    {
        var status = MilestoneStatus.Whole(Milestone.Reached(Stage.Construction));

        var observation = status.Observe("已开工");

        observation.Text.ShouldBe("已开工");
        observation.Milestone.ShouldBe(status);
        status.Observe(null!).Text.ShouldBe("");
    }

    [Fact]
    public void Equals_Null_False() =>
        MilestoneStatus.Whole(Milestone.Reached(Stage.Construction)).Equals(null).ShouldBeFalse();
}
