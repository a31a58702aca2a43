using CsCheck;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Tests.Robustness;

/// <summary>Evaluation is total: every target against every observation gives exactly one state with a reason, never an exception.</summary>
public sealed class EvaluationTotalityTests
{
    [Fact]
    public void Evaluate_RandomTargetsAndObservations_GivesOneDefinedStateWithAReason() =>
        Gen.Select(RandomFacts.Targets, RandomFacts.Observations, RandomFacts.References, RandomFacts.Periods, RandomFacts.Observations)
            .Sample((target, actual, references, period, peer) =>
            {
                var attainment = Evaluator.Default.Evaluate(RandomFacts.Indicator, target, actual, references, period, _ => peer);

                CheckTotal(attainment, target, actual);
            }, iter: 50_000);

    [Fact]
    public void Evaluate_RandomTargetsUnderStrictPolicy_GivesOneDefinedState()
    {
        var strict = new Evaluator(new EvaluationPolicy { AssertedStatementsCount = false, BasicCompletionMeetsCompletion = true, SyncTolerance = 0m });
        Gen.Select(RandomFacts.Targets, RandomFacts.Observations, RandomFacts.References).Sample((target, actual, references) =>
        {
            var attainment = strict.Evaluate(RandomFacts.Indicator, target, actual, references);

            CheckTotal(attainment, target, actual);
        }, iter: 20_000);
    }

    private static void CheckTotal(Attainment attainment, Target target, Observation actual)
    {
        var context = $"{target} against {actual}";
        AttainmentStates.All.ShouldContain(attainment.State, context);
        attainment.Explanation.Chinese.ShouldNotBeNullOrWhiteSpace(context);
        attainment.Explanation.English.ShouldNotBeNullOrWhiteSpace(context);
        if (target is ComponentsTarget slash)
        {
            attainment.Components.Length.ShouldBe(slash.Components.Length, context);
        }
    }
}
