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

    public static TheoryData<Quantity, string> Quantities => new()
    {
        { new Quantity(563.49m, Unit.YiYuan), "563.49 亿元" },
        { Quantity.Percent(6.50m), "6.5%" },
        { new Quantity(12m, Unit.None), "12" },
        { new Quantity(28m, Unit.Count("家")), "28 家" },
        { new Quantity(5.5m, Unit.PercentagePoint), "5.5 个百分点" },
        { new Quantity(40.77m, Unit.SquareMetre.PerCapita(1000)), "每千人 40.77 平方米" },
        { new Quantity(3m, Unit.SquareMetre.PerCapita(10000)), "每万人 3 平方米" },
    };

    [Theory]
    [MemberData(nameof(Quantities))]
    public void Quantity_FormattedIntoASpan_AsToStringWritesIt(Quantity quantity, string expected)
    {
        Span<char> destination = stackalloc char[64];

        quantity.TryFormat(destination, out var written, default, null).ShouldBeTrue();
        destination[..written].ToString().ShouldBe(expected);
        quantity.ToString().ShouldBe(expected);
        $"合 {quantity}".ShouldBe($"合 {expected}");
        quantity.ToString("G", CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Fact]
    public void Quantity_SpanTooShort_WritesNothing()
    {
        Span<char> destination = stackalloc char[5];

        new Quantity(563.49m, Unit.YiYuan).TryFormat(destination, out var written, default, null).ShouldBeFalse();
        written.ShouldBe(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(12)]
    [InlineData(13)]
    public void Format_NegativeZero_IsZero(byte scale) => Unit.Format(new decimal(0, 0, 0, isNegative: true, scale)).ShouldBe("0");

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
