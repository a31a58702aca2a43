using System.Buffers;
using TargetRules.Names;
using TargetRules.Quantities;

namespace TargetRules.Text;

/// <summary>What an indicator's name says a bare figure means.</summary>
internal enum IndicatorKind
{
    /// <summary>The name does not settle it.</summary>
    Unknown,
    /// <summary>A share, ratio or rate (比重, 比例, 率): a bare percent is the level.</summary>
    Rate,
    /// <summary>An amount or count (总值, 额, 收入, 数): a bare percent is growth.</summary>
    Level,
    /// <summary>A growth rate (增长率, 增速): a bare percent or number is the growth.</summary>
    GrowthRate,
}

/// <summary>The words both parsers share, the indicator-name hints and the messages they fail with.</summary>
internal static class Phrases
{
    /// <summary>
    /// The most slash components a phrase may have. A plan row has two or three; each component repeats the row's
    /// name in the report, so thousands of them would make the output grow with the square of the input.
    /// </summary>
    public const int MaxComponents = 32;

    // The messages the parsers fail with, in English and in Chinese.
    public static readonly Expectation ExpectedTarget = new(
        "expected a target: a figure (6%, 180 亿元), 增长/可比增长 X%, 高于全市平均水平, 与全市保持同步, 完成市下达目标 or 在全市保持较好水平",
        "应为目标：数值（6%、180 亿元）、增长/可比增长 X%、高于全市平均水平、与全市保持同步、完成市下达目标或在全市保持较好水平");
    public static readonly Expectation ExpectedActual = new(
        "expected an actual: a figure (563.49 亿元, 97%), 增长/下降 X%, a statement (高于全市平均水平, 达标), 待市级部门反馈 or 国家已不再评定",
        "应为完成情况：数值（563.49 亿元、97%）、增长/下降 X%、表述（高于全市平均水平、达标）、待市级部门反馈或国家已不再评定");
    public static readonly Expectation ExpectedSeparator = new(
        "expected '，', '、', '/' or the end of the text after the condition",
        "条件之后应为“，”“、”“/”或文本结束");
    public static readonly Expectation ExpectedCloseParen = new(
        "expected ')' to close the condition in parentheses",
        "应有“）”结束括号内的条件");
    public static readonly Expectation ExpectedFewerComponents = new(
        "expected at most 32 components separated by '/'",
        "以“/”分隔的部分最多 32 个");
    public static readonly Expectation ExpectedNumber = new(
        "expected a number",
        "应为数字");
    public static readonly Expectation NumberTooLarge = new(
        "expected a number of at most 19 significant digits and 28 decimals; this figure is too large to compare",
        "数字最多 19 位有效数字、28 位小数；此数值过大，无法比较");
    public static readonly Expectation ExpectedGrowthFigure = new(
        "expected a number, or 高于全市平均水平 / 与全市保持同步, after the growth word",
        "增长一词之后应为数字，或高于全市平均水平/与全市保持同步");
    public static readonly Expectation ExpectedGrowthUnit = new(
        "expected % or 个百分点 after the growth figure",
        "增长数值之后应为 % 或个百分点");
    public static readonly Expectation ExpectedPoints = new(
        "expected 个百分点 after the figure of 提升/提高",
        "提升/提高的数值之后应为个百分点");
    public static readonly Expectation ExpectedCityAfterTotal = new(
        "expected 高于全市平均水平, 不低于全市平均水平 or 与全市保持同步 after 总量",
        "总量之后应为高于全市平均水平、不低于全市平均水平或与全市保持同步");
    public static readonly Expectation ExpectedSync = new(
        "expected 同步, 保持同步 or 基本同步 after 与 and the name compared with",
        "“与”及比较对象之后应为同步、保持同步或基本同步");
    public static readonly Expectation ExpectedQuotaWord = new(
        "expected 目标 or 指标 after 市下达",
        "市下达之后应为目标或指标");
    public static readonly Expectation ExpectedStatementEnd = new(
        "expected 水平 or 前列 to end the statement",
        "表述应以水平或前列结束");
    public static readonly Expectation ExpectedDeclineBound = new(
        "expected 以上, 以内 or the end of the decline (下降 X%左右 is not a target)",
        "下降之后应为以上、以内或结束（下降 X%左右不是目标）");
    public static readonly Expectation ExpectedAgreeingBound = new(
        "expected a bound word that agrees with the verb (以上 after 达到, 以内 after 控制在)",
        "界限词应与动词一致（达到……以上，控制在……以内）");
    public static readonly Expectation ExpectedRangeOrder = new(
        "expected a range written from low to high (12-15)",
        "区间应从低到高书写（12-15）");
    public static readonly Expectation ExpectedPartName = new(
        "expected a part name (市级, 区级) or a verb (新增, 完工) before each of several figures",
        "多个数值之前应各有部分名称（市级、区级）或动词（新增、完工）");
    public static readonly Expectation ExpectedPointsVerb = new(
        "expected 提升 before a change in percentage points",
        "百分点的变化之前应为提升");
    public static readonly Expectation ExpectedPerCapitaUnit = new(
        "expected a unit (平方米, 个 …) after the per-capita figure",
        "人均数值之后应有单位（平方米、个……）");
    public static readonly Expectation ExpectedComparable = new(
        "expected 可比 and a number in the parentheses after the growth figure",
        "增长数值之后的括号内应为可比和数字");
    public static readonly Expectation ExpectedOneFigure = new(
        "expected one figure per measure; this measure is already given",
        "每项度量只应有一个数值，此项已经给出");
    public static readonly Expectation ExpectedGrowthAfterComparison = new(
        "expected 增长, 下降, 提高 or 持平 and a figure after 比上年/较上年/同比",
        "比上年/较上年/同比之后应为增长、下降、提高或持平及数值");
    public static readonly Expectation ExpectedRespectively = new(
        "expected two or more figures after 分别, joined by 和 or '、' (分别下降 3.2% 和 6.1%)",
        "分别之后应有两个或以上以“和”或“、”连接的数值（分别下降 3.2% 和 6.1%）");
    public static readonly Expectation ExpectedRespectivelyAlone = new(
        "expected 分别 and its figures to be the whole actual, one figure for each slash part of the target",
        "分别及其数值应为完成情况的全部，每项对应目标的一个“/”部分");
    public static readonly Expectation ExpectedSharePercent = new(
        "expected a percent after 完成年度目标的 (完成年度目标的 103%)",
        "完成年度目标的之后应为百分数（完成年度目标的 103%）");
    public static readonly Expectation UndeterminedPercent = new(
        "expected 增长 or 达到 before the percent, or an indicator name that settles it (比重, 比例, 率: a level; 总值, 总额, 产值, 收入, 投资, 额, 数: growth)",
        "百分数之前应为增长或达到，或由指标名称说明（比重、比例、率：水平值；总值、总额、产值、收入、投资、额、数：增长）");
    public static readonly Expectation UndeterminedVerbPercent = new(
        "expected 增长 before a percent on an amount indicator (总值, 总额, 产值, 收入, 投资, 额, 数): 达到 X% does not say whether X is growth",
        "总量类指标（总值、总额、产值、收入、投资、额、数）的百分数之前应为增长：达到 X% 未说明 X 是否为增长");
    public static readonly Expectation UndeterminedComparable = new(
        "expected an indicator name that says the figure is growth (总值, 额, 增长率) before a figure with 可比 in parentheses",
        "括号内带可比的数值之前，指标名称应说明该数值为增长（总值、额、增长率）");
    public static readonly Expectation SkippedProse = new(
        "expected a condition; the words from here on are prose, not a target, and were left out of the judgement",
        "应为条件；此处起为叙述文字而非目标，未纳入判定");
    public static readonly Expectation TargetFromProse = new(
        "expected a target; it is prose, and only the figure from here, the one it gives, was read",
        "应为目标；此处为叙述文字，仅读取自此处起的一个数值");
    public static readonly Expectation ReadFromProse = new(
        "expected an actual; it is prose, and only the figure from here, the one that answers the target, was read",
        "应为完成情况；此处为叙述文字，仅读取自此处起回答目标的一个数值");
    public static readonly Expectation VerdictFromProse = new(
        "expected an actual; it is prose, and only its own verdict, the clause from here, was read",
        "应为完成情况；此处为叙述文字，仅读取自此处起的完成情况自述结论");
    public static readonly Expectation MilestoneStatus = new(
        "expected an indicator actual, not a project status (开工, 施工, 竣工, 建设进度 …): project rows are read by the milestone parser",
        "应为指标的完成情况，而非项目进度（开工、施工、竣工、建设进度……）：项目行由项目节点解析器读取");
    public static readonly Expectation MilestoneText = new(
        "expected an indicator target, not a project milestone (开工, 施工, 竣工, 工程量 …): project rows are read by the milestone parser",
        "应为指标目标，而非项目节点（开工、施工、竣工、工程量……）：项目行由项目节点解析器读取");

