using System.Globalization;
using TargetRules.Evaluation;
using TargetRules.Names;
using TargetRules.Text;

namespace TargetRules.Plans;

/// <summary>
/// Totals the investment of project rows (Tables 2 and 4: the <c>investment_yi_yuan</c> column, kept in
/// <see cref="PlanRow.Extra"/>) by state, in 亿元: how much of the planned investment is in projects that met
/// their milestone. Add rows as they stream past with <see cref="Add"/>, or total a list with <see cref="Of"/>.
/// </summary>
public sealed class InvestmentSummary
{
    /// <summary>
    /// The largest investment a row may give, 10¹⁵ 亿元 (a thousand times the world's output for a century): above
    /// it a figure is not read, so that no count of rows can overflow the totals.
    /// </summary>
    internal const decimal MaximumYiYuan = 1_000_000_000_000_000m;

    private readonly decimal[] _totals = new decimal[AttainmentStates.All.Length];

    /// <summary>The column names read as the investment, in 亿元 unless the name says 万元 (总投资（万元）).</summary>
    internal static IReadOnlyList<string> Columns { get; } =
        ["investment_yi_yuan", "investment", "总投资（亿元）", "总投资(亿元)", "总投资", "投资（亿元）", "投资(亿元)", "总投资（万元）", "总投资(万元)"];

    /// <summary>The investment in projects in <paramref name="state"/>, in 亿元.</summary>
    public decimal this[AttainmentState state] => _totals[(int)state];

    /// <summary>The investment of every row that gives one, in 亿元.</summary>
    public decimal Total => _totals.Sum();

    /// <summary>How many rows gave an investment figure.</summary>
    public int Rows { get; private set; }

    /// <summary>How many rows gave none, or one that could not be read (they add nothing to the totals).</summary>
    public int RowsWithoutInvestment { get; private set; }

    /// <summary>Totals <paramref name="results"/>.</summary>
    public static InvestmentSummary Of(IEnumerable<RowResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var summary = new InvestmentSummary();
        foreach (var result in results)
        {
            summary.Add(result);
        }

        return summary;
    }

    /// <summary>Adds one row's investment under its state.</summary>
    public void Add(RowResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (TryRead(result.Row, out var yiYuan))
        {
            _totals[(int)result.State] += yiYuan;
            Rows++;
        }
        else
        {
            RowsWithoutInvestment++;
        }
    }

    /// <summary>
    /// Reads a row's investment in 亿元 from the first of <see cref="Columns"/> it has: a number, optionally
    /// followed by 亿元, 亿 or 万元 (full-width digits allowed). False when the row has none, it cannot be read, or it
    /// is above 10¹⁵ 亿元.
    /// </summary>
    internal static bool TryRead(PlanRow row, out decimal yiYuan)
    {
        ArgumentNullException.ThrowIfNull(row);
        yiYuan = 0;
        foreach (var column in Columns)
        {
            foreach (var (name, value) in row.Extra)
            {
                if (string.Equals(TextNormalizer.Normalize(name).Trim(), TextNormalizer.Normalize(column), StringComparison.OrdinalIgnoreCase))
                {
                    return TryParse(value, column.Contains("万元", StringComparison.Ordinal) ? 1_0000m : 1m, out yiYuan);
                }
            }
        }

        return false;
    }

    private static bool TryParse(string text, decimal wanPerUnit, out decimal yiYuan)
    {
        yiYuan = 0;
        var t = TextNormalizer.Normalize(text ?? string.Empty).Trim();
        var divisor = wanPerUnit;
        if (t.EndsWith("万元", StringComparison.Ordinal))
        {
            (t, divisor) = (t[..^2], 1_0000m);
        }
        else if (t.EndsWith("亿元", StringComparison.Ordinal))
        {
            (t, divisor) = (t[..^2], 1m);
        }
        else if (t.EndsWith('亿'))
        {
            (t, divisor) = (t[..^1], 1m);
        }

        if (!decimal.TryParse(t.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        if (value / divisor > MaximumYiYuan)
        {
            return false;
        }

        yiYuan = value / divisor;
        return true;
    }

    /// <summary>"Met 53.2 亿元, Missed 34.7 亿元" in state order, leaving out states with no investment.</summary>
    public override string ToString() =>
        string.Join(", ", AttainmentStates.All.Where(s => this[s] != 0).Select(s => $"{s} {this[s].ToString("0.############", CultureInfo.InvariantCulture)} 亿元"));
}
