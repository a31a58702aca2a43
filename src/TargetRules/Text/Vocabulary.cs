using System.Buffers;
using TargetRules.Targets;

namespace TargetRules.Text;

/// <summary>A row of the vocabulary: the word as written.</summary>
internal interface IPhraseWord
{
    string Text { get; }
}

/// <summary>How a growth word reads the figure after it.</summary>
internal enum GrowthSense
{
    /// <summary>增长 6%: a growth of at least the figure.</summary>
    Rise,
    /// <summary>下降 5%: a decline, read as a negative growth.</summary>
    Decline,
    /// <summary>提升 2 个百分点: a change in percentage points, never a percent.</summary>
    Points,
    /// <summary>总量高于全市平均水平: the level, compared with the city's and nothing else.</summary>
    Total,
}

/// <summary>A word that starts a growth (可比增长, 下降, 提升 …) and what the figure after it measures.</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Sense">How the figure after it is read.</param>
/// <param name="Measure">What the figure measures: 可比 makes it the comparable growth, 提升 a change in points.</param>
/// <param name="Continues">
/// 增长 after a comparable growth speaks of the same comparable growth when it is compared with the city's
/// (可比增长 6%（增长高于全市平均水平）).
/// </param>
/// <param name="InActuals">False for a word only targets use (总量).</param>
/// <param name="JoinsName">
/// True for a word that names the figure as the subject's own rise (涨幅: 居民消费价格涨幅): which way is better is looked up
/// on the name with the word.
/// </param>
internal sealed record GrowthWord(string Text, GrowthSense Sense, Measure Measure, bool Continues = false, bool InActuals = true, bool JoinsName = false)
    : IPhraseWord
{
    /// <summary>True for a comparable growth (可比增长, 可比下降): its figure is the comparable rate.</summary>
    public bool IsComparable => Measure == Measure.ComparableGrowth;

    /// <summary>The measure compared when 高于全市 or 与全市 follows the word, or null after a decline.</summary>
    public Measure? CityMeasure(Measure? last) =>
        Sense == GrowthSense.Decline ? null
        : Continues && last == Measure.ComparableGrowth ? Measure.ComparableGrowth
        : Measure;
}

/// <summary>A bound word after a figure (以上, 以内, 左右 …).</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Comparison">What it makes of a figure: 以上 at least, 以内 at most, 左右 about.</param>
/// <param name="OfDecline">
/// What it makes of a decline (下降 5%以上 is a growth of at most −5%; 下降 5%以内 at least −5%), or null where a
/// decline cannot take it (下降 5%左右 is not a target).
/// </param>
/// <param name="Approximates">True when, after a reported figure (增长 8%左右, 97%以上), it makes the figure approximate.</param>
internal sealed record BoundWord(string Text, Comparison Comparison, Comparison? OfDecline, bool Approximates) : IPhraseWord;

/// <summary>A verb before a figure (达到, 新增, 控制在 …) and the comparison it asks for.</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Comparison">The comparison it asks for: 达到 at least, 控制在 at most, 超过 above.</param>
/// <param name="NamesPart">
/// True when the verb can stand for the part's name where several figures share a component (新增 400 台，完工 200 台).
/// </param>
/// <param name="AfterGrowth">True when it may stand between a growth word and its figure (增长不低于 6%).</param>
/// <param name="City">
/// The relation it states when 全市 follows (高于全市平均水平); before a figure it is a verb like the others, with no
/// part name after it.
/// </param>
/// <param name="Accumulates">
/// Whether the figure after it counts what the year adds (新增, 完成, 完工: prorated in an interim report) or names a
/// stock (达到); null when the verb does not say.
/// </param>
internal sealed record LevelVerb(
    string Text, Comparison Comparison, bool NamesPart = false, bool AfterGrowth = false, CityRelation? City = null, bool? Accumulates = null)
    : IPhraseWord;