    private static readonly SearchValues<char> MilestoneStarts = SearchValues.Create("开施竣工腾搬动进招前启完");
    private static readonly SearchValues<char> IndicatorWordStarts = SearchValues.Create("增涨率比占指总产收投额数量");

    // The first characters of the clause starts: most positions are rejected by one lookup.
    private static readonly SearchValues<char> ClauseStartChars = SearchValues.Create(string.Concat(Vocabulary.ClauseStarts.Select(w => w[0])));

    /// <summary>
    /// What a bare figure on <paramref name="indicator"/> means: a growth rate (增长率, 增速, 增幅) before a
    /// share or rate (比重, 比例, 占比, 率) before an index (指数: a score, not an amount) before an amount
    /// (总值, 总额, 产值, 收入, 投资, 额, 数, 量, a name ending in 增长). One pass over the name.
    /// </summary>
    public static IndicatorKind Classify(string? indicator) => Classify(indicator.AsSpan());

    /// <summary>
    /// The unit an indicator's name gives in parentheses at its end (城市低保标准（元/月/人）, 无障碍改造（户）): the unit of
    /// the bare figures under it. Null when the name gives none, or gives a percent or a magnitude alone (（%）, （万方）).
    /// </summary>
    public static Unit? UnitInName(ReadOnlySpan<char> indicator)
    {
        indicator = indicator.TrimEnd();
        if (indicator.IsEmpty || indicator[^1] is not ('）' or ')'))
        {
            return null;
        }

        var open = indicator.LastIndexOfAny('（', '(');
        if (open < 0)
        {
            return null;
        }

        var inside = indicator[(open + 1)..^1].Trim().ToString();
        var s = new PhraseScanner(inside);
        return s.TryUnit(out var unit) && (s.AtEnd || s.Peek == '/') && unit.Dimension is not (Dimension.Number or Dimension.Percent or Dimension.PercentagePoint)
            ? unit
            : null;
    }

