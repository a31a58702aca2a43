using System.Linq.Expressions;
using NRules.RuleModel.Builders;
using NRules.RuleModel;
using NRules;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using NRulesRuleSet = NRules.RuleModel.RuleSet;

namespace TargetRules.Benchmarks.Engines;

/// <summary>
/// NRules as a peer, written the plain way: one rule per plan row, matching that row's fact and holding the row's
/// conditions as constants, on the pre-converted <see cref="FlatCase"/> the other peers read. Compiling grows with
/// the square of the rules (every rule's row test is a node each fact passes through), so it is run on small plans.
/// </summary>
public sealed class NRulesPerRowRunner
{
    private readonly RowFact[] _rows;
    private readonly ISessionFactory _factory;

    public NRulesPerRowRunner(GeneratedPlan plan)
    {
        _rows = [.. plan.Rows.Select((r, i) => new RowFact(i, r.Flat))];
        States = new AttainmentState[_rows.Length];
        _factory = Compile(plan, States);
    }

    /// <summary>Each row's state after <see cref="Run"/>.</summary>
    public AttainmentState[] States { get; }

    /// <summary>Compiles one rule per row of <paramref name="plan"/>, each writing its row's state into <paramref name="states"/>.</summary>
    public static ISessionFactory Compile(GeneratedPlan plan, AttainmentState[] states)
    {
        var rules = new NRulesRuleSet("per row");
        rules.Add(plan.Rows.Select((r, i) => Rule(i, r.Flat, states)));
        return new RuleCompiler().Compile([rules]);
    }

    /// <summary>A new session receives every row's fact and fires.</summary>
    public void Run()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_rows);
        session.Fire();
    }

    private static IRuleDefinition Rule(int index, FlatCase flat, AttainmentState[] states)
    {
        var builder = new RuleBuilder();
        builder.Name($"row {index}");
        var pattern = builder.LeftHandSide().Pattern(typeof(RowFact), "row");
        var row = pattern.Declaration.ToParameterExpression();
        pattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(row, nameof(RowFact.Index)), Expression.Constant(index)), row));
        var (op1, goal1, op2, goal2) = (flat.Op1, flat.Goal1, flat.Op2, flat.Goal2);
        Expression<Action<IContext, RowFact>> judge = (ctx, row) => Record(states, row.Index, HandWritten.Judge(row.Case, op1, goal1, op2, goal2));
        builder.RightHandSide().Action(judge);
        return builder.Build();
    }

    private static void Record(AttainmentState[] states, int index, AttainmentState state) => states[index] = state;

    /// <summary>One row's figures (a class: NRules tells facts apart by identity).</summary>
    public sealed class RowFact(int index, FlatCase flat)
    {
        public int Index { get; } = index;

        public FlatCase Case { get; } = flat;
    }
}
