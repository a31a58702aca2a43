using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Tests.Evaluation;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Plans;

public sealed class InvestmentSummaryTests
{
    [Fact]
    public void Of_Projects2022_TotalsInvestmentByState()
    {
        var summary = InvestmentSummary.Of(new PlanEvaluator().Evaluate(MilestoneData.Rows("baoshan-2022-projects.tsv")));

        summary[Met].ShouldBe(53.2m);
        summary[Missed].ShouldBe(34.7m);
        summary.Total.ShouldBe(87.9m);
        summary.Rows.ShouldBe(16);
        summary.RowsWithoutInvestment.ShouldBe(0);
        summary.ToString().ShouldBe("Met 53.2 亿元, Missed 34.7 亿元");
    }

    [Fact]
    public void Of_Projects2022WithPolicyFlag_MovesBasicCompletionToMet()
    {
        var evaluator = new PlanEvaluator(new Evaluator(new EvaluationPolicy { BasicCompletionMeetsCompletion = true }));

        var summary = InvestmentSummary.Of(evaluator.Evaluate(MilestoneData.Rows("baoshan-2022-projects.tsv")));

        summary[Met].ShouldBe(80.7m);
        summary[Missed].ShouldBe(7.2m);
    }

    [Fact]
    public void Of_Projects2023_TotalsUnderNotReported() =>
        InvestmentSummary.Of(new PlanEvaluator().Evaluate(MilestoneData.Rows("baoshan-2023-projects.tsv")))[NotReported].ShouldBe(219.56m);

    // Two rows near decimal's limit overflowed the total, and every report format failed with no row written.
    [Fact]
    public void Of_InvestmentsAboveTheLimit_NotReadSoTheTotalsCannotOverflow()
    {
        var huge = new string('9', 28);
        var rows = Enumerable.Range(1, 3).Select(i => new PlanRow(i, $"{i}", "", "海江路新建工程", "竣工", "已竣工")
        {
            Extra = [new("investment_yi_yuan", i == 3 ? "1000000000000000" : huge)],
        });

        var summary = InvestmentSummary.Of(new PlanEvaluator().Evaluate(rows));

        summary.Rows.ShouldBe(1);
        summary.RowsWithoutInvestment.ShouldBe(2);
        summary.Total.ShouldBe(InvestmentSummary.MaximumYiYuan);
    }

    [Theory]
    [InlineData("investment_yi_yuan", "8.9", 8.9)]
    [InlineData("investment_yi_yuan", "８．９", 8.9)]
    [InlineData("investment_yi_yuan", " 8.9 亿元", 8.9)]
    [InlineData("investment_yi_yuan", "89000万元", 8.9)]
    [InlineData("总投资（亿元）", "8.9", 8.9)]
    [InlineData("总投资(亿元)", "8.9亿", 8.9)]
    [InlineData("总投资（万元）", "89000", 8.9)]
    [InlineData("Investment", "8.9", 8.9)]
    public void TryRead_ColumnAndValueVariants_GiveYiYuan(string column, string value, decimal expected)
    {
        var row = Row(KeyValuePair.Create(column, value));

        InvestmentSummary.TryRead(row, out var yiYuan).ShouldBeTrue();
        yiYuan.ShouldBe(expected);
    }

    [Theory]
    [InlineData("investment_yi_yuan", "")]
    [InlineData("investment_yi_yuan", "约 9")]
    [InlineData("remarks", "8.9")]
    public void TryRead_MissingOrUnreadable_IsFalse(string column, string value) =>
        InvestmentSummary.TryRead(Row(KeyValuePair.Create(column, value)), out _).ShouldBeFalse();

    [Fact]
    public void Add_RowWithoutInvestment_CountsItAndAddsNothing()
    {
        var summary = new InvestmentSummary();

        summary.Add(new PlanEvaluator().EvaluateRow(Row()));

        summary.Total.ShouldBe(0m);
        summary.Rows.ShouldBe(0);
        summary.RowsWithoutInvestment.ShouldBe(1);
    }

    private static PlanRow Row(params KeyValuePair<string, string>[] extra) =>
        new(1, "1", "区级骨干路网", "宝钱公路道路新建工程", "施工", "开工", RowKind.Project) { Extra = [.. extra] };

    // The investment is read from the first of InvestmentSummary.Columns the row has, whatever the row's order,
    // and a column name with spaces around it still counts.
    [Theory]
    [InlineData("总投资（万元）", "89000", "investment_yi_yuan", "1", 1)]
    [InlineData(" 总投资 ", "8.9", "备注", "2", 8.9)]
    public void TryRead_FirstListedColumnWins(string first, string firstValue, string second, string secondValue, decimal expected)
    {
        var row = new PlanRow(1, "1", "区级骨干路网", "宝钱公路道路新建工程", "施工", "开工", RowKind.Project)
        {
            Extra = [new(first, firstValue), new(second, secondValue)],
        };

        InvestmentSummary.TryRead(row, out var yiYuan).ShouldBeTrue();
        yiYuan.ShouldBe(expected);
    }

    // Every listed name is read, full- or half-width; a column without a name is not an investment (a listed name
    // left empty would match it and add its figure to the totals).
    [Theory]
    [InlineData("总投资", "8.9", true, 8.9)]
    [InlineData("投资（亿元）", "8.9", true, 8.9)]
    [InlineData("投资(亿元)", "8.9", true, 8.9)]
    [InlineData("总投资(万元)", "89000", true, 8.9)]
    [InlineData("", "8.9", false, 0)]
    [InlineData(" ", "8.9", false, 0)]
    public void TryRead_ListedNamesReadBlankNameNot(string column, string value, bool read, decimal expected)
    {
        var row = new PlanRow(1, "1", "区级骨干路网", "宝钱公路道路新建工程", "施工", "开工", RowKind.Project) { Extra = [new(column, value)] };

        InvestmentSummary.TryRead(row, out var yiYuan).ShouldBe(read);
        yiYuan.ShouldBe(expected);
    }

    [Fact]
    public void InvestmentSummaryOf_NullResults_Throws() =>
        Should.Throw<ArgumentNullException>(() => InvestmentSummary.Of(null!)).ParamName.ShouldBe("results");

    [Fact]
    public void InvestmentSummaryAdd_NullResult_Throws() =>
        Should.Throw<ArgumentNullException>(() => new InvestmentSummary().Add(null!)).ParamName.ShouldBe("result");

    [Fact]
    public void TryRead_NullRow_Throws() =>
        Should.Throw<ArgumentNullException>(() => InvestmentSummary.TryRead(null!, out _)).ParamName.ShouldBe("row");
}