/// <summary>A word before a condition that qualifies it without naming a part (确保, 比上年); 力争 marks a stretch goal.</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Stretch">True for 力争/争取: beside a floor, the figure after it is a stretch goal that never decides the state.</param>
internal sealed record Qualifier(string Text, bool Stretch) : IPhraseWord;

/// <summary>A word for growth without a figure (持平, 稳中有升, 保持稳定) and how the growth compares with zero.</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Comparison">持平 at least 0, 稳定增长 above 0, 保持稳定 about 0 (the policy's tolerance either side of none).</param>
internal sealed record SteadyWord(string Text, Comparison Comparison) : IPhraseWord;

/// <summary>A word that ends 与全市…同步; 基本 makes the sync approximate.</summary>
internal sealed record SyncWord(string Text, CityRelation Relation) : IPhraseWord;

/// <summary>A word before a reported figure that makes it an estimate (预计, 近 6%) or a floor (超过 500 亿元: at least 500).</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Above">True when the figure after it is exceeded (超过, 突破): the actual is at least the figure.</param>
internal sealed record EstimateWord(string Text, bool Above = false) : IPhraseWord;

/// <summary>A word that compares an actual with the city's figure by a number of points (高于全市 1.5 个百分点).</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Sign">+1 above the city, −1 below it.</param>
internal sealed record CityGapWord(string Text, int Sign) : IPhraseWord;

/// <summary>The verb of a clause with which an actual gives its own verdict on the year's task (全面完成, 未能全面完成).</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Meets">True when it says the task is done, false for a negated form (未完成, 未能全面完成).</param>
internal sealed record VerdictVerb(string Text, bool Meets) : IPhraseWord;

/// <summary>The words of plan phrases, one row each, read by both parsers. A new word is one row here.</summary>
internal static class Vocabulary
{
    /// <summary>Growth words. The first written at a position is read: a word must not follow one that begins it.</summary>
    public static readonly GrowthWord[] Growth =
    [
        new("可比增长", GrowthSense.Rise, Measure.ComparableGrowth),
        new("可比下降", GrowthSense.Decline, Measure.ComparableGrowth),
        new("同比增长", GrowthSense.Rise, Measure.Growth),
        new("同比下降", GrowthSense.Decline, Measure.Growth),
        new("增长", GrowthSense.Rise, Measure.Growth, Continues: true),
        new("增速", GrowthSense.Rise, Measure.Growth),
        new("增幅", GrowthSense.Rise, Measure.Growth),
        new("涨幅", GrowthSense.Rise, Measure.Growth, JoinsName: true),
        new("下降", GrowthSense.Decline, Measure.Growth),
        new("降低", GrowthSense.Decline, Measure.Growth),
        new("再降低", GrowthSense.Decline, Measure.Growth),
        new("再下降", GrowthSense.Decline, Measure.Growth),
        new("再降", GrowthSense.Decline, Measure.Growth),
        new("上涨", GrowthSense.Rise, Measure.Growth),
        new("提升", GrowthSense.Points, Measure.PointChange),
        new("提高", GrowthSense.Points, Measure.PointChange),
        new("总量", GrowthSense.Total, Measure.Level, InActuals: false),
    ];

    /// <summary>The growth words an actual may use.</summary>
    public static readonly GrowthWord[] GrowthInActuals = [.. Growth.Where(w => w.InActuals)];

    /// <summary>Bound words, read first-match like every table here.</summary>
    public static readonly BoundWord[] Bounds =
    [
        new("以上", Comparison.AtLeast, Comparison.AtMost, Approximates: true),
        new("以内", Comparison.AtMost, Comparison.AtLeast, Approximates: false),
        new("以下", Comparison.AtMost, null, Approximates: false),
        new("左右", Comparison.About, null, Approximates: true),
        new("内", Comparison.AtMost, null, Approximates: false),
    ];

    /// <summary>
    /// The verbs that name the level a figure falls or rises to (降至 35, 下降到 35 以下, 提高到 80%): read after a growth word or
    /// on their own, they make the figure a cap or a floor on the level rather than a change.
    /// </summary>
    public static readonly LevelVerb FallTo = new("降至", Comparison.AtMost, Accumulates: false);

