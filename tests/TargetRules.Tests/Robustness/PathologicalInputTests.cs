using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Tests.Robustness;

/// <summary>
/// Inputs no plan should hold, each finishing (within a generous bound, not a timing claim) with a state and
/// a reason or a diagnostic: never an exception, an overflow or a hang.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private const string ExpectedTarget = "expected a target: a figure (6%, 180 亿元), 增长/可比增长 X%, 高于全市平均水平, 与全市保持同步, 完成市下达目标 or 在全市保持较好水平";
    private const string ExpectedActual = "expected an actual: a figure (563.49 亿元, 97%), 增长/下降 X%, a statement (高于全市平均水平, 达标), 待市级部门反馈 or 国家已不再评定";
    private const string ExpectedEnd = "expected '，', '、', '/' or the end of the text after the condition";

    public static TheoryData<string, string, string, int, string> UnreadableTargets => new()
    {
        { "1e400", "达到 1e400 亿元", "target_text", 4, ExpectedEnd },
        { "NaN", "NaN", "target_text", 0, ExpectedTarget },
        { "NaN in a figure", "达到 NaN 亿元", "target_text", 3, "expected a number" },
        { "zero population", "达到常住人口每0人 40 平方米以上", "target_text", 2, "expected a number" },
        { "nested brackets", new string('(', 10_000) + "6%" + new string(')', 10_000), "target_text", 0, ExpectedTarget },
        { "nested conditions", string.Concat(Enumerable.Repeat("可比增长 6%（", 10_000)) + new string('）', 10_000), "target_text", 15, "expected ')' to close the condition in parentheses" },
    };

    [Theory]
    [MemberData(nameof(UnreadableTargets))]
    public void EvaluateRow_UnreadableTarget_UndeterminedWithPositionedDiagnostic(string why, string target, string column, int position, string expected)
    {
        var result = Bounded(() => Row("地区生产总值", target, "可比增长 6.5%"));

        result.State.ShouldBe(AttainmentState.Undetermined, why);
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem(why);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Column.ShouldBe(column);
        diagnostic.Message.ShouldBe($"{column}, position {position}: {expected} in '{target}'", why);
    }

    public static TheoryData<string, string, int, string> UnreadableActuals => new()
    {
        { "1e400", "1e400 亿元", 1, ExpectedEnd },
        { "NaN", "NaN", 0, ExpectedActual },
        { "NaN with a unit", "NaN 亿元", 0, ExpectedActual },
        { "nested brackets", new string('（', 10_000) + "7%" + new string('）', 10_000), 0, ExpectedActual },
    };

    [Theory]
    [MemberData(nameof(UnreadableActuals))]
    public void EvaluateRow_UnreadableActual_UndeterminedWithPositionedDiagnostic(string why, string actual, int position, string expected)
    {
        var result = Bounded(() => Row("地区生产总值", "可比增长 6%", actual));

        result.State.ShouldBe(AttainmentState.Undetermined, why);
        result.Diagnostics.ShouldHaveSingleItem(why).Message.ShouldBe($"actual_text, position {position}: {expected} in '{actual}'", why);
        result.Attainment.Explanation.Chinese.ShouldStartWith($"完成情况“{actual}”无法识别（第 {position} 个字符处", Case.Sensitive, why);
    }

    [Theory]
    [InlineData("９９９９９９９９９９９９９９９９９９９９９９亿元", "1000 亿元")]
    [InlineData("1000 亿元", "９９９９９９９９９９９９９９９９９９９９９９亿元")]
    [InlineData("99999999999999999999999999999999999999 元", "1000 亿元")]
    public void EvaluateRow_FigureBeyondDecimal_UndeterminedWithDiagnosticAtTheFigure(string target, string actual)
    {
        var result = Bounded(() => Row("社会消费品零售总额", target, actual));

        result.State.ShouldBe(AttainmentState.Undetermined);
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Message.ShouldStartWith($"{diagnostic.Column}, position 0: expected");
    }

    [Fact]
    public void EvaluateRow_OneMegabyteCell_UndeterminedWithDiagnosticAtTheStart()
    {
        var cell = string.Concat(Enumerable.Repeat("亿元，高于；全市（", 1 << 17));

        var result = Bounded(() => Row("地区生产总值", cell, cell));

        cell.Length.ShouldBeGreaterThan(1_000_000);
        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Diagnostics.Select(d => (d.Column, d.Message.Split(':')[0])).ShouldBe([("target_text", "target_text, position 0"), ("actual_text", "actual_text, position 0")]);
    }

    [Fact]
    public void EvaluateRow_ThirtyTwoSlashComponents_OneComponentEach()
    {
        const int count = 32;
        var indicator = string.Join("/", Enumerable.Range(1, count).Select(i => $"地区生产总值{i}"));
        var target = string.Join("/", Enumerable.Repeat("可比增长 6%", count));
        var actual = string.Join("／", Enumerable.Range(1, count).Select(i => i % 2 == 0 ? "可比增长 6.5%" : "可比增长 5.5%"));

        var result = Bounded(() => Row(indicator, target, actual));

        result.Diagnostics.ShouldBeEmpty();
        result.State.ShouldBe(AttainmentState.PartiallyMet);
        result.Attainment.Components.Length.ShouldBe(count);
        result.Attainment.Components.Count(c => c.State == AttainmentState.Met).ShouldBe(count / 2);
        result.Attainment.Components[^1].Explanation.Chinese.ShouldBe("可比增长 6.5%，达到目标 6%");
    }

    [Fact]
    public void EvaluateRow_TenThousandSlashComponents_UndeterminedAtTheThirtyThirdOnBothColumns()
    {
        const int count = 10_000;
        var target = string.Join("/", Enumerable.Repeat("可比增长 6%", count));
        var actual = string.Join("/", Enumerable.Repeat("可比增长 6.5%", count));

        var result = Bounded(() => Row("地区生产总值", target, actual));

        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Diagnostics.Select(d => d.Message[..d.Message.IndexOf(" in '", StringComparison.Ordinal)]).ShouldBe([
            $"target_text, position {32 * "可比增长 6%/".Length - 1}: expected at most 32 components separated by '/'",
            $"actual_text, position {32 * "可比增长 6.5%/".Length - 1}: expected at most 32 components separated by '/'"]);
    }

    [Theory]
    [InlineData("持平", "增长 -0%", AttainmentState.Met, "增长 0%，达到目标 0%")]
    [InlineData("持平", "下降 0%", AttainmentState.Met, "增长 0%，达到目标 0%")]
    [InlineData("稳定增长", "增长 -0%", AttainmentState.Missed, "增长 0%，未高于目标 0%")]
    [InlineData("下降 0%", "增长 -0.0%", AttainmentState.Met, "增长 0%，未超过目标 0%")]
    public void EvaluateRow_NegativeZero_EqualsZero(string target, string actual, AttainmentState state, string why)
    {
        var result = Row("地区生产总值", target, actual);

        result.Diagnostics.ShouldBeEmpty();
        result.State.ShouldBe(state);
        result.Attainment.Explanation.Chinese.ShouldBe(why);
    }

    [Theory]
    [InlineData("达到 6 亿美元", "60 亿元", "单位不一致：完成情况为 60 亿元，目标为 6 亿美元")]
    [InlineData("达到 6 亿美元", "60 家", "单位不一致：完成情况为 60 家，目标为 6 亿美元")]
    [InlineData("100 家", "60 平方米", "单位不一致：完成情况为 60 平方米，目标为 100 家")]
    [InlineData("达到常住人口每千人 40 平方米以上", "50 平方米", "单位不一致：完成情况为 50 平方米，目标为 每千人 40 平方米")]
    public void EvaluateRow_UnitsThatDoNotConvert_UndeterminedWithReason(string target, string actual, string why)
    {
        var result = Row("外资", target, actual);

        result.Diagnostics.ShouldBeEmpty();
        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Attainment.Explanation.Chinese.ShouldBe(why);
    }

    [Fact]
    public void PerCapita_ZeroPopulation_RejectedByTheFactory() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Unit.SquareMetre.PerCapita(0)).ParamName.ShouldBe("people");

    [Fact]
    public void Evaluate_GrowthFromZeroBaseline_UndeterminedWithReason()
    {
        var references = ReferenceSet.Empty.With(new Reference("地区生产总值", ReferenceKind.Baseline, Observation.OfLevel(0, Unit.YiYuan)));

        var attainment = Evaluator.Default.Evaluate("地区生产总值", Target.Growth(6), Observation.OfLevel(563.49m, Unit.YiYuan), references);

        attainment.State.ShouldBe(AttainmentState.Undetermined);
        attainment.Explanation.Chinese.ShouldBe("上年基数为 0，无法计算增长");
    }

    [Fact]
    public void Evaluate_GrowthFromTinyBaseline_UndeterminedNotOverflow()
    {
        var references = ReferenceSet.Empty.With(new Reference("地区生产总值", ReferenceKind.Baseline, Observation.OfLevel(0.0000000000000000000000000001m, Unit.Yuan)));

        var attainment = Evaluator.Default.Evaluate("地区生产总值", Target.Growth(6), Observation.OfLevel(7_000_000_000_000_000_000_000_000_000m, Unit.Yuan), references);

        attainment.State.ShouldBe(AttainmentState.Undetermined);
        attainment.Explanation.Chinese.ShouldBe("数值超出可计算范围，无法比较");
    }

    [Fact]
    public void Evaluate_GapBeyondDecimal_UndeterminedNotOverflow()
    {
        var attainment = Evaluator.Default.Evaluate("地区生产总值", Target.AtLeast(decimal.MaxValue, Unit.Yuan), Observation.OfLevel(decimal.MinValue, Unit.Yuan));

        attainment.State.ShouldBe(AttainmentState.Undetermined);
        attainment.Explanation.English.ShouldBe("a figure is too large to compute with, so it cannot be compared");
    }

    [Fact]
    public void Evaluate_ConversionBeyondDecimal_SaysTooLargeNotUnitsDiffer()
    {
        var attainment = Evaluator.Default.Evaluate("社会消费品零售总额", Target.AtLeast(1, Unit.Yuan), Observation.OfLevel(1e21m, Unit.YiYuan));

        attainment.State.ShouldBe(AttainmentState.Undetermined);
        attainment.Explanation.Chinese.ShouldBe("数值超出可计算范围：1000000000000000000000 亿元 无法换算为元");
    }

    [Fact]
    public void Evaluate_QuotaGivenInPoints_UndeterminedNotArgumentException()
    {
        var quota = new Observation { Text = "0.5 个百分点", Level = new Quantity(0.5m, Unit.PercentagePoint) };
        var references = ReferenceSet.Empty.With(new Reference("单位生产总值能耗", ReferenceKind.Quota, quota));

        var attainment = Evaluator.Default.Evaluate("单位生产总值能耗", Target.WithinCityQuota(), Observation.OfLevel(3, Unit.Percent), references);

        attainment.State.ShouldBe(AttainmentState.Undetermined);
        attainment.Explanation.Chinese.ShouldBe("市下达目标“0.5 个百分点”未给出可比较的数值");
    }

    private static RowResult Row(string indicator, string target, string actual) =>
        new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "测试", indicator, target, actual));

    private static T Bounded<T>(Func<T> work)
    {
        var task = Task.Run(work);
        task.Wait(Bound).ShouldBeTrue($"did not finish within {Bound}");
        return task.Result;
    }
}
