using TargetRules.Facts;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Targets;

public sealed class StandingTests
{
    // One reading for both sides and both ways of building them, so a parsed target and a fluent actual compare alike.
    [Theory]
    [InlineData("在全市保持较好水平", "Good")]
    [InlineData("在全市保持领先水平", "Leading")]
    [InlineData("在全市位居前列", "Leading")]
    [InlineData("在全市保持中上水平", "Unranked")]
    public void Of_StatementParsedOrBuilt_SameStandingOnTargetAndActual(string statement, string standing)
    {
        ((QualitativeTarget)TargetParser.Parse(statement).OrThrow()).Standing.ToString().ShouldBe(standing);
        Target.Qualitative(statement).Standing.ToString().ShouldBe(standing);
        ObservationParser.Parse(statement).OrThrow().Standing.ToString().ShouldBe(standing);
        Observation.Asserting(statement).Standing.ToString().ShouldBe(standing);
    }

    [Fact]
    public void Highest_AssertionsOfSeveralStandings_TheStrongest() =>
        (new Observation { Assertions = [Assertion.AboveCity, "在全市保持较好水平", "位居全市前列"] }).Standing.ShouldBe(Standing.Leading);

    [Fact]
    public void Highest_DefaultArray_Unranked() =>
        (new Observation { Assertions = default }).Standing.ShouldBe(Standing.Unranked);
}
