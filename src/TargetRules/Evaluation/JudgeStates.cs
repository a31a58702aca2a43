using System.Runtime.CompilerServices;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

/// <summary>
/// The state alone, for evaluating large rule sets: the same decisions as <see cref="Row"/>, through the same
/// comparisons (<c>Decide</c>, <c>Align</c>), without wording reasons or building attainments. Where the state
/// needs more than the common path (a peer, growth computed from a baseline, figures that do not
/// align, a city verdict standing in for the actual) it answers null and the caller judges the row in full.
/// The rarer kinds are kept out of line so that the common threshold keeps a small stack frame.
/// </summary>
internal readonly partial struct Judge
{
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

    private AttainmentState? ThresholdState(ThresholdTarget t, Observation actual)
    {
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

        if (!actual.TryRead(t.Measure, out var own) || !TryAlignFigures(own, t.Value, out var a, out var goal, out var dimension))
        {
            return null;
        }

        // A stretch goal is decided like the others (an overflow still makes it Undetermined) but never misses.
        var d = Decide(t, a, goal, dimension);
        return !d.Settled ? AttainmentState.Undetermined : d.Holds || t.Stretch ? AttainmentState.Met : AttainmentState.Missed;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState? CityState(string indicator, CityRelativeTarget c, Observation actual)
    {
        var statement = CityStatement(c);
        if (policy.AssertedStatementsCount && (actual.Asserts(statement) || actual.Asserts(Assertion.AboveCity)))
        {
            return AttainmentState.Met;
        }

        // A gap the actual states (高于全市 1.5 个百分点) settles it when no city figure is supplied: the full judgement words it.
        if (actual.CityGap is not null && GapFor(c, actual) is not null && facts.Reference(indicator, ReferenceKind.City) is null)
        {
            return null;
        }

        // Growth against the city's growth: two plain percent figures, nothing to build or align.
        if (c.Measure is Measure.Growth or Measure.ComparableGrowth)
        {
            if (GrowthOf(c.Measure, actual) is not { } mine)
            {
                return null;
            }

            if (facts.Reference(indicator, ReferenceKind.City) is not { } cityGrowth)
            {
                return AttainmentState.AwaitingCityFeedback;
            }

            return GrowthEither(c.Measure, cityGrowth.Value) is not { } theirs ? AttainmentState.Undetermined
                : Decide(c.Relation, mine, theirs, Dimension.Percent).Holds ? AttainmentState.Met : AttainmentState.Missed;
        }

        if (!actual.TryRead(c.Measure, out var own))
        {
            return null;
        }

        if (facts.Reference(indicator, ReferenceKind.City) is not { } city)
        {
            return AttainmentState.AwaitingCityFeedback;
        }

        if (ReadEither(c.Measure, city.Value) is not { } cityValue || !TryAlignFigures(own, cityValue, out var a, out var b, out var dimension))
        {
            return AttainmentState.Undetermined;
        }

        return Decide(c.Relation, a, b, dimension).Holds ? AttainmentState.Met : AttainmentState.Missed;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState? QuotaState(string indicator, CityQuotaTarget q, Observation actual)
    {
        if (policy.AssertedStatementsCount && MeetsQuota(actual))
        {
            return AttainmentState.Met;
        }

        if (MissesQuota(actual))
        {
            return AttainmentState.Missed;
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return MissesQuota(verdict.Value) ? AttainmentState.Missed
                : MeetsQuota(verdict.Value) ? AttainmentState.Met
                : AttainmentState.Undetermined;
        }

        if (facts.Reference(indicator, ReferenceKind.Quota) is { } quota)
        {
            return QuotaThreshold(q, quota) is { } threshold ? ThresholdState(threshold, actual) : AttainmentState.Undetermined;
        }

        return q.Direction == QuotaDirection.Reach && actual.ShareOfTarget is { } share
            ? share >= 100m ? AttainmentState.Met : AttainmentState.Missed
            : AttainmentState.AwaitingCityFeedback;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState StatementState(string indicator, QualitativeTarget s, Observation actual)
    {
        if (policy.AssertedStatementsCount && Supports(actual, s.Statement))
        {
            return AttainmentState.Met;
        }

        if (facts.Reference(indicator, ReferenceKind.Verdict) is { } verdict)
        {
            return Supports(verdict.Value, s.Statement) || MeetsQuota(verdict.Value) ? AttainmentState.Met : AttainmentState.Missed;
        }

        return policy.AssertedStatementsCount ? AttainmentState.Undetermined : AttainmentState.AwaitingCityFeedback;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState? ScopedState(string indicator, ScopedTarget scoped, Observation actual)
    {
        var part = FindPart(actual, scoped.Scope);
        if (part is null && !actual.Parts.IsDefaultOrEmpty)
        {
            return AttainmentState.Undetermined;
        }

        return ConditionState(indicator, scoped.Inner, part ?? actual);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttainmentState? AllOfState(string indicator, AllOfTarget all, Observation actual)
    {
        var and = new Attainment.AndOf();
        foreach (var condition in all.Conditions)
        {
            if (ConditionState(indicator, condition, actual) is not { } state)
            {
                return null;
            }

            and.Add(state);
        }

        return and.Result;
    }
}
