namespace TargetRules.Tests.Quantities;

/// <summary>Equality checks shared by the quantity and unit tests.</summary>
internal static class EquatableAssertions
{
    // Equals, Equals(object), == and != agree; equal values hash alike, and (where asked) unequal ones do not.
    public static void ShouldCompare<T>(T left, T right, bool equal, bool equalOperator, bool unequalOperator, bool hashesDiffer)
        where T : struct, IEquatable<T>
    {
        left.Equals(right).ShouldBe(equal);
        left.Equals((object)right).ShouldBe(equal);
        equalOperator.ShouldBe(equal);
        unequalOperator.ShouldBe(!equal);
        if (equal)
        {
            left.GetHashCode().ShouldBe(right.GetHashCode());
        }
        else if (hashesDiffer)
        {
            left.GetHashCode().ShouldNotBe(right.GetHashCode());
        }
    }
}
