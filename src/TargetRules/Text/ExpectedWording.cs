using TargetRules.Targets;

namespace TargetRules.Text;

/// <summary>
/// The parsers' failure messages in Chinese, for the Chinese reason of a row that could not be read: a statistician
/// reading 目标“…”无法识别 is told in Chinese what was expected. <see cref="ParseError.Expected"/> stays English.
/// </summary>
internal static class ExpectedWording
{
    private const string GotStart = "; got '";

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        [Phrases.ExpectedTarget] = "应为目标：数值（6%、180 亿元）、增长/可比增长 X%、高于全市平均水平、与全市保持同步、完成市下达目标或在全市保持较好水平",
        [Phrases.ExpectedActual] = "应为完成情况：数值（563.49 亿元、97%）、增长/下降 X%、表述（高于全市平均水平、达标）、待市级部门反馈或国家已不再评定",
        [Phrases.ExpectedSeparator] = "条件之后应为“，”“、”“/”或文本结束",
        [Phrases.ExpectedCloseParen] = "应有“）”结束括号内的条件",
        [Phrases.ExpectedFewerComponents] = "以“/”分隔的部分最多 32 个",
        [Phrases.ExpectedNumber] = "应为数字",
        [Phrases.NumberTooLarge] = "数字最多 19 位有效数字、28 位小数；此数值过大，无法比较",
        [Phrases.ExpectedGrowthFigure] = "增长一词之后应为数字，或高于全市平均水平/与全市保持同步",
        [Phrases.ExpectedGrowthUnit] = "增长数值之后应为 % 或个百分点",
        [Phrases.ExpectedPoints] = "提升/提高的数值之后应为个百分点",
        [Phrases.ExpectedCityAfterTotal] = "总量之后应为高于全市平均水平、不低于全市平均水平或与全市保持同步",
        [Phrases.ExpectedSync] = "“与”及比较对象之后应为同步、保持同步或基本同步",
        [Phrases.ExpectedQuotaWord] = "市下达之后应为目标或指标",
        [Phrases.ExpectedStatementEnd] = "表述应以水平或前列结束",
        [Phrases.ExpectedDeclineBound] = "下降之后应为以上、以内或结束（下降 X%左右不是目标）",
        [Phrases.ExpectedAgreeingBound] = "界限词应与动词一致（达到……以上，控制在……以内）",
        [Phrases.ExpectedRangeOrder] = "区间应从低到高书写（12-15）",
        [Phrases.ExpectedPartName] = "多个数值之前应各有部分名称（市级、区级）或动词（新增、完工）",
        [Phrases.ExpectedPointsVerb] = "百分点的变化之前应为提升",
        [Phrases.ExpectedPerCapitaUnit] = "人均数值之后应有单位（平方米、个……）",
        [Phrases.ExpectedComparable] = "增长数值之后的括号内应为可比和数字",
        [Phrases.ExpectedOneFigure] = "每项度量只应有一个数值，此项已经给出",
        [Phrases.UndeterminedPercent] = "百分数之前应为增长或达到，或由指标名称说明（比重、比例、率：水平值；总值、总额、产值、收入、投资、额、数：增长）",
        [Phrases.UndeterminedVerbPercent] = "总量类指标（总值、总额、产值、收入、投资、额、数）的百分数之前应为增长：达到 X% 未说明 X 是否为增长",
        [Phrases.UndeterminedComparable] = "括号内带可比的数值之前，指标名称应说明该数值为增长（总值、额、增长率）",
        [Phrases.MilestoneStatus] = "应为指标的完成情况，而非项目进度（开工、施工、竣工、建设进度……）：项目行由项目节点解析器读取",
        [Phrases.MilestoneText] = "应为指标目标，而非项目节点（开工、施工、竣工、工程量……）：项目行由项目节点解析器读取",
        [MilestoneParser.ExpectedGoal] = "应为项目节点：阶段（前期、腾地、招标、开工/施工、主体施工、基本竣工、竣工、竣工验收）、完成 X%工程量、全面完成腾地、启动……、部分竣工，可写在部分名称之后（海江路竣工）",
        [MilestoneParser.ExpectedStatus] = "应为已达到的阶段（开工、进场施工、施工招标、基本竣工、已竣工、完成建设进度 45%……）",
        [MilestoneParser.ExpectedNoNegation] = "否定或停工（未、没有、停工、暂停、暂缓、缓建）不能说明达到了哪个阶段",
        [Milestones.WholeTwice] = "只能有一个部分代表整个项目",
    };

    /// <summary>The message for <paramref name="expected"/> when <paramref name="text"/> was found instead.</summary>
    public static string Got(string expected, string text) => $"{expected}{GotStart}{text}'";

    /// <summary>The Chinese of a parser's message; a message without a translation is returned as it is.</summary>
    public static string Chinese(string expected)
    {
        var got = expected.IndexOf(GotStart, StringComparison.Ordinal);
        if (got >= 0 && expected.EndsWith('\''))
        {
            return $"{Chinese(expected[..got])}，实为“{expected[(got + GotStart.Length)..^1]}”";
        }

        if (expected.StartsWith(Milestones.NamedTwiceStart, StringComparison.Ordinal) && expected.EndsWith(Milestones.NamedTwiceEnd, StringComparison.Ordinal))
        {
            return $"部分“{expected[Milestones.NamedTwiceStart.Length..^Milestones.NamedTwiceEnd.Length]}”出现了两次";
        }

        return Words.GetValueOrDefault(expected, expected);
    }
}
