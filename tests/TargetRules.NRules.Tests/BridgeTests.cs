using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Text;

namespace TargetRules.NRules.Tests;

public sealed class BridgeTests
{
    // 20,000 generated rows with their references (benchmarks/TargetRules.Benchmarks/Plans/PlanGenerator.cs), read once.
    private static readonly Lazy<(GeneratedPlan Plan, PlanTable Table)> Generated = new(() =>
    {
        var plan = PlanGenerator.Generate(20_000);
        return (plan, PlanTable.Of([.. plan.Rows.Select(r => r.ToPlanRow())]));
    });

    [Theory]
    [InlineData("baoshan-2022-indicators.tsv", RowKind.Indicator, 25)]
    [InlineData("baoshan-2022-projects.tsv", RowKind.Project, 16)]
    public void SeedTable_ThroughTheBridge_JudgesLikeTheEvaluator(string file, RowKind kind, int rows)
    {
        var table = PlanTable.Seed(file, kind);
        var bridge = new BridgeSession();

        bridge.Open(table.Rules, table.Actuals, []);

        bridge.Attainments().Count.ShouldBe(rows);
        Describe(table, bridge).ShouldBe(table.Expected());
    }

    [Fact]
    public void SeedIndicators_HostRules_FireOncePerMissedOrAwaitingRow()
    {
        var table = PlanTable.Seed("baoshan-2022-indicators.tsv", RowKind.Indicator);
        var bridge = new BridgeSession();

        bridge.Open(table.Rules, table.Actuals, []);

        var facts = bridge.Attainments().Values;
        Ids(facts, AttainmentState.Missed).ShouldNotBeEmpty();
        Ids(facts, AttainmentState.AwaitingCityFeedback).ShouldNotBeEmpty();
        bridge.Fires(AlertOnMissed.RuleName).ShouldBe(Ids(facts, AttainmentState.Missed));
        bridge.Fires(RemindAwaitingCity.RuleName).ShouldBe(Ids(facts, AttainmentState.AwaitingCityFeedback));
        bridge.Session.Query<MissedAlert>().Select(a => a.RuleId).Order(StringComparer.Ordinal).ShouldBe(Ids(facts, AttainmentState.Missed));
    }

    [Fact]
    public void GeneratedPlan_TwentyThousandRowsWithReferences_JudgesLikeTheEvaluator()
    {
        var (plan, table) = Generated.Value;
        var bridge = new BridgeSession();

        bridge.Open(table.Rules, table.Actuals, plan.References.All);

        Describe(table, bridge).ShouldBe(table.Expected(plan.References));
        bridge.Fires(AlertOnMissed.RuleName).ShouldBe(Ids(bridge.Attainments().Values, AttainmentState.Missed));
    }

    [Fact]
    public void LateCityFigure_GeneratedPlan_UpdatesAndFiresOnlyForTheRowsItChanges_AndRetractingItRestoresThem()
    {
        var (plan, table) = Generated.Value;
        var bridge = new BridgeSession();
        bridge.Open(table.Rules, table.Actuals, plan.References.All);
        var waiting = plan.Rows.First(r => r.Shape == Shape.CityWithoutFigure).Indicator;
        var late = new Reference(waiting, ReferenceKind.City, ObservationParser.Parse("增长 1%").OrThrow(), "市统计局");
        var before = table.Expected(plan.References);
        var after = table.Expected(plan.References.With(late));
        var changed = table.Rows.Where((_, i) => before[i] != after[i]).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        changed.ShouldNotBeEmpty();
        var fact = new ReferenceFact(late);
        bridge.Clear();

        bridge.Session.Insert(fact);
        bridge.Session.Fire();

        bridge.Updated.Order(StringComparer.Ordinal).ShouldBe(changed);
        Describe(table, bridge).ShouldBe(after);
        var now = bridge.Attainments();
        bridge.Fires(AlertOnMissed.RuleName).ShouldBe(changed.Where(id => now[id].State == AttainmentState.Missed));
        bridge.Fires(RemindAwaitingCity.RuleName).ShouldBeEmpty();
        bridge.Session.Query<CityReminder>().Select(r => r.RuleId).ShouldNotContain(changed[0]);

        bridge.Clear();
        bridge.Session.Retract(fact);
        bridge.Session.Fire();

        bridge.Updated.Order(StringComparer.Ordinal).ShouldBe(changed);
        Describe(table, bridge).ShouldBe(before);
        bridge.Fires(AlertOnMissed.RuleName).ShouldBeEmpty();
        bridge.Fires(RemindAwaitingCity.RuleName).ShouldBe(changed);
        bridge.Session.Query<CityReminder>().Select(r => r.RuleId).ShouldContain(changed[0]);
    }

