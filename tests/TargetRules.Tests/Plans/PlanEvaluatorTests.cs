using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Tests.Plans;

/// <summary>
/// One row judged by <see cref="PlanEvaluator"/>: argument checks made when called, not when enumerated; the reasons
/// and the kept text of a row that cannot be read; a slash name whose parts each settle their own bare percent.
/// </summary>
public sealed class PlanEvaluatorTests
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

    // Each part of a name split by ／ settles what its own bare percent is: 失业率 a level, 收入 growth.
    [Theory]
    [InlineData("城镇调查失业率／居民人均可支配收入", "5%以内／6%", "4.5%／7%")]
    [InlineData("城镇调查失业率/居民人均可支配收入", "5%以内/6%", "4.5%/7%")]
    public void Evaluate_FullWidthSlashInTheName_EachPartReadsItsOwnPercent(string indicator, string target, string actual)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "民生保障指标", indicator, target, actual));

        result.Attainment.Explanation.Chinese.ShouldBe("城镇调查失业率：4.5%，未超过目标 5%；居民人均可支配收入：增长 7%，达到目标 6%");
    }
}
