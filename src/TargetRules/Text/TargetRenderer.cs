using System.Text;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Text;

/// <summary>
/// Writes a target back as canonical Chinese text that <see cref="TargetParser"/> reads into the same target
/// (可比增长 6%，可比增长高于全市平均水平; 180 亿元/120 亿元; 市级 80 个，区级 100 个).
/// </summary>
public static class TargetRenderer
{
    /// <summary>
    /// The canonical text of <paramref name="target"/>. Reading it back with <see cref="TargetParser.Parse"/>
    /// (no indicator name needed) gives an equal target for every target the parser can produce.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static string Render(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = new StringBuilder(32);
        switch (target)
        {
            case VoidTarget:
                builder.Append('/');
                break;
            case ComponentsTarget slash:
                for (var i = 0; i < slash.Components.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append('/');
                    }

                    Component(builder, slash.Components[i]);
                }

                break;
            default:
                Component(builder, target);
                break;
        }

        return builder.ToString();
    }

    private static void Component(StringBuilder b, Target target)
    {
        var last = default(Context);
        if (target is VoidTarget)
        {
            b.Append('-');
        }
        else if (target is AllOfTarget all)
        {
            for (var i = 0; i < all.Conditions.Length; i++)
            {
                if (i > 0)
                {
                    b.Append('，');
                }

                Condition(b, all.Conditions[i], ref last);
            }
        }
        else
        {
            Condition(b, target, ref last);
        }
    }

    /// <summary>
    /// What the parser carries from one condition to the next: the measure a city comparison without a measure
    /// word reads, and the verb (新增, 达到) a figure without one inherits.
    /// </summary>
    private struct Context
    {
        public Measure? Measure;
        public string? Verb;
    }

    private static void Condition(StringBuilder b, Target target, ref Context context)
    {
        ref var last = ref context.Measure;
        if (target is ThresholdTarget { Stretch: true })
        {
            b.Append("力争");
        }

        switch (target)
        {
            case ThresholdTarget t when t.Measure == Measure.Level:
                context.Verb = LevelThreshold(b, t, context.Verb) ?? context.Verb;
                last = Measure.Level;
                break;
            case ThresholdTarget t:
                GrowthThreshold(b, t);
                last = t.Measure;
                break;
            case RangeTarget r:
                context.Verb = Range(b, r) ?? context.Verb;
                last = r.Measure;
                break;
            case CityRelativeTarget c:
                b.Append(MeasureWord(c.Measure, last, c.Relation is CityRelation.InSync or CityRelation.BasicallyInSync));
                b.Append(c.Relation switch
                {
                    CityRelation.Above => "高于全市平均水平",
                    CityRelation.NotBelow => "不低于全市平均水平",
                    CityRelation.InSync => "与全市保持同步",
                    _ => "与全市基本同步",
                });
                last = c.Measure;
                break;
            case IndicatorRelativeTarget p:
                b.Append(MeasureWord(p.Measure, last, sync: true)).Append('与').Append(p.Peer).Append(p.Basically ? "基本同步" : "保持同步");
                last = p.Measure;
                break;
            case CityQuotaTarget q:
                b.Append(q.Direction == QuotaDirection.Reach ? "完成市下达目标" : "控制在市下达目标内");
                break;
            case QualitativeTarget s:
                b.Append(s.Statement);
                break;
            case ScopedTarget s when IsVerb(s.Scope) && s.Inner is ThresholdTarget { Measure: Measure.Level, Comparison: Comparison.AtLeast or Comparison.About } inner:
                // 新增 400 台，完工 200 台: the verb names the part.
                b.Append(s.Scope).Append(' ').Append(Figure(inner.Value));
                b.Append(inner.Comparison == Comparison.About ? "左右" : "");
                last = Measure.Level;
                context.Verb = s.Scope;
                break;
            case ScopedTarget s:
                b.Append(s.Scope);
                var at = b.Length;
                Condition(b, s.Inner, ref context);
                if (at < b.Length && (char.IsAsciiDigit(b[at]) || b[at] == '-'))
                {
                    b.Insert(at, ' ');
                }

                break;
            case AllOfTarget all:
                for (var i = 0; i < all.Conditions.Length; i++)
                {
                    if (i > 0)
                    {
                        b.Append('，');
                    }

                    Condition(b, all.Conditions[i], ref context);
                }

                break;
            default:
                b.Append('-');
                break;
        }
    }

    private static bool IsVerb(string scope) => scope is "新增" or "完成" or "完工" or "达到";

    private static string MeasureWord(Measure measure, Measure? last, bool sync) => measure switch
    {
        Measure.ComparableGrowth => "可比增长",
        Measure.Growth => last == Measure.ComparableGrowth ? "同比增长" : "增长",
        Measure.PointChange => "提升",
        _ => sync || (last is { } l && l != Measure.Level) ? "总量" : "",
    };

    // The verb written, or null; a figure after 新增 … inherits it, so the verb is written whenever one is inherited.
    private static string? LevelThreshold(StringBuilder b, ThresholdTarget t, string? inherited)
    {
        var unit = t.Value.Unit;
        var percent = unit.Dimension == Dimension.Percent;
        var byDefault = Target.AtLeast(0, unit).Cumulative;
        string verb;
        switch (t.Comparison)
        {
            case Comparison.AtLeast or Comparison.About:
                // A bare percent needs the indicator name to say it is a level; 达到 says so.
                // A count read both ways is bare; one settled as a stock says 达到.
                var settledStock = !t.Cumulative && !t.CumulativeUnsettled && !percent && !unit.IsPerCapita;
                verb = t.Cumulative == byDefault && !settledStock && !percent && inherited is null ? ""
                    : t.Cumulative && !percent ? "新增" : "达到";
                b.Append(verb).Append(verb.Length > 0 ? " " : "").Append(Figure(t.Value));
                b.Append(t.Comparison == Comparison.About ? "左右" : "");
                break;
            case Comparison.AboutOrBelow:
                verb = "不超过";
                b.Append("不超过 ").Append(Figure(t.Value)).Append("左右");
                break;
            case Comparison.Above:
                verb = "超过";
                b.Append("超过 ").Append(Figure(t.Value));
                break;
            case Comparison.AtMost:
                verb = "不超过";
                b.Append("不超过 ").Append(Figure(t.Value));
                break;
            default:
                verb = "低于";
                b.Append("低于 ").Append(Figure(t.Value));
                break;
        }

        return verb.Length > 0 ? verb : null;
    }

    private static void GrowthThreshold(StringBuilder b, ThresholdTarget t)
    {
        var points = t.Measure == Measure.PointChange;
        var rise = points ? "提升" : t.Measure == Measure.ComparableGrowth ? "可比增长" : "增长";
        var fall = t.Measure == Measure.ComparableGrowth ? "可比下降" : "下降";
        var v = t.Value.Value;
        var suffix = points ? " 个百分点" : "%";
        switch (t.Comparison)
        {
            case Comparison.Above when v == 0 && t.Measure == Measure.Growth:
                b.Append("稳定增长");
                break;
            case Comparison.AtLeast when v < 0:
                b.Append(fall).Append(' ').Append(Unit.Format(-v)).Append(suffix).Append("以内");
                break;
            case Comparison.AtMost when v < 0:
                b.Append(fall).Append(' ').Append(Unit.Format(-v)).Append(suffix);
                break;
            case Comparison.AtLeast:
                b.Append(rise).Append(' ').Append(Unit.Format(v)).Append(suffix);
                break;
            case Comparison.AtMost:
                b.Append(rise).Append(' ').Append(Unit.Format(v)).Append(suffix).Append("以内");
                break;
            case Comparison.About:
                b.Append(rise).Append(' ').Append(Unit.Format(v)).Append(suffix).Append("左右");
                break;
            case Comparison.AboutOrBelow:
                b.Append(rise).Append("不超过 ").Append(Unit.Format(v)).Append(suffix).Append("左右");
                break;
            case Comparison.Above:
                b.Append(rise).Append("超过 ").Append(Unit.Format(v)).Append(suffix);
                break;
            default:
                b.Append(rise).Append("低于 ").Append(Unit.Format(v)).Append(suffix);
                break;
        }
    }

    private static string? Range(StringBuilder b, RangeTarget r)
    {
        var unit = r.Low.Unit;
        var span = $"{Unit.Format(r.Low.Value)}-{Unit.Format(r.High.Value)}";
        switch (r.Measure)
        {
            case Measure.Level:
                b.Append(unit.Dimension == Dimension.Percent ? "达到 " : "");
                b.Append(Figure(span, unit));
                return unit.Dimension == Dimension.Percent ? "达到" : null;
            case Measure.PointChange:
                b.Append("提升 ").Append(span).Append(" 个百分点");
                return null;
            default:
                b.Append(r.Measure == Measure.ComparableGrowth ? "可比增长 " : "增长 ").Append(span).Append('%');
                return null;
        }
    }

    /// <summary>A figure as the parser reads it: 180 亿元, 30%, 每千人 40 平方米, 5.</summary>
    private static string Figure(Quantity q) => Figure(Unit.Format(q.Value), q.Unit);

    private static string Figure(string number, Unit unit)
    {
        return unit.Dimension switch
        {
            Dimension.Number => number + unit.Symbol,
            Dimension.Percent => number + "%",
            _ when unit.PerPeople == 1000 => $"每千人 {number} {unit.Symbol}",
            _ when unit.PerPeople == 10000 => $"每万人 {number} {unit.Symbol}",
            _ => $"{number} {unit.Symbol}",
        };
    }
}
