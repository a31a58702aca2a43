using System.Collections.Immutable;
using System.Globalization;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Targets;

namespace TargetRules.Text;

/// <summary>
/// Reads a major project's milestone target (开工, 完成 60%工程量, 时光大道、纬一路开工, 海江路竣工) into a
/// <see cref="MilestoneTarget"/>, and its status (已竣工, 完成建设进度 45%, 双城路: 取得施工许可 海江路: 进场施工中)
/// into an <see cref="Observation"/> carrying a <see cref="MilestoneStatus"/>. Never throws on bad input and never
/// guesses: text without a recognisable stage is a failure with its position.
/// </summary>
public static class MilestoneParser
{
    internal static readonly Expectation ExpectedGoal = new(
        "expected a milestone: a stage (前期, 腾地, 招标, 开工/施工, 主体施工, 基本竣工, 竣工, 竣工验收), 完成 X%工程量, 全面完成腾地, 启动…, 部分竣工, optionally after part names (海江路竣工)",
        "应为项目节点：阶段（前期、腾地、招标、开工/施工、主体施工、基本竣工、竣工、竣工验收）、完成 X%工程量、全面完成腾地、启动……、部分竣工，可写在部分名称之后（海江路竣工）");

    internal static readonly Expectation ExpectedStatus = new(
        "expected a stage reached (开工, 进场施工, 施工招标, 基本竣工, 已竣工, 完成建设进度 45% …)",
        "应为已达到的阶段（开工、进场施工、施工招标、基本竣工、已竣工、完成建设进度 45%……）");

    internal static readonly Expectation ExpectedNoNegation = new(
        "a negation or a halt (未, 没有, 停工, 暂停, 暂缓, 缓建) does not say which stage was reached",
        "否定或停工（未、没有、停工、暂停、暂缓、缓建）不能说明达到了哪个阶段");

    internal static readonly Expectation WholeTwice = new(Milestones.WholeTwice, "只能有一个部分代表整个项目");

    private static readonly string[] Negations = ["未", "没有", "停工", "暂停", "暂缓", "缓建"];

    // Words that qualify a milestone and so cannot be a part's name (约竣工, 部分招标, 完成施工 are not read as 约: 竣工).
    private static readonly string[] Modifiers = ["约", "完成", "已完成", "部分", "全面", "启动", "基本", "已"];

    // The main structure done: 主体完工 is not 完工 of the project, and it ranks below 基本竣工.
    private static readonly string[] MainStructureDone = ["主体结构封顶", "主体结构完工", "主体完工", "主体竣工", "结构封顶", "封顶"];

    private static readonly char[] ClauseSeparators = [',', ';', '。'];

    // Words a status uses, longest first at each position, with the milestone each says was reached.
    private static readonly ImmutableArray<(string Word, Milestone Milestone)> StatusWords = BuildStatusWords();

    /// <summary>Reads a milestone target.</summary>
    /// <param name="text">The target as written (竣工; 室外观测场竣工，主体施工).</param>
    /// <param name="column">The plan column, for the error.</param>
    public static ParseResult<MilestoneTarget> ParseTarget(string text, string column = "target_text")
    {
        var raw = text ?? string.Empty;
        var normalized = TextNormalizer.Normalize(raw);
        var parts = new List<MilestonePart>();
        foreach (var (segment, position) in Split(normalized, ClauseSeparators))
        {
            if (!TryGoalWithNames(segment, out var names, out var milestone, out var goalText))
            {
                return ParseResult<MilestoneTarget>.Failure(new ParseError(column, position, raw, ExpectedGoal.Got(segment)));
            }

            if (names.Count == 0)
            {
                parts.Add(MilestonePart.Whole(milestone, goalText));
            }
            else
            {
                parts.AddRange(names.Select(name => MilestonePart.Named(name, milestone, goalText)));
            }
        }

        if (parts.Count == 0)
        {
            return ParseResult<MilestoneTarget>.Failure(new ParseError(column, 0, raw, ExpectedGoal));
        }

        return Milestones.Conflict(parts) is { } conflict
            ? ParseResult<MilestoneTarget>.Failure(new ParseError(column, 0, raw, Explain(conflict)))
            : ParseResult<MilestoneTarget>.Success(Milestones.Of([.. parts]));
    }

    private static Expectation Explain(MilestoneConflict conflict) =>
        conflict.NamedTwice is { } name ? new Expectation(conflict.Message, $"部分“{name}”出现了两次") : WholeTwice;

