using TargetRules.Evaluation;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Tests.Evaluation;

/// <summary>Small rule sets for the tests of compiling and sessions.</summary>
internal static class SmallSets
{
    /// <summary>A rule whose target is a level of at least 100 亿元.</summary>
    public static Rule Level(string id, string indicator) => new(id, indicator, Target.AtLeast(100, Unit.YiYuan));

    public static RuleSet Set(params Rule[] rules) => RuleSet.Compile(rules);
}
