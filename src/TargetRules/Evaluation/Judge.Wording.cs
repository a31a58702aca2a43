using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

// How figures, measures, goals and gaps are worded in reasons, in Chinese and in English.
internal readonly partial struct Judge
{
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
