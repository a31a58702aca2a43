using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TargetRules.DependencyInjection;

namespace TargetRules.Tests.DependencyInjection;

/// <summary>What the mutation run on the DI files found untested: registering twice adds nothing, valid options validate.</summary>
public sealed class RegistrationMutationSurvivorTests
{
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
