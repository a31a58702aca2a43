using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Tests.Targets;

public sealed class TargetEqualityTests
{
    public static TheoryData<Target, Target> EqualPairs => new()
    {
        { Target.Growth(6m), Target.Growth(6.0m) },
        { Target.AtLeast(180m, Unit.YiYuan), Target.Threshold(Measure.Level, Comparison.AtLeast, new Quantity(180m, Unit.YiYuan)) },
        { Target.AllOf(Target.Growth(6m), Target.InSyncWithCity()), Target.Growth(6m).And(Target.InSyncWithCity()) },
        { Target.Slash(Target.InSyncWithCity(), Target.AtLeast(180m, Unit.YiYuan)), Target.Slash(Target.InSyncWithCity(), Target.AtLeast(180m, Unit.YiYuan)) },
        { Target.Qualitative("在全市保持较好水平"), Target.Qualitative(" 在全市保持较好水平 ") },
        { Target.Scoped("国家、市级", Target.AtLeast(10m, Unit.Count("家"))), Target.Scoped("国家、市级 ", Target.AtLeast(10m, Unit.Count("家"))) },
        { Target.InSyncWith("经济增长", basically: true), Target.InSyncWith("经济增长", true, Measure.Growth) },
        { Target.CityQuota(), Target.CityQuota() },
        { Target.None(), Target.None() },
    };

    [Theory]
    [MemberData(nameof(EqualPairs))]
    public void Equals_SameTarget_IsEqualWithSameHash(Target left, Target right)
    {
        left.ShouldBe(right);
        left.GetHashCode().ShouldBe(right.GetHashCode());
    }

    public static TheoryData<Target, Target> DifferentPairs => new()
    {
        { Target.Growth(6m), Target.ComparableGrowth(6m) },
        { Target.Growth(6m), Target.Growth(7m) },
        { Target.AtLeast(6m, Unit.YiUsDollar), Target.AtLeast(60000m, Unit.WanUsDollar) },
        { Target.AtLeast(5m, Unit.Count("家")), Target.AtLeast(5m, Unit.Count("家")).AccumulatesOverYear() },
        { Target.AllOf(Target.Growth(6m), Target.InSyncWithCity()), Target.AllOf(Target.InSyncWithCity(), Target.Growth(6m)) },
        { Target.Slash(Target.Growth(1m), Target.Growth(2m)), Target.Slash(Target.Growth(1m), Target.Growth(3m)) },
        { Target.Slash(Target.Growth(1m), Target.Growth(2m)), Target.AllOf(Target.Growth(1m), Target.Growth(2m)) },
        { Target.CityQuota(), Target.WithinCityQuota() },
        { Target.InSyncWithCity(), Target.BasicallyInSyncWithCity() },
        { Target.Between(12m, 15m, Unit.None), Target.Between(12m, 16m, Unit.None) },
        { Target.Scoped("市级", Target.Growth(1m)), Target.Scoped("区级", Target.Growth(1m)) },
    };

    [Theory]
    [MemberData(nameof(DifferentPairs))]
    public void Equals_DifferentTarget_IsNotEqual(Target left, Target right)
    {
        left.ShouldNotBe(right);
        (left == right).ShouldBeFalse();
    }

    [Fact]
    public void Qualitative_FullWidthText_IsNormalized() =>
        Target.Qualitative("保持在前３名").Statement.ShouldBe("保持在前3名");

    public static TheoryData<Target, Target> DifferentCombinedPairs => new()
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
    [MemberData(nameof(DifferentCombinedPairs))]
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
}
