using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TargetRules.DependencyInjection;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Text;

// In the container's own namespace, as Microsoft's guidance for library authors recommends, so that
// AddTargetRules shows up next to AddLogging and AddOptions without another using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers TargetRules in a host's service collection.</summary>
public static class TargetRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Evaluator"/>, <see cref="PlanEvaluator"/>, <see cref="PhraseReader"/>, the
    /// <see cref="EvaluationPolicy"/> built from <see cref="TargetRulesOptions"/> (validated when the host starts),
    /// and an <see cref="IReferenceSource"/>: the host's own when it registers one, otherwise a source with no
    /// references. Every registration is a <c>TryAdd</c>, so calling this twice registers nothing twice.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options in code; applied after any earlier configuration.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddTargetRules(this IServiceCollection services, Action<TargetRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// Registers TargetRules as <see cref="AddTargetRules(IServiceCollection, Action{TargetRulesOptions}?)"/> does,
    /// reading the options from <paramref name="configuration"/> (for example <c>configuration.GetSection("TargetRules")</c>).
    /// A misspelt key or an unreadable value fails validation when the host starts.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The section holding the settings, named as the properties of <see cref="TargetRulesOptions"/>.</param>
    /// <param name="configure">Sets further options in code, after the configuration is read.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    public static IServiceCollection AddTargetRules(this IServiceCollection services, IConfiguration configuration, Action<TargetRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services);
        services.Configure<TargetRulesOptions>(options => OptionsBinder.Bind(configuration, options));
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services;
    }

    private static void AddCore(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(Marker)))
        {
            return;
        }

        services.AddSingleton<Marker>();
        services.AddOptions<TargetRulesOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TargetRulesOptions>, TargetRulesOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<TargetRulesOptions>>().Value.ToPolicy());
        services.TryAddSingleton(sp => new Evaluator(sp.GetRequiredService<EvaluationPolicy>()));
        services.TryAddSingleton(sp => new PlanEvaluator(sp.GetRequiredService<Evaluator>(), sp.GetService<ILogger<PlanEvaluator>>()));
        services.TryAddSingleton<PhraseReader>();
        services.TryAddSingleton<IReferenceSource>(sp => new EmptyReferenceSource(sp.GetService<ILogger<EmptyReferenceSource>>()));
    }

    /// <summary>Marks a collection TargetRules was added to.</summary>
    private sealed class Marker;
}
