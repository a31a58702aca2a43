using global::NRules;
using global::NRules.Extensibility;
using global::NRules.RuleModel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TargetRules.NRules;
using TargetRules.NRules.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NRules with the TargetRules bridge in a service collection.</summary>
public static class TargetRulesNRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ISessionFactory"/> compiled, when first resolved, from every
    /// <see cref="IRuleSet"/> registered in <paramref name="services"/> plus <see cref="TargetRulesRuleSet"/>;
    /// a scoped <see cref="ISession"/> from it; and, on both, an <see cref="IDependencyResolver"/> that resolves
    /// rule dependencies from the service provider (the session's from its scope).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the compiler before it compiles (aggregators, identity comparers, expression compiler).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddTargetRulesNRules(this IServiceCollection services, Action<RuleCompiler>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider =>
        {
            var compiler = new RuleCompiler();
            configure?.Invoke(compiler);
            var factory = compiler.Compile(provider.GetServices<IRuleSet>().Append(TargetRulesRuleSet.Create()));
            factory.DependencyResolver = new ServiceProviderResolver(provider);
            return factory;
        });
        services.TryAddScoped(provider =>
        {
            var session = provider.GetRequiredService<ISessionFactory>().CreateSession();
            session.DependencyResolver = new ServiceProviderResolver(provider);
            return session;
        });
        return services;
    }
}