    [Fact]
    public void RevisedCityFigure_IsOneFactUpdated_AndTheRowFollowsIt()
    {
        var table = PlanTable.Seed("baoshan-2022-indicators.tsv", RowKind.Indicator);
        var bridge = new BridgeSession();
        bridge.Open(table.Rules, table.Actuals,
        [
            City("社会消费品零售总额", "下降 9.1%"),
            City("商品销售总额", "下降 4.5%"),
        ]);
        bridge.Attainments()["4"].State.ShouldBe(AttainmentState.PartiallyMet);
        bridge.Clear();

        bridge.Session.Update(new ReferenceFact(City("商品销售总额", "下降 8%")));
        bridge.Session.Fire();

        var references = bridge.Session.Query<ReferenceFact>().Where(f => f.Reference.Indicator == "商品销售总额").ToList();
        references.Count.ShouldBe(1);
        references[0].Reference.Value.Text.ShouldBe("下降 8%");
        bridge.Session.TryInsert(new ReferenceFact(City("商品销售总额", "下降 1%"))).ShouldBeFalse();
        bridge.Updated.ShouldBe(["4"]);
        bridge.Attainments()["4"].State.ShouldBe(AttainmentState.Met);
    }

    // The judge takes 高技术产业—产值 (an em dash) and 高技术产业-产值 for one name; a figure reaches the row however the dash is
    // typed. The revision keeps the row Missed and changes only its reasons: no state change reports it, so only the rules the
    // session judged again can say which attainment facts to compare (a set guessed from names missed this row).
    [Fact]
    public void RevisedCityFigure_ReachingARowUnderAnotherSpelling_UpdatesAndFiresExactlyForTheRowsItReaches()
    {
        var table = PlanTable.Of(
        [
            new PlanRow(1, "1", "主要经济指标", "高技术产业-产值", "增长与全市保持同步", "增长 3%"),
            new PlanRow(2, "2", "主要经济指标", "高技术产业-产值/高技术产业-税收", "增长与全市保持同步/增长与全市保持同步", "增长 4.5%/增长 1%"),
            new PlanRow(3, "3", "主要经济指标", "高技术产业", "增长与全市保持同步", "增长 1%"),
            new PlanRow(4, "4", "主要经济指标", "社会消费品零售总额", "增长与全市保持同步", "增长 1%"),
        ]);
        Reference[] others = [City("高技术产业-税收", "增长 2%"), City("高技术产业", "增长 2%"), City("社会消费品零售总额", "增长 2%")];
        var first = City("高技术产业—产值", "增长 5%");
        var revised = City("高技术产业—产值", "增长 4%");
        var bridge = new BridgeSession();
        bridge.Open(table.Rules, table.Actuals, [first, .. others]);
        Describe(table, bridge).ShouldBe(table.Expected(ReferenceSet.Empty.WithAll([first, .. others])));
        bridge.Attainments().Values.Select(f => f.State).ShouldAllBe(s => s == AttainmentState.Missed);
        bridge.Clear();

        bridge.Session.Update(new ReferenceFact(revised));
        bridge.Session.Fire();

        Describe(table, bridge).ShouldBe(table.Expected(ReferenceSet.Empty.WithAll([revised, .. others])));
        var now = bridge.Attainments();
        now["1"].State.ShouldBe(AttainmentState.Missed);
        now["1"].Attainment.Explanation.Chinese.ShouldContain("4%");
        now["2"].State.ShouldBe(AttainmentState.PartiallyMet);
        bridge.Updated.Order(StringComparer.Ordinal).ShouldBe(["1", "2"]);
        bridge.Fires(AlertOnMissed.RuleName).ShouldBe(["1"]);
        bridge.Fires(RemindAwaitingCity.RuleName).ShouldBeEmpty();
        bridge.Session.Query<MissedAlert>().Select(a => a.RuleId).Order(StringComparer.Ordinal).ShouldBe(["1", "3", "4"]);
    }

