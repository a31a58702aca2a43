using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Tests.Evaluation;

/// <summary>
/// What the mutation run on MilestoneStatus and CachedReferenceSource found untested: a status's argument checks, its
/// observation and equality with null; the cache's argument check and a source that gives null.
/// </summary>
public sealed class StatusAndCacheMutationSurvivorTests
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

    [Fact]
    public void CachedReferenceSource_NullInner_Throws() =>
        Should.Throw<ArgumentNullException>(() => new CachedReferenceSource(null!)).ParamName.ShouldBe("inner");

    [Fact]
    public async Task LoadAsync_InnerGivesNull_NoReferences()
    {
        var cached = new CachedReferenceSource(new NullSource());

        var references = await cached.LoadAsync(2022, ReportingPeriod.Annual);

        references.ShouldBeEmpty();
    }

    private sealed class NullSource : IReferenceSource
    {
        public ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default) => new((IReadOnlyList<Reference>)null!);
    }
}
