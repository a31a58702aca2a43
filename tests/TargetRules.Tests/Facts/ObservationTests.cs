using TargetRules.Facts;
using TargetRules.Text;

namespace TargetRules.Tests.Facts;

/// <summary>An observation built through the API: its argument checks, the text of a slash observation, and value equality over every field.</summary>
public sealed class ObservationTests
{
    private static Observation Actual(string text) => ObservationParser.Parse(text).OrThrow();

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

    [Fact]
    public void Observation_RareFieldsSetToWhatTheyHold_EqualsOneThatNeverNamedThem()
    {
        var plain = Observation.OfGrowth(5m);
        var named = new Observation { Growth = 5m, PointChange = null, Expected = null, Parts = [], Components = [], Period = null, ShareOfTarget = null, CityGap = null, Milestone = null };

        named.ShouldBe(plain);
        named.GetHashCode().ShouldBe(plain.GetHashCode());
    }

    [Fact]
    public void Observation_With_ChangesTheCopyOnlyAndComparesByValue()
    {
        var original = Observation.OfGrowth(5m) with { PointChange = 1.5m, Period = "上半年" };
        var copy = original with { PointChange = 2m };

        original.PointChange.ShouldBe(1.5m);
        original.Period.ShouldBe("上半年");
        copy.PointChange.ShouldBe(2m);
        copy.Period.ShouldBe("上半年");
        copy.ShouldNotBe(original);
        (copy with { PointChange = 1.5m }).ShouldBe(original);
        (original with { PointChange = null, Period = null }).ShouldBe(Observation.OfGrowth(5m));
    }

    [Fact]
    public void Observation_RareDecimal_KeepsTheScaleWritten() =>
        (Observation.OfGrowth(5m) with { ShareOfTarget = 103.0m } with { ShareOfTarget = 103.00m }).ShareOfTarget.ToString().ShouldBe("103.00");
}
