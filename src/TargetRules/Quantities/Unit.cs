using System.Globalization;

namespace TargetRules.Quantities;

/// <summary>
/// A unit of measure: a dimension, the factor to the dimension's base unit (万元 is 10 000 元),
/// and, for per-capita ratios, the population the figure is counted per (每千人 is 1 000).
/// </summary>
public readonly struct Unit : IEquatable<Unit>
{
    private const decimal SquareMetresPerMu = 10000m / 15m;

    private Unit(Dimension dimension, decimal factor, string symbol, int perPeople, Dimension money = Dimension.Number)
    {
        Dimension = dimension;
        Factor = factor;
        _symbol = symbol;
        PerPeople = perPeople;
        _money = money;
    }

    /// <summary>The dimension this unit measures.</summary>
    public Dimension Dimension { get; }

    /// <summary>How many base units one of this unit is (亿元: 100 000 000).</summary>
    public decimal Factor { get; }

    /// <summary>The unit as written in Chinese (亿元, 万美元, 家, %).</summary>
    public string Symbol => _symbol ?? string.Empty;

    private readonly string? _symbol;

    // For a count per money (人/亿元, 人/亿美元), the money's dimension: yuan and dollars do not convert, so neither
    // do counts per yuan and per dollar. Number for every other unit.
    private readonly Dimension _money;

    /// <summary>For a per-capita ratio, the population it is counted per (1 000 or 10 000); otherwise 0.</summary>
    public int PerPeople { get; }

    /// <summary>True when this is a per-capita ratio (每千人, 每万人).</summary>
    public bool IsPerCapita => PerPeople > 0;

    /// <summary>A number written without a unit.</summary>
    public static Unit None { get; } = new(Dimension.Number, 1m, "", 0);
    /// <summary>元.</summary>
    public static Unit Yuan { get; } = new(Dimension.Yuan, 1m, "元", 0);
    /// <summary>万元.</summary>
    public static Unit WanYuan { get; } = new(Dimension.Yuan, 1_0000m, "万元", 0);
    /// <summary>亿元.</summary>
    public static Unit YiYuan { get; } = new(Dimension.Yuan, 1_0000_0000m, "亿元", 0);
    /// <summary>美元.</summary>
    public static Unit UsDollar { get; } = new(Dimension.UsDollar, 1m, "美元", 0);
    /// <summary>万美元.</summary>
    public static Unit WanUsDollar { get; } = new(Dimension.UsDollar, 1_0000m, "万美元", 0);
    /// <summary>亿美元.</summary>
    public static Unit YiUsDollar { get; } = new(Dimension.UsDollar, 1_0000_0000m, "亿美元", 0);
    /// <summary>%.</summary>
    public static Unit Percent { get; } = new(Dimension.Percent, 1m, "%", 0);
    /// <summary>个百分点.</summary>
    public static Unit PercentagePoint { get; } = new(Dimension.PercentagePoint, 1m, "个百分点", 0);
    /// <summary>平方米.</summary>
    public static Unit SquareMetre { get; } = new(Dimension.Area, 1m, "平方米", 0);
    /// <summary>万平方米.</summary>
    public static Unit WanSquareMetre { get; } = new(Dimension.Area, 1_0000m, "万平方米", 0);
    /// <summary>公顷 (10 000 平方米).</summary>
    public static Unit Hectare { get; } = new(Dimension.Area, 1_0000m, "公顷", 0);
    /// <summary>亩 (666.67 平方米).</summary>
    public static Unit Mu { get; } = new(Dimension.Area, SquareMetresPerMu, "亩", 0);
    /// <summary>米.</summary>
    public static Unit Metre { get; } = new(Dimension.Length, 1m, "米", 0);
    /// <summary>公里.</summary>
    public static Unit Kilometre { get; } = new(Dimension.Length, 1000m, "公里", 0);
    /// <summary>岁.</summary>
    public static Unit Year { get; } = new(Dimension.Age, 1m, "岁", 0);
    /// <summary>吨.</summary>
    public static Unit Tonne { get; } = new(Dimension.Mass, 1m, "吨", 0);
    /// <summary>吨标准煤 (energy as standard coal: not a mass that converts to 吨).</summary>
    public static Unit TonneOfCoalEquivalent { get; } = new(Dimension.CoalEquivalent, 1m, "吨标准煤", 0);
    /// <summary>千瓦时.</summary>
    public static Unit KilowattHour { get; } = new(Dimension.Electricity, 1m, "千瓦时", 0);
    /// <summary>微克/立方米 (PM2.5 concentration).</summary>
    public static Unit MicrogramPerCubicMetre { get; } = new(Dimension.Concentration, 1m, "微克/立方米", 0);
    /// <summary>立方米.</summary>
    public static Unit CubicMetre { get; } = new(Dimension.Volume, 1m, "立方米", 0);

    /// <summary>
    /// The magnitudes a figure may be written with before its unit, or alone (1000万): longest first, so 万亿 is read
    /// before 万. Each scales the unit after it (2.6 万亿元 is 2.6 × 10¹² 元, so 26000 亿元).
    /// </summary>
    internal static readonly (string Prefix, decimal Factor)[] Magnitudes =
    [
        ("万亿", 1_0000_0000_0000m), ("千万", 1000_0000m), ("百万", 100_0000m), ("亿", 1_0000_0000m), ("万", 1_0000m),
    ];

    /// <summary>The classifiers a count may be written with.</summary>
    public static IReadOnlyList<string> Classifiers { get; } =
        ["家", "个", "台", "人", "名", "件", "户", "幢", "套", "张", "所", "项", "座", "条", "场", "例", "辆", "处", "批次"];

    // The scanner reads a count's unit on most rows, so each count unit is made once; the one-character classifiers,
    // which it reads by their character, in the same order as their units.
    private static readonly Unit[] CountUnits = [.. Classifiers.Select(c => new Unit(Dimension.Count, 1m, c, 0))];
    private static readonly string ClassifierChars = string.Concat(Classifiers.Where(c => c.Length == 1));
    private static readonly Unit[] OneCharCounts = [.. CountUnits.Where(u => u.Symbol.Length == 1)];

    private static readonly Unit[] Named =
    [
        Yuan, WanYuan, YiYuan, UsDollar, WanUsDollar, YiUsDollar, Percent, PercentagePoint,
        SquareMetre, WanSquareMetre, Hectare, Mu, Metre, Kilometre, Year,
        Tonne, TonneOfCoalEquivalent, KilowattHour, MicrogramPerCubicMetre, CubicMetre,
    ];

    /// <summary>A count written with the given classifier (家, 个, 台 …).</summary>
    /// <exception cref="ArgumentException">The classifier is not one of <see cref="Classifiers"/>.</exception>
    public static Unit Count(string classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        return CountOf(classifier) is { } unit
            ? unit
            : throw new ArgumentException($"'{classifier}' is not a known count classifier.", nameof(classifier));
    }

    private static Unit? CountOf(string classifier)
    {
        foreach (var unit in CountUnits)
        {
            if (unit.Symbol == classifier)
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>The count written with <paramref name="classifier"/>; null when it is not one of <see cref="Classifiers"/>.</summary>
    internal static Unit? CountOf(char classifier) => ClassifierChars.IndexOf(classifier) is var k and >= 0 ? OneCharCounts[k] : null;

    /// <summary>A count of ten thousand (万人, 万户).</summary>
    public static Unit WanCount(string classifier) => Count(classifier).Scaled(1_0000m, "万" + classifier);

    /// <summary>A count per amount of money written with a slash (人/亿元): the factor is per yuan, so 人/亿元 and 人/万元 convert.</summary>
    /// <exception cref="ArgumentException">The classifier is not a known one, or <paramref name="money"/> is not a money unit.</exception>
    public static Unit CountPer(string classifier, Unit money)
    {
        var count = Count(classifier);
        if (money.Dimension is not (Dimension.Yuan or Dimension.UsDollar) || money.IsPerCapita)
        {
            throw new ArgumentException($"'{money}' is not a money unit.", nameof(money));
        }

        return new Unit(Dimension.CountPerMoney, 1m / money.Factor, count.Symbol + "/" + money.Symbol, 0, money.Dimension);
    }

    /// <summary>This unit counted per <paramref name="people"/> residents (1 000 for 每千人, 10 000 for 每万人).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is not 1 000 or 10 000.</exception>
    public Unit PerCapita(int people)
    {
        if (people is not (1000 or 10000))
        {
            throw new ArgumentOutOfRangeException(nameof(people), people, "A per-capita ratio is counted per 1000 or 10000 residents.");
        }

        return new Unit(Dimension, Factor, Symbol, people, _money);
    }

    private Unit Scaled(decimal factor, string symbol) => new(Dimension, Factor * factor, symbol, PerPeople, _money);

    /// <summary>A bare magnitude (1000万: a plain number of ten thousands).</summary>
    internal static Unit Magnitude(string prefix, decimal factor) => new(Dimension.Number, factor, prefix, 0);

    /// <summary>
    /// True when a magnitude may be written before this unit (万吨, 万亿元, 亿千瓦时, 万公里, 万人, 亿立方米): money, counts,
    /// area, length, volume, mass and energy without a magnitude of their own; never %, points, ages, rates or concentrations.
    /// </summary>
    internal bool TakesMagnitude => !IsPerCapita && !HasMagnitude && Dimension is Dimension.Yuan or Dimension.UsDollar or Dimension.Count
        or Dimension.Area or Dimension.Length or Dimension.Mass or Dimension.CoalEquivalent or Dimension.Electricity or Dimension.Volume;

    // 万元, 亿美元, 万平方米, 万人: written with a magnitude already (公里 and 公顷 are units of their own).
    private bool HasMagnitude
    {
        get
        {
            foreach (var (prefix, _) in Magnitudes)
            {
                if (Symbol.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>This unit with a magnitude before it (万 and 吨 make 万吨).</summary>
    internal Unit WithMagnitude(string prefix, decimal factor) => Scaled(factor, prefix + Symbol);

    /// <summary>Finds the unit written as <paramref name="symbol"/> (亿元, 万美元, 家, 万平方米, %, 人/亿元).</summary>
    public static bool TryFind(string symbol, out Unit unit)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        foreach (var named in Named)
        {
            if (named.Symbol == symbol)
            {
                unit = named;
                return true;
            }
        }

        if (CountOf(symbol) is { } count)
        {
            unit = count;
            return true;
        }

        // A magnitude alone (万) or before a unit that takes one (万吨, 万亿元, 亿人), as the scanner reads them.
        foreach (var (prefix, factor) in Magnitudes)
        {
            if (symbol.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (symbol.Length == prefix.Length)
                {
                    unit = Magnitude(prefix, factor);
                    return true;
                }

                if (TryFind(symbol[prefix.Length..], out var scaled) && scaled.TakesMagnitude)
                {
                    unit = scaled.WithMagnitude(prefix, factor);
                    return true;
                }
            }
        }

        // A count per money as CountPer writes it, so a stored 人/亿元 reads back.
        var slash = symbol.IndexOf('/');
        if (slash > 0 && Classifiers.Contains(symbol[..slash])
            && TryFind(symbol[(slash + 1)..], out var money) && money.Dimension is Dimension.Yuan or Dimension.UsDollar)
        {
            unit = CountPer(symbol[..slash], money);
            return true;
        }

        unit = default;
        return false;
    }

    /// <summary>True when quantities in this unit and <paramref name="other"/> can be converted into each other.</summary>
    public bool IsCompatibleWith(Unit other) =>
        Dimension == other.Dimension && IsPerCapita == other.IsPerCapita && _money == other._money;

    /// <summary>True when a figure in this unit is the same figure in <paramref name="other"/>: converting changes nothing.</summary>
    internal bool SameScaleAs(Unit other) =>
        Dimension == other.Dimension && PerPeople == other.PerPeople && _money == other._money && Factor == other.Factor;

    /// <summary>The factor that turns one of this unit into base units per single resident.</summary>
    internal decimal BaseFactor => IsPerCapita ? Factor / PerPeople : Factor;

    /// <summary>The unit as written, with its per-capita basis (每千人平方米).</summary>
    public override string ToString() => PerPeople switch
    {
        1000 => "每千人" + Symbol,
        10000 => "每万人" + Symbol,
        _ => Symbol,
    };

    /// <inheritdoc />
    public bool Equals(Unit other) =>
        Dimension == other.Dimension && Factor == other.Factor && PerPeople == other.PerPeople && Symbol == other.Symbol;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, Factor, PerPeople, Symbol);

    /// <summary>Equality of units.</summary>
    public static bool operator ==(Unit left, Unit right) => left.Equals(right);

    /// <summary>Inequality of units.</summary>
    public static bool operator !=(Unit left, Unit right) => !left.Equals(right);

    /// <summary>The figure as written, without trailing zeros, to at most 12 decimal places: "6", "6.5", "0.000000000001".</summary>
    internal static string Format(decimal value)
    {
        // Any decimal, in either format, fits in 64 characters (at most 29 digits, a sign and a point).
        Span<char> written = stackalloc char[64];
        TryFormat(value, written, out var length);
        return new string(written[..length]);
    }

    /// <summary>Writes the figure as <see cref="Format"/> does into <paramref name="destination"/>; false when it does not fit.</summary>
    internal static bool TryFormat(decimal value, Span<char> destination, out int charsWritten)
    {
        if (value.Scale > 12)
        {
            return value.TryFormat(destination, out charsWritten, FigureFormat, CultureInfo.InvariantCulture);
        }

        // Every reason formats its figures: a custom format string costs about twice the plain one, whose zeros are trimmed here.
        if (!value.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        // A negative zero prints without its sign in the plain format, as in the custom one.
        var figure = destination[..charsWritten];
        if (figure.Contains('.'))
        {
            charsWritten = figure.TrimEnd('0').TrimEnd('.').Length;
        }

        return true;
    }

    private const string FigureFormat = "0.############";
}
