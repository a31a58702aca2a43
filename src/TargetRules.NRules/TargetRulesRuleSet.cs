using System.Linq.Expressions;
using global::NRules.RuleModel;
using global::NRules.RuleModel.Builders;

namespace TargetRules.NRules;

/// <summary>
/// The bridge rules, built at run time: compile them with the host's own rules, e.g.
/// <c>new RuleCompiler().Compile(hostRules.Append(TargetRulesRuleSet.Create()))</c>. They judge the
/// <see cref="PlanFact"/> with TargetRules, forward every inserted, updated or retracted <see cref="ActualFact"/>
/// and <see cref="ReferenceFact"/> to it, and keep one <see cref="AttainmentFact"/> per rule up to date.
/// </summary>
public static class TargetRulesRuleSet
{
    /// <summary>The rule set's name.</summary>
    public const string Name = "TargetRules";

    /// <summary>
    /// The bridge rules' priority: above NRules' default of 0, so every forwarded fact has reached the attainment
    /// facts before a host rule of lower priority fires on them.
    /// </summary>
    public const int Priority = 1_000_000;

    private const ActionTrigger Arrives = ActionTrigger.Activated | ActionTrigger.Reactivated;

    /// <summary>Builds a new instance of the bridge rules.</summary>
    public static IRuleSet Create()
    {
        var rules = new global::NRules.RuleModel.RuleSet(Name);
        rules.Add(
        [
            Open(),
            Close(),
            Forward<ActualFact>("actual", (run, actual) => run.Holds(actual.RuleId),
                (ctx, run, actual) => Publish(ctx, run.Observe(actual)),
                (ctx, run, actual) => Publish(ctx, run.Withdraw(actual))),
            Forward<ReferenceFact>("reference", null,
                (ctx, run, reference) => Publish(ctx, run.Insert(reference.Reference)),
                (ctx, run, reference) => Publish(ctx, run.Retract(reference.Reference))),
        ]);
        return rules;
    }

    // The plan fact arrives: its run is inserted with one attainment fact per rule.
    private static IRuleDefinition Open()
    {
        var builder = Builder("open plan");
        builder.LeftHandSide().Pattern(typeof(PlanFact), "plan");
        Expression<Action<IContext, PlanFact>> open = (ctx, plan) => Open(ctx, plan);
        builder.RightHandSide().Action(open, ActionTrigger.Activated);
        return builder.Build();
    }

    // The plan fact is gone: its run and its attainment facts go too.
    private static IRuleDefinition Close()
    {
        var builder = Builder("close plan");
        var left = builder.LeftHandSide();
        left.Pattern(typeof(PlanRun), "run");
        Expression<Func<PlanFact, PlanRun, bool>> same = (plan, run) => plan == run.Plan;
        left.Not().Pattern(typeof(PlanFact), "plan").Condition(same);
        Expression<Action<IContext, PlanRun>> close = (ctx, run) => Close(ctx, run);
        builder.RightHandSide().Action(close, ActionTrigger.Activated);
        return builder.Build();
    }

    private static IRuleDefinition Forward<TFact>(string what,
        Expression<Func<PlanRun, TFact, bool>>? reaches,
        Expression<Action<IContext, PlanRun, TFact>> arrives,
        Expression<Action<IContext, PlanRun, TFact>> leaves)
    {
        var builder = Builder($"forward {what}");
        var left = builder.LeftHandSide();
        left.Pattern(typeof(PlanRun), "run");
        var fact = left.Pattern(typeof(TFact), arrives.Parameters[2].Name);
        if (reaches is not null)
        {
            fact.Condition(reaches);
        }

        builder.RightHandSide().Action(arrives, Arrives);
        builder.RightHandSide().Action(leaves, ActionTrigger.Deactivated);
        return builder.Build();
    }

    private static RuleBuilder Builder(string name)
    {
        var builder = new RuleBuilder();
        builder.Name($"{Name}: {name}");
        builder.Priority(Priority);
        return builder;
    }

    private static void Open(IContext context, PlanFact plan)
    {
        var run = new PlanRun(plan);
        context.Insert(run);
        context.InsertAll(run.Facts);
    }

    private static void Close(IContext context, PlanRun run)
    {
        run.Close();
        context.Retract(run);
        context.RetractAll(run.Facts);
    }

    private static void Publish(IContext context, IReadOnlyList<AttainmentFact> changed)
    {
        if (changed.Count > 0)
        {
            context.UpdateAll(changed);
        }
    }
}
