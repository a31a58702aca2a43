using global::NRules.Extensibility;
using Microsoft.Extensions.DependencyInjection;

namespace TargetRules.NRules.DependencyInjection;

/// <summary>Resolves a rule's dependencies (the fluent DSL's <c>Dependency().Resolve</c>) from a service provider.</summary>
internal sealed class ServiceProviderResolver(IServiceProvider provider) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType) => provider.GetRequiredService(serviceType);
}