    /// <inheritdoc cref="FallTo"/>
    public static readonly LevelVerb RiseTo = new("提高到", Comparison.AtLeast, Accumulates: false);

    /// <summary>The words that name the level reached after 由/从 and the level started from (由 38 降至 35).</summary>
    public static readonly (string Text, LevelVerb Verb)[] ReachedLevel =
    [
        ("下降到", FallTo), ("下降至", FallTo), ("降低到", FallTo), ("降低至", FallTo), ("降至", FallTo), ("降到", FallTo),
        ("提高到", RiseTo), ("提高至", RiseTo), ("提升到", RiseTo), ("提升至", RiseTo), ("增加到", RiseTo), ("增长到", RiseTo),
    ];

    /// <summary>The verbs before a figure.</summary>
    public static readonly LevelVerb[] LevelVerbs =
    [
        new("高于", Comparison.Above, AfterGrowth: true, City: CityRelation.Above),
        new("不低于", Comparison.AtLeast, AfterGrowth: true, City: CityRelation.NotBelow),
        new("达到", Comparison.AtLeast, NamesPart: true, AfterGrowth: true, Accumulates: false),
        new("完成", Comparison.AtLeast, NamesPart: true, Accumulates: true),
        new("新增", Comparison.AtLeast, NamesPart: true, Accumulates: true),
        new("增加", Comparison.AtLeast, NamesPart: true, Accumulates: true),
        new("完工", Comparison.AtLeast, NamesPart: true, Accumulates: true),
        new("不超过", Comparison.AtMost, AfterGrowth: true),
        new("超过", Comparison.Above, AfterGrowth: true),
        new("低于", Comparison.Below, AfterGrowth: true),
        new("控制在", Comparison.AtMost),
        FallTo,
        new("降到", Comparison.AtMost, Accumulates: false),
    ];

    /// <summary>The verbs an actual's figure may carry: those that can name a part.</summary>
    public static readonly LevelVerb[] LevelVerbsInActuals = [.. LevelVerbs.Where(v => v.NamesPart)];

    /// <summary>Growth targets without a figure.</summary>
    public static readonly SteadyWord[] Steady =
    [
        new("基本持平", Comparison.About), new("持平", Comparison.AtLeast),
        new("稳定增长", Comparison.Above), new("稳中有升", Comparison.Above), new("稳步增长", Comparison.Above), new("稳步提升", Comparison.Above),
        new("保持稳定", Comparison.About), new("保持平稳", Comparison.About), new("基本稳定", Comparison.About),
    ];

    /// <summary>Words that qualify the condition after them: not part names, so the reason does not show 力争： or 确保：.</summary>
    public static readonly Qualifier[] Qualifiers =
    [
        new("力争", Stretch: true), new("争取", Stretch: true),
        new("确保", Stretch: false), new("比上年", Stretch: false), new("较上年", Stretch: false), new("比去年", Stretch: false),
    ];

    /// <summary>Words before a reported figure that make it an estimate, in actuals only.</summary>
    public static readonly EstimateWord[] Estimates =
    [
        new("预计"), new("约"), new("近"), new("超过", Above: true), new("突破", Above: true),
    ];

    /// <summary>
    /// What an actual's growth is compared with (比上年增长 6.5%, 同比下降 3%): read and passed over, never a part name.
    /// </summary>
    public static readonly string[] ComparedWith =
    [
        "比上年同期", "较上年同期", "比去年同期", "较去年同期", "与上年相比", "与去年相比", "与上年", "与去年",
        "比上年", "较上年", "比去年", "较去年", "同比",
    ];

    /// <summary>
    /// Words in actuals for a fall that may be of a rate or of an amount: 减少 5% is a decline, 减少 1000 万 a decrease of the
    /// level (a part named 减少). Targets do not read them as growth words.
    /// </summary>
    public static readonly GrowthWord[] DecreasesInActuals = [new("减少", GrowthSense.Decline, Measure.Growth)];