    /// <inheritdoc cref="Classify(string?)"/>
    public static IndicatorKind Classify(ReadOnlySpan<char> indicator)
    {
        bool rate = false, index = false, level = false;
        for (var i = 0; i < indicator.Length; i++)
        {
            var skip = indicator[i..].IndexOfAny(IndicatorWordStarts);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var next = i + 1 < indicator.Length ? indicator[i + 1] : '\0';
            switch (indicator[i])
            {
                case '增' when next is '速' or '幅' || (next == '长' && i + 2 < indicator.Length && indicator[i + 2] == '率'):
                case '涨' when next == '幅':
                    return IndicatorKind.GrowthRate;
                case '增' when next == '加' && i + 2 < indicator.Length && indicator[i + 2] == '值':
                    level = true;
                    i += 2;
                    break;

                // GDP增长, 户籍人口自然增长: the growth of an amount, so a bare percent is growth, as on 总值; a bare number
                // (5, a count of people) stays what it says.
                case '增' when next == '长' && i + 2 == indicator.Length:
                    level = true;
                    i++;
                    break;
                case '率':
                case '比' when next is '重' or '例':
                case '占' when next == '比':
                    rate = true;
                    break;
                case '指' when next == '数':
                    index = true;
                    i++;
                    break;
                case '总' when next is '值' or '额':
                case '产' when next == '值':
                case '收' when next == '入':
                case '投' when next == '资':
                case '额' or '数' or '量':
                    level = true;
                    break;
            }
        }

        return rate ? IndicatorKind.Rate : index ? IndicatorKind.Unknown : level ? IndicatorKind.Level : IndicatorKind.Unknown;
    }

