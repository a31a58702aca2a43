using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TargetRules.DependencyInjection;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.DependencyInjection;

public sealed class ServiceCollectionExtensionsTests
{
    private static readonly Type[] Registered =
    [
        typeof(Evaluator), typeof(PlanEvaluator), typeof(PhraseReader), typeof(IReferenceSource), typeof(EvaluationPolicy),
        typeof(IValidateOptions<TargetRulesOptions>),
    ];

    private static IConfiguration Settings(params (string Key, string Value)[] settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
        .Build();

    // What a host does when it starts.
    private static void ValidateAtStart(IServiceProvider provider) =>
        provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public void AddTargetRules_NullServices_Throws()
    {
        Should.Throw<ArgumentNullException>(() => TargetRulesServiceCollectionExtensions.AddTargetRules(null!)).ParamName.ShouldBe("services");
        Should.Throw<ArgumentNullException>(() => TargetRulesServiceCollectionExtensions.AddTargetRules(null!, Settings())).ParamName.ShouldBe("services");
    }

    [Fact]
    public void AddTargetRules_NullConfiguration_Throws() =>
        Should.Throw<ArgumentNullException>(() => new ServiceCollection().AddTargetRules((IConfiguration)null!)).ParamName.ShouldBe("configuration");

    [Fact]
    public void AddTargetRules_ReturnsTheSameCollection()
    {
        var services = new ServiceCollection();

        services.AddTargetRules().ShouldBeSameAs(services);
    }

    [Fact]
    public void AddTargetRules_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddTargetRules().AddTargetRules(Settings()).AddTargetRules(o => o.SyncTolerance = 1m);

        foreach (var type in Registered)
        {
            services.Count(d => d.ServiceType == type).ShouldBe(1, type.Name);
        }
    }

    [Fact]
    public void AddTargetRules_CalledTwice_AppliesBothConfigurations()
    {
        using var provider = new ServiceCollection()
            .AddTargetRules(o => o.SyncTolerance = 1m)
            .AddTargetRules(o => o.ApproximateRateTolerance = 0.2m)
            .BuildServiceProvider();

        var policy = provider.GetRequiredService<Evaluator>().Policy;

        policy.ShouldBe(EvaluationPolicy.Default with { SyncTolerance = 1m, ApproximateRateTolerance = 0.2m });
    }

    [Fact]
    public void AddTargetRules_NoOptions_UsesDefaultPolicyAndSingletons()
    {
        using var provider = new ServiceCollection().AddTargetRules().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<Evaluator>().Policy.ShouldBe(EvaluationPolicy.Default);
        provider.GetRequiredService<Evaluator>().ShouldBeSameAs(provider.GetRequiredService<Evaluator>());
        provider.GetRequiredService<PlanEvaluator>().ShouldBeSameAs(provider.GetRequiredService<PlanEvaluator>());
        provider.GetRequiredService<PhraseReader>().ShouldNotBeNull();
        Should.NotThrow(() => ValidateAtStart(provider));
    }

    [Fact]
    public async Task AddTargetRules_NoHostSource_RegistersAnEmptySource()
    {
        using var provider = new ServiceCollection().AddTargetRules().BuildServiceProvider();

        var references = await provider.GetRequiredService<IReferenceSource>().LoadAsync(2022, ReportingPeriod.Annual);

        references.ShouldBeEmpty();
    }

    [Fact]
    public void AddTargetRules_FromConfiguration_BindsEverySetting()
    {
        var configuration = Settings(
            ("TargetRules:ApproximateRateTolerance", "0.3"),
            ("TargetRules:ApproximateLevelTolerance", "0.02"),
            ("TargetRules:SyncTolerance", "0.2"),
            ("TargetRules:BasicCompletionMeetsCompletion", "true"),
            ("TargetRules:assertedStatementsCount", "False"));
        using var provider = new ServiceCollection().AddTargetRules(configuration.GetSection(TargetRulesOptions.SectionName)).BuildServiceProvider();

        provider.GetRequiredService<EvaluationPolicy>().ShouldBe(new EvaluationPolicy
        {
            ApproximateRateTolerance = 0.3m,
            ApproximateLevelTolerance = 0.02m,
            SyncTolerance = 0.2m,
            BasicCompletionMeetsCompletion = true,
            AssertedStatementsCount = false,
        });
    }

    [Fact]
    public void AddTargetRules_CodeAfterConfiguration_Wins()
    {
        var configuration = Settings(("SyncTolerance", "0.2"));
        using var provider = new ServiceCollection().AddTargetRules(configuration, o => o.SyncTolerance = 0.8m).BuildServiceProvider();

        provider.GetRequiredService<EvaluationPolicy>().SyncTolerance.ShouldBe(0.8m);
    }

    [Fact]
    public void AddTargetRules_OptionOutOfRange_FailsAtStart()
    {
        using var provider = new ServiceCollection()
            .AddTargetRules(o =>
            {
                o.SyncTolerance = -1m;
                o.ApproximateLevelTolerance = 1m;
            })
            .BuildServiceProvider();

        var ex = Should.Throw<OptionsValidationException>(() => ValidateAtStart(provider));

        ex.Failures.ShouldBe([
            "TargetRules:ApproximateLevelTolerance is 1: A share of the target lies in [0, 1).",
            "TargetRules:SyncTolerance is -1: A tolerance cannot be negative.",
        ]);
    }

