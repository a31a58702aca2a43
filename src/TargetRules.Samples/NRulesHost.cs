using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.Fluent;
using NRules;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.NRules;
using TargetRules.Text;
using EvaluationRule = TargetRules.Evaluation.Rule;
using FluentRule = NRules.Fluent.Dsl.Rule;

namespace TargetRules.Samples;

/// <summary>
/// A reporting system that runs its own workflow rules in NRules: TargetRules judges the Baoshan 2022 plan and keeps
/// one attainment fact per row; the host's rules open an alert for each missed row and remind the statistician of each
/// row awaiting the city. When the city publishes, the alerts and reminders follow the rows they were raised for.
/// </summary>
public static class NRulesHost
{
    /// <summary>Runs the sample, writing to the console.</summary>
    public static void Run()
    {
        var (rules, actuals) = Plan();

        #region readme
        // The host's own rules (MissedAlertRule below, CityReminderRule) compiled together with the bridge's.
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(MissedAlertRule), typeof(CityReminderRule)));
        var factory = new RuleCompiler().Compile(repository.GetRuleSets().Append(TargetRulesRuleSet.Create()));

        var session = factory.CreateSession();
        session.Insert(PlanFact.Create(rules, 2022));
        session.InsertAll(actuals);
        session.Fire();
        // Each missed row has one Alert, each row awaiting the city one Reminder: session.Query<Alert>()
        #endregion

        session.Events.FactInsertedEvent += (_, e) => Print("+", e.Fact.Value);
        session.Events.FactRetractedEvent += (_, e) => Print("-", e.Fact.Value);
        Console.WriteLine("January, as the district reports:");
        foreach (var alert in session.Query<Alert>().OrderBy(a => int.Parse(a.RuleId, CultureInfo.InvariantCulture)))
        {
            Print(" ", alert);
        }

        foreach (var reminder in session.Query<Reminder>().OrderBy(r => int.Parse(r.RuleId, CultureInfo.InvariantCulture)))
        {
            Print(" ", reminder);
        }

        Console.WriteLine("February, the city publishes its figures, quotas and verdicts (+ appeared, - went away):");
        session.InsertAll(new[]
        {
            new Reference("社会消费品零售总额", ReferenceKind.City, Actual("下降 9.1%"), "上海市统计局"),
            new Reference("商品销售总额", ReferenceKind.City, Actual("下降 4.5%"), "上海市统计局"),
            new Reference("城镇登记失业人数", ReferenceKind.Quota, Actual("12000 人"), "市人社局"),
            new Reference("单位生产总值能耗降低率", ReferenceKind.Verdict, Actual("达标"), "市发展改革委"),
        }.Select(r => new ReferenceFact(r)));
        session.Fire();

        Console.WriteLine("March, the city revises its quota (an update of the same fact):");
        session.Update(new ReferenceFact(new Reference("城镇登记失业人数", ReferenceKind.Quota, Actual("12500 人"), "市人社局")));
        session.Fire();
    }

    // Rows of the Baoshan 2022 indicator table (data/baoshan-2022-indicators.tsv), as the plan writes them.
    private static (RuleSet Rules, ActualFact[] Actuals) Plan()
    {
        (string Id, string Indicator, string Target, string Actual)[] rows =
        [
            ("1", "地区生产总值", "可比增长 6%（增长高于全市平均水平）", "可比下降 0.5%"),
            ("4", "社会消费品零售总额/商品销售总额", "增长与全市保持同步/增长与全市保持同步", "下降 3.2%/下降 6.1%"),
            ("5", "产值十亿元以上的制造业企业数", "达到 27 家", "28 家"),
            ("16", "环境空气质量（AQI）优良率", "达到 90%", "87.4%"),
            ("17", "单位生产总值能耗降低率", "完成市下达目标", "待市级部门反馈"),
            ("20", "城镇登记失业人数", "控制在市下达目标内", "12116 人"),
        ];
        var rules = RuleSet.Compile(rows.Select(r => new EvaluationRule(r.Id, r.Indicator, TargetParser.Parse(r.Target, r.Indicator).OrThrow())));
        return (rules, [.. rows.Select(r => new ActualFact(r.Id, ObservationParser.Parse(r.Actual, r.Indicator).OrThrow()))]);
    }

    private static Observation Actual(string text) => ObservationParser.Parse(text).OrThrow();

    private static void Print(string change, object? fact)
    {
        switch (fact)
        {
            case Alert alert:
                Console.WriteLine($" {change} alert     {alert.RuleId} {alert.Indicator}: {alert.Reason}");
                break;
            case Reminder reminder:
                Console.WriteLine($" {change} reminder  {reminder.RuleId} {reminder.Indicator}: {reminder.Reason}");
                break;
        }
    }
}

/// <summary>The host's task for a row that missed its target.</summary>
public sealed record Alert(string RuleId, string Indicator, string Reason);

/// <summary>The host's reminder to chase the city for a row awaiting its figures.</summary>
public sealed record Reminder(string RuleId, string Indicator, string Reason);

#region readme
// A host rule: the alert it yields is linked to the row, so it goes when the row is no longer missed.
public sealed class MissedAlertRule : FluentRule
{
    public override void Define()
    {
        AttainmentFact row = null!;
        When().Match(() => row, r => r.State == AttainmentState.Missed);
        Then().Yield(_ => new Alert(row.RuleId, row.Indicator, row.Attainment.Explanation.Chinese));
    }
}
#endregion

/// <summary>The host's workflow rule: a row awaiting the city gets a reminder for the statistician.</summary>
public sealed class CityReminderRule : FluentRule
{
    /// <inheritdoc />
    public override void Define()
    {
        AttainmentFact row = null!;
        When().Match(() => row, r => r.State == AttainmentState.AwaitingCityFeedback);
        Then().Yield(_ => new Reminder(row.RuleId, row.Indicator, row.Attainment.Explanation.Chinese));
    }
}
