using System.Runtime.CompilerServices;
using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

// Comparisons with the city: the district's figure against the city's, or the gap the actual states.
internal readonly partial struct Judge
{
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
}
