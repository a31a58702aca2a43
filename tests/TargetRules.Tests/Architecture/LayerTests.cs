using NetArchTest.Rules;
using TargetRules.Targets;

namespace TargetRules.Tests.Architecture;

/// <summary>
/// The library's namespaces are layers and data flows one way: names and quantities, the targets, the facts reported
/// against them, the parsers that read both from text, the judges, plan rows, the report writers, and the host glue.
/// A layer may use the ones below it, never one above: a dependency that runs back up fails here, with the types.
/// </summary>
public sealed class LayerTests
{
    private static readonly string[] Layers =
    [
        "TargetRules.Names", "TargetRules.Quantities", "TargetRules.Targets", "TargetRules.Facts", "TargetRules.Text",
        "TargetRules.Evaluation", "TargetRules.Plans", "TargetRules.Reporting", "TargetRules.DependencyInjection",
    ];

    public static TheoryData<string> EveryLayer => new(Layers);

    [Theory]
    [MemberData(nameof(EveryLayer))]
    public void Layer_DependsOnNoLayerAboveIt(string layer)
    {
        var above = Layers[(Array.IndexOf(Layers, layer) + 1)..];

        var result = Types.InAssembly(typeof(Target).Assembly)
            .That().ResideInNamespace(layer)
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty($"{layer} uses a layer above it");
    }

    [Fact]
    public void Layers_CoverEveryNamespaceOfTheLibrary()
    {
        var namespaces = typeof(Target).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("TargetRules.", StringComparison.Ordinal))
            .Distinct();

        namespaces.Where(n => !Layers.Contains(n)).ShouldBeEmpty("a namespace outside the layers is not checked");
    }
}
