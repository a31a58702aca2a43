using TargetRules.Facts;
using TargetRules.Text;

namespace TargetRules.Tests.Facts;

/// <summary>An observation built through the API: its argument checks and the text of a slash observation.</summary>
public sealed class ObservationTests
{
    private static Observation Actual(string text) => ObservationParser.ParseOrThrow(text);

    [Fact]
    public void Observation_BadArguments_Throw()
    {
        Should.Throw<ArgumentException>(() => Observation.Asserting("")).ParamName.ShouldBe("statement");
        Should.Throw<ArgumentNullException>(() => Observation.OfComponents(null!)).ParamName.ShouldBe("components");
        Should.Throw<ArgumentNullException>(() => Observation.OfParts(null!)).ParamName.ShouldBe("parts");
        Should.Throw<ArgumentException>(() => ReferenceSet.Empty.With(new Reference("", ReferenceKind.City, Actual("增长 5%")))).ParamName.ShouldBe("reference");
    }

    [Fact]
    public void Observation_OfComponents_TextJoinsThePartsWithASlash() =>
        Observation.OfComponents(Actual("增长 5%"), Actual("增长 6%")).Text.ShouldBe("增长 5%/增长 6%");
}
