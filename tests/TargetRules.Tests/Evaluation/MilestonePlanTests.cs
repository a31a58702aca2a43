using System.Collections.Immutable;
using TargetRules.Evaluation;
using TargetRules.Plans;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Evaluation;

/// <summary>
/// Every project of Table 2 (data/baoshan-2022-projects.tsv) through <see cref="PlanEvaluator"/>, each state
/// decided row by row:
/// - 施工 is one stage with 开工 and 进场施工, so 管线搬迁进场施工 (1), 已进场实施 (4), 二标段已进场施工 (5),
///   进场施工 (13), 开工 (14) and 完成建设进度 X% (10, 11, 12, 16: 施工 at X%) meet a 施工 target.
/// - 施工招标手续办理 (2) is the 招标 stage, before 施工: Missed.
/// - 基本竣工/基本完工 (3, 8, 15) against 竣工: Missed by default ("基本竣工，未达到竣工"), Met under
///   <see cref="EvaluationPolicy.BasicCompletionMeetsCompletion"/>.
/// - Row 4: 西段已完成 (竣工) and 东段…已进场实施 (施工) both reach 施工; 正在排管中 names no stage and continues 东段.
/// - Row 5: 一标段完成…立交桥 6 跨 (work items done, so construction is under way) and 二标段…已进场施工.
/// - Row 6: 竣工 judged part by part; 双城路 has only its permit (招标), 海江路 is under construction: Missed.
/// - 已竣工 (7, 9) meets 竣工.
/// </summary>
public sealed class MilestonePlanTests
{
    public static TheoryData<int, AttainmentState, string> DefaultPolicyRows => new()
    {
        { 1, Met, "管线搬迁进场施工（施工阶段），达到施工" },
        { 2, Missed, "施工招标手续办理（招标阶段），未达到施工" },
        { 3, Missed, "基本竣工，未达到竣工" },
        { 4, Met, "西段：已完成（竣工阶段），达到施工；东段：南上水管搬迁已进场实施，正在排管中（施工阶段），达到施工" },
        { 5, Met, "一标段：完成跨铁路南何支线立交桥 6 跨（施工阶段），达到施工；二标段：东侧道路已进场施工（施工阶段），达到施工" },
        { 6, Missed, "双城路：取得施工许可，未达到竣工；海江路：进场施工中，未达到竣工" },
        { 7, Met, "已竣工，达到竣工" },
        { 8, Missed, "基本完工，未达到竣工" },
        { 9, Met, "已竣工，达到竣工" },
        { 10, Met, "完成建设进度 45%（施工阶段），达到施工" },
        { 11, Met, "完成建设进度 70%（施工阶段），达到施工" },
        { 12, Met, "完成建设进度 95%（施工阶段），达到施工" },
        { 13, Met, "进场施工，达到施工" },
        { 14, Met, "开工，达到施工" },
        { 15, Missed, "基本竣工，未达到竣工" },
        { 16, Met, "完成建设进度 30%（施工阶段），达到施工" },
    };

    [Theory]
    [MemberData(nameof(DefaultPolicyRows))]
    public void Evaluate_Projects2022DefaultPolicy_GivesDecidedStateAndExplanation(int id, AttainmentState state, string explanation)
    {
        var result = Results(EvaluationPolicy.Default).Single(r => r.Row.Id == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        result.Diagnostics.ShouldBeEmpty();
        result.State.ShouldBe(state);
        result.Attainment.Explanation.Chinese.ShouldBe(explanation);
    }

    public static TheoryData<int, string> BasicCompletionRows => new()
    {
        { 3, "基本竣工，按政策视同竣工" },
        { 8, "基本完工，按政策视同竣工" },
        { 15, "基本竣工，按政策视同竣工" },
    };

    [Theory]
    [MemberData(nameof(BasicCompletionRows))]
    public void Evaluate_BasicCompletionWithPolicyFlag_IsMet(int id, string explanation)
    {
        var policy = new EvaluationPolicy { BasicCompletionMeetsCompletion = true };

        var result = Results(policy).Single(r => r.Row.Id == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        result.State.ShouldBe(Met);
        result.Attainment.Explanation.Chinese.ShouldBe(explanation);
    }

    [Fact]
    public void Evaluate_Projects2022_JudgesAllSixteenRowsInOrder()
    {
        var results = Results(EvaluationPolicy.Default);

        results.Select(r => r.Row.Id).ShouldBe(Enumerable.Range(1, 16).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        results.Count(r => r.State == Met).ShouldBe(11);
        results.Count(r => r.State == Missed).ShouldBe(5);
    }

    [Fact]
    public void Evaluate_Projects2022WithPolicyFlag_MeetsFourteen()
    {
        var results = Results(new EvaluationPolicy { BasicCompletionMeetsCompletion = true });

        results.Count(r => r.State == Met).ShouldBe(14);
        results.Where(r => r.State == Missed).Select(r => r.Row.Id).ShouldBe(["2", "6"]);
    }

    [Theory]
    [InlineData(3, "基本竣工 (basic completion) does not reach 竣工 (completion)")]
    [InlineData(6, "双城路: 取得施工许可 (tendering/permit) does not reach 竣工 (completion); 海江路: 进场施工中 (construction) does not reach 竣工 (completion)")]
    [InlineData(10, "完成建设进度 45% (construction, 45% of the work done) reaches 施工 (construction)")]
    public void Evaluate_RowInEnglish_NamesBothStages(int id, string explanation)
    {
        var result = Results(EvaluationPolicy.Default).Single(r => r.Row.Id == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        result.Attainment.Explanation.English.ShouldBe(explanation);
    }

    [Fact]
    public void Evaluate_Projects2023WithoutStatus_AreNotReported()
    {
        var rows = MilestoneData.Rows("baoshan-2023-projects.tsv");

        var results = new PlanEvaluator().Evaluate(rows).ToList();

        results.Count.ShouldBe(30);
        results.ShouldAllBe(r => r.State == NotReported && r.Diagnostics.IsEmpty);
    }

    private static List<RowResult> Results(EvaluationPolicy policy) =>
        new PlanEvaluator(new Evaluator(policy)).Evaluate(MilestoneData.Rows("baoshan-2022-projects.tsv")).ToList();
}

/// <summary>Reads the project tables of the repository's data/ folder as the CLI does: comments, header, extra columns kept.</summary>
internal static class MilestoneData
{
    public static string Path(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "TargetRules.sln")))
        {
            dir = dir.Parent;
        }

        return System.IO.Path.Combine(dir?.FullName ?? throw new InvalidOperationException("TargetRules.sln not found above the test folder."), "data", file);
    }

    public static List<PlanRow> Rows(string file)
    {
        var lines = File.ReadAllLines(Path(file)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split('\t');
        var rows = new List<PlanRow>();
        for (var i = 1; i < lines.Count; i++)
        {
            var cells = lines[i].Split('\t');
            string Cell(string name) => Array.IndexOf(header, name) is var k and >= 0 && k < cells.Length ? cells[k] : string.Empty;
            var extra = header.Where(h => h is not ("id" or "category" or "project" or "target_text" or "actual_text"))
                .Select(h => KeyValuePair.Create(h, Cell(h))).ToImmutableArray();
            rows.Add(new PlanRow(i, Cell("id"), Cell("category"), Cell("project"), Cell("target_text"), Cell("actual_text"), RowKind.Project) { Extra = extra });
        }

        return rows;
    }
}
