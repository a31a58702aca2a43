namespace TargetRules.Targets;

/// <summary>Which figure of an indicator a condition reads.</summary>
public enum Measure
{
    /// <summary>The figure itself (563.49 亿元, 97%, 28 家).</summary>
    Level,
    /// <summary>Growth on the previous period, in percent (增长 6%, 下降 3.2%).</summary>
    Growth,
    /// <summary>Growth at comparable prices, in percent (可比增长 6%).</summary>
    ComparableGrowth,
    /// <summary>Change of a rate in percentage points (提升 4 个百分点).</summary>
    PointChange,
}

/// <summary>How the actual figure is compared with the target figure.</summary>
public enum Comparison
{
    /// <summary>Actual ≥ target (以上, 达到, 完成, 新增, 不低于, a bare figure).</summary>
    AtLeast,
    /// <summary>Actual &gt; target (超过, 高于).</summary>
    Above,
    /// <summary>Actual ≤ target (以内, 控制在…内, 不超过, 以下).</summary>
    AtMost,
    /// <summary>Actual &lt; target (低于).</summary>
    Below,
    /// <summary>Actual ≥ target minus the policy tolerance (左右).</summary>
    About,
    /// <summary>Actual ≤ target plus the policy tolerance (左右 on an indicator that is better lower: 居民消费价格涨幅 3%左右).</summary>
    AboutOrBelow,
}

/// <summary>How an indicator relates to the city's figure for the same measure.</summary>
public enum CityRelation
{
    /// <summary>高于全市平均水平: actual &gt; city.</summary>
    Above,
    /// <summary>不低于全市平均水平: actual ≥ city.</summary>
    NotBelow,
    /// <summary>与全市保持同步: actual ≥ city.</summary>
    InSync,
    /// <summary>与全市基本同步: actual ≥ city minus the sync tolerance.</summary>
    BasicallyInSync,
}

/// <summary>What a city-assigned target asks.</summary>
public enum QuotaDirection
{
    /// <summary>完成市下达目标: reach the city's quota.</summary>
    Reach,
    /// <summary>控制在市下达目标内: stay within the city's quota.</summary>
    Within,
}
