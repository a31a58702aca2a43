using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Targets;

namespace TargetRules.Tests.Plans;

/// <summary>
/// A row without a cell for a column the judgement reads (a line cut short, a key left out) is Undetermined with
/// one diagnostic naming the columns; a cell that is present but empty keeps its meaning.
/// </summary>
public sealed class PlanEvaluatorMissingColumnsTests
{
    [Theory]
    [InlineData("indicator|target_text|actual_text", "the row has no cell for indicator, target_text and actual_text", "该行没有 indicator、target_text、actual_text 列", "indicator")]
    [InlineData("target_text|actual_text", "the row has no cell for target_text and actual_text", "该行没有 target_text、actual_text 列", "target_text")]
    [InlineData("actual_text", "the row has no cell for actual_text", "该行没有 actual_text 列", "actual_text")]
    public void EvaluateRow_MissingColumns_UndeterminedWithADiagnosticNamingThem(string columns, string english, string chinese, string column)
    {
        var row = new PlanRow(1, "1", "主要经济指标", "地区生产总值", "", "") { MissingColumns = [.. columns.Split('|')] };

        var result = new PlanEvaluator().EvaluateRow(row);

        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Diagnostics.ShouldBe([new Diagnostic(DiagnosticSeverity.Error, english, column)]);
        result.Attainment.Explanation.English.ShouldBe(english);
        result.Attainment.Explanation.Chinese.ShouldBe(chinese);
        result.Attainment.Components.ShouldBeEmpty();
    }

    [Fact]
    public void EvaluateRow_TargetPresentActualMissing_TargetKeptButNotJudged()
    {
        var row = new PlanRow(1, "1", "主要经济指标", "地区生产总值", "可比增长 6%", "") { MissingColumns = ["actual_text"] };

        var result = new PlanEvaluator().EvaluateRow(row);

        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Target.ShouldBe(Target.ComparableGrowth(6));
        result.Attainment.Target.ShouldBe(Target.ComparableGrowth(6));
        result.Attainment.Actual.Status.ShouldBe(ObservationStatus.NotReported);
    }

    [Fact]
    public void EvaluateRow_TargetMissing_NoTargetRead()
    {
        var row = new PlanRow(1, "1", "主要经济指标", "地区生产总值", "", "") { MissingColumns = ["target_text", "actual_text"] };

        var result = new PlanEvaluator().EvaluateRow(row);

        result.Target.ShouldBeNull();
        result.Attainment.Target.ShouldBe(Target.None());
    }

    [Fact]
    public void EvaluateRow_ActualMissingAndTargetUnreadable_BothSaidMissingFirst()
    {
        var row = new PlanRow(1, "1", "主要经济指标", "地区生产总值", "@@@", "") { MissingColumns = ["actual_text"] };

        var result = new PlanEvaluator().EvaluateRow(row);

        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Diagnostics.Select(d => d.Column).ShouldBe(["actual_text", "target_text"]);
        result.Attainment.Explanation.English.ShouldStartWith("the row has no cell for actual_text; the target \"@@@\" could not be read (at 0: ");
        result.Target.ShouldBeNull();
    }

    [Fact]
    public void EvaluateRow_EmptyCellsPresent_MeaningUnchanged()
    {
        var noActual = new PlanRow(1, "1", "主要经济指标", "地区生产总值", "可比增长 6%", "");
        var noTarget = new PlanRow(2, "2", "主要经济指标", "地区生产总值", "", "");

        var evaluator = new PlanEvaluator();

        evaluator.EvaluateRow(noActual).State.ShouldBe(AttainmentState.NotReported);
        evaluator.EvaluateRow(noTarget).State.ShouldBe(AttainmentState.NotAssessed);
        evaluator.EvaluateRow(noActual).Diagnostics.ShouldBeEmpty();
        noActual.MissingColumns.ShouldBeEmpty();
    }

    [Fact]
    public void EvaluateRow_ProjectActualMissing_UndeterminedNamingIt()
    {
        var row = new PlanRow(1, "1", "区级骨干路网", "宝钱公路道路新建工程", "施工", "", RowKind.Project) { MissingColumns = ["actual_text"] };

        var result = new PlanEvaluator().EvaluateRow(row);

        result.State.ShouldBe(AttainmentState.Undetermined);
        result.Diagnostics.ShouldBe([new Diagnostic(DiagnosticSeverity.Error, "the row has no cell for actual_text", "actual_text")]);
    }

    [Fact]
    public void Evaluate_CutRowAmongWholeOnes_EveryRowOnceAndACutPeerIsNoPeer()
    {
        PlanRow[] rows =
        [
            new PlanRow(1, "1", "主要经济指标", "地区生产总值", "可比增长 6%", "") { MissingColumns = ["actual_text"] },
            new PlanRow(2, "2", "主要经济指标", "区级一般公共预算收入", "与经济增长同步", "增长 7%"),
        ];

        var whole = new PlanRow(1, "1", "主要经济指标", "地区生产总值", "可比增长 6%", "可比增长 7%");

        var results = new PlanEvaluator().Evaluate(rows).ToList();
        var withWholePeer = new PlanEvaluator().Evaluate([whole, rows[1]]).ToList();

        results.Select(r => r.State).ShouldBe([AttainmentState.Undetermined, AttainmentState.Undetermined]);
        results[1].Diagnostics.ShouldBeEmpty();
        withWholePeer.Select(r => r.State).ShouldBe([AttainmentState.Met, AttainmentState.Met]);
    }
}
