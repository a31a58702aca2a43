using System.Collections.Immutable;
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

/// <summary>Judges one row under a policy, a period and the facts it may read.</summary>
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

    /// <summary>A slash row's reason: each component's, after its name.</summary>
    private sealed class ComponentsWords(ImmutableArray<Attainment> components) : DeferredExplanation
    {
        protected override string Word(bool chinese) => Explanation.JoinIn(chinese,
            components.Select(c => Explanation.Label(c.Indicator, chinese ? c.Explanation.Chinese : c.Explanation.English, chinese)));
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

    private Outcome Condition(string indicator, Target target, Observation actual)
    {
        if (Status(actual) is { } pending)
        {
            return pending;
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

    private Outcome AllOf(string indicator, AllOfTarget all, Observation actual)
    {
        var whys = new Explanation[all.Conditions.Length];
        Span<AttainmentState> states = stackalloc AttainmentState[whys.Length];
        for (var i = 0; i < whys.Length; i++)
        {
            (states[i], whys[i]) = Condition(indicator, all.Conditions[i], actual);
        }

        return new Outcome(Attainment.AndStates(states), Explanation.Joined(whys));
    }

    private Outcome Scoped(string indicator, ScopedTarget scoped, Observation actual)
    {
        var part = FindPart(actual, scoped.Scope);
        if (part is null && !actual.Parts.IsDefaultOrEmpty)
        {
            return Outcome.Undetermined($"完成情况中没有“{scoped.Scope}”部分", $"the actual has no part for \"{scoped.Scope}\"");
        }

        var inner = Condition(indicator, scoped.Inner, part ?? actual);
        return inner with { Why = Explanation.Labelled(scoped.Scope, inner.Why) };
    }

    private static Observation? FindPart(Observation actual, string scope)
    {
        if (actual.Parts.IsDefaultOrEmpty)
        {
            return null;
        }

        foreach (var part in actual.Parts)
        {
            if (part.Label == scope)
            {
                return part.Value;
            }
        }

        // 新增国家、市级 in the actual names the same part as 国家、市级 in the target.
        foreach (var part in actual.Parts)
        {
            if (part.Label.EndsWith(scope, StringComparison.Ordinal) || scope.EndsWith(part.Label, StringComparison.Ordinal))
            {
                return part.Value;
            }
        }

        return null;
    }
}