    [Fact]
    public void AddTargetRules_BadConfiguration_FailsAtStartNamingTheKey()
    {
        var configuration = Settings(("TargetRules:SyncTolarance", "0.2"), ("TargetRules:ApproximateRateTolerance", "half"), ("TargetRules:AssertedStatementsCount", "yes"));
        using var provider = new ServiceCollection().AddTargetRules(configuration.GetSection("TargetRules")).BuildServiceProvider();

        var ex = Should.Throw<OptionsValidationException>(() => ValidateAtStart(provider));

        ex.Failures.ShouldBe([
            "TargetRules:ApproximateRateTolerance is 'half': expected a number such as 0.5.",
            "TargetRules:AssertedStatementsCount is 'yes': expected true or false.",
            "TargetRules:SyncTolarance is not a TargetRules setting; expected ApproximateRateTolerance, ApproximateLevelTolerance, SyncTolerance, BasicCompletionMeetsCompletion or AssertedStatementsCount.",
        ]);
    }

    [Fact]
    public void AddTargetRules_HostSourceRegisteredBefore_IsKept()
    {
        var source = new CityFeed();
        using var provider = new ServiceCollection().AddSingleton<IReferenceSource>(source).AddTargetRules().BuildServiceProvider();

        provider.GetRequiredService<IReferenceSource>().ShouldBeSameAs(source);
    }

    [Fact]
    public async Task AddTargetRules_HostSourceRegisteredAfter_IsUsedForEvaluation()
    {
        using var provider = new ServiceCollection().AddTargetRules().AddSingleton<IReferenceSource, CityFeed>().BuildServiceProvider();
        var evaluator = provider.GetRequiredService<Evaluator>();
        var source = provider.GetRequiredService<IReferenceSource>();

        var references = ReferenceSet.Empty.WithAll(await source.LoadAsync(2022, ReportingPeriod.Annual));
        var attainment = evaluator.Evaluate("社会消费品零售总额/商品销售总额", Target.Slash(Target.InSyncWithCity(), Target.InSyncWithCity()),
            Observation.OfComponents(Observation.OfGrowth(-3.2m), Observation.OfGrowth(-6.1m)), references);

        source.ShouldBeOfType<CityFeed>();
        attainment.State.ShouldBe(AttainmentState.PartiallyMet);
    }

    [Fact]
    public void PlanEvaluator_UnreadableRow_IsLogged()
    {
        var logs = new CapturingProvider();
        using var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information))
            .AddTargetRules()
            .BuildServiceProvider();

        var results = provider.GetRequiredService<PlanEvaluator>()
            .Evaluate([new PlanRow(3, "X1", "测试", "某指标", "@@@", "???")])
            .ToList();

        results.Single().State.ShouldBe(AttainmentState.Undetermined);
        logs.Messages.ShouldHaveSingleItem().ShouldStartWith("Row 3 (id X1, 某指标) could not be judged: the target \"@@@\" could not be read");
    }

    [Fact]
    public async Task EmptySource_Consulted_LogsThatNoSourceIsRegistered()
    {
        var logs = new CapturingProvider();
        using var provider = new ServiceCollection().AddLogging(b => b.AddProvider(logs)).AddTargetRules().BuildServiceProvider();

        await provider.GetRequiredService<IReferenceSource>().LoadAsync(2022, ReportingPeriod.FromElapsed(0.5m));

        logs.Messages.ShouldBe([
            "No IReferenceSource is registered; 2022 elapsed 0.5 is judged without city figures, quotas, baselines or verdicts, so rows that need them wait for the city",
        ]);
    }

    private sealed class CityFeed : IReferenceSource
    {
        public ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<Reference>>(
            [
                new Reference("社会消费品零售总额", ReferenceKind.City, Observation.OfGrowth(-9.1m)),
                new Reference("商品销售总额", ReferenceKind.City, Observation.OfGrowth(-4m)),
            ]);
    }

    private sealed class CapturingProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => category.StartsWith("TargetRules", StringComparison.Ordinal);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    owner.Messages.Enqueue(formatter(state, exception));
                }
            }
        }
    }

    [Fact]
    public void AddTargetRules_Twice_RegistersTheServicesOnce()
    {
        var services = new ServiceCollection();
        services.AddTargetRules();
        var once = services.Count;

        services.AddTargetRules();

        services.Count.ShouldBe(once);
    }

    [Fact]
    public void Validate_DefaultOptions_Succeeded()
    {
        using var provider = new ServiceCollection().AddTargetRules().BuildServiceProvider();

        var result = provider.GetServices<IValidateOptions<TargetRulesOptions>>().Single().Validate(Options.DefaultName, new TargetRulesOptions());

        result.Succeeded.ShouldBeTrue();
        result.Failed.ShouldBeFalse();
    }
}