    /// <summary>
    /// Reads a project's status. The target, when given, supplies the part names to look for
    /// (海江路 in 海江路进场施工中); labels before a colon (双城路: …) and sections (西段, 二标段, 地下部分) are
    /// recognised without it. A clause without a stage of its own (正在排管中) continues the part before it.
    /// </summary>
    /// <param name="text">The status as written; blank, "/" or "—" is not reported.</param>
    /// <param name="target">The row's target, for its part names; null when unknown.</param>
    /// <param name="column">The plan column, for the error.</param>
    public static ParseResult<Observation> ParseStatus(string text, MilestoneTarget? target = null, string column = "actual_text")
    {
        var raw = text ?? string.Empty;
        var normalized = TextNormalizer.Normalize(raw).Trim();
        if (normalized is "" or "/" or "-" or "--" or "无")
        {
            return ParseResult<Observation>.Success(Observation.NotReported with { Text = raw });
        }

        if (normalized.Contains("取消", StringComparison.Ordinal))
        {
            return ParseResult<Observation>.Success(Observation.NoLongerAssessed(raw));
        }

        foreach (var negation in Negations)
        {
            var at = normalized.IndexOf(negation, StringComparison.Ordinal);
            if (at >= 0)
            {
                return ParseResult<Observation>.Failure(new ParseError(column, at, raw, ExpectedNoNegation));
            }
        }

        var names = target is null
            ? []
            : target.Parts.Where(p => p.Name is not null).Select(p => p.Name!).OrderByDescending(n => n.Length).ToArray();
        var segments = Segments(normalized, names);

        // Merge into one part per name; a clause with no stage and no label continues the part before it.
        var parts = new List<(string? Name, Milestone? Milestone, string Text, int Position)>();
        for (var i = 0; i < segments.Count; i++)
        {
            var (labels, segmentText, position) = segments[i];
            var milestone = Scan(segmentText);
            if (labels.Count == 0 && milestone is null && parts.Count > 0)
            {
                var last = parts[^1];
                parts[^1] = last with { Text = Join(last.Text, segmentText) };
                continue;
            }

            foreach (var label in labels.Count == 0 ? [null] : labels.Cast<string?>())
            {
                var k = parts.FindIndex(p => p.Name == label);
                if (k < 0)
                {
                    parts.Add((label, milestone, segmentText, position));
                }
                else
                {
                    var merged = Higher(parts[k].Milestone, milestone);
                    parts[k] = parts[k] with { Milestone = merged, Text = Join(parts[k].Text, segmentText) };
                }
            }
        }

        if (parts.Count == 0)
        {
            return ParseResult<Observation>.Failure(new ParseError(column, 0, raw, ExpectedStatus.Got(normalized)));
        }

        var steps = target is null
            ? []
            : target.Parts.Select(p => p.Milestone.Activity).OfType<string>().Distinct().OrderByDescending(a => a.Length)
                .Select(a => (Step: a, Said: WithoutSpaces(a))).ToArray();
        var built = new MilestonePart[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var (name, milestone, partText, position) = parts[i];
            if (milestone is not { } read)
            {
                return ParseResult<Observation>.Failure(new ParseError(column, position, raw, ExpectedStatus.Got(partText)));
            }

            var m = WithStartedStep(read, partText, steps);
            built[i] = name is null ? MilestonePart.Whole(m, partText) : MilestonePart.Named(name, m, partText);
        }

        var provisional = normalized.Contains("预计", StringComparison.Ordinal) || normalized.Contains('约') || normalized.Contains("左右", StringComparison.Ordinal);
        var behind = Phrases.ContainsAny(normalized, Vocabulary.Lagging);
        return ParseResult<Observation>.Success((MilestoneStatus.Of(built) with { Behind = behind }).Observe(raw) with { Provisional = provisional });
    }

