using global::NRules;
using global::NRules.Fluent;
using global::NRules.Fluent.Dsl;
using global::NRules.RuleModel;
using Microsoft.Extensions.DependencyInjection;
using TargetRules.Evaluation;
using TargetRules.Plans;
using FluentRule = global::NRules.Fluent.Dsl.Rule;

namespace TargetRules.NRules.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddTargetRulesNRules_HostRuleSets_OneFactoryAScopedSessionAndDependenciesFromTheScope()
    {
        var services = new ServiceCollection();
        services.AddSingleton(HostRules());
        services.AddScoped<TaskList>();
        services.AddTargetRulesNRules();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var table = PlanTable.Seed("baoshan-2022-indicators.tsv", RowKind.Indicator);

        using var scope = provider.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<ISession>();
        session.Insert(PlanFact.Create(table.Rules, 2022));
        session.InsertAll(table.Actuals);
        session.Fire();

        provider.GetRequiredService<ISessionFactory>().ShouldBeSameAs(provider.GetRequiredService<ISessionFactory>());
        scope.ServiceProvider.GetRequiredService<ISession>().ShouldBeSameAs(session);
        using var other = provider.CreateScope();
        other.ServiceProvider.GetRequiredService<ISession>().ShouldNotBeSameAs(session);
        var missed = session.Query<AttainmentFact>().Where(f => f.State == AttainmentState.Missed).Select(f => f.RuleId).Order(StringComparer.Ordinal);
        scope.ServiceProvider.GetRequiredService<TaskList>().Opened.Order(StringComparer.Ordinal).ShouldBe(missed);
        other.ServiceProvider.GetRequiredService<TaskList>().Opened.ShouldBeEmpty();
    }

    [Fact]
    public void AddTargetRulesNRules_Configure_SeesTheCompilerBeforeItCompiles()
    {
        var services = new ServiceCollection();
        RuleCompiler? seen = null;
        services.AddTargetRulesNRules(compiler => seen = compiler);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ISessionFactory>().ShouldNotBeNull();

        seen.ShouldNotBeNull();
    }

    private static IRuleSet HostRules()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(OpenTask)).To("host"));
        return repository.GetRuleSets().Single();
    }
}

/// <summary>The host's task list, one per request scope.</summary>
public sealed class TaskList
{
    public List<string> Opened { get; } = [];
}

/// <summary>
/// A host rule with a dependency, resolved through the session's resolver. Top-level: the fluent DSL's scan skips
/// nested rule types.
/// </summary>
public sealed class OpenTask : FluentRule
{
    public override void Define()
    {
        AttainmentFact row = null!;
        TaskList tasks = null!;
        Dependency().Resolve(() => tasks);
        When().Match(() => row, r => r.State == AttainmentState.Missed);
        Then().Do(_ => tasks.Opened.Add(row.RuleId));
    }
}
