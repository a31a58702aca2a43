using TargetRules.Quantities;

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
    public void Classifiers_AreTheFourteenOfTheIssue() =>
        Unit.Classifiers.ShouldBe(["家", "个", "台", "人", "名", "件", "户", "幢", "套", "张", "所", "项", "座", "条"]);

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
}
