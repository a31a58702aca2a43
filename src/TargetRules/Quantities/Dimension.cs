namespace TargetRules.Quantities;

/// <summary>What a quantity measures. Quantities convert only within one dimension.</summary>
public enum Dimension
{
    /// <summary>A plain number with no unit written.</summary>
    Number,
    /// <summary>Money in Chinese yuan (元, 万元, 亿元).</summary>
    Yuan,
    /// <summary>Money in US dollars (美元, 万美元, 亿美元); no exchange rate is assumed.</summary>
    UsDollar,
    /// <summary>A count of things, written with a classifier (家, 个, 台, 人 …).</summary>
    Count,
    /// <summary>A percentage (a rate, a share or a growth rate).</summary>
    Percent,
    /// <summary>A difference of percentages, in percentage points (个百分点).</summary>
    PercentagePoint,
    /// <summary>Area (平方米, 万平方米, 公顷, 亩).</summary>
    Area,
    /// <summary>Length (米, 公里).</summary>
    Length,
    /// <summary>Age in years (岁).</summary>
    Age,
    /// <summary>A count per amount of money (人/亿元: people per 亿元 of output); converts between money magnitudes.</summary>
    CountPerMoney,
    /// <summary>Mass (吨, 万吨).</summary>
    Mass,
    /// <summary>Energy as standard coal equivalent (吨标准煤, 万吨标准煤); does not convert to plain tonnes.</summary>
    CoalEquivalent,
    /// <summary>Electricity (千瓦时, 万千瓦时, 亿千瓦时).</summary>
    Electricity,
    /// <summary>Concentration in air (微克/立方米: PM2.5).</summary>
    Concentration,
}
