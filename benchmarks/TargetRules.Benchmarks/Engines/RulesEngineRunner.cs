using RulesEngine.Models;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using Rule = RulesEngine.Models.Rule;

namespace TargetRules.Benchmarks.Engines;

/// <summary>
/// The same rules on Microsoft RulesEngine 6.0.1, used as its documentation recommends: one engine built
/// once from one workflow, rules compiled on first use and cached, <c>ExecuteAllRulesAsync</c> per input.
/// Fastest honest settings: FastExpressionCompiler on, no scoped params, no error-message formatting,
/// exceptions returned rather than thrown. Each rule is one condition kind; the row's state is read from
/// which rules succeeded, in the same order as the hand-written loop.
/// </summary>
public sealed class RulesEngineRunner
{
    private const string WorkflowName = "plan";

    private readonly global::RulesEngine.RulesEngine _engine;

    public RulesEngineRunner()
    {
        var settings = new ReSettings
        {
            UseFastExpressionCompiler = true,
            EnableScopedParams = false,
            EnableFormattedErrorMessage = false,
            EnableExceptionAsErrorMessage = true,
            IsExpressionCaseSensitive = true,
            NestedRuleExecutionMode = NestedRuleExecutionMode.Performance,
        };
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules =
            [
                Rule("Reported", "c.Reported"),
                Rule("First", Condition("1")),
                Rule("Second", Condition("2")),
                Rule("CityKnown", "!c.Pending"),
            ],
        };
        _engine = new global::RulesEngine.RulesEngine([workflow], settings);
    }

    public AttainmentState Judge(FlatCase c)
    {
        var pending = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("c", c));
        var results = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        bool reported = results[0].IsSuccess, first = results[1].IsSuccess, second = results[2].IsSuccess, known = results[3].IsSuccess;
        if (!reported)
        {
            return AttainmentState.NotReported;
        }

        if (c.Slash)
        {
            return first && second ? AttainmentState.Met
                : first || second ? AttainmentState.PartiallyMet
                : AttainmentState.Missed;
        }

        return !(first && second) ? AttainmentState.Missed
            : !known ? AttainmentState.AwaitingCityFeedback
            : AttainmentState.Met;
    }

    public void Run(FlatCase[] cases, AttainmentState[] states, int count)
    {
        for (var i = 0; i < count; i++)
        {
            states[i] = Judge(cases[i]);
        }
    }

    private static Rule Rule(string name, string expression) => new()
    {
        RuleName = name,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
    };

    private static string Condition(string n) =>
        $"c.Code{n} == -1 || (c.Code{n} == 0 && c.Actual{n} >= c.Goal{n}) || (c.Code{n} == 1 && c.Actual{n} > c.Goal{n})"
        + $" || (c.Code{n} == 2 && c.Actual{n} <= c.Goal{n}) || (c.Code{n} == 3 && c.Asserted)";
}
