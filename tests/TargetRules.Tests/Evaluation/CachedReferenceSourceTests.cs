using TargetRules.Evaluation;

namespace TargetRules.Tests.Evaluation;

/// <summary>The cache in front of a reference source: its argument check and a source that gives null.</summary>
public sealed class CachedReferenceSourceTests
{
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
}
