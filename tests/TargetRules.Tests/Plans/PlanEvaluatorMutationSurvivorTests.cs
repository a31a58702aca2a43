using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;

namespace TargetRules.Tests.Plans;

/// <summary>
/// What the mutation run on PlanEvaluator and PlanPeers found untested (docs/testing.md, "Mutation testing"): argument checks
/// made when called, not when enumerated; the reasons and the kept text of a row that cannot be read; and the first
/// economy row winning when it is the plan's first row.
/// </summary>
public sealed class PlanEvaluatorMutationSurvivorTests
{
    [Fact]
    public void Evaluate_NullRows_ThrowsWhenCalled() =>
        Should.Throw<ArgumentNullException>(() => new PlanEvaluator().Evaluate(null!)).ParamName.ShouldBe("rows");

    [Fact]
    public void EvaluateRow_NullRow_Throws() =>
        Should.Throw<ArgumentNullException>(() => new PlanEvaluator().EvaluateRow(null!)).ParamName.ShouldBe("row");

    [Fact]
    public void EvaluateRow_ActualUnreadable_KeepsItsTextAndSaysWhereInBothLanguages()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "经济", "地区生产总值", "可比增长 6%", "增长很多"));

        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Attainment.Actual.Text.ShouldBe("增长很多");
        result.Attainment.Explanation.ShouldBe(new Explanation(
            "完成情况“增长很多”无法识别（第 2 个字符处：应为数字）",
            "the actual \"增长很多\" could not be read (at 2: expected a number)"));
    }

    [Fact]
    public void EvaluateRow_TargetUnreadable_SaysWhereInBothLanguages()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(2, "2", "经济", "工业投资", "增长很快", "增长 5%"));

        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Target.ShouldBeNull();
        result.Attainment.Explanation.ShouldBe(new Explanation(
            "目标“增长很快”无法识别（第 2 个字符处：增长一词之后应为数字，或高于全市平均水平/与全市保持同步）",
            "the target \"增长很快\" could not be read (at 2: expected a number, or 高于全市平均水平 / 与全市保持同步, after the growth word)"));
    }

    [Fact]
    public void Find_EconomyGrowth_FirstRowOfThePlanWinsOverLaterOnes()
    {
        var peers = new PlanPeers();
        peers.Add("地区生产总值", Observation.OfComparableGrowth(5));
        peers.Add("规模以上工业增加值", Observation.OfGrowth(3.5m));

        peers.Find("经济增长")?.ComparableGrowth.ShouldBe(5m);
    }
}
