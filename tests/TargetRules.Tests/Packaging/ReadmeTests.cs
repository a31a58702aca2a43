using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Tests.Packaging;

public sealed class ReadmeTests
{
    [Fact]
    public void FirstExample_IsTheSampleCode() =>
        Readme.FirstExample().ShouldBe(Readme.SampleRegions());

    [Fact]
    public void NRulesExample_IsTheSampleCode() =>
        Readme.ExampleUnder("## Using it with NRules").ShouldBe(Readme.SampleRegions("NRulesHost.cs"));

    [Fact]
    public void FirstExample_PromisesWhatTheLibraryExplains()
    {
        // The example's own statements, so a change of wording in the library shows up as a stale README.
        var target = Target.ComparableGrowth(6).And(Target.AboveCityAverage(Measure.ComparableGrowth));
        var result = Evaluator.Default.Evaluate("地区生产总值", target, Observation.OfComparableGrowth(-0.5m));

        Readme.PromisedOutput().ShouldBe($"{result.State}: {result.Explanation.Chinese}");
    }
}
