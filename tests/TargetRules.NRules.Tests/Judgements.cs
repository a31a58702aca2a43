using TargetRules.Evaluation;

namespace TargetRules.NRules.Tests;

internal static class Judgements
{
    /// <summary>What a report shows of an attainment, component by component: state, reasons in both languages, flags.</summary>
    public static string Describe(Attainment attainment) =>
        $"{attainment.Indicator} {attainment.State} | {attainment.Explanation.Chinese} | {attainment.Explanation.English} | {attainment.Expected} | {attainment.Provisional}"
        + string.Concat(attainment.Components.Select(c => "\n  " + Describe(c).Replace("\n", "\n  ", StringComparison.Ordinal)));
}
