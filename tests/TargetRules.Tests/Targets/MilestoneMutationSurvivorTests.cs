using TargetRules.Targets;

namespace TargetRules.Tests.Targets;

/// <summary>
/// Cases found untested by reading <c>Targets/Milestone.cs</c> while its mutation run (2026-11-24) was under way: each
/// pins a milestone a user could build wrongly without an error.
/// </summary>
public sealed class MilestoneMutationSurvivorTests
{
    private static readonly string Nl = Environment.NewLine;

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
