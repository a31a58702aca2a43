using TargetRules.Evaluation;
using TargetRules.Targets;

// README example: author a target in C#, judge a reported figure against it.
var target = Target.ComparableGrowth(6).And(Target.AboveCityAverage(Measure.ComparableGrowth));
var result = Evaluator.Default.Evaluate("地区生产总值", target, Observation.OfComparableGrowth(-0.5m));
Console.WriteLine($"{result.State}: {result.Explanation.Chinese}");
