using System.Collections.Immutable;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Evaluation;

// Threshold and range targets: a figure against a floor, a cap or a band; shares of the target and statements of completion.
internal readonly partial struct Judge
{
    private Outcome Threshold(string indicator, ThresholdTarget t, Observation actual, (string Zh, string En)? label = null)
    {
        if (!Own(indicator, t.Measure, actual, out var own, out var note, out var failure))
        {
            // No figure to compare: a share of the target (完成年度目标的 103%) or a statement (已完成, 未达标) may still settle it.
            return Share(t, actual) ?? Completion(t, actual) ?? failure;
        }

        if (!Align(own, t.Value, out var a, out var goal, out var mismatch))
        {
            return mismatch;
        }

        var d = Decide(t, a, goal);
        if (!d.Settled)
        {
            return d.Weighed && !d.CumulativeSettled ? Unsettled(t, own, a, goal, note, d) : Undirected(t, own, goal, note, d);
        }

        var why = new Explanation(new ThresholdWords(t, own, d.Tolerance, d.Interim ? period.Elapsed : 0m, note, d.Holds, label));
        if (d.Weighed)
        {
            why = CumulativeReadingsAgree(why);
        }

        if (d.Directed)
        {
            why = Explanation.Lazy(why, static w => new Explanation(
                $"{w.Chinese}（指标名称未表明越高越好还是越低越好：按下限与按上限判定结论相同）",
                $"{w.English} (the indicator's name does not say whether higher or lower is better: the floor and the cap readings agree)"));
        }
        if (t.Stretch)
        {
            // The floor beside it decides: a stretch goal only says whether it was reached too.
            return new Outcome(AttainmentState.Met, Explanation.Lazy((why, d.Holds), static s => new Explanation(
                $"力争目标{(s.Holds ? "已达到" : "未达到")}：{s.why.Chinese}（力争目标不影响完成判定）",
                $"stretch goal {(s.Holds ? "reached" : "not reached")}: {s.why.English} (a stretch goal does not decide the state)")));
        }

        var judged = new Outcome(d.Holds ? AttainmentState.Met : AttainmentState.Missed, why);
        return Share(t, actual) is { State: AttainmentState.Met or AttainmentState.Missed } byShare && byShare.State != judged.State
            ? FigureAndShareDisagree(judged, byShare)
            : WithVerdict(judged, actual);
    }

    // 新增养老床位1467张 beside 超出目标任务: the actual's own verdict is weighed with its figure. Where they agree both are
    // said; where they disagree the actual does not settle it. In an interim report a verdict that the year's task is not
    // done says nothing the figure's pace does not.
    private Outcome WithVerdict(Outcome byFigure, Observation actual)
    {
        if (Completes(actual) is not { } completes || (!completes && period.IsInterim))
        {
            return byFigure;
        }

        var verdict = completes ? Assertion.MeetsTarget : Assertion.MissesTarget;
        var figureMet = byFigure.State == AttainmentState.Met;
        return completes == figureMet
            ? byFigure with
            {
                Why = Explanation.Lazy((byFigure.Why, verdict), static s => new Explanation(
                    $"{s.Why.Chinese}；完成情况亦称“{s.verdict}”", $"{s.Why.English}; the actual also states \"{s.verdict}\"")),
            }
            : new Outcome(AttainmentState.Undetermined, Explanation.Lazy((byFigure.Why, verdict, figureMet), static s => new Explanation(
                $"完成情况自称“{s.verdict}”，与其数值结论不一：按数值（{s.Why.Chinese}）{(s.figureMet ? "已完成" : "未完成")}。完成情况的结论与数值一致或只给出其一即可判定",
                $"the actual states \"{s.verdict}\" but its figure says otherwise: by the figure ({s.Why.English}) it is {(s.figureMet ? "met" : "missed")}; an actual whose verdict and figure agree, or that gives only one, would settle it")));
    }

    // 1—10月完成138.3亿元 … 完成年计划的103% against 165亿元: the figure may be for part of the year, the share is of the year's
    // target; where one says Met and the other Missed, the actual does not settle it.
    private static Outcome FigureAndShareDisagree(Outcome byFigure, Outcome byShare) => new(AttainmentState.Undetermined, Explanation.Lazy(
        (Figure: byFigure.Why, Share: byShare.Why, FigureMet: byFigure.State == AttainmentState.Met),
        static s => new Explanation(
            $"完成情况的数值与完成比例结论不一：按数值（{s.Figure.Chinese}）{(s.FigureMet ? "已完成" : "未完成")}，按比例（{s.Share.Chinese}）{(s.FigureMet ? "未完成" : "已完成")}。完成情况写明数值所属期间或只给出其一即可判定",
            $"the actual's figure and its share of the target disagree: by the figure ({s.Figure.English}) it is {(s.FigureMet ? "met" : "missed")}, by the share ({s.Share.English}) {(s.FigureMet ? "missed" : "met")}; an actual that says which period its figure covers, or gives only one of them, would settle it")));

    /// <summary>Compares an aligned actual with a threshold's goal: prorated for an interim report, with the 左右 tolerance.</summary>
    /// <exception cref="OverflowException">A figure is beyond decimal's range.</exception>
    private ThresholdDecision Decide(ThresholdTarget t, Quantity a, Quantity goal) => Decide(t, a.Value, goal.Value, goal.Unit.Dimension);

    /// <summary>The same on the aligned figures, <paramref name="goal"/> in a unit of <paramref name="dimension"/>.</summary>
    /// <exception cref="OverflowException">A figure is beyond decimal's range.</exception>
    private ThresholdDecision Decide(ThresholdTarget t, decimal a, decimal goal, Dimension dimension)
    {
        var prorates = t.Comparison is Comparison.AtLeast or Comparison.Above or Comparison.About && period.IsInterim;
        var interim = t.Cumulative && prorates;
        var bound = interim ? goal * period.Elapsed : goal;
        var tolerance = t.Comparison is Comparison.About or Comparison.AboutOrBelow ? Tolerance(goal, dimension) : 0m;
        var holds = Holds(t.Comparison, a, bound, tolerance);

        // Where the target does not say whether it accumulates, the pro-rata reading is weighed too: the answer stands
        // only where both agree.
        var weighed = t.CumulativeUnsettled && prorates;
        var cumulativeSettled = !weighed || Holds(t.Comparison, a, goal * period.Elapsed, tolerance) == holds;

        // X左右 where the name does not say which way is better: the cap reading is weighed too.
        var directed = t.DirectionUnsettled && t.Comparison == Comparison.About;
        var directionSettled = !directed || Holds(Comparison.AboutOrBelow, a, bound, tolerance) == holds;

        // The gap is computed here, not when the reason is read: near decimal's limits it overflows, and that must
        // make the condition Undetermined, not throw from a lazily built explanation.
        return new ThresholdDecision(holds, bound, Math.Abs(a - bound), tolerance, interim, weighed, cumulativeSettled, directed, directionSettled);
    }

    /// <summary>Compares an aligned actual with the city's figure; the gap as in <see cref="Decide(ThresholdTarget, Quantity, Quantity)"/>.</summary>
    /// <exception cref="OverflowException">A figure is beyond decimal's range.</exception>
    private (bool Holds, decimal Gap) Decide(CityRelativeTarget c, Quantity a, Quantity b) => Decide(c.Relation, a.Value, b.Value, b.Unit.Dimension);

    private static bool Holds(Comparison comparison, decimal a, decimal bound, decimal tolerance) => comparison switch
    {
        Comparison.AtLeast => a >= bound,
        Comparison.Above => a > bound,
        Comparison.AtMost => a <= bound,
        Comparison.Below => a < bound,
        Comparison.AboutOrBelow => a <= bound + tolerance,
        _ => a >= bound - tolerance,
    };

    private readonly record struct ThresholdDecision(
        bool Holds, decimal Bound, decimal Gap, decimal Tolerance, bool Interim, bool Weighed, bool CumulativeSettled, bool Directed, bool DirectionSettled)
    {
        /// <summary>Whether every reading weighed gives the same answer.</summary>
        public bool Settled => CumulativeSettled && DirectionSettled;
    }

    // X左右 read as a floor and as a cap disagree: the figure is outside the band, and the name does not say which side is good.
    private static Outcome Undirected(ThresholdTarget t, Quantity reported, Quantity goal, string note, ThresholdDecision d)
    {
        var floor = new Quantity(d.Bound - d.Tolerance, goal.Unit);
        var cap = new Quantity(d.Bound + d.Tolerance, goal.Unit);
        var meetsFloor = d.Holds;
        return Outcome.Undetermined(
            $"{note}{Describe(t.Measure, reported, zh: true)}：指标名称未表明越高越好还是越低越好，目标{Goal(t.Comparison, goal, zh: true)}可读作下限或上限；"
            + $"按下限（不低于 {floor}）{(meetsFloor ? "已完成" : "未完成")}，按上限（不超过 {cap}）{(meetsFloor ? "未完成" : "已完成")}。"
            + "目标写明以上或以内，或在 --policy 的 lowerIsBetter、higherIsBetter 中列出该指标即可判定",
            $"{NoteEn(note)}{Describe(t.Measure, reported, zh: false)}: the indicator's name does not say whether higher or lower is better, so the target of "
            + $"{Goal(t.Comparison, goal, zh: false)} reads as a floor or as a cap; it {(meetsFloor ? "meets" : "misses")} the floor (at least {floor}) "
            + $"and {(meetsFloor ? "misses" : "meets")} the cap (at most {cap}). 以上 or 以内 in the target, or the indicator in the policy's "
            + "lowerIsBetter or higherIsBetter, settles it");
    }

    // The two readings of a figure that may or may not accumulate disagree: say both and what would settle it.
    private Outcome Unsettled(ThresholdTarget t, Quantity reported, Quantity a, Quantity goal, string note, ThresholdDecision d)
    {
        var prorated = new Quantity(goal.Value * period.Elapsed, goal.Unit);
        var elapsed = new FigureText(period.Elapsed);
        return CumulativeReadingsDisagree(
            ($"{note}{Describe(t.Measure, reported, zh: true)}", $"{NoteEn(note)}{Describe(t.Measure, reported, zh: false)}"),
            (Goal(t.Comparison, goal, zh: true), Goal(t.Comparison, goal, zh: false)),
            ($"{prorated}（× {elapsed}）", $"{prorated} (× {elapsed})"),
            byPace: !d.Holds);
    }

    // The cumulative and the stock reading of a target that does not say which it is give different states: what was
    // reported, the target, the pro-rata goal, and whether the pro-rata reading is met.
    private static Outcome CumulativeReadingsDisagree((string Zh, string En) reported, (string Zh, string En) goal, (string Zh, string En) pace, bool byPace) =>
        Outcome.Undetermined(
            $"{reported.Zh}：目标{goal.Zh}未说明是当年累计数还是存量；"
            + $"按序时进度 {pace.Zh}{(byPace ? "已完成" : "未完成")}，按全年目标{(byPace ? "未完成" : "已完成")}。"
            + "指标名称写明新增、累计或拥有量、总数即可判定",
            $"{reported.En}: the target of {goal.En} does not say whether it accumulates over the year; "
            + $"it {(byPace ? "meets" : "misses")} the pro-rata {pace.En} and {(byPace ? "misses" : "meets")} the full-year target. "
            + "An indicator name with 新增, 累计, 拥有量 or 总数 settles it");

    // Holds what the decision cannot be worked out from again: the aligned figures, the bound and the gap are worked
    // out again when the reason is read (they were once, without overflow), which keeps one of these per row small.
    private sealed class ThresholdWords(ThresholdTarget t, Quantity reported, decimal tolerance, decimal elapsed, string note, bool holds,
        (string Zh, string En)? label) : DeferredExplanation
    {
        protected override string Word(bool chinese)
        {
            TryAlign(reported, t.Value, out var a, out var goal);
            var bound = elapsed > 0 ? goal.Value * elapsed : goal.Value;
            return ThresholdWhy(chinese, t, reported, a, goal, bound, Math.Abs(a.Value - bound), tolerance, elapsed, note, holds, label);
        }
    }

    // One language at a time: a report reads one, and wording is most of what a judged row costs to report.
    private static string ThresholdWhy(bool zh, ThresholdTarget t, Quantity reported, Quantity a, Quantity goal, decimal bound, decimal gap,
        decimal tolerance, decimal elapsed, string note, bool holds, (string Zh, string En)? label)
    {
        var actual = reported.Unit != a.Unit && reported.Unit.Symbol.Length > 0
            // Say what was reported before what it was converted to: 60109 万美元（合 6.0109 亿美元）.
            ? zh ? $"{Describe(t.Measure, reported, zh)}（合 {a}）" : $"{Describe(t.Measure, reported, zh)} (= {a})"
            : Describe(t.Measure, a, zh);
        var target = label is { } named ? (zh ? named.Zh : named.En) : Goal(t.Comparison, goal, zh);
        if (elapsed > 0)
        {
            var prorated = new Quantity(bound, goal.Unit);
            target = zh
                ? $"序时进度 {prorated}（全年{target} × {new FigureText(elapsed)}）"
                : $"the pro-rata {prorated} (full-year {target} × {new FigureText(elapsed)})";
        }
        else if (tolerance > 0)
        {
            target += zh ? $"（容差 {Gap(tolerance, goal.Unit, zh)}）" : $" (tolerance {Gap(tolerance, goal.Unit, zh)})";
        }

        var verdict = (t.Comparison, holds) switch
        {
            (Comparison.AtMost or Comparison.AboutOrBelow, true) => zh ? $"未超过目标{target}" : $"within the target of {target}",
            (Comparison.AtMost or Comparison.AboutOrBelow, false) => zh
                ? $"超过目标{target}，超出 {Gap(gap, goal.Unit, zh)}" : $"above the target of {target}, over by {Gap(gap, goal.Unit, zh)}",
            (Comparison.Below, true) => zh ? $"低于目标{target}" : $"below the target of {target}",
            (Comparison.Below, false) => zh
                ? gap == 0 ? $"未低于目标{target}" : $"未低于目标{target}，超出 {Gap(gap, goal.Unit, zh)}"
                : gap == 0 ? $"not below the target of {target}" : $"not below the target of {target}, over by {Gap(gap, goal.Unit, zh)}",
            (Comparison.Above, true) => zh ? $"高于目标{target}" : $"above the target of {target}",
            (Comparison.Above, false) => zh
                ? gap == 0 ? $"未高于目标{target}" : $"未高于目标{target}，差 {Gap(gap, goal.Unit, zh)}"
                : gap == 0 ? $"not above the target of {target}" : $"not above the target of {target}, short by {Gap(gap, goal.Unit, zh)}",
            (_, true) => zh ? $"达到目标{target}" : $"meets the target of {target}",
            _ => zh ? $"低于目标{target}，差 {Gap(gap, goal.Unit, zh)}" : $"below the target of {target}, short by {Gap(gap, goal.Unit, zh)}",
        };
        return zh ? $"{note}{actual}，{verdict}" : $"{NoteEn(note)}{actual}, {verdict}";
    }

    /// <summary>
    /// Judges 完成年度目标的 103% against a level target to reach: at least 100% meets it (in an interim report, for a
    /// cumulative target, the elapsed share: 50% at mid-year). Null when the actual gives no share.
    /// </summary>
    private Outcome? Share(ThresholdTarget t, Observation actual)
    {
        if (actual.ShareOfTarget is not { } share)
        {
            return null;
        }

        var goal = Aim(t, true);
        var goalEn = Aim(t, false);
        if (t.Measure != Measure.Level || t.Comparison is Comparison.AtMost or Comparison.Below)
        {
            return t.Measure != Measure.Level
                ? Outcome.Undetermined($"完成情况为年度目标的 {new FigureText(share)}%，目标为{goal}：目标的比例不说明{MeasureZh(t.Measure)}，应给出{MeasureZh(t.Measure)}",
                    $"the actual gives {new FigureText(share)}% of the year's target, but the target is {goalEn}: a share of it does not give the {MeasureEn(t.Measure)}; the {MeasureEn(t.Measure)} would settle it")
                : Outcome.Undetermined($"完成情况为年度目标的 {new FigureText(share)}%，目标为上限{goal}：比例不说明是否控制在目标以内，应给出数值",
                    $"the actual gives {new FigureText(share)}% of the year's target, but the target is a cap of {goalEn}: a share does not say whether it stayed within it; the figure would settle it");
        }

        var interim = t.Cumulative && period.IsInterim;
        var bound = interim ? 100m * period.Elapsed : 100m;
        var tolerance = policy.ApproximateLevelTolerance;
        bool Reaches(decimal b) => t.Comparison switch
        {
            Comparison.Above => share > b,
            Comparison.About => share >= b * (1m - tolerance),
            _ => share >= b,
        };
        var holds = Reaches(bound);
        var gap = Math.Abs(share - bound);
        var shareZh = $"完成年度目标的 {new FigureText(share)}%";
        var shareEn = $"{new FigureText(share)}% of the year's target reached";

        // 80% alone against a standard of 60 元/月: short of the task, or the standard's rise; the task done in full says
        // it is paid either way.
        if (!holds && actual.ShareOfWork && t.Value.Unit.Dimension is Dimension.Yuan or Dimension.UsDollar)
        {
            return Outcome.Undetermined(
                $"完成情况“{TextNormalizer.PlainSpaces(actual.Text).Trim()}”可读作完成任务的比例（未完成），也可读作标准{goal}的增幅（未给出上年标准）。完成情况给出标准数值即可判定",
                $"the actual \"{TextNormalizer.PlainSpaces(actual.Text).Trim()}\" may be the share of the task done (short of it) or the rise of the standard of {goalEn} (no previous standard given); the standard's figure would settle it");
        }

        // As for a figure: where the target does not say whether it accumulates, the pro-rata reading is weighed too.
        var weighed = t.CumulativeUnsettled && period.IsInterim;
        var pace = 100m * period.Elapsed;
        if (weighed && Reaches(pace) != Reaches(100m))
        {
            var paceText = $"{new FigureText(pace)}%";
            return CumulativeReadingsDisagree((shareZh, shareEn), (goal, goalEn), (paceText, paceText), byPace: Reaches(pace));
        }

        var judged = interim
            ? Outcome.Of(holds,
                holds ? $"{shareZh}，达到序时进度 {new FigureText(bound)}%（全年目标{goal}）" : $"{shareZh}，低于序时进度 {new FigureText(bound)}%（全年目标{goal}），差 {new FigureText(gap)} 个百分点",
                holds ? $"{shareEn}, at or above the pro-rata {new FigureText(bound)}% (full-year target {goalEn})" : $"{shareEn}, below the pro-rata {new FigureText(bound)}% (full-year target {goalEn}), short by {Points(Unit.Format(gap))}")
            : Outcome.Of(holds,
                holds ? $"{shareZh}，达到目标{goal}" : $"{shareZh}，未达到目标{goal}，差 {new FigureText(gap)} 个百分点",
                holds ? $"{shareEn}, meeting the target of {goalEn}" : $"{shareEn}, short of the target of {goalEn} by {Points(Unit.Format(gap))}");
        return Lagged(weighed ? judged with { Why = CumulativeReadingsAgree(judged.Why) } : judged, actual);
    }

    // 88%(灵溪镇园区六路推进缓慢): a remark that the work lags agrees with a share behind pace, and leaves a share on pace
    // unsettled: the share may count work begun, the remark the units not finished.
    private static Outcome Lagged(Outcome byShare, Observation actual)
    {
        if (!actual.Lagging)
        {
            return byShare;
        }

        var remark = TextNormalizer.PlainSpaces(actual.Text).Trim();
        return byShare.State == AttainmentState.Met
            ? Outcome.Undetermined(
                $"{byShare.Why.Chinese}，但完成情况“{remark}”称进度滞后：比例与备注结论不一。完成情况给出已完成的数量即可判定",
                $"{byShare.Why.English}, but the actual \"{remark}\" says the work lags: the share and the remark disagree; the number of units finished would settle it")
            : byShare with
            {
                Why = Explanation.Lazy((byShare.Why, remark), static s => new Explanation(
                    $"{s.Why.Chinese}；完成情况亦称进度滞后（“{s.remark}”）", $"{s.Why.English}; the actual also says the work lags (\"{s.remark}\")")),
            };
    }

    private static Explanation CumulativeReadingsAgree(Explanation why) => Explanation.Lazy(why, static w => new Explanation(
        $"{w.Chinese}（未说明目标是否为当年累计数：按全年目标与按序时进度判定结论相同）",
        $"{w.English} (the target does not say whether it accumulates over the year: the full-year and the pro-rata readings agree)"));

    /// <summary>
    /// Judges a share of the year's task where the target is prose (优化就业创业服务): a task done so far is measured
    /// against the elapsed share of the year in an interim report (it is a share of the year's work), and 100% at year end.
    /// </summary>
    public Outcome TaskShare(string targetText, Observation actual, decimal share)
    {
        var bound = period.IsInterim ? 100m * period.Elapsed : 100m;
        var holds = share >= bound;
        var task = TextNormalizer.PlainSpaces(targetText).Trim();
        if (actual.ShareOfWork)
        {
            return WorkShare(task, actual, share);
        }

        var shareZh = $"目标“{task}”无法识别，完成年度任务的 {new FigureText(share)}%";
        var shareEn = $"the target \"{task}\" could not be read; {new FigureText(share)}% of the year's task done";
        var gap = new FigureText(Math.Abs(share - bound));
        return period.IsInterim
            ? Outcome.Of(holds,
                holds ? $"{shareZh}，达到序时进度 {new FigureText(bound)}%" : $"{shareZh}，低于序时进度 {new FigureText(bound)}%，差 {gap} 个百分点",
                holds ? $"{shareEn}, at or above the pro-rata {new FigureText(bound)}%" : $"{shareEn}, below the pro-rata {new FigureText(bound)}%, short by {Points(Unit.Format(Math.Abs(share - bound)))}")
            : Outcome.Of(holds,
                holds ? $"{shareZh}，任务已完成" : $"{shareZh}，任务未完成，差 {gap} 个百分点",
                holds ? $"{shareEn}, the task is done" : $"{shareEn}, the task is not done: short by {Points(Unit.Format(100m - share))}");
    }

    /// <summary>
    /// Judges a percent written alone (70%, 80%(新区实验幼儿园进度滞后)) in an interim report whose target could not be read
    /// (开工建设海塘安澜(南片海塘4.65公里)): the share of the work done. Behind pace the task lags whatever its units; on pace
    /// it says nothing of the units finished (8家卫生院建成投用), so it does not settle the task.
    /// </summary>
    private Outcome WorkShare(string task, Observation actual, decimal share) =>
        PaceOfWork(($"目标“{task}”无法识别，完成进度 {new FigureText(share)}%", $"the target \"{task}\" could not be read; {new FigureText(share)}% of the work done"),
            actual, share);

    /// <summary>
    /// A percent written alone under a target that could not be read, where the target has a percent or the name says what
    /// a bare percent is (a rate, an amount's growth): it may be that figure itself as much as the share of the task.
    /// </summary>
    public static Outcome RateOrShare(string targetText, Observation actual)
    {
        var task = TextNormalizer.PlainSpaces(targetText).Trim();
        var said = TextNormalizer.PlainSpaces(actual.Text).Trim();
        return Outcome.Undetermined(
            $"目标“{task}”无法识别，完成情况“{said}”可读作完成任务的比例，也可读作指标本身的数值。目标写明数值即可判定",
            $"the target \"{task}\" could not be read, and the actual \"{said}\" may be the share of the task done or the indicator's own figure; a target with its figure would settle it");
    }

    // A share of the work in an interim report: behind pace the task lags, whatever its units; on pace it does not say how
    // many are finished. A remark that the work lags is said beside it.
    private Outcome PaceOfWork((string Zh, string En) work, Observation actual, decimal share)
    {
        var bound = 100m * period.Elapsed;
        var said = TextNormalizer.PlainSpaces(actual.Text).Trim();
        var lagZh = actual.Lagging ? $"，完成情况亦称进度滞后（“{said}”）" : "";
        var lagEn = actual.Lagging ? $"; the actual also says the work lags (\"{said}\")" : "";
        return share < bound
            ? Outcome.Missed(
                $"{work.Zh}，低于序时进度 {new FigureText(bound)}%，差 {new FigureText(bound - share)} 个百分点{lagZh}",
                $"{work.En}, below the pro-rata {new FigureText(bound)}%, short by {Points(Unit.Format(bound - share))}{lagEn}")
            : Outcome.Undetermined(
                $"{work.Zh}，达到序时进度 {new FigureText(bound)}%{lagZh}，但工作进度不说明已完成的数量。完成情况给出已完成的数量即可判定",
                $"{work.En}, at or above the pro-rata {new FigureText(bound)}%{lagEn}, but a share of the work does not say how many units are finished; the number finished would settle it");
    }

    /// <summary>
    /// Judges a statement of completion against a numeric target that the actual gives no figure for: 已完成, 完成年度目标,
    /// 超额完成, 达标 and 基本完成 (provisional) meet it, 未完成 and 未达标 miss it. Null when the actual states none.
    /// </summary>
    private Outcome? Completion(ThresholdTarget t, Observation actual)
    {
        if (Completes(actual) is not { } completes)
        {
            return null;
        }

        var goal = Aim(t, true);
        var goalEn = Aim(t, false);
        if (!completes && period.IsInterim)
        {
            return NotDoneYet(actual.Text);
        }

        if (!completes)
        {
            return Outcome.Missed($"完成情况称“{actual.Text}”，未达到目标{goal}", $"the actual states \"{actual.Text}\", which misses the target of {goalEn}");
        }

        return policy.AssertedStatementsCount
            ? Outcome.Met($"完成情况称“{actual.Text}”，视为达到目标{goal}", $"the actual states \"{actual.Text}\", taken as meeting the target of {goalEn}")
            : Outcome.Awaiting($"完成情况称“{actual.Text}”，未给出数值，待市级评价", $"the actual states \"{actual.Text}\" without a figure; waiting for the city's assessment");
    }

    // 未完成年度目标任务 in an interim report: the year is not over, so the task not yet done says nothing about the pace.
    private static Outcome NotDoneYet(string said) => Outcome.Undetermined(
        $"完成情况称“{said}”：期中尚未完成全年任务不说明是否达到序时进度，应给出数值或完成比例",
        $"the actual states \"{said}\": in an interim report the year's task not yet done does not say whether it is on pace; a figure or a share of the task would settle it");

    /// <summary>
    /// Judges the actual's own verdict (全面完成目标任务, 完成年度目标任务) where the target is prose with no figure that could be
    /// read (改善农村出行条件): the verdict is on the task itself. In an interim report a task not yet done is not missed.
    /// </summary>
    public Outcome TaskVerdict(string targetText, Observation actual, bool completes)
    {
        var task = TextNormalizer.PlainSpaces(targetText).Trim();
        if (!completes && period.IsInterim)
        {
            return NotDoneYet(actual.Text);
        }

        return Outcome.Of(completes,
            $"目标“{task}”无法识别，完成情况称“{actual.Text}”，任务{(completes ? "已完成" : "未完成")}",
            $"the target \"{task}\" could not be read; the actual states \"{actual.Text}\": the task is {(completes ? "done" : "not done")}");
    }

    // The target as a reason names it after 目标: " 600 亿元", "增长 6%" (a level's figure, or the measure and its figure).
    private static string Aim(ThresholdTarget t, bool zh) => t.Measure == Measure.Level ? Goal(t.Comparison, t.Value, zh) : Describe(t.Measure, t.Value, zh);

    /// <summary>True when the observation states the target met (已完成, 达标, 基本完成), false when missed (未完成, 未达标), else null.</summary>
    internal static bool? Completes(Observation actual)
    {
        if (actual.Assertions.IsDefaultOrEmpty)
        {
            return null;
        }

        if (actual.Asserts(Assertion.MissesTarget) || actual.Asserts(Assertion.MissesCityQuota))
        {
            return false;
        }

        return actual.Asserts(Assertion.MeetsTarget) || actual.Asserts(Assertion.MeetsCityQuota) || actual.Asserts(Assertion.BasicallyCompleted) ? true : null;
    }

    private Outcome Range(string indicator, RangeTarget r, Observation actual)
    {
        var low = Target.Threshold(r.Measure, Comparison.AtLeast, r.Low);
        return Threshold(indicator, low, actual, ($"区间 {Number(r.Low)}-{r.High}", $"the range {Number(r.Low)}-{r.High}"));
    }

    private AttainmentState? ThresholdState(ThresholdTarget t, Observation actual)
    {
        // A verdict beside the figure is weighed against it: only the full judgement tells.
        if (!actual.Assertions.IsDefaultOrEmpty)
        {
            return null;
        }

        // A growth is reported and aimed at in plain percent: its figures are compared as they are, without
        // quantities to build and align (what TryAlign would do with two figures in %).
        if (t.Measure is Measure.Growth or Measure.ComparableGrowth && !t.Value.Unit.IsPerCapita)
        {
            if (GrowthOf(t.Measure, actual) is not { } growth)
            {
                return null;
            }

            return Decide(t, growth, t.Value.Value, Dimension.Percent).Holds || t.Stretch ? AttainmentState.Met : AttainmentState.Missed;
        }

        // A share beside the figure is weighed against it: only the full judgement tells.
        if (actual.ShareOfTarget is not null || !actual.TryRead(t.Measure, out var own) || !TryAlignFigures(own, t.Value, out var a, out var goal, out var dimension))
        {
            return null;
        }

        // A stretch goal is decided like the others (an overflow still makes it Undetermined) but never misses.
        var d = Decide(t, a, goal, dimension);
        return !d.Settled ? AttainmentState.Undetermined : d.Holds || t.Stretch ? AttainmentState.Met : AttainmentState.Missed;
    }
}
