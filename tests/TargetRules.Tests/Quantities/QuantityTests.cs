using TargetRules.Quantities;

namespace TargetRules.Tests.Quantities;

public sealed class QuantityTests
{
    public static TheoryData<decimal, string, string, decimal> Conversions => new()
    {
        { 60109m, "万美元", "亿美元", 6.0109m },
        { 6m, "亿美元", "万美元", 60000m },
        { 60109m, "万美元", "美元", 601090000m },
        { 563.49m, "亿元", "万元", 5634900m },
        { 12116m, "元", "万元", 1.2116m },
        { 3m, "公顷", "万平方米", 3m },
        { 3m, "公顷", "平方米", 30000m },
        { 15m, "亩", "公顷", 1m },
        { 1m, "公顷", "亩", 15m },
        { 2.5m, "公里", "米", 2500m },
        { 3m, "万人", "人", 30000m },
        { 2.6m, "万亿元", "亿元", 26000m },
        { 20m, "万公里", "公里", 200000m },
        { 3m, "千万元", "万元", 3000m },
        { 2m, "百万美元", "万美元", 200m },
        { 1000m, "万", "", 10000000m },
        { 1.5m, "万吨标准煤", "吨标准煤", 15000m },
        { 12.5m, "亿千瓦时", "万千瓦时", 125000m },
        { 3m, "万吨", "吨", 30000m },
        { 14m, "亿人", "万人", 140000m },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void ConvertTo_SameDimension_ScalesByFactor(decimal value, string from, string to, decimal expected)
    {
        Unit.TryFind(from, out var fromUnit).ShouldBeTrue();
        var toUnit = Unit.None;
        (to.Length == 0 || Unit.TryFind(to, out toUnit)).ShouldBeTrue();

        var converted = new Quantity(value, fromUnit).ConvertTo(toUnit);

        converted.Value.ShouldBe(expected);
        converted.Unit.ShouldBe(toUnit);
    }

    [Fact]
    public void ConvertTo_PerThousandToPerTenThousand_CountsTenTimesAsMany()
    {
        var perThousand = new Quantity(40.77m, Unit.SquareMetre.PerCapita(1000));

        var perTenThousand = perThousand.ConvertTo(Unit.SquareMetre.PerCapita(10000));

        perTenThousand.Value.ShouldBe(407.7m);
        perTenThousand.ToString().ShouldBe("每万人 407.7 平方米");
    }

    [Fact]
    public void CompareTo_DollarsInDifferentMagnitudes_ComparesConvertedValues()
    {
        var actual = new Quantity(60109m, Unit.WanUsDollar);
        var target = new Quantity(6m, Unit.YiUsDollar);

        actual.CompareTo(target).ShouldBe(1);
        target.CompareTo(actual).ShouldBe(-1);
        new Quantity(60000m, Unit.WanUsDollar).CompareTo(target).ShouldBe(0);
    }

    [Fact]
    public void Equality_SameAmountInOtherUnit_IsNotEqualButComparesEqual()
    {
        var wan = new Quantity(60000m, Unit.WanUsDollar);
        var yi = new Quantity(6m, Unit.YiUsDollar);

        (wan == yi).ShouldBeFalse();
        wan.CompareTo(yi).ShouldBe(0);
        (new Quantity(6m, Unit.YiUsDollar) == yi).ShouldBeTrue();
    }

    public static TheoryData<Unit, Unit, string> Mismatches => new()
    {
        { Unit.YiYuan, Unit.Count("家"), "Cannot convert 亿元 (Yuan) to 家 (Count): they measure different things." },
        { Unit.WanUsDollar, Unit.YiYuan, "Cannot convert 万美元 (UsDollar) to 亿元 (Yuan): they measure different things." },
        { Unit.None, Unit.YiYuan, "Cannot convert a bare number (Number) to 亿元 (Yuan): they measure different things." },
        { Unit.SquareMetre.PerCapita(1000), Unit.SquareMetre, "Cannot convert 每千人平方米 (Area) to 平方米 (Area): they measure different things." },
        { Unit.Percent, Unit.PercentagePoint, "Cannot convert % (Percent) to 个百分点 (PercentagePoint): they measure different things." },
        { Unit.TonneOfCoalEquivalent, Unit.Tonne, "Cannot convert 吨标准煤 (CoalEquivalent) to 吨 (Mass): they measure different things." },
        { Unit.MicrogramPerCubicMetre, Unit.Percent, "Cannot convert 微克/立方米 (Concentration) to % (Percent): they measure different things." },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void ConvertTo_OtherDimension_ThrowsUnitMismatch(Unit from, Unit to, string message)
    {
        var ex = Should.Throw<UnitMismatchException>(() => new Quantity(1m, from).ConvertTo(to));

        ex.Message.ShouldBe(message);
        ex.From.ShouldBe(from);
        ex.To.ShouldBe(to);
    }

    [Fact]
    public void TryConvertTo_OtherDimension_ReturnsFalse()
    {
        new Quantity(563.49m, Unit.YiYuan).TryConvertTo(Unit.Metre, out var converted).ShouldBeFalse();
        converted.ShouldBe(default);
    }

    [Fact]
    public void CompareTo_OtherDimension_IsNull() =>
        new Quantity(85m, Unit.Year).CompareTo(new Quantity(85m, Unit.Percent)).ShouldBeNull();

    [Fact]
    public void TryConvertTo_ResultTooLarge_ReturnsFalse() =>
        new Quantity(decimal.MaxValue, Unit.YiYuan).TryConvertTo(Unit.Yuan, out _).ShouldBeFalse();

    public static TheoryData<Quantity, string> Written => new()
    {
        { new Quantity(563.49m, Unit.YiYuan), "563.49 亿元" },
        { Quantity.Percent(6m), "6%" },
        { Quantity.Percent(-0.5m), "-0.5%" },
        { new Quantity(28m, Unit.Count("家")), "28 家" },
        { new Quantity(12m, Unit.None), "12" },
        { new Quantity(40.770m, Unit.SquareMetre.PerCapita(1000)), "每千人 40.77 平方米" },
        { new Quantity(4m, Unit.PercentagePoint), "4 个百分点" },
        { new Quantity(35m, Unit.MicrogramPerCubicMetre), "35 微克/立方米" },
        { new Quantity(1000m, Unit.Magnitude("万", 1_0000m)), "1000 万" },
        { new Quantity(2.6m, Unit.Yuan.WithMagnitude("万亿", 1_0000_0000_0000m)), "2.6 万亿元" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void ToString_Quantity_IsWrittenAsInPlans(Quantity quantity, string expected) =>
        quantity.ToString().ShouldBe(expected);
}
