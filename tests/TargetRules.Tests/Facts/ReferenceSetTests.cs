using TargetRules.Facts;
using TargetRules.Quantities;

namespace TargetRules.Tests.Facts;

/// <summary>
/// A reference set is built one reference at a time (<see cref="ReferenceSet.With"/>) or many at once
/// (<see cref="ReferenceSet.WithAll"/>); either way, and mixed, it holds the same references and never changes.
/// </summary>
public sealed class ReferenceSetTests
{
    private static Reference City(string indicator, decimal growth, string source = "上海市统计局") =>
        new(indicator, ReferenceKind.City, Observation.OfGrowth(growth), source);

    private static Reference Quota(string indicator, decimal level) =>
        new(indicator, ReferenceKind.Quota, Observation.OfLevel(level, Unit.Count("人")));

    public static TheoryData<string> Builds => new() { "With", "WithAll", "With then WithAll", "WithAll then With" };

    // The same three references, the second one given twice (the later one wins), built the named way.
    private static ReferenceSet Build(string how)
    {
        Reference[] all = [City("地区生产总值", -0.2m), City("社会消费品零售总额", -9.1m, "first"), Quota("城镇登记失业人数", 11398m), City("社会消费品零售总额", -9.1m)];
        return how switch
        {
            "With" => all.Aggregate(ReferenceSet.Empty, (set, r) => set.With(r)),
            "WithAll" => ReferenceSet.Empty.WithAll(all),
            "With then WithAll" => ReferenceSet.Empty.With(all[0]).With(all[1]).WithAll(all[2..]),
            _ => ReferenceSet.Empty.WithAll(all[..2]).With(all[2]).With(all[3]),
        };
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Build_AnyWay_HoldsTheSameReferencesAndTheLaterOfTwoWins(string how)
    {
        var set = Build(how);

        set.Count.ShouldBe(3);
        set.All.Select(r => $"{r.Indicator} {r.Kind} {r.Source}").Order().ShouldBe(
            ["地区生产总值 City 上海市统计局", "城镇登记失业人数 Quota ", "社会消费品零售总额 City 上海市统计局"],
            ignoreOrder: false);
        set.Find("社会消费品零售总额", ReferenceKind.City)!.Source.ShouldBe("上海市统计局");
        set.Find("城镇登记失业人数", ReferenceKind.Quota)!.Value.Level.ShouldBe(new Quantity(11398m, Unit.Count("人")));
        set.Find("城镇登记失业人数", ReferenceKind.City).ShouldBeNull();
        set.Find("固定资产投资", ReferenceKind.City).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Find_IndicatorWrittenDifferently_FindsItAfterNormalizing(string how) =>
        Build(how).Find(" 地区生产总值 ", ReferenceKind.City)!.Value.Growth.ShouldBe(-0.2m);

    [Fact]
    public void With_AfterALookup_LeavesTheSetLookedUpUnchanged()
    {
        var many = ReferenceSet.Empty.WithAll([City("地区生产总值", -0.2m)]);
        many.Find("地区生产总值", ReferenceKind.City).ShouldNotBeNull();

        var more = many.With(City("地区生产总值", 3m)).WithAll([City("税收收入", 1m)]);

        many.Count.ShouldBe(1);
        many.Find("地区生产总值", ReferenceKind.City)!.Value.Growth.ShouldBe(-0.2m);
        many.Find("税收收入", ReferenceKind.City).ShouldBeNull();
        more.Count.ShouldBe(2);
        more.Find("地区生产总值", ReferenceKind.City)!.Value.Growth.ShouldBe(3m);
    }

    [Fact]
    public void Empty_Anyway_FindsNothing()
    {
        ReferenceSet.Empty.Count.ShouldBe(0);
        ReferenceSet.Empty.All.ShouldBeEmpty();
        ReferenceSet.Empty.Find("地区生产总值", ReferenceKind.City).ShouldBeNull();
        ReferenceSet.Empty.WithAll([]).Find("地区生产总值", ReferenceKind.City).ShouldBeNull();
    }

    [Fact]
    public void WithAll_NullOrNamelessReference_ThrowsNamingTheArgument()
    {
        Should.Throw<ArgumentNullException>(() => ReferenceSet.Empty.WithAll([null!])).ParamName.ShouldBe("references");
        Should.Throw<ArgumentException>(() => ReferenceSet.Empty.WithAll([City(" ", 1m)])).ParamName.ShouldBe("references");
    }
}
