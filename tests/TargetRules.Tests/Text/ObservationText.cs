using System.Globalization;
using TargetRules.Facts;
using TargetRules.Quantities;

namespace TargetRules.Tests.Text;

/// <summary>A canonical one-line description of an observation, so table tests compare whole trees (records hold arrays).</summary>
internal static class ObservationText
{
    public static string Describe(Observation o)
    {
        var items = new List<string>();
        if (o.Status != ObservationStatus.Reported)
        {
            items.Add(o.Status.ToString());
        }

        if (o.Level is { } level)
        {
            items.Add($"Level={Number(level.Value)}{(level.Unit.ToString() is { Length: > 0 } u ? " " + u : "")}");
        }

        if (o.LevelHigh is { } high)
        {
            items.Add($"High={Number(high.Value)}{(high.Unit.ToString() is { Length: > 0 } u ? " " + u : "")}");
        }

        if (o.Growth is { } g)
        {
            items.Add($"Growth={Number(g)}");
        }

        if (o.ComparableGrowth is { } c)
        {
            items.Add($"Comparable={Number(c)}");
        }

        if (o.PointChange is { } p)
        {
            items.Add($"Points={Number(p)}");
        }

        if (!o.Assertions.IsDefaultOrEmpty)
        {
            items.Add($"Asserts=[{string.Join(",", o.Assertions)}]");
        }

        if (o.Expected is { } e)
        {
            items.Add($"Expected={e}");
        }

        if (o.ShareOfTarget is { } share)
        {
            items.Add($"Share={Number(share)}");
        }

        if (o.CityGap is { } gap)
        {
            items.Add($"CityGap={(gap.Measure is { } m ? m + " " : "")}{Number(gap.Points)}");
        }

        if (o.Period is { } period)
        {
            items.Add($"Period={period}");
        }

        if (o.Provisional)
        {
            items.Add("Provisional");
        }

        if (!o.Parts.IsDefaultOrEmpty)
        {
            items.Add($"Parts=[{string.Join(" | ", o.Parts.Select(p => $"{p.Label}: {Describe(p.Value)}"))}]");
        }

        if (!o.Components.IsDefaultOrEmpty)
        {
            var slash = string.Join(" / ", o.Components.Select(x => "{" + Describe(x) + "}"));
            return o.Period is { } covered ? $"{slash}; Period={covered}" : slash;
        }

        return string.Join("; ", items);
    }

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