    // Which preparatory step a part says was started is read here, so that the judge compares it with the target's step
    // instead of searching the status's words: the target's own step when the part names it (高压铁塔搬迁推进中 under
    // 启动高压铁塔搬迁), else the words before 已启动 or 启动 (高压铁塔搬迁已启动, read without a target).
    private static Milestone WithStartedStep(Milestone milestone, string text, (string Step, string Said)[] steps)
    {
        if (milestone.Activity is not null)
        {
            return milestone;
        }

        var said = WithoutSpaces(text);
        foreach (var (step, stepSaid) in steps)
        {
            if (said.Contains(stepSaid, StringComparison.Ordinal))
            {
                return milestone.WithActivity(step);
            }
        }

        var started = said.StartsWith("启动", StringComparison.Ordinal) ? said[2..]
            : said.EndsWith("已启动", StringComparison.Ordinal) ? said[..^3]
            : said.EndsWith("启动", StringComparison.Ordinal) ? said[..^2]
            : "";
        return started.Length > 0 ? milestone.WithActivity(started) : milestone;
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Reads a project row: the target, then the status with the target's part names.</summary>
    internal static (ParseResult<Target> Target, ParseResult<Observation> Actual) ParseRow(string targetText, string actualText)
    {
        var target = ParseTarget(targetText);
        var actual = ParseStatus(actualText, target.IsSuccess ? target.Value : null);
        return (target.IsSuccess ? ParseResult<Target>.Success(target.Value) : ParseResult<Target>.Failure(target.Error!), actual);
    }

    // ---- Targets ------------------------------------------------------------------------------

    /// <summary>
    /// A segment is part names followed by a milestone phrase. The phrase starts at the earliest place
    /// where the rest reads as one, so 主体施工 stays a stage and 地下部分完工 names the part 地下部分.
    /// </summary>
    private static bool TryGoalWithNames(string segment, out List<string> names, out Milestone milestone, out string goalText)
    {
        names = [];
        for (var p = 0; p < segment.Length; p++)
        {
            goalText = segment[p..].Trim();
            if (char.IsWhiteSpace(segment[p]) || !TryGoal(goalText, allowPartial: p == 0, out milestone))
            {
                continue;
            }

            names = [.. segment[..p].Split('、', StringSplitOptions.TrimEntries)];
            if (p == 0)
            {
                names.Clear();
                return true;
            }

            if (names.All(IsPartName))
            {
                return true;
            }
        }

        milestone = default;
        goalText = string.Empty;
        return false;
    }

    // A qualifier cannot end a part's name: 海江路部分竣工 (海江路 partly completed?), 约全面开工, 海江路约竣工 are not
    // the parts 海江路部分, 约全面, 海江路约. 地下部分 is a section, so 地下部分竣工 names it. A name holding a milestone
    // word is a clause read wrong: 海江路开工、海江路竣工 does not name a part 海江路开工.
    private static bool IsPartName(string name) =>
        name.Length > 0
        && Phrases.FindMilestone(name) < 0
        && (!Modifiers.Any(m => name.EndsWith(m, StringComparison.Ordinal)) || SectionLength(name, 0) == name.Length)
        && !name.StartsWith('约');

    private static bool TryGoal(string phrase, bool allowPartial, out Milestone milestone)
    {
        milestone = default;
        var approximate = phrase.StartsWith('约');
        if (approximate)
        {
            phrase = phrase[1..].TrimStart();
        }

        // 完成 60% alone does not say 60% of what; 工程量 or 建设进度 must be named.
        if (TargetProgress(phrase) is { Named: true } progress)
        {
            if (!TryPercent(progress.Digits, out var percent))
            {
                return false;
            }

            milestone = Milestone.AtProgress(percent, approximate);
            return true;
        }

        if (approximate)
        {
            return false;
        }

        // 全面完成腾地, 全面开工: "in full" adds nothing beyond the stage itself.
        if (phrase.StartsWith("全面", StringComparison.Ordinal))
        {
            phrase = phrase[2..].TrimStart();
        }

        if (phrase.StartsWith("部分", StringComparison.Ordinal))
        {
            if (allowPartial && Stages.TryParse(phrase[2..], out var partly) && partly >= Stage.Construction)
            {
                milestone = Milestone.PartlyReached(partly);
                return true;
            }

            return false;
        }

        if (phrase.StartsWith("完成", StringComparison.Ordinal))
        {
            if (Stages.TryParse(phrase[2..], out var finished) && finished != Stage.Construction)
            {
                milestone = Milestone.FinishedStage(finished);
                return true;
            }

            return false;
        }

        if (phrase.StartsWith("启动", StringComparison.Ordinal))
        {
            var rest = phrase[2..].Trim();
            milestone = rest.Length == 0 ? Milestone.Reached(Stage.Preparation)
                : Stages.TryParse(rest, out var started) ? Milestone.Reached(started)
                : Milestone.Starting(rest);
            return true;
        }

        if (MainStructureDone.Contains(phrase))
        {
            milestone = Milestone.FinishedStage(Stage.MainStructure);
            return true;
        }

        if (Stages.TryParse(phrase, out var stage))
        {
            milestone = Milestone.Reached(stage);
            return true;
        }

        return false;
    }

    // ---- Statuses -----------------------------------------------------------------------------

    /// <summary>Cuts a status into labelled segments: at clause separators, and at each word that starts with a label.</summary>
    private static List<(List<string> Labels, string Text, int Position)> Segments(string text, string[] names)
    {
        var segments = new List<(List<string> Labels, string Text, int Position)>();
        foreach (var (clause, clauseStart) in Split(text, ClauseSeparators))
        {
            var first = true;
            foreach (var (word, wordStart) in Words(clause).SelectMany(w => SplitListedParts(w, names)))
            {
                var position = clauseStart + wordStart;
                if (TryLabel(word, names, out var labels, out var rest))
                {
                    segments.Add((labels, rest, position));
                }
                else if (first)
                {
                    segments.Add(([], word, position));
                }
                else
                {
                    var last = segments[^1];
                    segments[^1] = last with { Text = last.Text.Length == 0 ? word : $"{last.Text} {word}" };
                }

                first = false;
            }
        }

        return segments;
    }

    /// <summary>The clause's words: cut at spaces, except those around a 、 (东段 、西段: 已竣工 lists two labels).</summary>
    private static IEnumerable<(string Text, int Position)> Words(string clause)
    {
        (string Text, int Position)? pending = null;
        foreach (var word in Split(clause, [' ']))
        {
            if (pending is { } listed && (listed.Text.EndsWith('、') || word.Text.StartsWith('、')))
            {
                pending = (clause[listed.Position..(word.Position + word.Text.Length)], listed.Position);
                continue;
            }

            if (pending is { } done)
            {
                yield return done;
            }

            pending = word;
        }

        if (pending is { } last)
        {
            yield return last;
        }
    }

    /// <summary>
    /// Cuts 西段已完成、东段施工中 at the 、 that follows a stage and precedes a label; 时光大道、纬一路已开工 stays
    /// whole, since 时光大道 says no stage of its own.
    /// </summary>
    private static IEnumerable<(string Text, int Position)> SplitListedParts((string Text, int Position) word, string[] names)
    {
        var (text, offset) = word;
        var start = 0;
        for (var j = text.IndexOf('、'); j >= 0; j = text.IndexOf('、', j + 1))
        {
            var piece = text[start..j].TrimEnd();
            var body = TryLabel(piece, names, out _, out var rest) ? rest : piece;
            if (Scan(body) is not null && TryLabel(text[(j + 1)..].TrimStart(), names, out _, out _))
            {
                yield return (piece, offset + start);
                start = SkipSpaces(text, j + 1);
            }
        }

        yield return (text[start..], offset + start);
    }

    private static bool TryLabel(string word, string[] names, out List<string> labels, out string rest)
    {
        labels = [];
        rest = word;
        var colon = word.IndexOf(':');
        if (colon > 0)
        {
            labels = [.. word[..colon].Split('、', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            rest = word[(colon + 1)..].Trim();
            return labels.Count > 0;
        }

        // Names the target gives or sections, possibly several joined with 、 (时光大道、纬一路已开工; 东段 、西段已竣工).
        var at = 0;
        while (LabelAt(word, at, names) is { } label)
        {
            labels.Add(label);
            at += label.Length;
            var next = SkipSpaces(word, at);
            if (next < word.Length && word[next] == '、')
            {
                at = SkipSpaces(word, next + 1);
                continue;
            }

            break;
        }

        rest = word[at..].TrimStart('、');
        return labels.Count > 0;
    }

    // A name the target gives, else a section (西段, 二标段, 地下部分) starting at index.
    private static string? LabelAt(string word, int index, string[] names) =>
        names.FirstOrDefault(n => word.AsSpan(index).StartsWith(n, StringComparison.Ordinal))
        ?? (SectionLength(word, index) is var length and > 0 ? word.Substring(index, length) : null);

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        return index;
    }

    /// <summary>The highest milestone the text says was reached, or null when it names none.</summary>
    private static Milestone? Scan(string text)
    {
        Milestone? best = null;
        Milestone? last = null;
        var i = 0;
        while (i < text.Length)
        {
            Milestone? found = null;
            var length = 1;
            if (StatusProgress(text, i) is { } progress)
            {
                length = progress.End - i;
                if (TryPercent(progress.Digits, out var percent))
                {
                    found = Milestone.AtProgress(percent, progress.Approximate);
                }
            }
            else if (At(text, i, "完成"))
            {
                var rest = text[(i + 2)..].Trim();
                length = 2;
                if (rest.Length == 0)
                {
                    // 已完成 alone: the project (or the labelled part) is completed; 腾地完成: that stage is finished;
                    // 道路主线完成 names something else that is done, which says no stage.
                    found = text[..i].TrimEnd().TrimEnd('已').Trim().Length == 0 ? Milestone.Reached(Stage.Completion)
                        : last is { Stage: not Stage.Construction, Partial: false, Progress: null } l ? Milestone.FinishedStage(l.Stage)
                        : null;
                }
                else if (WordAt(rest, 0) is { } next && next.Milestone.Stage != Stage.Construction && !next.Milestone.Partial)
                {
                    found = Milestone.FinishedStage(next.Milestone.Stage);
                    length = text.IndexOf(next.Word, i, StringComparison.Ordinal) + next.Word.Length - i;
                }
                else if (!Enumerable.Range(0, rest.Length).Any(k => WordAt(rest, k) is not null))
                {
                    // Work items done (完成跨铁路立交桥 6 跨) with no stage named: construction is under way.
                    found = Milestone.Reached(Stage.Construction);
                    length = text.Length - i;
                }
            }
            else if (WordAt(text, i) is { } word)
            {
                found = word.Milestone;
                length = word.Word.Length;
            }

            best = Higher(best, found);
            last = found ?? last;
            i += length;
        }

        return best;
    }

    private static (string Word, Milestone Milestone)? WordAt(string text, int index)
    {
        foreach (var entry in StatusWords)
        {
            if (At(text, index, entry.Word))
            {
                return entry;
            }
        }

        return null;
    }

    // The later milestone; at the same rank, the one that gives the share of the work done.
    private static Milestone? Higher(Milestone? a, Milestone? b) =>
        a is not { } x ? b
        : b is not { } y ? a
        : y.Rank > x.Rank || (y.Rank == x.Rank && x.Progress is null && y.Progress is not null) ? y
        : x;

    private static ImmutableArray<(string Word, Milestone Milestone)> BuildStatusWords()
    {
        var words = new List<(string, Milestone)>();
        foreach (var stage in Enum.GetValues<Stage>())
        {
            words.AddRange(stage.Synonyms().Select(w => (w, Milestone.Reached(stage))));
        }

        words.AddRange(
        [
            ("部分竣工", Milestone.PartlyReached(Stage.Completion)),
            ("部分完工", Milestone.PartlyReached(Stage.Completion)),
            ("装饰装修", Milestone.FinishedStage(Stage.MainStructure)),
            ("投入使用", Milestone.Reached(Stage.Completion)),
            ("投用", Milestone.Reached(Stage.Completion)),
            ("通车", Milestone.Reached(Stage.Completion)),
            ("施工图", Milestone.Reached(Stage.Preparation)),
            ("立项", Milestone.Reached(Stage.Preparation)),
            ("可研", Milestone.Reached(Stage.Preparation)),
            ("初步设计", Milestone.Reached(Stage.Preparation)),
            ("搬迁", Milestone.Reached(Stage.Preparation)),
            ("征地", Milestone.Reached(Stage.LandClearance)),
        ]);
        words.AddRange(MainStructureDone.Select(w => (w, Milestone.FinishedStage(Stage.MainStructure))));
        return [.. words.OrderByDescending(w => w.Item1.Length)];
    }

    // ---- Shared -------------------------------------------------------------------------------

    private static IEnumerable<(string Text, int Position)> Split(string text, char[] separators)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && Array.IndexOf(separators, text[i]) < 0)
            {
                continue;
            }

            var piece = text[start..i];
            var trimmed = piece.Trim();
            if (trimmed.Length > 0)
            {
                yield return (trimmed, start + piece.IndexOf(trimmed[0]));
            }

            start = i + 1;
        }
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : $"{a}，{b}";