    /// <summary>The period an actual's figures cover, written before them (上半年增长 5%): noted, never a part name.</summary>
    public static readonly string[] Periods =
    [
        "上半年", "下半年", "前三季度", "前两季度", "第一季度", "一季度", "一至三季度", "全年", "今年以来",
    ];

    /// <summary>Words before a figure in an actual that say nothing the figure does not (累计增长 4.2%): passed over.</summary>
    public static readonly string[] PassedOver = ["累计"];

    /// <summary>Words before a figure in an actual that say it is an average (城镇调查失业率平均为 5.2%); longest first.</summary>
    public static readonly string[] Averages = ["平均值为", "平均为"];

    /// <summary>The target a share is of (完成年度目标的 103%), after one of <see cref="ShareVerbs"/>.</summary>
    public static readonly string[] ShareOf =
    [
        "年度目标任务", "年度计划任务", "全年目标任务", "年度投资计划", "全年投资计划", "年度目标", "年度计划", "年度任务", "全年目标",
        "全年计划", "全年任务", "目标任务", "任务目标", "年计划", "计划总投资", "预算收入", "预算任务",
    ];

    /// <summary>The verbs before a share of the target (完成年度目标的, 为年度计划的).</summary>
    public static readonly string[] ShareVerbs = ["完成", "达到", "为", "占"];

    /// <summary>A completion rate: the share of the task done (完成率 200%, 完成率为 96.13%); longest first.</summary>
    public static readonly string[] ShareRates = ["完成率为", "完成率达到", "完成率达", "完成率"];

    /// <summary>
    /// The verbs of an actual's own verdict, before one of <see cref="VerdictTasks"/> (全面完成目标任务, 超出目标任务,
    /// 超额完成1.9万名的年度目标任务). Negated forms come first: 未能全面完成 must never be read as 全面完成.
    /// </summary>
    public static readonly VerdictVerb[] VerdictVerbs =
    [
        new("未能全面完成", false), new("未全面完成", false), new("未能完成", false), new("未完成", false),
        new("全面完成", true), new("超额完成", true), new("超出", true), new("已达标完成", true), new("已完成", true), new("完成", true),
    ];

    /// <summary>
    /// Words of a status or a remark that say the work lags (进度滞后, 赤溪、灵溪偏慢): a project's stage not reached mid-year is
    /// then missed, and a share of the task on pace is not enough to say it is.
    /// </summary>
    public static readonly string[] Lagging = ["滞后", "偏慢", "延期", "推迟", "缓慢"];

    /// <summary>
    /// Stages a target brings its facilities to (建成投用…等8家卫生院, 开工建设…等2家中心敬老院): a share of the work done says
    /// how far the work is, not how many of them reached the stage.
    /// </summary>
    public static readonly string[] FacilityStages = ["建成投用", "建成", "开工建设", "开工", "竣工", "投用"];

    /// <summary>
    /// What a key-project table counts over the year, as its target and actual name it (计划新开工22项 and 已开工15项,
    /// 年度计划投资853.8亿元 and 完成投资622.2亿元): a count or an amount, prorated like any the year adds.
    /// </summary>
    public static readonly string[] CountedStages = ["开工", "完工", "竣工", "投资"];

    /// <summary>The task a verdict is on; longest first.</summary>
    public static readonly string[] VerdictTasks = ["年度目标任务", "全年目标任务", "目标任务", "年度任务", "全年任务"];

    /// <summary>
    /// Words that end a clause saying the commitment was kept (“…分别再增加30元和5元”的承诺也得到兑现), and 实现…目标
    /// (都实现了压减一半的目标): a verdict written after its subject.
    /// </summary>
    public static readonly string[] KeptEnds = ["得到兑现", "已兑现"];

    /// <summary>The perfective forms of 实现 that make 实现…目标 a verdict (都实现了压减一半的目标), not an aim (实现全年目标).</summary>
    public static readonly string[] Achieved = ["实现了", "已实现"];

