#region readme
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;
#endregion
using TargetRules.Quantities;

namespace TargetRules.Samples;

/// <summary>Targets written in C#, judged against figures a district reports.</summary>
public static class FluentAuthoring
{
    /// <summary>Runs the sample, writing to the console.</summary>
    public static void Run()
    {
        #region readme
        // 地区生产总值: 可比增长 6%（增长高于全市平均水平）; reported: 可比下降 0.5%
        var target = Target.ComparableGrowth(6).And(Target.AboveCityAverage(Measure.ComparableGrowth));
        var actual = Observation.OfComparableGrowth(-0.5m);

        var result = Evaluator.Default.Evaluate("地区生产总值", target, actual);

        Console.WriteLine($"{result.State}: {result.Explanation.Chinese}");
        // Missed: 可比增长 -0.5%，低于目标 6%，差 6.5 个百分点；可比增长 -0.5%，全市数据尚未提供
        #endregion

        // Slash components are judged one by one and roll up: 全社会固定资产投资总额/产业类投资额/工业投资.
        var investment = Target.Slash(Target.InSyncWithCity(), Target.AtLeast(180, Unit.YiYuan), Target.AtLeast(120, Unit.YiYuan));
        var reported = Observation.OfComponents(
            Observation.OfLevel(563.49m, Unit.YiYuan), Observation.OfLevel(192.1m, Unit.YiYuan), Observation.OfLevel(143.16m, Unit.YiYuan));
        var baseline = ReferenceSet.Empty.With(new Reference("全社会固定资产投资总额", ReferenceKind.Baseline, Observation.OfLevel(540, Unit.YiYuan)));
        var city = baseline.With(new Reference("全社会固定资产投资总额", ReferenceKind.City, Observation.OfGrowth(-1.2m), "上海市统计局"));
        foreach (var references in new[] { ReferenceSet.Empty, baseline, city })
        {
            var row = Evaluator.Default.Evaluate("全社会固定资产投资总额/产业类投资额/工业投资", investment, reported, references);
            Console.WriteLine($"{row.State} ({references.Count} references): {row.Explanation.English}");
        }

        // Units convert within a dimension: 60109 万美元 meets 6 亿美元.
        var foreignCapital = Evaluator.Default.Evaluate("实际到位外资额", Target.AtLeast(6, Unit.YiUsDollar), Observation.OfLevel(60109, Unit.WanUsDollar));
        Console.WriteLine($"{foreignCapital.State}: {foreignCapital.Explanation.Chinese}");

        // Rules are data too: the JSON form round-trips.
        var json = TargetJson.Serialize(target);
        Console.WriteLine(json);
        Console.WriteLine(TargetJson.Deserialize(json) == target ? "read back: the same target" : "read back: a different target");
    }
}
