using TargetRules.Evaluation;

namespace TargetRules.NRules;

internal static class Attainments
{
    /// <summary>True when a host could not tell the two apart: same state, reasons, flags and actual, component by component.</summary>
    public static bool Same(Attainment a, Attainment b)
    {
        if (a.State != b.State || a.Explanation != b.Explanation || a.Expected != b.Expected || a.Provisional != b.Provisional
            || a.Actual.Text != b.Actual.Text || a.Components.Length != b.Components.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Components.Length; i++)
        {
            if (!Same(a.Components[i], b.Components[i]))
            {
                return false;
            }
        }

        return true;
    }
}
