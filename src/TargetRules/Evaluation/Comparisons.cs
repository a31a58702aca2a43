using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

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
            return Unsettled(t, own, a, goal, note, d);
        }

        var why = new Explanation(new ThresholdWords(t, own, d.Tolerance, d.Interim ? period.Elapsed : 0m, note, d.Holds, label));
        if (d.Weighed)
        {
            why = Explanation.Lazy(why, static w => new Explanation(
                $"{w.Chinese}（未说明目标是否为当年累计数：按全年目标与按序时进度判定结论相同）",
                $"{w.English} (the target does not say whether it accumulates over the year: the full-year and the pro-rata readings agree)"));
        }
        if (t.Stretch)
        {
            // The floor beside it decides: a stretch goal only says whether it was reached too.
            return new Outcome(AttainmentState.Met, Explanation.Lazy((why, d.Holds), static s => new Explanation(
                $"力争目标{(s.Holds ? "已达到" : "未达到")}：{s.why.Chinese}（力争目标不影响完成判定）",
                $"stretch goal {(s.Holds ? "reached" : "not reached")}: {s.why.English} (a stretch goal does not decide the state)")));
        }

        return new Outcome(d.Holds ? AttainmentState.Met : AttainmentState.Missed, why);
    }

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
        var settled = !weighed || Holds(t.Comparison, a, goal * period.Elapsed, tolerance) == holds;

        // The gap is computed here, not when the reason is read: near decimal's limits it overflows, and that must
        // make the condition Undetermined, not throw from a lazily built explanation.
        return new ThresholdDecision(holds, bound, Math.Abs(a - bound), tolerance, interim, weighed, settled);
    }

    private static bool Holds(Comparison comparison, decimal a, decimal bound, decimal tolerance) => comparison switch
    {
        Comparison.AtLeast => a >= bound,
        Comparison.Above => a > bound,
        Comparison.AtMost => a <= bound,
        Comparison.Below => a < bound,
        Comparison.AboutOrBelow => a <= bound + tolerance,
        _ => a >= bound - tolerance,
    };

    private readonly record struct ThresholdDecision(bool Holds, decimal Bound, decimal Gap, decimal Tolerance, bool Interim, bool Weighed, bool Settled);

    // The two readings of a figure that may or may not accumulate disagree: say both and what would settle it.
    private Outcome Unsettled(ThresholdTarget t, Quantity reported, Quantity a, Quantity goal, string note, ThresholdDecision d)
    {
        var prorated = new Quantity(goal.Value * period.Elapsed, goal.Unit);
        var elapsed = new FigureText(period.Elapsed);
        var fullYear = d.Holds;
        return Outcome.Undetermined(
            $"{note}{Describe(t.Measure, reported, zh: true)}：目标{Goal(t.Comparison, goal, zh: true)}未说明是当年累计数还是存量；"
            + $"按序时进度 {prorated}（× {elapsed}）{(fullYear ? "未完成" : "已完成")}，按全年目标{(fullYear ? "已完成" : "未完成")}。"
            + "指标名称写明新增、累计或拥有量、总数即可判定",
            $"{NoteEn(note)}{Describe(t.Measure, reported, zh: false)}: the target of {Goal(t.Comparison, goal, zh: false)} does not say whether it accumulates over the year; "
            + $"{(fullYear ? "it misses" : "it meets")} the pro-rata {prorated} (× {elapsed}) and {(fullYear ? "meets" : "misses")} the full-year target. "
            + "An indicator name with 新增, 累计, 拥有量 or 总数 settles it");
    }

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
        var holds = t.Comparison switch
        {
            Comparison.Above => share > bound,
            Comparison.About => share >= bound * (1m - policy.ApproximateLevelTolerance),
            _ => share >= bound,
        };
        var gap = Math.Abs(share - bound);
        var shareZh = $"完成年度目标的 {new FigureText(share)}%";
        var shareEn = $"{new FigureText(share)}% of the year's target reached";
        return interim
            ? Outcome.Of(holds,
                holds ? $"{shareZh}，达到序时进度 {new FigureText(bound)}%（全年目标{goal}）" : $"{shareZh}，低于序时进度 {new FigureText(bound)}%（全年目标{goal}），差 {new FigureText(gap)} 个百分点",
                holds ? $"{shareEn}, at or above the pro-rata {new FigureText(bound)}% (full-year target {goalEn})" : $"{shareEn}, below the pro-rata {new FigureText(bound)}% (full-year target {goalEn}), short by {Points(Unit.Format(gap))}")
            : Outcome.Of(holds,
                holds ? $"{shareZh}，达到目标{goal}" : $"{shareZh}，未达到目标{goal}，差 {new FigureText(gap)} 个百分点",
                holds ? $"{shareEn}, meeting the target of {goalEn}" : $"{shareEn}, short of the target of {goalEn} by {Points(Unit.Format(gap))}");
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
        if (!completes)
        {
            return Outcome.Missed($"完成情况称“{actual.Text}”，未达到目标{goal}", $"the actual states \"{actual.Text}\", which misses the target of {goalEn}");
        }

        return policy.AssertedStatementsCount
            ? Outcome.Met($"完成情况称“{actual.Text}”，视为达到目标{goal}", $"the actual states \"{actual.Text}\", taken as meeting the target of {goalEn}")
            : Outcome.Awaiting($"完成情况称“{actual.Text}”，未给出数值，待市级评价", $"the actual states \"{actual.Text}\" without a figure; waiting for the city's assessment");
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

    // 完成市下达目标 is met by 达标 and by 已完成/完成年度目标: for such a row the year's target is the city's.
    private static bool MeetsQuota(Observation o) => o.Asserts(Assertion.MeetsCityQuota) || o.Asserts(Assertion.MeetsTarget);

    private static bool MissesQuota(Observation o) => o.Asserts(Assertion.MissesCityQuota) || o.Asserts(Assertion.MissesTarget);

    private Outcome Range(string indicator, RangeTarget r, Observation actual)
    {
        var low = Target.Threshold(r.Measure, Comparison.AtLeast, r.Low);
        return Threshold(indicator, low, actual, ($"区间 {Number(r.Low)}-{r.High}", $"the range {Number(r.Low)}-{r.High}"));
    }

    private Outcome City(string indicator, CityRelativeTarget c, Observation actual)
    {
        var statement = CityStatement(c);
        if (policy.AssertedStatementsCount && (actual.Asserts(statement) || actual.Asserts(Assertion.AboveCity)))
        {
            var said = actual.Asserts(statement) ? statement : Assertion.AboveCity;
            return Outcome.Met($"完成情况称“{said}”", $"the actual states \"{said}\"");
        }

        if (!Own(indicator, c.Measure, actual, out var own, out var note, out var failure))
        {
            // 增速高于全市 1.5 个百分点 with no figure of its own still says how it stands against the city.
            return GapFor(c, actual) is { } gapOnly && facts.Reference(indicator, ReferenceKind.City) is null ? ByGap(c, gapOnly, null, note) : failure;
        }

        if (facts.Reference(indicator, ReferenceKind.City) is not { } city)
        {
            if (GapFor(c, actual) is { } stated)
            {
                return ByGap(c, stated, own, note);
            }

            return new Outcome(AttainmentState.AwaitingCityFeedback, Explanation.Lazy((c.Measure, own, note), static s =>
            {
                var (ownZh, ownEn) = Describe(s.Measure, s.own);
                return new Explanation($"{s.note}{ownZh}，全市数据尚未提供", $"{NoteEn(s.note)}{ownEn}; the city's figure is not yet available");
            }));
        }

        if (ReadEither(c.Measure, city.Value) is not { } cityValue || !Align(own, cityValue, out var a, out var b, out _))
        {
            return Outcome.Undetermined($"全市参考值“{city.Value.Text}”未给出可比较的{MeasureZh(c.Measure)}",
                $"the city's figure \"{city.Value.Text}\" gives no {MeasureEn(c.Measure)} to compare with");
        }

        var (holds, gap) = Decide(c, a, b);
        return new Outcome(holds ? AttainmentState.Met : AttainmentState.Missed, new Explanation(new CityWords(c, own, a, b, gap, note, holds)));
    }

    /// <summary>The gap to the city the actual states for the measure the target compares, or null.</summary>
    internal static decimal? GapFor(CityRelativeTarget c, Observation actual) =>
        actual.CityGap is { } gap && (gap.Measure is null || gap.Measure == c.Measure) ? gap.Points : null;

    /// <summary>
    /// Judges a comparison with the city by the gap the actual states (高于全市 1.5 个百分点), when no city figure is supplied:
    /// the city's figure is the district's less the gap.
    /// </summary>
    private Outcome ByGap(CityRelativeTarget c, decimal points, Quantity? own, string note)
    {
        var holds = GapHolds(c.Relation, points);
        var gapZh = points > 0 ? $"高于全市 {new FigureText(points)} 个百分点" : points < 0 ? $"低于全市 {new FigureText(-points)} 个百分点" : "与全市持平";
        var gapEn = points > 0 ? $"{Points(Unit.Format(points))} above the city" : points < 0 ? $"{Points(Unit.Format(-points))} below the city" : "level with the city";
        var relation = c.Relation switch
        {
            CityRelation.Above => ("高于全市", "above the city"),
            CityRelation.NotBelow => ("不低于全市", "not below the city"),
            CityRelation.InSync => ("与全市保持同步", "in step with the city"),
            _ => ("与全市基本同步", "basically in step with the city"),
        };
        if (own is not { } mine)
        {
            return Outcome.Of(holds, $"完成情况称{gapZh}，目标{relation.Item1}", $"the actual states {gapEn} (target: {relation.Item2})");
        }

        var city = new Quantity(mine.Value - points, mine.Unit);
        return Outcome.Of(holds,
            $"{note}{Describe(c.Measure, mine, true)}，{gapZh}（全市{(c.Measure == Measure.Level ? " " : "")}{Describe(c.Measure, city, true)}，由完成情况推算），目标{relation.Item1}",
            $"{NoteEn(note)}{Describe(c.Measure, mine, false)}, {gapEn} (the city's {Describe(c.Measure, city, false)}, worked out from the actual) (target: {relation.Item2})");
    }

    private bool GapHolds(CityRelation relation, decimal points) => relation switch
    {
        CityRelation.Above => points > 0,
        CityRelation.BasicallyInSync => points >= -policy.SyncTolerance,
        _ => points >= 0,
    };

    /// <summary>Compares an aligned actual with the city's figure; the gap as in <see cref="Decide(ThresholdTarget, Quantity, Quantity)"/>.</summary>
    /// <exception cref="OverflowException">A figure is beyond decimal's range.</exception>
    private (bool Holds, decimal Gap) Decide(CityRelativeTarget c, Quantity a, Quantity b) => Decide(c.Relation, a.Value, b.Value, b.Unit.Dimension);

    /// <summary>The same on the aligned figures, the city's <paramref name="b"/> in a unit of <paramref name="dimension"/>.</summary>
    /// <exception cref="OverflowException">A figure is beyond decimal's range.</exception>
    private (bool Holds, decimal Gap) Decide(CityRelation relation, decimal a, decimal b, Dimension dimension)
    {
        var tolerance = relation == CityRelation.BasicallyInSync ? SyncTolerance(b, dimension) : 0m;
        var holds = relation == CityRelation.Above ? a > b : a >= b - tolerance;
        return (holds, Math.Abs(a - b));
    }

    private static string CityStatement(CityRelativeTarget c) => c.Relation switch
    {
        CityRelation.Above => Assertion.AboveCity,
        CityRelation.NotBelow => Assertion.NotBelowCity,
        _ => Assertion.InSyncWithCity,
    };

    private sealed class CityWords(CityRelativeTarget c, Quantity own, Quantity a, Quantity b, decimal gap, string note, bool holds) : DeferredExplanation
    {
        protected override string Word(bool chinese) => CityWhy(chinese, c, own, a, b, gap, note, holds);
    }

    private static string CityWhy(bool zh, CityRelativeTarget c, Quantity own, Quantity a, Quantity b, decimal difference, string note, bool holds)
    {
        var relation = c.Relation switch
        {
            CityRelation.Above => zh ? "高于全市" : "above the city",
            CityRelation.NotBelow => zh ? "不低于全市" : "not below the city",
            CityRelation.InSync => zh ? "与全市保持同步" : "in step with the city",
            _ => zh ? "与全市基本同步" : "basically in step with the city",
        };
        var compare = a.Value > b.Value ? (zh ? "高于" : "above")
            : a.Value == b.Value ? (zh ? "等于" : "equal to")
            : holds ? (zh ? "略低于" : "slightly below")
            : zh ? "低于" : "below";
        var shortBy = holds || a.Value == b.Value ? "" : zh ? $"，差 {Gap(difference, b.Unit, zh)}" : $", short by {Gap(difference, b.Unit, zh)}";
        return zh
            ? $"{note}{Describe(c.Measure, own, zh)}，{compare}全市{(c.Measure == Measure.Level ? " " : "")}{Describe(c.Measure, b, zh)}{shortBy}，目标{relation}"
            : $"{NoteEn(note)}{Describe(c.Measure, own, zh)}, {compare} the city's {Describe(c.Measure, b, zh)}{shortBy} (target: {relation})";
    }

    private Outcome Peer(string indicator, IndicatorRelativeTarget p, Observation actual)
    {
        if (!Own(indicator, p.Measure, actual, out var own, out var note, out var failure))
        {
            return failure;
        }

        var (ownZh, ownEn) = Describe(p.Measure, own);
        if (facts.Peer(p.Peer) is not { } peer)
        {
            return Outcome.Undetermined($"{ownZh}；本计划中没有“{p.Peer}”对应的指标", $"{ownEn}; no indicator of this plan gives \"{p.Peer}\"");
        }

        if (peer.Status != ObservationStatus.Reported || ReadEither(p.Measure, peer) is not { } peerValue || !Align(own, peerValue, out var a, out var b, out _))
        {
            return Outcome.Undetermined($"{ownZh}；“{p.Peer}”没有可比较的数据（{peer.Text}）", $"{ownEn}; \"{p.Peer}\" has no comparable figure ({peer.Text})");
        }

        var tolerance = p.Basically ? SyncTolerance(b) : 0m;
        var holds = a.Value >= b.Value - tolerance;
        var (peerZh, peerEn) = Describe(p.Measure, b);
        var sync = p.Basically ? "基本同步" : "同步";
        return Outcome.Of(holds,
            $"{note}{ownZh}，{PeerFigure(p.Peer, peerZh)}，{(holds ? "" : "未")}与{p.Peer}{sync}",
            $"{NoteEn(note)}{ownEn}; {p.Peer} {peerEn}; {(holds ? "in step" : "not in step")} with {p.Peer}{(p.Basically ? " (within the sync tolerance)" : "")}");
    }

    // 经济增长 already says growth: "经济增长 3%", not "经济增长增长 3%".
    private static string PeerFigure(string peer, string figure) =>
        peer.EndsWith("增长", StringComparison.Ordinal) && figure.StartsWith("增长 ", StringComparison.Ordinal)
            ? peer + figure["增长".Length..]
            : $"{peer} {figure}";

    private Outcome Quota(string indicator, CityQuotaTarget q, Observation actual)
    {
        if (policy.AssertedStatementsCount && MeetsQuota(actual))
        {
            return Outcome.Met($"完成情况称“{actual.Text}”", $"the actual states \"{actual.Text}\" (city quota met)");
        }

        if (MissesQuota(actual))
        {
            return Outcome.Missed($"完成情况称“{actual.Text}”", $"the actual states \"{actual.Text}\" (city quota missed)");
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return MissesQuota(verdict.Value) ? Outcome.Missed($"市级考核：{verdict.Value.Text}", $"the city's assessment: {verdict.Value.Text} (missed)")
                : MeetsQuota(verdict.Value) ? Outcome.Met($"市级考核：{verdict.Value.Text}", $"the city's assessment: {verdict.Value.Text} (met)")
                : Outcome.Undetermined($"市级考核结果“{verdict.Value.Text}”无法识别，应为达标或未达标", $"the city's assessment \"{verdict.Value.Text}\" is neither met nor missed");
        }

        if (facts.Reference(indicator, ReferenceKind.Quota) is { } quota)
        {
            if (QuotaThreshold(q, quota) is not { } threshold)
            {
                return Outcome.Undetermined($"市下达目标“{quota.Value.Text}”未给出可比较的数值", $"the city's quota \"{quota.Value.Text}\" gives no figure to compare");
            }

            var outcome = Threshold(indicator, threshold, actual);
            return outcome with
            {
                Why = Explanation.Lazy(outcome.Why, static why => new Explanation(why.Chinese.Replace("目标", "市下达目标", StringComparison.Ordinal),
                    why.English.Replace("the target", "the city's quota", StringComparison.Ordinal))),
            };
        }

        // 完成年度目标的 103% of a quota to reach: the year's target is the city's.
        if (q.Direction == QuotaDirection.Reach && actual.ShareOfTarget is { } share)
        {
            return Outcome.Of(share >= 100m, $"完成年度目标（市下达目标）的 {new FigureText(share)}%", $"{new FigureText(share)}% of the year's target (the city's quota) reached");
        }

        return actual.Level is { } level
            ? new Outcome(AttainmentState.AwaitingCityFeedback,
                Explanation.Lazy(level, static level => new Explanation($"{level}，市下达目标尚未提供", $"{level}; the city's quota or assessment is not yet available")))
            : Outcome.Awaiting("待市级部门下达目标或反馈考核结果", "waiting for the city's quota or assessment");
    }

    // A quota is a level bound; one given as points or a rate cannot bound a level.
    private static ThresholdTarget? QuotaThreshold(CityQuotaTarget q, Reference quota) =>
        quota.Value.Level is { Unit.Dimension: not Dimension.PercentagePoint } bound
            ? Target.Threshold(Measure.Level, q.Direction == QuotaDirection.Within ? Comparison.AtMost : Comparison.AtLeast, bound)
            : null;

    private Outcome Statement(string indicator, QualitativeTarget s, Observation actual)
    {
        if (policy.AssertedStatementsCount && Supports(actual, s.Statement))
        {
            return Outcome.Met($"完成情况称“{actual.Text}”，达到“{s.Statement}”", $"the actual states \"{actual.Text}\", which meets \"{s.Statement}\"");
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return Supports(verdict.Value, s.Statement) || MeetsQuota(verdict.Value)
                ? Outcome.Met($"市级评价：{verdict.Value.Text}", $"the city's assessment: {verdict.Value.Text}")
                : Outcome.Missed($"市级评价“{verdict.Value.Text}”未达到“{s.Statement}”", $"the city's assessment \"{verdict.Value.Text}\" does not reach \"{s.Statement}\"");
        }

        return policy.AssertedStatementsCount
            ? Outcome.Undetermined($"完成情况“{actual.Text}”未说明是否“{s.Statement}”", $"the actual \"{actual.Text}\" does not say whether \"{s.Statement}\"")
            : Outcome.Awaiting($"定性目标“{s.Statement}”待市级评价", $"the qualitative target \"{s.Statement}\" waits for the city's assessment");
    }

    // 领先水平 and 前列 are stronger than 较好水平.
    private static bool Supports(Observation actual, string statement)
    {
        foreach (var said in actual.Assertions)
        {
            if (said == statement || said.Contains(statement, StringComparison.Ordinal))
            {
                return true;
            }

            if (statement.EndsWith("较好水平", StringComparison.Ordinal)
                && (said.Contains("领先", StringComparison.Ordinal) || said.Contains("前列", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The district's own figure for <paramref name="measure"/>: as reported, or growth computed from the
    /// level and the baseline reference. Comparable growth is never computed from current-price levels.
    /// </summary>
    private bool Own(string indicator, Measure measure, Observation actual, out Quantity value, out string note, out Outcome failure)
    {
        note = string.Empty;
        failure = default;
        if (actual.Read(measure) is { } reported)
        {
            value = reported;
            return true;
        }

        value = default;
        if (measure == Measure.Growth && actual.Level is { } level)
        {
            if (facts.Reference(indicator, ReferenceKind.Baseline)?.Value.Level is not { } baseline)
            {
                failure = Outcome.Undetermined($"完成情况只给出总量 {level}，缺少上年基数，无法计算增长",
                    $"the actual gives only the level {level}; without a baseline (prior-period figure) growth cannot be computed");
                return false;
            }

            if (!Align(level, baseline, out var now, out var before, out failure))
            {
                return false;
            }

            if (before.Value == 0)
            {
                failure = Outcome.Undetermined($"上年基数为 0，无法计算增长", "the baseline is zero; growth cannot be computed");
                return false;
            }

            var growth = Math.Round((now.Value / before.Value - 1m) * 100m, 2);
            value = Quantity.Percent(growth);
            note = $"按上年基数 {before} 计算，";
            return true;
        }

        failure = measure switch
        {
            Measure.Level when actual.Level is null && actual.Parts is [{ Label: "减少" } decrease] =>
                Outcome.Undetermined($"完成情况“{actual.Text}”给出的是减少量 {decrease.Value.Level}，目标为总量：总量或上年基数可以判定",
                    $"the actual \"{actual.Text}\" gives a decrease of {decrease.Value.Level}, not the level the target sets; the level, or the baseline, would settle it"),
            Measure.Level when actual.Growth is not null || actual.ComparableGrowth is not null =>
                Outcome.Undetermined($"完成情况“{actual.Text}”只给出增长率，目标为总量", $"the actual \"{actual.Text}\" gives a growth rate but the target is a level"),
            Measure.Level => Outcome.Undetermined($"完成情况“{actual.Text}”没有可比较的数值", $"the actual \"{actual.Text}\" gives no figure to compare"),
            Measure.ComparableGrowth when actual.Growth is not null =>
                Outcome.Undetermined($"完成情况“{actual.Text}”只给出名义增长，目标为可比增长", $"the actual \"{actual.Text}\" gives nominal growth but the target is comparable growth"),
            Measure.ComparableGrowth when actual.Level is { } l =>
                Outcome.Undetermined($"完成情况只给出总量 {l}，无法得出可比增长", $"the actual gives only the level {l}; comparable growth cannot be derived from it"),
            Measure.Growth when actual.ComparableGrowth is not null =>
                Outcome.Undetermined($"完成情况“{actual.Text}”只给出可比增长，目标为名义增长", $"the actual \"{actual.Text}\" gives comparable growth but the target is nominal growth"),
            _ => Outcome.Undetermined($"完成情况“{actual.Text}”未给出{MeasureZh(measure)}", $"the actual \"{actual.Text}\" gives no {MeasureEn(measure)}"),
        };
        return false;
    }

    // A reference figure (the city's, a peer's) stands for the same measure, whichever growth it reports.
    private static Quantity? ReadEither(Measure measure, Observation figure) => measure switch
    {
        Measure.Growth or Measure.ComparableGrowth => GrowthEither(measure, figure) is { } growth ? Quantity.Percent(growth) : null,
        _ => figure.Read(measure),
    };

    /// <summary>The growth <see cref="ReadEither"/> reads, as a bare percent figure.</summary>
    private static decimal? GrowthEither(Measure measure, Observation figure) =>
        GrowthOf(measure, figure) ?? GrowthOf(measure == Measure.Growth ? Measure.ComparableGrowth : Measure.Growth, figure);

    /// <summary>The growth or comparable growth an observation gives, as a bare percent figure.</summary>
    private static decimal? GrowthOf(Measure measure, Observation figure) => measure == Measure.Growth ? figure.Growth : figure.ComparableGrowth;

    /// <summary>
    /// Brings two figures into one unit. A bare number takes the other's unit only where that unit has no
    /// magnitude to get wrong (counts, percent, age); 563.49 against 180 亿元 is not compared.
    /// </summary>
    private static bool Align(Quantity actual, Quantity target, out Quantity a, out Quantity t, out Outcome failure)
    {
        var misalignment = TryAlign(actual, target, out a, out t);
        failure = misalignment == Misalignment.None ? default : Misaligned(misalignment, actual, target);
        return misalignment == Misalignment.None;
    }

    /// <summary>
    /// <see cref="TryAlign"/> for judging a state alone: the two figures as bare numbers in one unit of
    /// <paramref name="dimension"/>. Figures in the same scale (a level in the target's own unit: nearly every row)
    /// are taken as they are, without aligned quantities to build and copy.
    /// </summary>
    private static bool TryAlignFigures(in Quantity actual, in Quantity target, out decimal a, out decimal t, out Dimension dimension)
    {
        if (actual.Unit.SameScaleAs(target.Unit))
        {
            (a, t, dimension) = (actual.Value, target.Value, target.Unit.Dimension);
            return true;
        }

        var aligned = TryAlign(actual, target, out var first, out var second) == Misalignment.None;
        (a, t, dimension) = (first.Value, second.Value, second.Unit.Dimension);
        return aligned;
    }

    // Why two figures could not be aligned: kept apart from the wording so that judging a state alone stays small.
    private enum Misalignment
    {
        None,
        ActualUnitless,
        TargetUnitless,
        TooLarge,
        Incompatible,
    }

    private static Misalignment TryAlign(Quantity actual, Quantity target, out Quantity a, out Quantity t)
    {
        t = target;
        a = actual;
        if (actual.Unit.Dimension == Dimension.Number && target.Unit.Dimension != Dimension.Number)
        {
            if (!Unitless(target.Unit))
            {
                return Misalignment.ActualUnitless;
            }

            // A magnitude written with the number (1386万 against 1000 万人) scales it; a plain number takes the unit as it is.
            a = new Quantity(actual.Unit.Factor == 1m ? actual.Value : actual.Value * actual.Unit.Factor / target.Unit.Factor, target.Unit);
            return Misalignment.None;
        }

        if (target.Unit.Dimension == Dimension.Number && actual.Unit.Dimension != Dimension.Number)
        {
            if (!Unitless(actual.Unit))
            {
                return Misalignment.TargetUnitless;
            }

            t = new Quantity(target.Unit.Factor == 1m ? target.Value : target.Value * target.Unit.Factor / actual.Unit.Factor, actual.Unit);
            return Misalignment.None;
        }

        // 7965 against 10000万: tables often give the unit in a column of its own, so a plain number beside a magnitude
        // may be in 万 already. Not a guess: the figure that says no magnitude has no unit.
        if (actual.Unit.Dimension == Dimension.Number && target.Unit.Dimension == Dimension.Number && (actual.Unit.Factor == 1m) != (target.Unit.Factor == 1m))
        {
            return actual.Unit.Factor == 1m ? Misalignment.ActualUnitless : Misalignment.TargetUnitless;
        }

        if (!actual.TryConvertTo(target.Unit, out a))
        {
            return actual.Unit.IsCompatibleWith(target.Unit) ? Misalignment.TooLarge : Misalignment.Incompatible;
        }

        return Misalignment.None;
    }

    private static Outcome Misaligned(Misalignment misalignment, Quantity actual, Quantity target) => misalignment switch
    {
        Misalignment.ActualUnitless => Outcome.Undetermined($"完成情况 {actual} 未写单位，目标单位为{target.Unit}", $"the actual {actual} has no unit; the target is in {target.Unit}"),
        Misalignment.TargetUnitless => Outcome.Undetermined($"目标 {target} 未写单位，完成情况为 {actual}", $"the target {target} has no unit; the actual is {actual}"),
        Misalignment.TooLarge => Outcome.Undetermined($"数值超出可计算范围：{actual} 无法换算为{target.Unit}", $"{actual} is too large to convert to {target.Unit}"),
        _ => Outcome.Undetermined($"单位不一致：完成情况为 {actual}，目标为 {target}", $"units differ: the actual is {actual}, the target {target}"),
    };

    private static bool Unitless(Unit unit) => !unit.IsPerCapita && unit.Dimension is Dimension.Count or Dimension.Percent or Dimension.Age or Dimension.PercentagePoint;

    private decimal Tolerance(decimal goal, Dimension dimension) => dimension is Dimension.Percent or Dimension.PercentagePoint
        ? policy.ApproximateRateTolerance
        : Math.Abs(goal) * policy.ApproximateLevelTolerance;

    private decimal SyncTolerance(Quantity reference) => SyncTolerance(reference.Value, reference.Unit.Dimension);

    private decimal SyncTolerance(decimal reference, Dimension dimension) => dimension is Dimension.Percent or Dimension.PercentagePoint
        ? policy.SyncTolerance
        : Math.Abs(reference) * policy.ApproximateLevelTolerance;

    private static string NoteEn(string note) => note.Length == 0 ? string.Empty : "growth computed from the baseline, ";

    // Figures and quantities are formatted into the reason being built: a string of their own for each is waste.
    private static FigureText Number(Quantity q) => new(q.Value);

    internal static (string Zh, string En) Describe(Measure measure, Quantity value) => (Describe(measure, value, true), Describe(measure, value, false));

    private static string Describe(Measure measure, Quantity value, bool zh) => measure switch
    {
        Measure.Growth => zh ? $"增长 {Number(value)}%" : $"growth {Number(value)}%",
        Measure.ComparableGrowth => zh ? $"可比增长 {Number(value)}%" : $"comparable growth {Number(value)}%",
        Measure.PointChange => zh ? $"提升 {Number(value)} 个百分点" : $"a rise of {Points(Unit.Format(value.Value))}",
        _ => value.ToString(),
    };

    // The actual's description already names the measure, so the goal is the figure and, for 左右, its word:
    // "可比增长 -0.5%，低于目标 6%，差 6.5 个百分点".
    private static string Goal(Comparison comparison, Quantity value, bool zh) =>
        comparison is Comparison.About or Comparison.AboutOrBelow ? (zh ? $" {value}左右" : $"about {value}") : zh ? $" {value}" : value.ToString();

    private static string Gap(decimal gap, Unit unit, bool zh)
    {
        var rounded = Math.Round(gap, 4);
        return unit.Dimension is Dimension.Percent or Dimension.PercentagePoint
            ? zh ? $"{new FigureText(rounded)} 个百分点" : Points(Unit.Format(rounded))
            : unit.Symbol.Length == 0 ? Unit.Format(rounded)
            : new Quantity(rounded, unit).ToString();
    }

    // "1 percentage point", "0.5 percentage points".
    internal static string Points(string n) => n == "1" ? "1 percentage point" : $"{n} percentage points";

    private static string MeasureZh(Measure m) => m switch
    {
        Measure.Growth => "增长率",
        Measure.ComparableGrowth => "可比增长率",
        Measure.PointChange => "百分点变化",
        _ => "数值",
    };

    private static string MeasureEn(Measure m) => m switch
    {
        Measure.Growth => "growth rate",
        Measure.ComparableGrowth => "comparable growth rate",
        Measure.PointChange => "change in points",
        _ => "figure",
    };
}
