using TargetRules.Quantities;

namespace TargetRules.Tests.Quantities;

/// <summary>
/// Cases the mutation run of 2026-11-24 on <c>Quantities/</c> found untested (mutants that survived or had no
/// coverage): each pins a conversion, an equality or a unit a user would see go wrong.
/// </summary>
public sealed class QuantityMutationSurvivorTests
{
    // 亩 is 10000/15 平方米, which a decimal cannot hold exactly: converting through the base unit turns 2 亩 into
    // 1.9999999999999999999999999999 亩, so a figure already in the wanted unit must be taken as it is.
    [Theory]
    [InlineData(2)]
    [InlineData(14)]
    [InlineData(20)]
    public void ConvertTo_MuIntoMu_KeepsTheFigureExactly(int mu)
    {
        var converted = new Quantity(mu, Unit.Mu).ConvertTo(Unit.Mu);

        converted.Value.ShouldBe(mu);
        converted.ToString().ShouldBe($"{mu} 亩");
        new Quantity(mu, Unit.Mu).CompareTo(new Quantity(mu, Unit.Mu)).ShouldBe(0);
    }

    public static TheoryData<Quantity, Quantity, bool> EqualityPairs => new()
    {
        { new Quantity(6m, Unit.YiYuan), new Quantity(6m, Unit.YiYuan), true },
        { new Quantity(6m, Unit.YiYuan), new Quantity(6.00m, Unit.YiYuan), true },
        // Same figure, other unit; other figure, same unit.
        { new Quantity(6m, Unit.YiYuan), new Quantity(6m, Unit.WanYuan), false },
        { new Quantity(6m, Unit.YiYuan), new Quantity(7m, Unit.YiYuan), false },
        { new Quantity(40m, Unit.SquareMetre), new Quantity(40m, Unit.SquareMetre.PerCapita(1000)), false },
    };

    [Theory]
    [MemberData(nameof(EqualityPairs))]
    public void Equality_ValueAndUnit_BothCount(Quantity left, Quantity right, bool equal) =>
        ShouldCompare(left, right, equal, left == right, left != right, hashesDiffer: false);

    [Fact]
    public void Equals_OtherType_IsFalse()
    {
        new Quantity(6m, Unit.Percent).Equals((object)6m).ShouldBeFalse();
        new Quantity(6m, Unit.Percent).Equals(null).ShouldBeFalse();
    }

    [Fact]
    public void GetHashCode_OtherUnit_Differs() =>
        new Quantity(6m, Unit.YiYuan).GetHashCode().ShouldNotBe(new Quantity(6m, Unit.WanYuan).GetHashCode());

    public static TheoryData<Unit, Unit, bool> UnitPairs => new()
    {
        { Unit.YiYuan, Unit.YiYuan, true },
        { Unit.Count("家"), Unit.Count("家"), true },
        { Unit.SquareMetre.PerCapita(1000), Unit.SquareMetre.PerCapita(1000), true },
        // Each differs from the other in one thing only: the symbol, the basis, the factor.
        { Unit.Hectare, Unit.WanSquareMetre, false },
        { Unit.SquareMetre, Unit.SquareMetre.PerCapita(1000), false },
        { Unit.SquareMetre.PerCapita(1000), Unit.SquareMetre.PerCapita(10000), false },
        { Unit.Count("人"), Unit.WanCount("人"), false },
        { Unit.Yuan, Unit.UsDollar, false },
    };

    [Theory]
    [MemberData(nameof(UnitPairs))]
    public void UnitEquality_EveryPartCounts(Unit left, Unit right, bool equal) =>
        ShouldCompare(left, right, equal, left == right, left != right, hashesDiffer: true);

    // Equals, Equals(object), == and != agree; equal values hash alike, and (where asked) unequal ones do not.
    private static void ShouldCompare<T>(T left, T right, bool equal, bool equalOperator, bool unequalOperator, bool hashesDiffer)
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

    [Fact]
    public void UnitEquals_OtherType_IsFalse() => Unit.Percent.Equals((object)"%").ShouldBeFalse();

    public static TheoryData<decimal, Unit, Unit, decimal> CountPerMoney => new()
    {
        { 0.02m, Unit.CountPer("人", Unit.YiYuan), Unit.CountPer("人", Unit.WanYuan), 0.000002m },
        { 3m, Unit.CountPer("人", Unit.WanYuan), Unit.CountPer("人", Unit.YiYuan), 30000m },
        { 5m, Unit.CountPer("家", Unit.YiUsDollar), Unit.CountPer("家", Unit.UsDollar), 0.00000005m },
    };

    // 人/亿元 counts people per 亿元 of output: the factor is per yuan, so a figure per 万元 is ten thousand times smaller.
    [Theory]
    [MemberData(nameof(CountPerMoney))]
    public void CountPer_ConvertsBetweenMoneyMagnitudes(decimal value, Unit from, Unit to, decimal expected) =>
        new Quantity(value, from).ConvertTo(to).Value.ShouldBe(expected);

    [Fact]
    public void CountPer_IsWrittenWithASlash()
    {
        var unit = Unit.CountPer("人", Unit.YiYuan);

        unit.Symbol.ShouldBe("人/亿元");
        unit.Dimension.ShouldBe(Dimension.CountPerMoney);
        unit.Factor.ShouldBe(0.00000001m);
        new Quantity(0.02m, unit).ToString().ShouldBe("0.02 人/亿元");
    }

