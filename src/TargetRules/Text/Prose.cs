using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Text;

/// <summary>
/// The second reading of a cell the strict readers refused because it is prose. An actual (全年新(改)扩建幼儿园48所,
/// 新增378张养老床位，超额完成年度任务, 扶持全民创业4890人，完成年度任务的61%) gives a figure only where it holds exactly one that
/// answers the target: one amount in the target's dimension, one growth under a growth target, or one share of the year's
/// task; two candidates of a kind mean the prose does not say which is meant, and nothing is read. A target (为7万名学龄儿童
/// 实施免费窝沟封闭, 年计划完成地区生产总值617亿元以上) is read from its one figure, when nothing right before that figure
/// steers what it bounds.
/// </summary>
internal static class Prose
{
    private const string Separators = "，,。;；";

    // Words that end right before a share of the task (完成率 106%, 完成率为 96.13%, 已完成 (53%)).
    private static readonly string[] ShareEnds = [.. Vocabulary.ShareRates, "完成进度为", "完成进度"];

    private static readonly string[] Estimates = ["预计", "约"];

    private enum Kind
    {
        Amount,
        Percent,
        Growth,
        Share,
    }

    private readonly record struct Candidate(Kind Kind, int Start, int End, Quantity Value, bool Comparable, bool Estimate, int Clause, bool Bracketed, bool PartYear);

    // Words right before a target's figure that make it more than an amount to reach (控制在, 下降, 其中 …): where the strict
    // reader refused the cell, the prose may bound something else with them, so the figure is not read.
    private static readonly string[] Steering =
    [
        "控制在", "不超过", "不高于", "低于", "高于", "超过", "下降", "降低", "减少", "压减", "降至", "降到", "下降到", "增长", "增速",
        "提高", "提高到", "提升", "再降", "力争",
    ];

    // Words anywhere before a target's figure that make it one part of several (其中农村185个, 分别再增加30元).
    private static readonly string[] Parts = ["其中", "分别"];

    /// <summary>
    /// Reads the target in <paramref name="refused"/>'s text from its one figure (为7万名学龄儿童实施免费窝沟封闭: 7万名;
    /// 年计划完成地区生产总值617亿元以上: 617亿元以上), as the strict reader reads that figure and the words after it; null
    /// when the text holds no figure, several, one in parentheses, or one that a word right before it steers.
    /// </summary>
    public static ParseResult<Target>? ReadTarget(ParseError refused, string? indicator, IndicatorDirections directions)
    {
        var text = refused.Text;
        var candidates = Candidates(text);
        if (candidates is not [var figure])
        {
            return null;
        }

        var before = text.AsSpan(figure.Clause, figure.Start - figure.Clause).TrimEnd();
        if (figure.Bracketed || Phrases.EndsWithAny(before, Steering) || Phrases.ContainsAny(before, Parts) || HasOtherNumber(text, figure))
        {
            return null;
        }

        // The figure's clause to its end (617亿元以上), else the figure and what bounds it (7万名, then prose).
        var clauseEnd = text.AsSpan(figure.Start).IndexOfAny(Separators.AsSpan()) is var k and >= 0 ? figure.Start + k : text.Length;
        // A magnitude alone (4.7万批次: 批次 is no unit read) is read only with the whole clause, never cut off before its unit.
        ReadOnlySpan<int> ends = figure.Value.Unit.Dimension == Dimension.Number ? [clauseEnd] : [clauseEnd, Math.Min(clauseEnd, figure.End + 2), figure.End];
        foreach (var end in ends)
        {
            var read = TargetReader.Read(text[figure.Start..end], indicator, refused.Column, directions);
            if (read.IsSuccess)
            {
                // 新增受益人口17.85万人: the words before the figure say the year adds it, as the indicator's name would.
                var settled = read.Value is ThresholdTarget { CumulativeUnsettled: true } unsettled && Phrases.Accumulates(before) is { } adds
                    ? unsettled.AccumulatesOverYear(adds)
                    : read.Value;
                return ParseResult<Target>.Success(settled, new ParseError(refused.Column, figure.Start, text, Phrases.TargetFromProse));
            }
        }

        return null;
    }

