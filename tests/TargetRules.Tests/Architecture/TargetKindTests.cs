using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Architecture;

/// <summary>
/// The judge's switch over target kinds ends in a default branch that answers Undetermined ("unsupported target
/// kind"), so a kind it forgets still compiles. Every concrete kind has a sample here, and no sample reaches that branch.
/// </summary>
public sealed class TargetKindTests
{
    private static readonly Target[] OneOfEachKind =
    [
        TargetParser.Parse("可比增长 6%").OrThrow(),
        TargetParser.Parse("增长 6-6.5%").OrThrow(),
        TargetParser.Parse("高于全市平均水平").OrThrow(),
        TargetParser.Parse("与经济增长保持同步").OrThrow(),
        TargetParser.Parse("完成市下达目标").OrThrow(),
        TargetParser.Parse("在全市保持较好水平").OrThrow(),
        TargetParser.Parse("市级 80 个").OrThrow(),
        TargetParser.Parse("增长 6%（增长高于全市平均水平）").OrThrow(),
        TargetParser.Parse("180 亿元/120 亿元").OrThrow(),
        TargetParser.Parse("/").OrThrow(),
        MilestoneParser.ParseTarget("竣工").OrThrow(),
    ];

    [Fact]
    public void Samples_OneForEveryConcreteTargetKind()
    {
        var kinds = typeof(Target).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Target)) && !t.IsAbstract).Select(t => t.Name);

        OneOfEachKind.Select(t => t.GetType().Name).Order().ShouldBe(kinds.Order());
    }

    public static TheoryData<int> Samples => new(Enumerable.Range(0, OneOfEachKind.Length));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Evaluate_EachKind_JudgedByItsOwnBranch(int sample)
    {
        var target = OneOfEachKind[sample];

        foreach (var actual in new[] { Observation.OfGrowth(5), Observation.Asserting("达标"), MilestoneStatus.Whole(Milestone.Reached(Stage.Completion)).Observe("已竣工") })
        {
            var result = Evaluator.Default.Evaluate("地区生产总值", target, actual);

            result.Explanation.English.ShouldNotContain("unsupported target kind", Case.Sensitive, target.GetType().Name);
        }
    }
}