    /// <summary>
    /// The slash-separated parts of the scanned text as (start, end) pairs, or null when there is only one;
    /// a rate unit's slash (人/亿元) does not split.
    /// </summary>
    public static List<(int Start, int End)>? SplitComponents(PhraseScanner scanner)
    {
        var text = scanner.Text;
        if (text.AsSpan().IndexOfAny(IndicatorNames.Slashes) < 0)
        {
            return null;
        }

        var parts = new List<(int, int)>(4);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (TextNormalizer.Fold(text[i]) == '/' && !scanner.IsUnitSlash(i))
            {
                parts.Add((start, i));
                start = i + 1;
            }
        }

        parts.Add((start, text.Length));
        return parts.Count == 1 ? null : parts;
    }

    // Words of an indicator's name that say what a bare figure counts: what the year adds, or what there is at its end.
    private static readonly string[] FlowWords =
    [
        "新增", "新引进", "引进", "新建", "新开工", "开工", "完工", "竣工", "改造", "完成", "累计", "授权", "筛查", "篩查", "人次", "培训", "招引", "签约",
        "发放", "救助", "接待", "办理", "建成", "实施", "举办", "开展", "资助", "补贴", "安置", "招商", "吸纳",
    ];

    // Tasks the year carries out, named by the verb that ends the name (农村黑臭水体治理, 困难群体法律援助, 残疾人托养服务) or
    // starts it (建设四好农村路, 送戏进万村): a count of them is what the year does. Only at an end, so that a noun built on
    // the verb (社区养老服务设施面积, 建设用地规模) says nothing.
    private static readonly string[] TaskEnds = ["治理", "援助", "接种", "服务", "建设", "维修", "帮扶"];

    // 送 alone names no task: the verb must have its object after it.
    private static readonly string[] TaskStarts = ["建设", "送"];

    // Nouns that begin with a task verb: 建设用地 is land, not a task to build.
    private static readonly string[] TaskNouns = ["建设用地"];

    // 标准, 水平 and a unit per month or year in the name (低保标准（元/月/人）) are rates paid, not amounts the year adds.
    private static readonly string[] StockWords =
        ["拥有量", "保有量", "常住人口", "户籍人口", "总人口", "总数", "余额", "存量", "在校", "覆盖", "标准", "水平", "/月", "/年"];

    /// <summary>
    /// Whether a bare figure of <paramref name="indicator"/> counts what the year adds (true: 新增…, 累计…, …授权数, 年…数, …治理), what
    /// there is (false: …拥有量, 常住人口, 企业总数), or the name does not say (null). A stock word wins over a flow word.
    /// </summary>
    public static bool? Accumulates(ReadOnlySpan<char> indicator)
    {
        if (ContainsAny(indicator, StockWords))
        {
            return false;
        }

        // A flow word, 年…数 (年接待游客数: a count the year makes), or a task named by its verb.
        return ContainsAny(indicator, FlowWords) || (indicator.StartsWith("年", StringComparison.Ordinal) && indicator.EndsWith("数", StringComparison.Ordinal))
            || EndsWithAny(indicator, TaskEnds) || (!StartsWithAny(indicator, TaskNouns) && StartsWithAny(indicator, TaskStarts, longer: true))
            ? true : null;
    }

    /// <summary>True when <paramref name="span"/> starts with one of <paramref name="words"/> (with <paramref name="longer"/>, and more after it).</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> span, string[] words, bool longer = false)
    {
        foreach (var w in words)
        {
            if ((!longer || span.Length > w.Length) && span.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="span"/> ends with one of <paramref name="words"/>.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
        {
            if (span.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="span"/> holds one of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
        {
            if (span.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the slice holds nothing but spaces, or a lone dash or slash (no target, no actual).</summary>
    /// <summary>
    /// Passes over the longest end of the indicator's <paramref name="name"/> (two characters or more, quotes included)
    /// written at the scanner's position, where it repeats what is measured and names no part: before the figure
    /// (<paramref name="beforeFigure"/>: 完成投资 622.2 亿元 on the row 市级重点项目投资), or after a complete figure where the
    /// component or the clause ends (新增 16 个“文化驿站” on 新增“文化驿站”). False, with nothing consumed, otherwise.
    /// </summary>
    public static bool SkipNameTail(PhraseScanner s, ReadOnlySpan<char> name, bool beforeFigure)
    {
        if (s.AtEnd || (!beforeFigure && s.Peek is ',' or ';' or '、'))
        {
            return false;
        }

        name = name.Trim();
        var start = s.Position;
        for (var length = Math.Min(name.Length, s.End - s.Position); length >= 2; length--)
        {
            if (s.Peek == name[^length] && s.Text.AsSpan(s.Position, length).SequenceEqual(name[^length..]))
            {
                s.Position += length;
                s.SkipSpaces();
                if (beforeFigure ? s.AtDigit : s.AtEnd || s.Peek is ',' or ';' or '、')
                {
                    return true;
                }

                s.Position = start;
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Passes over the indicator's whole <paramref name="name"/> written where a condition starts, when a figure follows
    /// it, or 平均为 and a figure (or, with <paramref name="beforeBoundVerb"/>, a verb such as 控制在 that cannot name a part): it repeats what
    /// is measured and names no part.
    /// </summary>
    public static void SkipSubject(PhraseScanner s, ReadOnlySpan<char> name, bool beforeBoundVerb)
    {
        if (name.Length < 2 || s.Peek != name[0] || s.Position + name.Length > s.End || !s.Text.AsSpan(s.Position, name.Length).SequenceEqual(name))
        {
            return;
        }

        var start = s.Position;
        s.Position += name.Length;
        s.SkipSpaces();
        var figure = s.Position;
        if (s.AtDigit || s.MatchAny(Vocabulary.Averages) >= 0
            || (beforeBoundVerb && Vocabulary.Match(s, Vocabulary.LevelVerbs) is { NamesPart: false, City: null }))
        {
            s.Position = figure;
            return;
        }

        s.Position = start;
    }

    /// <summary>
    /// Where the content of <paramref name="text"/>[start..end) ends: before the spaces and the full stop a cell copied out
    /// of a report keeps (增长 6.5%。 reads as 增长 6.5%). A trailing comma stays an error: the text may have been cut there.
    /// </summary>
    public static int ContentEnd(string text, int start, int end)
    {
        while (end > start && (PhraseScanner.IsSpace(TextNormalizer.Fold(text[end - 1])) || text[end - 1] == '。'))
        {
            end--;
        }

        return end;
    }

    public static bool IsBlank(string text, int start, int end)
    {
        var marks = 0;
        for (var i = start; i < end; i++)
        {
            var c = TextNormalizer.Fold(text[i]);
            if (PhraseScanner.IsSpace(c))
            {
                continue;
            }

            if (c is '-' or '/' && marks == 0)
            {
                marks++;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// The position of the first project-milestone word in <paramref name="text"/> (开工, 施工, 竣工, 工程量,
    /// 腾地, 搬迁, 动迁, 进场, 进度, 招标, 前期, 启动, or 完工 without a count after it), or -1. One pass.
    /// </summary>
    public static int FindMilestone(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            // Most phrases hold none of the words' first characters: jump to the next one that does.
            var skip = text.AsSpan(i, text.Length - 1 - i).IndexOfAny(MilestoneStarts);
            if (skip < 0)
            {
                return -1;
            }

            i += skip;
            var next = text[i + 1];
            var found = text[i] switch
            {
                '开' or '施' or '竣' => next == '工',
                '工' => next == '程' && i + 2 < text.Length && text[i + 2] == '量',
                '腾' => next == '地',
                '搬' or '动' => next == '迁',
                '进' => next is '场' or '度',
                '招' => next == '标',
                '前' => next == '期',
                '启' => next == '动',
                '完' => next == '工' && !CountFollows(text, i + 2),
                _ => false,
            };
            if (found)
            {
                return i;
            }
        }

        return -1;
    }

    // 完工 200 台 counts lifts; 地下部分完工 is a milestone.
    private static bool CountFollows(string text, int i)
    {
        while (i < text.Length && PhraseScanner.IsSpace(TextNormalizer.Fold(text[i])))
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(TextNormalizer.Fold(text[i]));
    }

    /// <summary>True when a condition-starting word is written at <paramref name="index"/>.</summary>
    public static bool ClauseStartsAt(PhraseScanner scanner, int index)
    {
        if (!ClauseStartChars.Contains(scanner.PeekAt(index)))
        {
            return false;
        }

        foreach (var word in Vocabulary.ClauseStarts)
        {
            if (scanner.At(index, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads a part name (市级, 国家、市级, 义务教育阶段) at the position: ideographs and '、' up to a
    /// condition word or a figure. Null, with the position unchanged, when none is written there or the
    /// name is not followed by a condition. A leading 其中 (其中农村 185 个, 其中新增普惠托位 1155 个) is passed in any case:
    /// it says the part is within the one before, and the part is named without it, as the target and the actual may differ there.
    /// </summary>
    public static string? TryScope(PhraseScanner s)
    {
        if (s.Match("其中"))
        {
            s.SkipSpaces();
        }

        var start = s.Position;
        if (ClauseStartsAt(s, start))
        {
            return null;
        }

        var i = start;
        while (i < s.End)
        {
            var c = s.PeekAt(i);
            if (char.IsAsciiDigit(c) || PhraseScanner.IsSpace(c) || (i > start && ClauseStartsAt(s, i)))
            {
                break;
            }

            if (!PhraseScanner.IsIdeograph(c) && !(c == '、' && i > start))
            {
                return null;
            }

            i++;
        }

        var end = i;
        while (end > start && s.PeekAt(end - 1) == '、')
        {
            end--;
        }

        // 利用率已达到 92%: 已 says the figure is reached, it is not part of the name the target gives the part.
        if (end - start > 1 && s.PeekAt(end - 1) == '已' && i < s.End && ClauseStartsAt(s, i))
        {
            end--;
        }

        if (end == start || i >= s.End)
        {
            return null;
        }

        s.Position = i;
        return s.Slice(start, end);
    }

    /// <summary>Reads 常住人口每千人 / 每万人; the population the figure is counted per, or 0.</summary>
    public static int TryPerCapita(PhraseScanner s)
    {
        var start = s.Position;
        _ = s.Match("常住人口") || s.Match("户籍人口");
        s.SkipSpaces();
        if (s.Match("每千人"))
        {
            return 1000;
        }

        if (s.Match("每万人"))
        {
            return 10000;
        }

        s.Position = start;
        return 0;
    }
}
