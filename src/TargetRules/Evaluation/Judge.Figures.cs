using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

// The figures every kind compares: the district's own (as reported or computed from a baseline), aligned into one unit, and the 左右 and 同步 tolerances.
internal readonly partial struct Judge
{
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
}
