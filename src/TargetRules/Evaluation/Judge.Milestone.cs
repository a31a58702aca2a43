using System.Runtime.CompilerServices;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

internal readonly partial struct Judge
{
    /// <summary>
    /// Judges a project's status part by part. A named target part reads the status part of the same name,
    /// or the whole-project status when the status has no parts; the target's whole-project part reads every
    /// status part no named target part took (so 竣工 against 双城路 … 海江路 … needs both roads completed).
    /// </summary>
    private Outcome Milestone(string indicator, MilestoneTarget target, Observation actual)
    {
        if (actual.Milestone is not { } status)
        {
            return Outcome.Undetermined($"完成情况“{actual.Text}”不是项目进展（应为开工、施工、竣工等）",
                $"the actual \"{actual.Text}\" is not a project status (expected 开工, 施工, 竣工 …)");
        }

        var due = IsDue(status);
        var claimed = new bool[status.Parts.Length];
        var found = new int[target.Parts.Length];
        for (var i = 0; i < target.Parts.Length; i++)
        {
            found[i] = target.Parts[i].Name is { } name ? FindPart(status, name) : -1;
            if (found[i] >= 0)
            {
                claimed[found[i]] = true;
            }
        }

        var outcomes = new List<Outcome>(target.Parts.Length);
        var wholeStatus = status.Parts.Length == 1 && status.Parts[0].Name is null ? status.Parts[0] : null;
        for (var i = 0; i < target.Parts.Length; i++)
        {
            var goal = target.Parts[i];
            if (goal.Name is { } name)
            {
                outcomes.Add(found[i] >= 0 ? Named(name, Compare(goal, status.Parts[found[i]], due))
                    : wholeStatus is not null ? Named(name, Compare(goal, wholeStatus, due))
                    : Outcome.Undetermined($"完成情况中没有“{name}”的进展", $"the status says nothing about \"{name}\""));
            }
            else if (goal.Milestone.Partial)
            {
                outcomes.Add(Partly(goal, status));
            }
            else
            {
                var before = outcomes.Count;
                for (var k = 0; k < status.Parts.Length; k++)
                {
                    if (!claimed[k])
                    {
                        outcomes.Add(Named(status.Parts[k].Name, Compare(goal, status.Parts[k], due)));
                    }
                }

                if (outcomes.Count == before)
                {
                    var names = string.Join("、", status.Parts.Select(p => p.Name));
                    outcomes.Add(Outcome.Undetermined($"完成情况只列出{names}，没有项目整体的进展，无法判定“{goal.Text}”",
                        $"the status covers only {names}, not the project as a whole; \"{goal.Text}\" cannot be judged"));
                }
            }
        }

        return outcomes.Count == 1
            ? outcomes[0]
            : new Outcome(Attainment.And(outcomes.Select(o => o.State)), Explanation.Join(outcomes.Select(o => o.Why)));
    }

    /// <summary>The state <see cref="Milestone"/> gives, decided the same way part by part without wording.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState MilestoneState(MilestoneTarget target, Observation actual)
    {
        if (actual.Milestone is not { } status)
        {
            return AttainmentState.Undetermined;
        }

        // A status has at least one part (MilestoneStatus.Of).
        var parts = status.Parts;
        var due = IsDue(status);
        // Each named target part's status part, found once; the status parts they take are left out of the
        // whole-project part's comparison.
        var goals = target.Parts;
        Span<int> found = goals.Length <= 64 ? stackalloc int[goals.Length] : new int[goals.Length];
        Span<bool> claimed = parts.Length <= 64 ? stackalloc bool[parts.Length] : new bool[parts.Length];
        for (var i = 0; i < goals.Length; i++)
        {
            found[i] = goals[i].Name is { } name ? FindPart(status, name) : -1;
            if (found[i] >= 0)
            {
                claimed[found[i]] = true;
            }
        }

        // Every part's state is Met, Missed or Undetermined, which an AND of one returns unchanged: the full judgement's
        // single outcome and the AND of several are both this fold.
        var wholeStatus = parts.Length == 1 && parts[0].Name is null ? parts[0] : null;
        var and = new Attainment.AndOf();
        for (var i = 0; i < goals.Length; i++)
        {
            var goal = goals[i];
            if (goal.Name is not null)
            {
                and.Add(found[i] >= 0 ? CompareState(goal, parts[found[i]], due)
                    : wholeStatus is not null ? CompareState(goal, wholeStatus, due)
                    : AttainmentState.Undetermined);
            }
            else if (goal.Milestone.Partial)
            {
                and.Add(PartlyState(goal, status));
            }
            else
            {
                var compared = false;
                for (var k = 0; k < parts.Length; k++)
                {
                    if (!claimed[k])
                    {
                        and.Add(CompareState(goal, parts[k], due));
                        compared = true;
                    }
                }

                if (!compared)
                {
                    and.Add(AttainmentState.Undetermined);
                }
            }
        }

        return and.Result;
    }

    // A stage is the year's milestone: before the year ends, one not yet reached is not yet missed, unless the status
    // says the project lags (进度滞后). The share of the work (完成 60%工程量) has a pace and is judged on it.
    private bool IsDue(MilestoneStatus status) => !period.IsInterim || status.Behind;

    private AttainmentState CompareState(MilestonePart goal, MilestonePart reached, bool due)
    {
        var g = goal.Milestone;
        var s = reached.Milestone;
        if (g.Progress is not null)
        {
            return ProgressState(goal, reached);
        }

        var rank = s.Partial ? Targets.Milestone.RankOf(Stage.Construction) : s.Rank;
        if (g.Activity is { } activity && rank <= g.Rank)
        {
            return s.Activity == activity ? AttainmentState.Met : AttainmentState.Undetermined;
        }

        return rank >= g.Rank || BasicCountsAsCompletion(s, g.Stage) ? AttainmentState.Met
            : due ? AttainmentState.Missed
            : AttainmentState.Undetermined;
    }

    private AttainmentState ProgressState(MilestonePart goal, MilestonePart reached)
    {
        var s = reached.Milestone;
        var (percent, bound, tolerance) = ProgressGoal(goal.Milestone);
        if (s.Progress is { } done)
        {
            return done >= bound - tolerance ? AttainmentState.Met : AttainmentState.Missed;
        }

        if (!s.Partial && (s.Stage >= Stage.Completion || (s.Stage == Stage.BasicCompletion && percent < 100)))
        {
            return AttainmentState.Met;
        }

        return s.Stage < Stage.Construction ? AttainmentState.Missed : AttainmentState.Undetermined;
    }

    private AttainmentState PartlyState(MilestonePart goal, MilestoneStatus status)
    {
        var stage = goal.Milestone.Stage;
        var needed = Targets.Milestone.RankOf(stage);
        foreach (var part in status.Parts)
        {
            if (part.Milestone.Rank >= needed || BasicCountsAsCompletion(part.Milestone, stage))
            {
                return AttainmentState.Met;
            }
        }

        return IsDue(status) ? AttainmentState.Missed : AttainmentState.Undetermined;
    }

    private static int FindPart(MilestoneStatus status, string name) =>
        PartNames.Find(status.Parts.AsSpan(), static part => part.Name, name, PartMatch.Within);

    private static Outcome Named(string? name, Outcome outcome) => name is null
        ? outcome
        : outcome with { Why = new Explanation($"{name}：{outcome.Why.Chinese}", $"{name}: {outcome.Why.English}") };

    private Outcome Compare(MilestonePart goal, MilestonePart reached, bool due)
    {
        var g = goal.Milestone;
        var s = reached.Milestone;
        var (descZh, descEn) = Describe(reached);
        if (g.Progress is not null)
        {
            return Progress(goal, reached);
        }

        // Part of the project completed says the project as a whole is under construction.
        var rank = s.Partial ? Targets.Milestone.RankOf(Stage.Construction) : s.Rank;
        // The step a status started is read by MilestoneParser (the target's step when the status names it, else the words
        // before 已启动); a status that names none cannot say whether this one started.
        if (g.Activity is { } activity && rank <= g.Rank)
        {
            return s.Activity == activity
                ? Outcome.Met($"{descZh}，达到{goal.Text}", $"{descEn} reaches {goal.Text} ({g.ToEnglish()})")
                : Outcome.Undetermined($"{descZh}，未提及“{activity}”，无法判定是否{goal.Text}",
                    $"{descEn} does not mention \"{activity}\"; cannot tell whether {goal.Text} ({g.ToEnglish()})");
        }

        if (rank >= g.Rank)
        {
            return Outcome.Met($"{descZh}，达到{goal.Text}", $"{descEn} reaches {goal.Text} ({g.ToEnglish()})");
        }

        if (BasicCountsAsCompletion(s, g.Stage))
        {
            return Outcome.Met($"{descZh}，按政策视同{goal.Text}",
                $"{descEn} counts as {goal.Text} ({g.ToEnglish()}) under the policy");
        }

        return due
            ? Outcome.Missed($"{descZh}，未达到{goal.Text}", $"{descEn} does not reach {goal.Text} ({g.ToEnglish()})")
            : NotYetDue(descZh, descEn, goal);
    }

    private static Outcome NotYetDue(string descZh, string descEn, MilestonePart goal) =>
        Outcome.Undetermined($"{descZh}，尚未达到{goal.Text}；全年节点尚未到期，无法判定（年末或注明滞后时可判定）",
            $"{descEn} has not yet reached {goal.Text} ({goal.Milestone.ToEnglish()}); the year's milestone is not yet due, "
            + "so it cannot be judged (a year-end report, or a status that says it lags, settles it)");

    private bool BasicCountsAsCompletion(Milestone reached, Stage goal) =>
        policy.BasicCompletionMeetsCompletion && !reached.Partial && reached.Stage == Stage.BasicCompletion && goal == Stage.Completion;

    /// <summary>A progress goal's share, the share due in the period reported, and the tolerance of 约.</summary>
    private (decimal Percent, decimal Bound, decimal Tolerance) ProgressGoal(Milestone g)
    {
        var percent = g.Progress!.Value;
        return (percent, period.IsInterim ? percent * period.Elapsed : percent, g.Approximate ? policy.ApproximateRateTolerance : 0m);
    }

    /// <summary>完成 60%工程量: the share of the work done, prorated in an interim report (序时进度).</summary>
    private Outcome Progress(MilestonePart goal, MilestonePart reached)
    {
        var g = goal.Milestone;
        var s = reached.Milestone;
        var (percent, bound, tolerance) = ProgressGoal(g);
        string goalZh = goal.Text, goalEn = g.ToEnglish();
        if (period.IsInterim)
        {
            goalZh = $"序时进度 {Unit.Format(bound)}%（全年{goal.Text} × {Unit.Format(period.Elapsed)}）";
            goalEn = $"the pro-rata {Unit.Format(bound)}% (full-year {g.ToEnglish()} × {Unit.Format(period.Elapsed)})";
        }

        if (tolerance > 0)
        {
            goalZh += $"（容差 {Unit.Format(tolerance)} 个百分点）";
            goalEn += $" (tolerance {Unit.Format(tolerance)} percentage points)";
        }

        var (descZh, descEn) = Describe(reached);
        if (s.Progress is { } done)
        {
            var holds = done >= bound - tolerance;
            var gap = Unit.Format(Math.Round(Math.Abs(bound - done), 4));
            return Outcome.Of(holds,
                holds ? $"{reached.Text}，达到{goalZh}" : $"{reached.Text}，未达到{goalZh}，差 {gap} 个百分点",
                holds ? $"{reached.Text} meets {goalEn}" : $"{reached.Text} falls short of {goalEn} by {Points(gap)}");
        }

        if (!s.Partial && (s.Stage >= Stage.Completion || (s.Stage == Stage.BasicCompletion && percent < 100)))
        {
            return Outcome.Met($"{descZh}，达到{goalZh}", $"{descEn} meets {goalEn}");
        }

        if (s.Stage < Stage.Construction)
        {
            return Outcome.Missed($"{descZh}，尚未开工，未达到{goalZh}", $"{descEn}: construction has not started, so {goalEn} is not reached");
        }

        return Outcome.Undetermined($"{descZh}，未给出完成工程量比例，无法与{goalZh}比较",
            $"{descEn} gives no share of the work done to compare with {goalEn}");
    }

    /// <summary>部分竣工: met when some part of the project has reached the stage.</summary>
    private Outcome Partly(MilestonePart goal, MilestoneStatus status)
    {
        var stage = goal.Milestone.Stage;
        var needed = Targets.Milestone.RankOf(stage);
        MilestonePart? best = null;
        foreach (var part in status.Parts)
        {
            if (part.Milestone.Rank >= needed || BasicCountsAsCompletion(part.Milestone, stage))
            {
                var (zh, en) = Describe(part);
                return Named(part.Name, part.Milestone.Rank >= needed
                    ? Outcome.Met($"{zh}，达到{goal.Text}", $"{en} reaches {goal.Text} ({goal.Milestone.ToEnglish()})")
                    : Outcome.Met($"{zh}，按政策视同{goal.Text}", $"{en} counts as {goal.Text} ({goal.Milestone.ToEnglish()}) under the policy"));
            }

            if (best is null || part.Milestone.Rank > best.Milestone.Rank)
            {
                best = part;
            }
        }

        // A status has at least one part, so the loop found the most advanced.
        var most = best!;
        var (descZh, descEn) = Describe(most);
        if (!IsDue(status))
        {
            return Named(most.Name, NotYetDue(descZh, descEn, goal));
        }

        return Named(most.Name, Outcome.Missed($"{descZh}，没有任何部分达到{stage.Chinese()}，未达到{goal.Text}",
            $"{descEn}: no part has reached {stage.English()}, so {goal.Text} ({goal.Milestone.ToEnglish()}) is not reached"));
    }

    /// <summary>The status as written, with the stage it was read as when the words do not already say it.</summary>
    private static (string Zh, string En) Describe(MilestonePart reached)
    {
        var m = reached.Milestone;
        var label = m.Partial || m.Finished ? m.ToString() : $"{m.Stage.Chinese()}阶段";
        // A status's own words name the step it started (高压铁塔搬迁已启动): the stage is what they add.
        var english = m.Activity is not null ? m.Stage.English()
            : m.Progress is null ? m.ToEnglish()
            : $"{m.Stage.English()}, {m.ToEnglish()}";
        return (SaysStage(reached) ? reached.Text : $"{reached.Text}（{label}）", $"{reached.Text} ({english})");
    }

    // 已竣工, 进场施工中 and 开工 say their stage in so many words; 施工招标手续办理 and 完成建设进度 45% do not.
    private static bool SaysStage(MilestonePart reached)
    {
        var text = reached.Text;
        if (text.StartsWith('已'))
        {
            text = text[1..];
        }
        else if (text.StartsWith("正在", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.EndsWith('中'))
        {
            text = text[..^1];
        }

        var m = reached.Milestone;
        return m.Partial || m.Finished || m.Progress is not null || m.Activity is not null
            ? text == m.ToString()
            : m.Stage.Synonyms().Contains(text);
    }
}