    [Fact]
    public void FigureReachingARowWithoutChangingIt_UpdatesNothingAndFiresNothing()
    {
        var table = PlanTable.Seed("baoshan-2022-indicators.tsv", RowKind.Indicator);
        var bridge = new BridgeSession();
        bridge.Open(table.Rules, table.Actuals, []);
        var before = Describe(table, bridge);
        bridge.Clear();

        bridge.Session.Insert(new ReferenceFact(new Reference("产值十亿元以上的制造业企业数", ReferenceKind.Verdict, Observation.Asserting("达标"), "市经济信息化委")));
        bridge.Session.Fire();

        table.Rules.CountReaders("产值十亿元以上的制造业企业数", ReferenceKind.Verdict).ShouldBe(1);
        bridge.Updated.ShouldBeEmpty();
        bridge.Fired.ShouldBeEmpty();
        Describe(table, bridge).ShouldBe(before);
    }

    [Fact]
    public void RevisedActual_IsOneFactUpdated_AndRetractingItLeavesTheRowNotReported()
    {
        var table = PlanTable.Seed("baoshan-2022-indicators.tsv", RowKind.Indicator);
        var bridge = new BridgeSession();
        bridge.Open(table.Rules, table.Actuals, []);
        bridge.Attainments()["16"].State.ShouldBe(AttainmentState.Missed);
        bridge.Clear();

        var revised = new ActualFact("16", ObservationParser.Parse("91.2%", "环境空气质量（AQI）优良率").OrThrow());
        bridge.Session.Update(revised);
        bridge.Session.Fire();

        bridge.Updated.ShouldBe(["16"]);
        bridge.Attainments()["16"].State.ShouldBe(AttainmentState.Met);
        bridge.Session.Query<MissedAlert>().Select(a => a.RuleId).ShouldNotContain("16");
        bridge.Session.Retract(revised);
        bridge.Session.Fire();
        bridge.Attainments()["16"].State.ShouldBe(AttainmentState.NotReported);
    }

    [Fact]
    public void ActualOfAnotherPlan_IsIgnored()
    {
        var table = PlanTable.Seed("baoshan-2022-indicators.tsv", RowKind.Indicator);
        var bridge = new BridgeSession();

        bridge.Open(table.Rules, [new ActualFact("99", ObservationParser.Parse("增长 5%").OrThrow())], []);

        bridge.Attainments().Values.Select(f => f.State).Distinct().ShouldNotContain(AttainmentState.Missed);
        bridge.Session.Query<ActualFact>().Count().ShouldBe(1);
    }

    [Fact]
    public void PlanRetracted_ItsAttainmentFactsAndTheHostsAlertsGo()
    {
        var table = PlanTable.Seed("baoshan-2022-indicators.tsv", RowKind.Indicator);
        var bridge = new BridgeSession();
        bridge.Open(table.Rules, table.Actuals, []);
        bridge.Session.Query<MissedAlert>().ShouldNotBeEmpty();

        bridge.Session.Retract(bridge.Attainments().Values.First().Plan);
        bridge.Session.Fire();

        bridge.Session.Query<AttainmentFact>().ShouldBeEmpty();
        bridge.Session.Query<MissedAlert>().ShouldBeEmpty();
        bridge.Session.Query<ActualFact>().Count().ShouldBe(table.Actuals.Count);
    }

    private static Reference City(string indicator, string figure) =>
        new(indicator, ReferenceKind.City, ObservationParser.Parse(figure).OrThrow(), "上海市统计局");

    private static List<string> Describe(PlanTable table, BridgeSession bridge)
    {
        var facts = bridge.Attainments();
        return table.Rows.Select(r => $"{r.Id} {Judgements.Describe(facts[r.Id].Attainment)}").ToList();
    }

    private static List<string> Ids(IEnumerable<AttainmentFact> facts, AttainmentState state) =>
        facts.Where(f => f.State == state).Select(f => f.RuleId).Order(StringComparer.Ordinal).ToList();
}