    // A number beside the figure whose unit no reader knows (新增学位3800位) may be the target as much as the figure is; a
    // date (4月, 3月26日) is not.
    private static bool HasOtherNumber(string text, Candidate figure)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i == figure.Start)
            {
                i = figure.End - 1;
                continue;
            }

            if (!char.IsAsciiDigit(TextNormalizer.Fold(text[i])))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && TextNormalizer.Fold(text[end]) is var c && (char.IsAsciiDigit(c) || c == '.'))
            {
                end++;
            }

            if (end == text.Length || "月日年号".IndexOf(text[end]) < 0)
            {
                return true;
            }

            i = end - 1;
        }

        return false;
    }

    /// <summary>
    /// Reads the one figure of <paramref name="text"/> that answers <paramref name="target"/> (null: only a share of the
    /// year's task answers): a success that says where the figure starts, a failure naming the figures when several could
    /// answer, or null when none does. Of several amounts, the one the row's <paramref name="indicator"/> names right beside
    /// it answers.
    /// </summary>
    public static ParseResult<Observation>? ReadActual(string text, string column, string? indicator, Target? target, bool wholeYear, string? targetText = null)
    {
        var candidates = Candidates(text);

        // A figure inside the verdict (超额完成1.9万名的年度目标任务) restates the target; it answers nothing.
        var verdict = Verdict(text) ?? (target is null ? ActionDone(text, targetText) : null);
        if (verdict is { } v)
        {
            candidates.RemoveAll(c => c.Start >= v.Start && c.Start < v.End);
        }

        // 低于4.5%的控制目标: a figure the clause calls the target restates it; it answers nothing either.
        candidates.RemoveAll(c => RestatesTarget(text, c));

        Candidate[] Of(Func<Candidate, bool> fits) => [.. candidates.Where(fits)];
        var shares = Of(c => c.Kind == Kind.Share);
        Candidate[] Answering(Target? asked) => Asked(asked) switch
        {
            { Measure: Measure.Growth or Measure.ComparableGrowth } => Of(c => c.Kind == Kind.Growth),
            { Measure: Measure.Level, Dimension: Dimension.Percent } => Of(c => c.Kind == Kind.Percent),

            // One amount in the target's dimension; else one share of the task, which says how far the task is done
            // whatever the amounts beside it (1—9月完成428.3亿元，全年预计完成600亿元，完成年计划的97%). In a report on the
            // whole year, an amount for part of it (1—10月完成138.3亿元) beside a share of the year's task: the share answers.
            { Measure: Measure.Level } level => Of(c => c.Kind == Kind.Amount && c.Value.Unit.Dimension == level.Dimension
                && c.Value.Unit.IsPerCapita == level.PerCapita && !(wholeYear && c.PartYear && shares.Length == 1)) is var amounts && (amounts.Length == 1 || shares.Length != 1) ? amounts : shares,
            _ => asked is null ? shares : [],
        };

        var fitting = Answering(target);

        // 达到678亿元,增长9.5% against 完成地区生产总值121.9亿元(预计数),同比增长8%: one figure for the level and one growth
        // answer the two conditions together; with several of either, the prose does not say which.
        var growth = default(Candidate?);
        if (target is AllOfTarget { Conditions: [var level, var rise] } && Asked(level) is { Measure: Measure.Level, Dimension: not Dimension.Percent }
            && Asked(rise) is { Measure: Measure.Growth or Measure.ComparableGrowth })
        {
            // Part way through the year the amount so far answers only a level the year adds, and a per-head amount
            // (上半年城镇居民人均可支配收入16728元) not even that: it is neither the year's nor a settled share of it. Else only
            // the growth answers and the level stays undetermined.
            var partYear = !wholeYear && (!Accumulates(level) || indicator.AsSpan().Contains("人均", StringComparison.Ordinal));
            var (levels, growths) = (partYear ? [] : Answering(level), Answering(rise));
            (fitting, growth) = levels.Length > 1 || growths.Length == 0 ? (levels, default(Candidate?))
                : growths.Length > 1 || levels.Length == 0 ? (growths, null)
                : (levels, growths[0]);
        }

        // A count or a quantity (5所, 8, 55公里) answered by a percent alone at the start (80%(新区实验幼儿园进度滞后), 95%): a
        // percent is no such amount, so it says how much of the task is done. Under money a bare percent may be growth.
        // In an interim report a percent alone, or before a remark in brackets, under a target that could not be read is the
        // share of the work done too: the judge weighs what that can say. A remark that says the work lags is kept.
        // Under a standard of money (发放标准不低于每人每月60元/月: not an amount the year adds) it is the share too, weighed by
        // the judge against the standard's growth; so under facilities to bring to a stage (建成投用…等8家卫生院), where it says
        // how far the work is, not how many reached the stage.
        var staged = target is ScopedTarget scoped && Phrases.StartsWithAny(scoped.Scope, Vocabulary.FacilityStages) ? scoped.Inner : null;
        // A part named before the figure that is no stage (单位地区生产总值水耗) is a figure the prose answers, not work.
        var countable = Asked(staged ?? (target is ScopedTarget ? null : target)) is { Measure: Measure.Level, Dimension: not (Dimension.Percent or Dimension.PercentagePoint
            or Dimension.Yuan or Dimension.UsDollar) };
        var standard = target is ThresholdTarget { Measure: Measure.Level, Value.Unit.Dimension: Dimension.Yuan, Cumulative: false, CumulativeUnsettled: false };
        var workShare = fitting.Length == 0 && candidates is [{ Kind: Kind.Percent } alone] && text.AsSpan(0, alone.Start).Trim().IsEmpty
            && (countable || standard || (target is null && !wholeYear && RemarkOnly(text, alone.End)));

        // The share of the work, where the target names no amount it is a share of.
        var ofWork = workShare && (staged is not null || !countable);
        if (workShare)
        {
            fitting = [candidates[0] with { Kind = Kind.Share }];
        }

        // 在7所有条件的公办幼儿园开设托班,新增140个公办幼儿园托班托额 on the row 公办幼儿园托班托额: the name says which amount it
        // is, where the others count something else (所). Amounts in the same unit (80张、48张、共计229张) may be its parts.
        if (fitting is [{ Kind: Kind.Amount }, { Kind: Kind.Amount }, ..] && Of(c => fitting.Contains(c) && NamedBeside(text, c, indicator)) is [var named]
            && fitting.Count(c => c.Value.Unit.Symbol == named.Value.Unit.Symbol) == 1)
        {
            fitting = [named];
        }

        // With no one figure to weigh against it, the actual's own verdict answers.
        if (verdict is { } said && fitting.Length != 1)
        {
            return ParseResult<Observation>.Success(new Observation { Text = TextNormalizer.PlainSpaces(text).Trim(), Assertions = [said.Assertion] },
                new ParseError(column, said.Start, text, Phrases.VerdictFromProse));
        }

        if (fitting.Length == 0)
        {
            return null;
        }

        if (fitting.Length > 1)
        {
            var figures = string.Join("、", fitting.Select(c => TextNormalizer.PlainSpaces(text[c.Start..c.End]).Trim()));
            return ParseResult<Observation>.Failure(new ParseError(column, fitting[1].Start, text, new Expectation(
                $"expected one figure that answers the target; the prose gives {fitting.Length} ({figures}) and does not say which is meant",
                $"应为一个回答目标的数值；叙述中有 {fitting.Length} 个（{figures}），未说明是哪一个")));
        }

        var figure = fitting[0];
        var observation = figure.Kind switch
        {
            Kind.Growth => Grown(new Observation(), figure),
            Kind.Share => new Observation
            {
                ShareOfTarget = figure.Value.Value,
                ShareOfWork = ofWork,
                Lagging = workShare && Phrases.ContainsAny(text.AsSpan(figure.End), Vocabulary.Lagging),
            },

            // A share beside the amount is kept: the judge weighs the two (the amount may be for part of the year).
            _ => new Observation { Level = figure.Value, ShareOfTarget = shares is [var share] ? share.Value.Value : null },
        };
        return ParseResult<Observation>.Success((growth is { } g ? Grown(observation, g) : observation) with
            {
                Text = TextNormalizer.PlainSpaces(text).Trim(),
                Provisional = figure.Estimate || growth is { Estimate: true },
                Assertions = verdict is { } also ? [also.Assertion] : [],
            },
            new ParseError(column, figure.Start, text, Phrases.ReadFromProse));
    }

    private static bool Accumulates(Target target) => target switch
    {
        ThresholdTarget t => t.Cumulative || t.CumulativeUnsettled,
        ScopedTarget scoped => Accumulates(scoped.Inner),
        _ => false,
    };

    private static Observation Grown(Observation observation, Candidate growth) => growth.Comparable
        ? observation with { ComparableGrowth = growth.Value.Value }
        : observation with { Growth = growth.Value.Value };

    /// <summary>
    /// The actual's own verdict when its first or last clause is one (全面完成目标任务。2019年,…; …,超额完成1.9万名的年度目标任务):
    /// a verdict verb, then one of the verdict tasks, with at most the target's figure and 的 between; what it asserts and
    /// where the clause is. Spaces inside the clause are passed over.
    /// </summary>
    private static (string Assertion, int Start, int End)? Verdict(string text)
    {
        var end = Phrases.ContentEnd(text, 0, text.Length);
        var firstEnd = text.AsSpan(0, end).IndexOfAny(Separators) is var k and >= 0 ? k : end;
        var lastStart = text.AsSpan(0, end).LastIndexOfAny(Separators) + 1;
        return VerdictIn(text, 0, firstEnd) ?? (lastStart > 0 ? VerdictIn(text, lastStart, end) : null);
    }

    /// <summary>
    /// The prose target's own action reported done at the end of the actual (公布随迁子女入(转)学政策 against
    /// 进展情况:3月26日已公布随迁子女入(转)学政策。): 已 and the target's words, full-width forms and spaces aside.
    /// </summary>
    private static (string Assertion, int Start, int End)? ActionDone(string text, string? targetText)
    {
        var action = targetText is null ? string.Empty : Compact(targetText, 0, Phrases.ContentEnd(targetText, 0, targetText.Length));
        var end = Phrases.ContentEnd(text, 0, text.Length);
        var done = Compact(text, 0, end);
        return action.Length >= 4 && done.EndsWith(action, StringComparison.Ordinal) && done.AsSpan(0, done.Length - action.Length).EndsWith("已", StringComparison.Ordinal)
            ? (Assertion.MeetsTarget, text.AsSpan(0, end).LastIndexOf('已'), end)
            : null;
    }

    // The text from start to end with full-width forms folded and spaces passed over, as verdicts are compared.
    private static string Compact(string text, int start, int end) =>
        string.Concat(text.AsSpan(start, end - start).ToArray().Select(TextNormalizer.Fold).Where(c => !PhraseScanner.IsSpace(c)));

    private static (string Assertion, int Start, int End)? VerdictIn(string text, int start, int end)
    {
        var clause = Compact(text, start, end);

        // …的承诺也得到兑现, 都实现了压减一半的目标: kept, unless the clause negates it or states an aim anywhere.
        if ((Phrases.EndsWithAny(clause, Vocabulary.KeptEnds) || (clause.EndsWith("目标", StringComparison.Ordinal) && Phrases.ContainsAny(clause, Vocabulary.Achieved)))
            && !Phrases.ContainsAny(clause, Vocabulary.VerdictNegations))
        {
            return (Assertion.MeetsTarget, start, end);
        }

        // The first verb the clause starts with decides: 未能全面完成 is listed before 全面完成 and never reads as it.
        if (Vocabulary.VerdictVerbs.FirstOrDefault(v => clause.StartsWith(v.Text, StringComparison.Ordinal)) is not { } verb)
        {
            return null;
        }

        // 已完成。 已制定并下发…工作方案。: the verb alone is the clause, and says the task is done (or not).
        var rest = clause.AsSpan(verb.Text.Length);
        if (rest.IsEmpty)
        {
            return (ObservationReader.Verdict(verb), start, end);
        }

        foreach (var task in Vocabulary.VerdictTasks)
        {
            if (rest.EndsWith(task, StringComparison.Ordinal)
                && rest[..^task.Length] is var between && (between.IsEmpty || (between.EndsWith("的", StringComparison.Ordinal) && char.IsAsciiDigit(TextNormalizer.Fold(between[0])))))
            {
                return (ObservationReader.Verdict(verb), start, end);
            }
        }

        return null;
    }

    // Nothing after the figure but a remark in brackets, closed or not as printed (57%(赤溪、灵溪偏慢), 50%(马站未开工).
    private static bool RemarkOnly(string text, int end)
    {
        var rest = text.AsSpan(end).Trim();
        return rest.IsEmpty || TextNormalizer.Fold(rest[0]) == '(';
    }

    // The indicator's whole name written right after the figure's unit or right before its number, spaces aside.
    private static bool NamedBeside(string text, Candidate figure, string? indicator)
    {
        var name = indicator.AsSpan().Trim();
        return name.Length >= 2 && (text.AsSpan(figure.End).TrimStart().StartsWith(name, StringComparison.Ordinal)
            || text.AsSpan(0, figure.Start).TrimEnd().EndsWith(name, StringComparison.Ordinal));
    }

    // The figure, 的, then words that end its clause with 目标 or a verdict's task (低于4.5%的控制目标, 6%左右的预期目标).
    private static bool RestatesTarget(string text, Candidate figure)
    {
        var end = Phrases.ContentEnd(text, figure.End, text.AsSpan(figure.End).IndexOfAny(Separators) is var k and >= 0 ? figure.End + k : text.Length);
        var rest = text.AsSpan(figure.End, Math.Max(0, end - figure.End)).Trim();
        if (rest.StartsWith("左右", StringComparison.Ordinal))
        {
            rest = rest[2..].TrimStart();
        }

        foreach (var c in rest)
        {
            if (char.IsAsciiDigit(TextNormalizer.Fold(c)))
            {
                return false;
            }
        }

        return rest.StartsWith("的", StringComparison.Ordinal) && (rest.EndsWith("目标", StringComparison.Ordinal) || Phrases.EndsWithAny(rest, Vocabulary.VerdictTasks));
    }

    /// <summary>What the target asks a figure for: its measure and, for a level, the dimension of its unit and whether it is per head.</summary>
    private static (Measure Measure, Dimension Dimension, bool PerCapita)? Asked(Target? target) => target switch
    {
        ThresholdTarget t => (t.Measure, t.Value.Unit.Dimension, t.Value.Unit.IsPerCapita),
        RangeTarget r => (r.Measure, r.Low.Unit.Dimension, r.Low.Unit.IsPerCapita),

        // 单位地区生产总值水耗下降3%: the subject named before the figure; the prose's one figure answers it as a bare one would.
        ScopedTarget s => Asked(s.Inner),
        _ => null,
    };

    private static List<Candidate> Candidates(string text)
    {
        var found = new List<Candidate>();
        var s = new PhraseScanner(text);
        var clause = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = TextNormalizer.Fold(text[i]);
            if (Separators.Contains(c))
            {
                clause = i + 1;
                continue;
            }

            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;

            // Digits inside a token (1e400, A300, 3.5) are not a figure of their own: 1e400亿元 must not read as 400亿元.
            if (!char.IsAsciiDigit(c) || (i > 0 && s.PeekAt(i - 1) is var prev && (char.IsAsciiLetterOrDigit(prev) || prev == '.')))
            {
                continue;
            }

            s.Position = i;
            if (!s.TryNumber(out var value))
            {
                continue;
            }

            var end = s.Position;
            s.SkipSpaces();
            // A magnitude alone (1000万) is a figure too: it counts when a target holds several.
            if (!s.TryUnit(out var unit) || (unit.Dimension == Dimension.Number && unit.Symbol.Length == 0))
            {
                i = end - 1;
                continue;
            }

            var before = text.AsSpan(clause, i - clause).TrimEnd();

            // 每千人6.8批次 is a ratio to the population, not an amount of the unit after it.
            if (unit.Dimension != Dimension.Percent && PerCapitaBefore(before) is var people and > 0)
            {
                unit = unit.PerCapita(people);
            }

            var estimate = Phrases.ContainsAny(before, Estimates);
            var growth = unit.Dimension == Dimension.Percent ? GrowthBefore(before) : null;
            var negative = growth?.Sense == GrowthSense.Decline;
            var kind = unit.Dimension != Dimension.Percent ? Kind.Amount
                : growth is not null ? Kind.Growth
                : IsShare(text, before, clause, found) ? Kind.Share
                : Kind.Percent;
            var comparable = kind == Kind.Growth && before.Contains("可比", StringComparison.Ordinal);
            found.Add(new Candidate(kind, i, s.Position, new Quantity(negative ? -value : value, unit), comparable, estimate, clause, depth > 0, IsPartYear(before)));
            i = s.Position - 1;
        }

        return found;
    }

    // 每千人 or 每万人 right before the figure: how many residents it is counted per, else 0.
    private static int PerCapitaBefore(ReadOnlySpan<char> before) =>
        before.EndsWith("每千人", StringComparison.Ordinal) ? 1000 : before.EndsWith("每万人", StringComparison.Ordinal) ? 10000 : 0;

    // The growth word the words before a percent end with (同比增长, 下降了, 增速为): the vocabulary's, so that a new growth
    // word is one row there; 了 or 为 after it adds nothing.
    private static GrowthWord? GrowthBefore(ReadOnlySpan<char> before)
    {
        var word = before.EndsWith("了", StringComparison.Ordinal) || before.EndsWith("为", StringComparison.Ordinal) ? before[..^1] : before;
        foreach (var w in Vocabulary.GrowthInActuals)
        {
            if (w.Sense is GrowthSense.Rise or GrowthSense.Decline && word.EndsWith(w.Text, StringComparison.Ordinal))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the text names part of the year: 上半年, 前三季度, or months from the first to before the twelfth (1—10月,
    /// 1-9月, 1至6月).
    /// </summary>
    public static bool IsPartYear(ReadOnlySpan<char> before)
    {
        foreach (var period in Vocabulary.Periods)
        {
            if (period is not ("全年" or "今年以来") && before.Contains(period, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var k = 1; k < before.Length; k++)
        {
            if (before[k] != '月')
            {
                continue;
            }

            // The month of one or two digits before 月, after a dash or 至 / 到.
            var start = k;
            while (start > 0 && k - start < 2 && char.IsAsciiDigit(TextNormalizer.Fold(before[start - 1])))
            {
                start--;
            }

            var month = 0;
            foreach (var digit in before[start..k])
            {
                month = (10 * month) + (TextNormalizer.Fold(digit) - '0');
            }

            if (start < k && start > 0 && "-—–~～至到".Contains(before[start - 1]) && month is >= 1 and <= 11)
            {
                return true;
            }
        }

        return false;
    }

    // 完成年度任务的 61%, 占计划总投资的 51%, 完成率 106%, or a percent in parentheses right after a count (已完成8个(53%)).
    private static bool IsShare(string text, ReadOnlySpan<char> before, int clause, List<Candidate> found)
    {
        if (Phrases.EndsWithAny(before, ShareEnds))
        {
            return true;
        }

        if (before.EndsWith("的", StringComparison.Ordinal) && Phrases.EndsWithAny(before[..^1], Vocabulary.ShareOf))
        {
            return before.Contains("完成", StringComparison.Ordinal) || before.Contains("占", StringComparison.Ordinal);
        }

        var open = clause + before.Length - 1;
        return before.Length > 0 && TextNormalizer.Fold(text[open]) == '(' && found.Count > 0 && found[^1] is { Kind: Kind.Amount } last
            && text.AsSpan(last.End, open - last.End).Trim().IsEmpty;
    }
}
