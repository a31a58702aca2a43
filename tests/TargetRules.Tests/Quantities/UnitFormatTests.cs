using System.Globalization;
using TargetRules.Quantities;

namespace TargetRules.Tests.Quantities;

/// <summary>
/// How every figure in a reason is written. <see cref="Unit.Format"/> trims the plain format for speed; it must
/// write exactly what the custom format "0.############" writes, which the reasons were first worded with.
/// </summary>
public sealed class UnitFormatTests
{
    [Theory]
    [InlineData("6", "6")]
    [InlineData("6.50", "6.5")]
    [InlineData("6.000", "6")]
    [InlineData("10.0", "10")]
    [InlineData("100", "100")]
    [InlineData("60109", "60109")]
    [InlineData("6.0109", "6.0109")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("-0.000", "0")]
    [InlineData("0.000000000001", "0.000000000001")]
    [InlineData("0.0000000000001", "0")]
    [InlineData("0.0000000000005", "0.000000000001")]
    [InlineData("1.23456789012345", "1.234567890123")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Format_WritesTheFigureWithoutTrailingZeros(string value, string expected) =>
        Unit.Format(decimal.Parse(value, CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void Format_NegativeZero_IsZero() => Unit.Format(new decimal(0, 0, 0, isNegative: true, scale: 2)).ShouldBe("0");

    [Fact]
    public void Format_AnyDecimal_AsTheCustomFormatWritesIt()
    {
        var random = new Random(20221231);
        for (var i = 0; i < 100_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(3) == 0 ? random.Next() : 0, random.Next(2) == 0, (byte)random.Next(29));
            Unit.Format(value).ShouldBe(value.ToString("0.############", CultureInfo.InvariantCulture), $"{value} (scale {value.Scale})");
        }
    }
}
