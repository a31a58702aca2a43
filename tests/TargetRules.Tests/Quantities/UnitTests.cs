using TargetRules.Quantities;
using static TargetRules.Tests.Quantities.EquatableAssertions;

namespace TargetRules.Tests.Quantities;

public sealed class UnitTests
{
    public static TheoryData<string, Dimension, decimal> Named => new()
    {
        { "元", Dimension.Yuan, 1m },
        { "万元", Dimension.Yuan, 1_0000m },
        { "亿元", Dimension.Yuan, 1_0000_0000m },
        { "美元", Dimension.UsDollar, 1m },
        { "万美元", Dimension.UsDollar, 1_0000m },
        { "亿美元", Dimension.UsDollar, 1_0000_0000m },
        { "%", Dimension.Percent, 1m },
        { "个百分点", Dimension.PercentagePoint, 1m },
        { "平方米", Dimension.Area, 1m },
        { "万平方米", Dimension.Area, 1_0000m },
        { "公顷", Dimension.Area, 1_0000m },
        { "亩", Dimension.Area, 10000m / 15m },
        { "米", Dimension.Length, 1m },
        { "公里", Dimension.Length, 1000m },
        { "岁", Dimension.Age, 1m },
        { "吨", Dimension.Mass, 1m },
        { "吨标准煤", Dimension.CoalEquivalent, 1m },
        { "千瓦时", Dimension.Electricity, 1m },
        { "微克/立方米", Dimension.Concentration, 1m },
        { "立方米", Dimension.Volume, 1m },
    };

    [Theory]
    [MemberData(nameof(Named))]
    public void TryFind_NamedUnit_FindsItsDimensionAndFactor(string symbol, Dimension dimension, decimal factor)
    {
        Unit.TryFind(symbol, out var unit).ShouldBeTrue();

        unit.Symbol.ShouldBe(symbol);
        unit.Dimension.ShouldBe(dimension);
        unit.Factor.ShouldBe(factor);
        unit.IsPerCapita.ShouldBeFalse();
    }

    public static TheoryData<string> Classifiers => new(Unit.Classifiers);

    [Theory]
    [MemberData(nameof(Classifiers))]
    public void TryFind_Classifier_IsACount(string classifier)
    {
        Unit.TryFind(classifier, out var unit).ShouldBeTrue();

        unit.ShouldBe(Unit.Count(classifier));
        unit.Dimension.ShouldBe(Dimension.Count);
        unit.Factor.ShouldBe(1m);
    }

    [Theory]
    [MemberData(nameof(Classifiers))]
    public void TryFind_TenThousandOfClassifier_IsACountOfTenThousand(string classifier)
    {
        Unit.TryFind("万" + classifier, out var unit).ShouldBeTrue();

        unit.ShouldBe(Unit.WanCount(classifier));
        unit.Dimension.ShouldBe(Dimension.Count);
        unit.Factor.ShouldBe(1_0000m);
        unit.Symbol.ShouldBe("万" + classifier);
    }

    public static TheoryData<string, Dimension, decimal> Magnitudes => new()
    {
        { "万", Dimension.Number, 1_0000m },
        { "亿", Dimension.Number, 1_0000_0000m },
        { "万亿元", Dimension.Yuan, 1_0000_0000_0000m },
        { "千万元", Dimension.Yuan, 1000_0000m },
        { "百万美元", Dimension.UsDollar, 100_0000m },
        { "万吨", Dimension.Mass, 1_0000m },
        { "万吨标准煤", Dimension.CoalEquivalent, 1_0000m },
        { "万千瓦时", Dimension.Electricity, 1_0000m },
        { "亿千瓦时", Dimension.Electricity, 1_0000_0000m },
        { "万立方米", Dimension.Volume, 1_0000m },
        { "亿立方米", Dimension.Volume, 1_0000_0000m },
        { "万公里", Dimension.Length, 1_0000_000m },
        { "亿人", Dimension.Count, 1_0000_0000m },
    };

    [Theory]
    [MemberData(nameof(Magnitudes))]
    public void TryFind_MagnitudeBeforeAUnit_ScalesIt(string symbol, Dimension dimension, decimal factor)
    {
        Unit.TryFind(symbol, out var unit).ShouldBeTrue();

        (unit.Symbol, unit.Dimension, unit.Factor).ShouldBe((symbol, dimension, factor));
    }

    [Fact]
    public void Classifiers_AreTheIssuesFourteenAndThoseOfTheCorpus() =>
        Unit.Classifiers.ShouldBe(["家", "个", "台", "人", "名", "件", "户", "幢", "套", "张", "所", "项", "座", "条", "场", "例", "辆", "处", "批次"]);

    [Theory]
    [InlineData("")]
    [InlineData("千元")]
    [InlineData("万%")]
    [InlineData("万岁")]
    [InlineData("万万元")]
    [InlineData("万个百分点")]
    public void TryFind_UnknownSymbol_ReturnsFalse(string symbol)
    {
        Unit.TryFind(symbol, out var unit).ShouldBeFalse();
        unit.ShouldBe(default);
    }

    [Fact]
    public void TryFind_Null_Throws() =>
        Should.Throw<ArgumentNullException>(() => Unit.TryFind(null!, out _));

    [Fact]
    public void Count_UnknownClassifier_ThrowsWithMessage()
    {
        var ex = Should.Throw<ArgumentException>(() => Unit.Count("吨"));

        ex.Message.ShouldBe("'吨' is not a known count classifier. (Parameter 'classifier')");
    }

    [Theory]
    [InlineData(1000, "每千人平方米")]
    [InlineData(10000, "每万人平方米")]
    public void PerCapita_ThousandOrTenThousand_IsWrittenWithItsBasis(int people, string written)
    {
        var unit = Unit.SquareMetre.PerCapita(people);

        unit.PerPeople.ShouldBe(people);
        unit.IsPerCapita.ShouldBeTrue();
        unit.ToString().ShouldBe(written);
        unit.IsCompatibleWith(Unit.SquareMetre).ShouldBeFalse();
        unit.IsCompatibleWith(Unit.WanSquareMetre.PerCapita(10000)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-1000)]
    public void PerCapita_OtherPopulation_Throws(int people)
    {
        var ex = Should.Throw<ArgumentOutOfRangeException>(() => Unit.SquareMetre.PerCapita(people));

        ex.Message.ShouldBe($"A per-capita ratio is counted per 1000 or 10000 residents. (Parameter 'people'){Environment.NewLine}Actual value was {people}.");
    }

    [Fact]
    public void Equality_DifferentClassifiers_AreDifferentUnits()
    {
        (Unit.Count("家") == Unit.Count("家")).ShouldBeTrue();
        (Unit.Count("家") != Unit.Count("个")).ShouldBeTrue();
        Unit.Count("家").IsCompatibleWith(Unit.Count("个")).ShouldBeTrue();
    }

    [Fact]
    public void Default_ReadsAsBareNumber()
    {
        default(Unit).Symbol.ShouldBe(string.Empty);
        default(Unit).Dimension.ShouldBe(Dimension.Number);
    }

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

    [Fact]
    public void UnitEquals_OtherType_IsFalse() => Unit.Percent.Equals((object)"%").ShouldBeFalse();

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

    [Fact]
    public void IsPerCapita_PlainUnit_IsFalse()
    {
        Unit.SquareMetre.IsPerCapita.ShouldBeFalse();
        Unit.SquareMetre.PerPeople.ShouldBe(0);
        Unit.None.IsCompatibleWith(default).ShouldBeTrue();
    }
}
