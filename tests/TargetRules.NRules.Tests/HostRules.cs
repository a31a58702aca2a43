using global::NRules.Fluent.Dsl;
using TargetRules.Evaluation;
using FluentRule = global::NRules.Fluent.Dsl.Rule;

namespace TargetRules.NRules.Tests;

/// <summary>What a host's escalation rule leaves behind: a task for a row that missed its target.</summary>
public sealed record MissedAlert(string RuleId, string Indicator);

/// <summary>What a host's workflow rule leaves behind: a reminder for a row still waiting on the city.</summary>
public sealed record CityReminder(string RuleId, string Indicator);

/// <summary>A host rule as a host writes it: opens a task for every row that missed its target.</summary>
[Name(AlertOnMissed.RuleName)]
public sealed class AlertOnMissed : FluentRule
{
    public const string RuleName = "alert on missed";

    public override void Define()
    {
        AttainmentFact row = null!;
        When().Match(() => row, r => r.State == AttainmentState.Missed);
        Then().Yield(_ => new MissedAlert(row.RuleId, row.Indicator));
    }
}

/// <summary>A host rule reminding the statistician of every row still awaiting the city's figures.</summary>
[Name(RemindAwaitingCity.RuleName)]
public sealed class RemindAwaitingCity : FluentRule
{
    public const string RuleName = "remind awaiting city";

    public override void Define()
    {
        AttainmentFact row = null!;
        When().Match(() => row, r => r.State == AttainmentState.AwaitingCityFeedback);
        Then().Yield(_ => new CityReminder(row.RuleId, row.Indicator));
    }
}