    /// <summary>
    /// Words that negate a verdict written after its subject (未实现…目标, 没有得到兑现) or make it an aim (力争, 确保, 将): such a
    /// clause is not read.
    /// </summary>
    public static readonly string[] VerdictNegations = ["未", "没有", "没", "力争", "确保", "争取", "有望", "将"];

    /// <summary>Words comparing an actual with the city by points; longest first.</summary>
    public static readonly CityGapWord[] CityGaps =
    [
        new("高于全市平均水平", 1), new("高于全市平均", 1), new("高于全市", 1), new("高出全市", 1), new("快于全市", 1), new("比全市高", 1),
        new("低于全市平均水平", -1), new("低于全市平均", -1), new("低于全市", -1), new("慢于全市", -1), new("比全市低", -1),
    ];

    /// <summary>Words saying the actual equals the city's figure (与全市持平): a gap of 0.</summary>
    public static readonly string[] LevelWithCity = ["与全市平均水平持平", "与全市水平持平", "与全市持平"];

    /// <summary>The words that end 与全市…同步.</summary>
    public static readonly SyncWord[] Sync =
    [
        new("基本保持同步", CityRelation.BasicallyInSync), new("保持基本同步", CityRelation.BasicallyInSync),
        new("基本同步", CityRelation.BasicallyInSync), new("保持同步", CityRelation.InSync), new("同步", CityRelation.InSync),
    ];

    // Words that begin a condition without being a growth word or a verb before a figure.
    private static readonly string[] OtherClauseStarts =
    [
        "在全市", "与", "常住人口", "户籍人口", "每千人", "每万人", "预计", "约",
    ];

    /// <summary>Words that begin a condition: a part name (市级, 义务教育阶段) runs until one of them or a figure.</summary>
    public static readonly string[] ClauseStarts =
        [.. Growth.Select(w => w.Text).Concat(LevelVerbs.Select(v => v.Text)).Concat(Qualifiers.Select(q => q.Text))
            .Concat(Steady.Select(w => w.Text)).Concat(OtherClauseStarts)];

    /// <summary>The first characters of <paramref name="words"/>: a position none of them starts with is passed by one lookup.</summary>
    public static SearchValues<char> FirstChars(IEnumerable<string> words) => SearchValues.Create(string.Concat(words.Select(w => w[0]).Distinct()));

    /// <summary>The first characters of the words an actual's item may begin with before its figure (预计, 上半年, 比上年, 完成年度目标的).</summary>
    public static readonly SearchValues<char> EstimateStarts = FirstChars(Estimates.Select(w => w.Text));

    /// <inheritdoc cref="EstimateStarts"/>
    public static readonly SearchValues<char> PeriodStarts = FirstChars(Periods);

    /// <inheritdoc cref="EstimateStarts"/>
    public static readonly SearchValues<char> ShareStarts = FirstChars(ShareVerbs.Concat(ShareOf));

    /// <inheritdoc cref="EstimateStarts"/>
    public static readonly SearchValues<char> CityGapStarts = FirstChars(CityGaps.Select(w => w.Text).Concat(LevelWithCity));

    /// <inheritdoc cref="EstimateStarts"/>
    public static readonly SearchValues<char> ComparedWithStarts = FirstChars(ComparedWith.Concat(PassedOver));

    /// <summary>Consumes the first of <paramref name="words"/> written at the scanner's position; null when none is.</summary>
    public static T? Match<T>(PhraseScanner s, T[] words)
        where T : class, IPhraseWord
    {
        foreach (var word in words)
        {
            if (s.Match(word.Text))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// Consumes a bound word that makes a reported figure approximate (以上, 左右); true when one was written. Another
    /// bound word is left unread.
    /// </summary>
    public static bool MatchApproximation(PhraseScanner s)
    {
        var start = s.Position;
        if (Match(s, Bounds) is { Approximates: true })
        {
            return true;
        }

        s.Position = start;
        return false;
    }
}
