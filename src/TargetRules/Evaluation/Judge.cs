using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

/// <summary>One condition's outcome while a component is judged.</summary>
internal readonly record struct Outcome(AttainmentState State, Explanation Why)
{
    public static Outcome Met(string zh, string en) => new(AttainmentState.Met, new Explanation(zh, en));

    public static Outcome Missed(string zh, string en) => new(AttainmentState.Missed, new Explanation(zh, en));

    public static Outcome Awaiting(string zh, string en) => new(AttainmentState.AwaitingCityFeedback, new Explanation(zh, en));

    public static Outcome Undetermined(string zh, string en) => new(AttainmentState.Undetermined, new Explanation(zh, en));

    public static Outcome Of(bool holds, string zh, string en) => holds ? Met(zh, en) : Missed(zh, en);
}

/// <summary>
/// Judges one row under a policy, a period and the facts it may read. This file holds the row: its slash components,
/// a figure or a statement chosen, the statuses that decide before any target does, and the dispatch on the target's
/// kind; each kind has its file (Judge.Threshold, Judge.City, Judge.Peer, Judge.Quota, Judge.Statement,
/// Judge.Milestone, Judge.Composite), its full decision beside its state-only path.
/// </summary>
/// <remarks>
/// The state-only path (<see cref="State"/>) is for evaluating large rule sets: the same decisions as <see cref="Row"/>,
/// through the same comparisons (<c>Decide</c>, <c>Align</c>), without wording reasons or building attainments. Where
/// the state needs more than the common path (a peer, growth computed from a baseline, figures that do not align, a
/// city verdict standing in for the actual) it answers null and the caller judges the row in full. The rarer kinds are
/// kept out of line so that the common threshold keeps a small stack frame.
/// </remarks>
internal readonly partial struct Judge(EvaluationPolicy policy, IFacts facts, ReportingPeriod period)
{
    public Attainment Row(string indicator, Target target, Observation actual)
    {
        if (target is not ComponentsTarget slash)
        {
            if (FigureOrStatement(target, actual) is { } chosen)
            {
                // 5025 / 控制在市下达指标内 against one target: the statement for a city quota, the figure otherwise.
                var judged = Component(indicator, target, chosen.Part);
                var why = Explanation.Lazy((chosen.ByStatement, chosen.Part.Text, judged.Explanation), static s => s.ByStatement
                    ? new Explanation($"按表述“{s.Text}”判定：{s.Explanation.Chinese}", $"judged by the statement \"{s.Text}\": {s.Explanation.English}")
                    : new Explanation($"按数值 {s.Text} 判定：{s.Explanation.Chinese}", $"judged by the figure {s.Text}: {s.Explanation.English}"));
                return new Attainment(indicator, target, actual, judged.State, why, judged.Expected, judged.Provisional,
                    [new Attainment(indicator, target, chosen.Part, judged.State, why, judged.Expected, judged.Provisional, [])]);
            }

            if (!actual.Components.IsDefaultOrEmpty)
            {
                return Single(indicator, target, actual, Outcome.Undetermined(
                    $"完成情况有 {actual.Components.Length} 项（以“/”分隔），目标只有 1 项",
                    $"the actual has {SlashParts(actual.Components.Length)} but the target has 1"));
            }

            var component = Component(indicator, target, actual);
            return new Attainment(indicator, target, actual, component.State, component.Explanation, component.Expected,
                component.Provisional, [component]);
        }

        var names = IndicatorNames.Split(indicator, slash.Components.Length);
        var actuals = AlignComponents(actual, slash.Components.Length);
        var builder = ImmutableArray.CreateBuilder<Attainment>(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            builder.Add(actuals is null
                ? Single(names[i], slash.Components[i], actual, Outcome.Undetermined(
                    $"完成情况有 {Math.Max(1, actual.Components.Length)} 项，目标有 {names.Length} 项（以“/”分隔），无法对应",
                    $"the actual has {SlashParts(Math.Max(1, actual.Components.Length))} but the target has {names.Length}"))
                : Component(names[i], slash.Components[i], actuals[i]));
        }

        var components = builder.MoveToImmutable();
        Span<AttainmentState> states = stackalloc AttainmentState[components.Length];
        string? expected = null;
        var provisional = false;
        for (var i = 0; i < components.Length; i++)
        {
            states[i] = components[i].State;
            expected ??= components[i].Expected;
            provisional |= components[i].Provisional;
        }

        return new Attainment(indicator, target, actual, Attainment.RollupStates(states), new Explanation(new ComponentsWords(components)),
            expected, provisional, components);
    }

    /// <summary>The state <see cref="Row"/> gives, or null when only the full judgement can tell.</summary>
    /// <param name="indicator">The row's indicator.</param>
    /// <param name="target">The row's target.</param>
    /// <param name="actual">The row's actual.</param>
    /// <param name="names">The slash components' names as <see cref="IndicatorNames.Split"/> gives them; split here when null.</param>
    public AttainmentState? State(string indicator, Target target, Observation actual, string[]? names = null)
    {
        if (target is not ComponentsTarget slash)
        {
            return actual.Components.IsDefaultOrEmpty ? ComponentState(indicator, target, actual)
                : FigureOrStatement(target, actual) is { } chosen ? ComponentState(indicator, target, chosen.Part)
                : AttainmentState.Undetermined;
        }

        return SlashState(indicator, slash, actual, names);
    }

    /// <summary>A slash row's reason: each component's, after its name.</summary>
    private sealed class ComponentsWords(ImmutableArray<Attainment> components) : DeferredExplanation
    {
        protected override string Word(bool chinese) => Explanation.JoinIn(chinese,
            components.Select(c => Explanation.Label(c.Indicator, chinese ? c.Explanation.Chinese : c.Explanation.English, chinese)));
    }

    private AttainmentState? SlashState(string indicator, ComponentsTarget slash, Observation actual, string[]? names)
    {
        var count = slash.Components.Length;
        var aligned = actual.Components.Length == count;
        if (!aligned && !(actual.Components.IsDefaultOrEmpty && actual.Status != ObservationStatus.Reported))
        {
            // Parts that cannot be matched with the components leave every component undetermined.
            return AttainmentState.Undetermined;
        }

        names ??= IndicatorNames.Split(indicator, count);
        var rollup = new Attainment.RollupOf();
        for (var i = 0; i < count; i++)
        {
            if (ComponentState(names[i], slash.Components[i], aligned ? actual.Components[i] : actual) is not { } state)
            {
                return null;
            }

            rollup.Add(state);
        }

        return rollup.Result;
    }

    /// <summary>
    /// For an actual of two slash parts, a figure and a statement (5025 / 控制在市下达指标内), against a target of one part:
    /// the part to judge (the statement for a city quota or a qualitative target, the figure otherwise), or null.
    /// </summary>
    internal static (Observation Part, bool ByStatement)? FigureOrStatement(Target target, Observation actual)
    {
        if (actual.Components.Length != 2 || target is ComponentsTarget)
        {
            return null;
        }

        var (first, second) = (actual.Components[0], actual.Components[1]);
        var (figure, statement) = IsStatement(second) && IsFigure(first) ? (first, second)
            : IsStatement(first) && IsFigure(second) ? (second, first)
            : (null, null);
        if (figure is null || statement is null)
        {
            return null;
        }

        var byStatement = Unscoped(target) is CityQuotaTarget or QualitativeTarget;
        return (byStatement ? statement : figure, byStatement);

        static bool IsFigure(Observation o) => o is { Status: ObservationStatus.Reported, Level: not null } && o.Assertions.IsEmpty && o.Parts.IsEmpty;

        static bool IsStatement(Observation o) => o is { Status: ObservationStatus.Reported, Level: null, Growth: null, ComparableGrowth: null, PointChange: null }
            && !o.Assertions.IsEmpty && o.Parts.IsEmpty;

        static Target Unscoped(Target t) => t is ScopedTarget s ? Unscoped(s.Inner) : t;
    }

    private static string SlashParts(int count) => count == 1 ? "1 slash-separated part" : $"{count} slash-separated parts";

    private static Attainment Single(string indicator, Target target, Observation actual, Outcome outcome) =>
        new(indicator, target, actual, outcome.State, outcome.Why, actual.Expected, actual.Provisional, []);

    private static Observation[]? AlignComponents(Observation actual, int count)
    {
        if (actual.Components.Length == count)
        {
            return ImmutableCollectionsMarshal.AsArray(actual.Components);
        }

        // A blank or pending actual speaks for every component.
        if (actual.Components.IsDefaultOrEmpty && actual.Status != ObservationStatus.Reported)
        {
            return Enumerable.Repeat(actual, count).ToArray();
        }

        return null;
    }

    private Attainment Component(string indicator, Target target, Observation actual)
    {
        var judged = actual;
        Outcome outcome;
        if (target is VoidTarget)
        {
            outcome = new Outcome(AttainmentState.NotAssessed, new Explanation("无考核目标", "no target set"));
        }
        else if (actual.Status == ObservationStatus.AwaitingCity && facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            judged = verdict.Value;
            var inner = Condition(indicator, target, judged);
            outcome = inner with
            {
                Why = Explanation.Lazy((verdict.Value.Text, inner.Why), static s =>
                {
                    // The city's reply stands in for the actual; an explanation that already quotes it need not repeat it.
                    var quoted = $"“{s.Text}”";
                    return s.Why.Chinese.StartsWith("完成情况称" + quoted, StringComparison.Ordinal)
                        ? new Explanation("市级反馈" + s.Why.Chinese["完成情况称".Length..], "the city reported" + s.Why.English["the actual states".Length..])
                        : new Explanation($"市级反馈{quoted}：{s.Why.Chinese}", $"the city reported \"{s.Text}\": {s.Why.English}");
                }),
            };
        }
        else
        {
            outcome = Condition(indicator, target, actual);
        }

        return new Attainment(indicator, target, actual, outcome.State, outcome.Why, actual.Expected,
            actual.Provisional || judged.Provisional, []);
    }

    private AttainmentState? ComponentState(string indicator, Target target, Observation actual)
    {
        if (target is VoidTarget)
        {
            return AttainmentState.NotAssessed;
        }

        if (actual.Status == ObservationStatus.AwaitingCity && facts.Reference(indicator, ReferenceKind.Verdict) is not null)
        {
            return null;
        }

        return ConditionState(indicator, target, actual);
    }

    private Outcome Condition(string indicator, Target target, Observation actual)
    {
        if (Status(actual) is { } pending)
        {
            return pending;
        }

        if (actual.LevelHigh is { } high)
        {
            return BothEnds(indicator, target, actual, high);
        }

        try
        {
            return Judged(indicator, target, actual);
        }
        catch (OverflowException)
        {
            // Figures near decimal's limits (a gap, a tolerance, a growth from a tiny baseline) cannot be computed.
            return Outcome.Undetermined("数值超出可计算范围，无法比较", "a figure is too large to compute with, so it cannot be compared");
        }
    }

    // 控制在 4.8%到5.1% against a cap of 5.5%: each end is a reading of the figure; where they agree that is the state,
    // where they do not the range does not say.
    private Outcome BothEnds(string indicator, Target target, Observation actual, Quantity high)
    {
        var low = Condition(indicator, target, actual with { LevelHigh = null });
        var top = Condition(indicator, target, actual with { Level = high, LevelHigh = null });
        var range = $"{actual.Level}～{high}";
        return low.State == top.State
            ? low with
            {
                Why = Explanation.Lazy((range, low.Why, top.Why), static s => new Explanation(
                    $"完成情况为区间 {s.range}，两端结论相同（下限：{s.Item2.Chinese}；上限：{s.Item3.Chinese}）",
                    $"the actual is the range {s.range}; both ends agree (low end: {s.Item2.English}; high end: {s.Item3.English})")),
            }
            : Outcome.Undetermined(
                $"完成情况为区间 {range}，两端结论不一（下限：{low.Why.Chinese}；上限：{top.Why.Chinese}）。完成情况给出单一数值即可判定",
                $"the actual is the range {range} and its ends disagree (low end: {low.Why.English}; high end: {top.Why.English}); a single figure would settle it");
    }

    private Outcome Judged(string indicator, Target target, Observation actual) =>
        target switch
        {
            ThresholdTarget t => Threshold(indicator, t, actual),
            RangeTarget r => Range(indicator, r, actual),
            CityRelativeTarget c => City(indicator, c, actual),
            IndicatorRelativeTarget p => Peer(indicator, p, actual),
            CityQuotaTarget q => Quota(indicator, q, actual),
            QualitativeTarget s => Statement(indicator, s, actual),
            ScopedTarget s => Scoped(indicator, s, actual),
            AllOfTarget all => AllOf(indicator, all, actual),
            MilestoneTarget m => Milestone(indicator, m, actual),
            VoidTarget => new Outcome(AttainmentState.NotAssessed, new Explanation("无考核目标", "no target set")),
            _ => Outcome.Undetermined($"不支持的目标类型 {target.GetType().Name}", $"unsupported target kind {target.GetType().Name}"),
        };

    private AttainmentState? ConditionState(string indicator, Target target, Observation actual)
    {
        switch (actual.Status)
        {
            case ObservationStatus.NotReported:
                return AttainmentState.NotReported;
            case ObservationStatus.NoLongerAssessed:
                return AttainmentState.NotAssessed;
            case ObservationStatus.AnnualOnly:
                return period.IsInterim ? AttainmentState.NotAssessed : AttainmentState.Undetermined;
            case ObservationStatus.AwaitingCity:
                return AttainmentState.AwaitingCityFeedback;
        }

        // A range's two ends are weighed with their reasons.
        if (actual.LevelHigh is not null)
        {
            return null;
        }

        try
        {
            return target switch
            {
                ThresholdTarget t => ThresholdState(t, actual),
                CityRelativeTarget c => CityState(indicator, c, actual),
                CityQuotaTarget q => QuotaState(indicator, q, actual),
                QualitativeTarget s => StatementState(indicator, s, actual),
                ScopedTarget s => ScopedState(indicator, s, actual),
                AllOfTarget all => AllOfState(indicator, all, actual),
                MilestoneTarget m => MilestoneState(m, actual),
                VoidTarget => AttainmentState.NotAssessed,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return AttainmentState.Undetermined;
        }
    }

    private Outcome? Status(Observation actual) => actual.Status switch
    {
        ObservationStatus.NotReported => new Outcome(AttainmentState.NotReported, new Explanation("未报送完成情况", "no actual reported")),
        ObservationStatus.NoLongerAssessed => new Outcome(AttainmentState.NotAssessed,
            new Explanation($"不再考核：{actual.Text}", $"no longer assessed: {actual.Text}")),
        ObservationStatus.AnnualOnly => period.IsInterim
            ? new Outcome(AttainmentState.NotAssessed, new Explanation("年度指标，期中不考核", "reported annually; not assessed in an interim report"))
            : Outcome.Undetermined("完成情况为“年度指标”，未给出数值", "the actual says \"annual indicator\" and gives no figure"),
        ObservationStatus.AwaitingCity => Outcome.Awaiting(
            actual.Expected is { } e && !actual.Text.Contains(e, StringComparison.Ordinal) ? $"{actual.Text}（预计{e}）" : actual.Text,
            actual.Expected is { } f ? $"waiting for the city: {actual.Text} (expected: {f})" : $"waiting for the city: {actual.Text}"),
        _ => null,
    };
}