    private static bool TryPercent(string digits, out decimal percent) =>
        decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent) && percent is > 0 and <= 100;

    // ---- Progress and sections, read by hand: a share of the work done (完成建设进度 45%) and a section (二标段) ----

    /// <summary>A share of the work: the digits, whether 约 was written, whether the work is named (建设进度…), and where it ends.</summary>
    private readonly record struct Progress(string Digits, bool Approximate, bool Named, int End);

    /// <summary>
    /// The whole phrase as a target's share of the work: 已? then 完成 (建设进度|总?工程量|形象进度)? or the work then
    /// 完成/达到?, then N% and optionally 的 and the work. Null when the phrase is anything else.
    /// </summary>
    private static Progress? TargetProgress(string text)
    {
        var k = text.StartsWith('已') ? 1 : 0;
        var named = false;
        if (At(text, k, "完成"))
        {
            k = Spaces(text, k + 2);
            var work = WorkAt(text, k);
            named = work > 0;
            k += work;
        }
        else if (WorkAt(text, k) is var work and > 0)
        {
            named = true;
            k = Spaces(text, k + work);
            k += At(text, k, "完成") || At(text, k, "达到") ? 2 : 0;
        }
        else
        {
            return null;
        }

        return ShareAt(text, k, approximate: false) is { } share && share.End == text.Length ? share with { Named = named || share.Named } : null;
    }

    /// <summary>
    /// A status's share of the work at <paramref name="index"/>: 已? then 完成 and the work, or the work then 完成/达到?,
    /// or 完成 with the work named after the figure; then 约? N% and optionally 的 and the work. Null when none starts there.
    /// </summary>
    private static Progress? StatusProgress(string text, int index)
    {
        var k = index < text.Length && text[index] == '已' ? index + 1 : index;
        if (At(text, k, "完成"))
        {
            var after = Spaces(text, k + 2);
            if (WorkAt(text, after) is var work and > 0)
            {
                return ShareAt(text, after + work, approximate: true);
            }

            // 完成 45%工程量: the work named after the figure says what 45% is of.
            return ShareAt(text, k + 2, approximate: true) is { Named: true } share ? share : null;
        }

        if (WorkAt(text, k) is var named and > 0)
        {
            k = Spaces(text, k + named);
            k += At(text, k, "完成") || At(text, k, "达到") ? 2 : 0;
            return ShareAt(text, k, approximate: true);
        }

        return null;
    }

    // Spaces, 约 (where allowed), the figure, spaces, %, spaces, 的?, the work? — from index.
    private static Progress? ShareAt(string text, int index, bool approximate)
    {
        var k = Spaces(text, index);
        var about = approximate && k < text.Length && text[k] == '约';
        if (about)
        {
            k = Spaces(text, k + 1);
        }

        var end = NumberEnd(text, k);
        if (end < 0)
        {
            return null;
        }

        var digits = text[k..end];
        k = Spaces(text, end);
        if (k >= text.Length || text[k] != '%')
        {
            return null;
        }

        k = Spaces(text, k + 1);
        k += k < text.Length && text[k] == '的' ? 1 : 0;
        var work = WorkAt(text, k);
        return new Progress(digits, about, work > 0, k + work);
    }

    // 建设进度, 总工程量, 工程量 or 形象进度 at index: its length, or 0.
    private static int WorkAt(string text, int index) =>
        At(text, index, "建设进度") || At(text, index, "总工程量") || At(text, index, "形象进度") ? 4
        : At(text, index, "工程量") ? 3
        : 0;

    // Digits, then a point and digits if both are there: where the number ends, or -1 when none starts at index.
    private static int NumberEnd(string text, int index)
    {
        var k = index;
        while (k < text.Length && char.IsDigit(text[k]))
        {
            k++;
        }

        if (k == index)
        {
            return -1;
        }

        if (k + 1 < text.Length && text[k] == '.' && char.IsDigit(text[k + 1]))
        {
            for (k += 2; k < text.Length && char.IsDigit(text[k]); k++)
            {
            }
        }

        return k;
    }

    // The length of a section at index (二标段, 3期, 西段, 地下部分), or 0.
    private static int SectionLength(string text, int index)
    {
        var k = index;
        while (k < text.Length && (char.IsDigit(text[k]) || "一二三四五六七八九十".Contains(text[k])))
        {
            k++;
        }

        if (k > index)
        {
            return At(text, k, "标段") ? k + 2 - index : k < text.Length && text[k] == '期' ? k + 1 - index : 0;
        }

        return index + 1 < text.Length && "东西南北中".Contains(text[index]) && text[index + 1] == '段' ? 2
            : text.Length - index >= 4 && text[index] == '地' && text[index + 1] is '上' or '下' && At(text, index + 2, "部分") ? 4
            : 0;
    }

    // Regex \s: any white space, as char.IsWhiteSpace has it.
    private static int Spaces(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool At(string text, int index, string word) => index <= text.Length && text.AsSpan(index).StartsWith(word, StringComparison.Ordinal);
}
