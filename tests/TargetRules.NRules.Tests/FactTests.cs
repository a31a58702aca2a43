using TargetRules.Evaluation;
using TargetRules.Facts;

namespace TargetRules.NRules.Tests;

public sealed class FactTests
{
    private static readonly RuleSet Rules = RuleSet.Compile([new("1", "地区生产总值", Targets.Target.Growth(6))]);

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    public void PlanFactCreate_YearOutsideTheCalendar_Throws(int year)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => PlanFact.Create(Rules, year));

        error.ParamName.ShouldBe("year");
        error.Message.ShouldStartWith("A plan year lies in 1..9999.");
    }

    [Fact]
    public void PlanFactCreate_YearAndPeriod_Kept()
    {
        var plan = PlanFact.Create(Rules, 2022, ReportingPeriod.FromElapsed(0.5m));

        (plan.Rules, plan.Year, plan.Period, plan.ToString()).ShouldBe((Rules, 2022, ReportingPeriod.FromElapsed(0.5m), "plan 2022 (1 rules)"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void ActualFact_BlankRuleId_Throws(string ruleId) =>
        Should.Throw<ArgumentException>(() => new ActualFact(ruleId, Observation.NotReported)).ParamName.ShouldBe("ruleId");

    [Fact]
    public void Identities_SameRuleOrSameIndicatorAndKind_Equal_OtherKindsNot()
    {
        var city = new Reference("地区生产总值", ReferenceKind.City, Observation.OfGrowth(5), "上海市统计局");

        new ActualFact("1", Observation.OfGrowth(5)).GetIdentity().ShouldBe(new ActualFact("1", Observation.OfGrowth(7)).GetIdentity());
        new ReferenceFact(city).GetIdentity().ShouldBe(new ReferenceFact(city with { Value = Observation.OfGrowth(1) }).GetIdentity());
        new ReferenceFact(city).GetIdentity().ShouldNotBe(new ReferenceFact(city with { Kind = ReferenceKind.Baseline }).GetIdentity());
        new ActualFact("地区生产总值", Observation.OfGrowth(5)).GetIdentity().ShouldNotBe(new ReferenceFact(city).GetIdentity());
    }

    [Fact]
    public void ReferenceFact_BlankIndicator_Throws() =>
        Should.Throw<ArgumentException>(() => new ReferenceFact(new Reference(" ", ReferenceKind.City, Observation.OfGrowth(5)))).ParamName.ShouldBe("reference");
}
