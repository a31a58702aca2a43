using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Tests.Targets;

public sealed class TargetFactoryTests
{
    private static readonly string Nl = Environment.NewLine;

    public static TheoryData<Measure, Quantity, string> UnsuitedUnits => new()
    {
        { Measure.Growth, new Quantity(6m, Unit.YiYuan), "A Growth target cannot be written in '亿元'. (Parameter 'unit')" },
        { Measure.ComparableGrowth, new Quantity(6m, Unit.PercentagePoint), "A ComparableGrowth target cannot be written in '个百分点'. (Parameter 'unit')" },
        { Measure.PointChange, Quantity.Percent(4m), "A PointChange target cannot be written in '%'. (Parameter 'unit')" },
        { Measure.Level, new Quantity(4m, Unit.PercentagePoint), "A Level target cannot be written in '个百分点'. (Parameter 'unit')" },
    };

    [Theory]
    [MemberData(nameof(UnsuitedUnits))]
    public void Threshold_UnitUnsuitedToMeasure_Throws(Measure measure, Quantity value, string message) =>
        Should.Throw<ArgumentException>(() => Target.Threshold(measure, Comparison.AtLeast, value)).Message.ShouldBe(message);

    [Fact]
    public void Threshold_UndefinedComparison_NamesTheParameter() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Target.Threshold(Measure.Level, (Comparison)42, Quantity.Percent(1m)))
            .Message.ShouldBe($"Not a defined Comparison. (Parameter 'comparison'){Nl}Actual value was 42.");

    [Fact]
    public void Threshold_UndefinedMeasure_NamesTheParameter() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Target.Threshold((Measure)9, Comparison.AtLeast, Quantity.Percent(1m)))
            .Message.ShouldBe($"Not a defined Measure. (Parameter 'measure'){Nl}Actual value was 9.");

    [Fact]
    public void RelativeToCity_UndefinedRelation_NamesTheParameter() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Target.RelativeToCity(Measure.Growth, (CityRelation)7))
            .Message.ShouldBe($"Not a defined CityRelation. (Parameter 'relation'){Nl}Actual value was 7.");

    [Fact]
    public void Range_DifferentUnits_Throws() =>
        Should.Throw<ArgumentException>(() => Target.Range(Measure.Level, new Quantity(12m, Unit.YiYuan), new Quantity(15m, Unit.WanYuan)))
            .Message.ShouldBe("A range is written in one unit; got 亿元 and 万元. (Parameter 'high')");

    [Fact]
    public void Between_Reversed_Throws() =>
        Should.Throw<ArgumentException>(() => Target.Between(15m, 12m, Unit.None))
            .Message.ShouldBe("A range runs from low to high; got 15 to 12. (Parameter 'high')");

    [Fact]
    public void Range_GrowthInYuan_Throws() =>
        Should.Throw<ArgumentException>(() => Target.Range(Measure.Growth, new Quantity(1m, Unit.Yuan), new Quantity(2m, Unit.Yuan)))
            .Message.ShouldBe("A Growth target cannot be written in '元'. (Parameter 'unit')");

    [Fact]
    public void Decline_Negative_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Target.Decline(-5m))
            .Message.ShouldBe($"A decline is written as a positive percentage (下降 5%). (Parameter 'percent'){Nl}Actual value was -5.");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void InSyncWith_BlankPeer_Throws(string? peer) =>
        Should.Throw<ArgumentException>(() => Target.InSyncWith(peer!)).Message.ShouldBe("The text must not be blank. (Parameter 'peer')");

    [Fact]
    public void Qualitative_Blank_Throws() =>
        Should.Throw<ArgumentException>(() => Target.Qualitative(" ")).Message.ShouldBe("The text must not be blank. (Parameter 'statement')");

    [Fact]
    public void Scoped_BlankScope_Throws() =>
        Should.Throw<ArgumentException>(() => Target.Scoped("", Target.Growth(1m))).Message.ShouldBe("The text must not be blank. (Parameter 'scope')");

    [Fact]
    public void Scoped_SlashInner_Throws() =>
        Should.Throw<ArgumentException>(() => Target.Scoped("市级", Target.Slash(Target.Growth(1m), Target.Growth(2m))))
            .Message.ShouldBe("Slash components stand at the top of a row; they cannot be scoped. (Parameter 'inner')");

    [Fact]
    public void AllOf_OneCondition_Throws() =>
        Should.Throw<ArgumentException>(() => Target.AllOf(Target.Growth(6m)))
            .Message.ShouldBe("An all-of target combines at least two conditions. (Parameter 'conditions')");

    [Fact]
    public void AllOf_SlashCondition_Throws() =>
        Should.Throw<ArgumentException>(() => Target.AllOf(Target.Growth(6m), Target.Slash(Target.Growth(1m), Target.Growth(2m))))
            .Message.ShouldBe("Slash components stand at the top of a row; they cannot be a condition. (Parameter 'conditions')");

    [Fact]
    public void AllOf_NullCondition_Throws() =>
        Should.Throw<ArgumentNullException>(() => Target.AllOf(Target.Growth(6m), null!));

    [Fact]
    public void Slash_OneComponent_Throws() =>
        Should.Throw<ArgumentException>(() => Target.Slash(Target.Growth(6m)))
            .Message.ShouldBe("Slash components come at least two at a time. (Parameter 'components')");

    [Fact]
    public void Slash_Nested_Throws() =>
        Should.Throw<ArgumentException>(() => Target.Slash(Target.Growth(6m), Target.Slash(Target.Growth(1m), Target.Growth(2m))))
            .Message.ShouldBe("Slash components do not nest. (Parameter 'components')");

    [Fact]
    public void Comparable_OnLevel_Throws() =>
        Should.Throw<InvalidOperationException>(() => Target.AtLeast(27m, Unit.Count("家")).Comparable())
            .Message.ShouldBe("Only a growth target can be comparable; this one reads Level.");

    [Fact]
    public void AccumulatesOverYear_OnGrowth_Throws() =>
        Should.Throw<InvalidOperationException>(() => Target.Growth(6m).AccumulatesOverYear())
            .Message.ShouldBe("Only a level accumulates over the year; rates and growth compare directly.");

    [Fact]
    public void AccumulatesOverYear_FalseOnGrowth_IsAllowed() =>
        Target.Growth(6m).AccumulatesOverYear(false).ShouldBe(Target.Growth(6m));

    public static TheoryData<ThresholdTarget, bool> CumulativeDefaults => new()
    {
        { Target.AtLeast(180m, Unit.YiYuan), true },
        { Target.AtLeast(6m, Unit.YiUsDollar), true },
        { Target.AtLeast(27m, Unit.Count("家")), false },
        { Target.AtLeast(90m, Unit.Percent), false },
        { Target.AtLeast(40m, Unit.Yuan.PerCapita(1000)), false },
        { Target.Growth(6m), false },
        { Target.AtLeast(5m, Unit.Count("家")).AccumulatesOverYear(), true },
        { Target.AtLeast(180m, Unit.YiYuan).AccumulatesOverYear(false), false },
    };

    [Theory]
    [MemberData(nameof(CumulativeDefaults))]
    public void Cumulative_MoneyLevelsByDefault_OthersWhenMarked(ThresholdTarget target, bool cumulative) =>
        target.Cumulative.ShouldBe(cumulative);

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
}
