using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Tests.Targets;

public sealed class TargetFluentTests
{
    [Fact]
    public void Comparable_OnGrowth_IsComparableGrowth() =>
        Target.Growth(6m).Comparable().ShouldBe(Target.ComparableGrowth(6m));

    [Fact]
    public void And_ThreeConditions_FlattensIntoOneAllOf()
    {
        var target = Target.ComparableGrowth(6m).And(Target.AboveCityAverage(Measure.ComparableGrowth)).And(Target.Flat());

        target.Conditions.ShouldBe([Target.ComparableGrowth(6m), Target.AboveCityAverage(Measure.ComparableGrowth), Target.Flat()]);
    }

    [Fact]
    public void And_AllOfOnBothSides_KeepsOrder()
    {
        var left = Target.Growth(1m).And(Target.Growth(2m));
        var right = Target.Growth(3m).And(Target.Growth(4m));

        left.And(right).ShouldBe(Target.AllOf(Target.Growth(1m), Target.Growth(2m), Target.Growth(3m), Target.Growth(4m)));
    }

    [Fact]
    public void AllOf_NestedAllOf_Flattens() =>
        Target.AllOf(Target.AllOf(Target.Growth(1m), Target.Growth(2m)), Target.Growth(3m)).Conditions.Length.ShouldBe(3);

    [Fact]
    public void For_Scope_IsScopedTarget() =>
        Target.AtLeast(80m, Unit.Count("个")).For("市级").ShouldBe(Target.Scoped("市级", Target.AtLeast(80m, Unit.Count("个"))));

    public static TheoryData<ThresholdTarget, Measure, Comparison, Quantity> Shorthands => new()
    {
        { Target.Growth(6m), Measure.Growth, Comparison.AtLeast, Quantity.Percent(6m) },
        { Target.ComparableGrowth(6m), Measure.ComparableGrowth, Comparison.AtLeast, Quantity.Percent(6m) },
        { Target.Decline(5m), Measure.Growth, Comparison.AtMost, Quantity.Percent(-5m) },
        { Target.Flat(), Measure.Growth, Comparison.AtLeast, Quantity.Percent(0m) },
        { Target.StableGrowth(), Measure.Growth, Comparison.Above, Quantity.Percent(0m) },
        { Target.PointRise(4m), Measure.PointChange, Comparison.AtLeast, new Quantity(4m, Unit.PercentagePoint) },
        { Target.AtLeast(180m, Unit.YiYuan), Measure.Level, Comparison.AtLeast, new Quantity(180m, Unit.YiYuan) },
        { Target.Above(3m, Unit.Percent), Measure.Level, Comparison.Above, Quantity.Percent(3m) },
        { Target.AtMost(10410m, Unit.Count("人")), Measure.Level, Comparison.AtMost, new Quantity(10410m, Unit.Count("人")) },
        { Target.Below(5m, Unit.Percent), Measure.Level, Comparison.Below, Quantity.Percent(5m) },
        { Target.About(6m, Unit.Percent), Measure.Level, Comparison.About, Quantity.Percent(6m) },
    };

    [Theory]
    [MemberData(nameof(Shorthands))]
    public void Shorthand_BuildsThreshold(ThresholdTarget target, Measure measure, Comparison comparison, Quantity value)
    {
        target.Measure.ShouldBe(measure);
        target.Comparison.ShouldBe(comparison);
        target.Value.ShouldBe(value);
    }

    public static TheoryData<CityRelativeTarget, Measure, CityRelation> CityShorthands => new()
    {
        { Target.AboveCityAverage(), Measure.Level, CityRelation.Above },
        { Target.NotBelowCityAverage(Measure.Growth), Measure.Growth, CityRelation.NotBelow },
        { Target.InSyncWithCity(), Measure.Growth, CityRelation.InSync },
        { Target.BasicallyInSyncWithCity(), Measure.Growth, CityRelation.BasicallyInSync },
    };

    [Theory]
    [MemberData(nameof(CityShorthands))]
    public void CityShorthand_BuildsCityRelative(CityRelativeTarget target, Measure measure, CityRelation relation)
    {
        target.Measure.ShouldBe(measure);
        target.Relation.ShouldBe(relation);
    }

    [Fact]
    public void Between_KeepsBothEnds()
    {
        var range = Target.Between(12m, 15m, Unit.None);

        range.Low.ShouldBe(new Quantity(12m, Unit.None));
        range.High.ShouldBe(new Quantity(15m, Unit.None));
        range.Measure.ShouldBe(Measure.Level);
    }

    [Fact]
    public void InSyncWith_Basically_KeepsPeerAndFlag()
    {
        var target = Target.InSyncWith("经济增长", basically: true);

        target.Peer.ShouldBe("经济增长");
        target.Basically.ShouldBeTrue();
        target.Measure.ShouldBe(Measure.Growth);
    }

    [Fact]
    public void CityQuota_Directions()
    {
        Target.CityQuota().Direction.ShouldBe(QuotaDirection.Reach);
        Target.WithinCityQuota().Direction.ShouldBe(QuotaDirection.Within);
    }

    [Fact]
    public void None_IsOneInstance() => Target.None().ShouldBeSameAs(Target.None());
}