    // Yuan and dollars do not convert (no exchange rate is assumed), so neither do people per 亿元 and per 亿美元.
    [Fact]
    public void CountPer_OtherCurrency_DoesNotConvert()
    {
        var perYuan = Unit.CountPer("人", Unit.YiYuan);
        var perDollar = Unit.CountPer("人", Unit.YiUsDollar);

        perYuan.IsCompatibleWith(perDollar).ShouldBeFalse();
        new Quantity(1m, perYuan).CompareTo(new Quantity(1m, perDollar)).ShouldBeNull();
        Should.Throw<UnitMismatchException>(() => new Quantity(1m, perDollar).ConvertTo(perYuan))
            .Message.ShouldBe("Cannot convert 人/亿美元 (CountPerMoney) to 人/亿元 (CountPerMoney): they measure different things.");
        perYuan.IsCompatibleWith(Unit.CountPer("家", Unit.WanYuan)).ShouldBeTrue();
    }

    public static TheoryData<Unit, string> NotMoney => new()
    {
        { Unit.SquareMetre, "'平方米' is not a money unit. (Parameter 'money')" },
        { Unit.Percent, "'%' is not a money unit. (Parameter 'money')" },
        { Unit.Yuan.PerCapita(1000), "'每千人元' is not a money unit. (Parameter 'money')" },
    };

    [Theory]
    [MemberData(nameof(NotMoney))]
    public void CountPer_NotMoney_Throws(Unit money, string message) =>
        Should.Throw<ArgumentException>(() => Unit.CountPer("人", money)).Message.ShouldBe(message);

    // TryFind reads the symbol CountPer writes, so a target in 人/亿元 stored as JSON reads back.
    [Theory]
    [InlineData("人/亿元", "人", "亿元")]
    [InlineData("家/万美元", "家", "万美元")]
    [InlineData("人/元", "人", "元")]
    public void TryFind_CountPerMoney_IsCountPer(string symbol, string classifier, string money)
    {
        Unit.TryFind(money, out var moneyUnit).ShouldBeTrue();

        Unit.TryFind(symbol, out var unit).ShouldBeTrue();

        unit.ShouldBe(Unit.CountPer(classifier, moneyUnit));
        unit.Symbol.ShouldBe(symbol);
        unit.IsCompatibleWith(Unit.CountPer(classifier, moneyUnit)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("吨/亿元")]
    [InlineData("人/平方米")]
    [InlineData("人/%")]
    [InlineData("/亿元")]
    [InlineData("人/")]
    [InlineData("万人/亿元")]
    [InlineData("人/人/亿元")]
    [InlineData("人/亿")]
    public void TryFind_SlashWithoutCountAndMoney_ReturnsFalse(string symbol)
    {
        Unit.TryFind(symbol, out var unit).ShouldBeFalse();
        unit.ShouldBe(default);
    }

    [Fact]
    public void CountPer_UnknownClassifier_Throws() =>
        Should.Throw<ArgumentException>(() => Unit.CountPer("吨", Unit.YiYuan)).Message.ShouldBe("'吨' is not a known count classifier. (Parameter 'classifier')");

    [Fact]
    public void Count_Null_Throws() => Should.Throw<ArgumentNullException>(() => Unit.Count(null!));

    [Fact]
    public void PerCapita_KeepsDimensionFactorAndSymbol()
    {
        var unit = Unit.WanSquareMetre.PerCapita(10000);

        unit.Dimension.ShouldBe(Dimension.Area);
        unit.Factor.ShouldBe(1_0000m);
        unit.Symbol.ShouldBe("万平方米");
        unit.ToString().ShouldBe("每万人万平方米");
    }

    // Per-capita figures convert by their factor and by their population: 1 万平方米 per 万人 is 1 平方米 per person.
    [Theory]
    [InlineData(1000, 10000, 1, 100000)]
    [InlineData(10000, 1000, 1, 1000)]
    [InlineData(10000, 10000, 1, 10000)]
    public void ConvertTo_PerCapitaWanSquareMetre_ScalesByFactorAndPopulation(int fromPeople, int toPeople, decimal value, decimal expected) =>
        new Quantity(value, Unit.WanSquareMetre.PerCapita(fromPeople)).ConvertTo(Unit.SquareMetre.PerCapita(toPeople)).Value.ShouldBe(expected);

    [Fact]
    public void IsPerCapita_PlainUnit_IsFalse()
    {
        Unit.SquareMetre.IsPerCapita.ShouldBeFalse();
        Unit.SquareMetre.PerPeople.ShouldBe(0);
        Unit.None.IsCompatibleWith(default).ShouldBeTrue();
    }

    public static TheoryData<Quantity, string> Written => new()
    {
        { new Quantity(12.5m, Unit.None), "12.5" },
        { new Quantity(0.000001m, Unit.Percent), "0.000001%" },
        { new Quantity(407.7m, Unit.SquareMetre.PerCapita(10000)), "每万人 407.7 平方米" },
        { new Quantity(3m, Unit.WanCount("人")), "3 万人" },
        { new Quantity(1234567.890m, Unit.WanYuan), "1234567.89 万元" },
        // A negated zero (下降 0%) keeps the decimal's sign bit; the figure is written as 0.
        { Quantity.Percent(-0m), "0%" },
        { Quantity.Percent(-0.000m), "0%" },
        { new Quantity(decimal.Negate(0.0m), Unit.YiYuan), "0 亿元" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void ToString_Quantity_DropsTrailingZerosAndNamesBasis(Quantity quantity, string expected) =>
        quantity.ToString().ShouldBe(expected);

    [Fact]
    public void UnitMismatch_BareNumberTarget_IsDescribedAsSuch() =>
        Should.Throw<UnitMismatchException>(() => new Quantity(1m, Unit.Percent).ConvertTo(Unit.None))
            .Message.ShouldBe("Cannot convert % (Percent) to a bare number (Number): they measure different things.");
}
