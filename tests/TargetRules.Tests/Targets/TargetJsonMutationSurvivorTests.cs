using System.Text.Json;
using TargetRules.Targets;

namespace TargetRules.Tests.Targets;

/// <summary>
/// Cases found untested by reading <c>Targets/TargetJson.cs</c> while its mutation run (2026-11-24) was under way: the
/// JSON converter's errors inside a host document, which no test read.
/// </summary>
public sealed class TargetJsonMutationSurvivorTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { TargetJson.Converter } };

    // A host that keeps targets in its own documents gets the same message as TargetJson.Deserialize: the path is the
    // target's own ("$"), not the host document's, and System.Text.Json leaves a message with a path as it is.
    [Theory]
    [InlineData("""{"kind":"range","measure":"Level","low":15,"high":12}""", "$: A range runs from low to high; got 15 to 12. (Parameter 'high')")]
    [InlineData("""{"kind":"deadline"}""", "$: unknown kind 'deadline'; expected threshold, range, city, peer, quota, qualitative, scoped, allOf, slash, milestone or none")]
    [InlineData("""{"kind":"allOf","conditions":[{"kind":"none"},3]}""", "$.conditions[1]: expected a target object, found a number")]
    public void Converter_BadTargetInHostDocument_GivesTheTargetsPathAndMessage(string target, string message)
    {
        var json = $"{{\"Id\":\"R1\",\"Target\":{target}}}";

        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<TargetJsonTests.StoredRule>(json, Options))
            .Message.ShouldBe(message);
        Should.Throw<JsonException>(() => TargetJson.Deserialize(target)).Message.ShouldBe(message);
    }
}
