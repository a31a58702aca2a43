using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;
using TargetRules.Text;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Evaluation;

/// <summary>
/// What the mutation run of <c>MilestoneJudge.cs</c> and <c>JudgeStates.cs</c> (2026-11-24, 88.33%) left untested:
/// the English half of every milestone reason, a share of the work against basic completion at 100%, which of
/// two equally advanced parts a missed 部分竣工 quotes, and an exact part name preferred to one that contains it.
/// Each case is judged in full and on the state path, which must agree.
/// </summary>
public sealed class MilestoneJudgeMutationSurvivorTests
{
    public static TheoryData<string, string, bool, decimal, AttainmentState, string, string> Cases => new()
    {
        // 正在 before a stage word still says the stage in so many words.
        { "竣工", "正在施工", false, 1m, Missed, "正在施工，未达到竣工", "正在施工 (construction) does not reach 竣工 (completion)" },
        // A named part the status does not mention; a whole-project part when the status names only the parts taken.
        { "海江路竣工", "西段已竣工", false, 1m, Undetermined, "完成情况中没有“海江路”的进展", "the status says nothing about \"海江路\"" },
        {
            "室外观测场竣工，主体施工", "室外观测场已竣工", false, 1m, Undetermined,
            "室外观测场：已竣工，达到竣工；完成情况只列出室外观测场，没有项目整体的进展，无法判定“主体施工”",
            "室外观测场: 已竣工 (completion) reaches 竣工 (completion); the status covers only 室外观测场, not the project as a whole; \"主体施工\" cannot be judged"
        },
        // An activity started, in so many words or by a later stage.
        {
            "启动高压铁塔搬迁", "高压铁塔搬迁启动", false, 1m, Met,
            "高压铁塔搬迁启动（前期阶段），达到启动高压铁塔搬迁", "高压铁塔搬迁启动 (preparation) reaches 启动高压铁塔搬迁 (高压铁塔搬迁 started)"
        },
        {
            "启动高压铁塔搬迁", "施工图设计中", false, 1m, Undetermined,
            "施工图设计中（前期阶段），未提及“高压铁塔搬迁”，无法判定是否启动高压铁塔搬迁",
            "施工图设计中 (preparation) does not mention \"高压铁塔搬迁\"; cannot tell whether 启动高压铁塔搬迁 (高压铁塔搬迁 started)"
        },
        // A share of the work: prorated, with the tolerance of 约, met by a stage, missed before construction, or not comparable.
        {
            "完成 60%工程量", "完成建设进度 40%", false, 0.5m, Met,
            "完成建设进度 40%，达到序时进度 30%（全年完成 60%工程量 × 0.5）",
            "完成建设进度 40% meets the pro-rata 30% (full-year 60% of the work done × 0.5)"
        },
        {
            "约完成 60%工程量", "完成建设进度 57%", false, 1m, Missed,
            "完成建设进度 57%，未达到约完成 60%工程量（容差 0.5 个百分点），差 3 个百分点",
            "完成建设进度 57% falls short of about 60% of the work done (tolerance 0.5 percentage points) by 3 percentage points"
        },
        { "完成 60%工程量", "已竣工", false, 1m, Met, "已竣工，达到完成 60%工程量", "已竣工 (completion) meets 60% of the work done" },
        { "完成 60%工程量", "基本竣工", false, 1m, Met, "基本竣工，达到完成 60%工程量", "基本竣工 (basic completion) meets 60% of the work done" },
        // Basic completion is not all of the work.
        {
            "完成 100%工程量", "基本竣工", false, 1m, Undetermined,
            "基本竣工，未给出完成工程量比例，无法与完成 100%工程量比较",
            "基本竣工 (basic completion) gives no share of the work done to compare with 100% of the work done"
        },
        {
            "完成 60%工程量", "施工招标", false, 1m, Missed,
            "施工招标，尚未开工，未达到完成 60%工程量", "施工招标 (tendering/permit): construction has not started, so 60% of the work done is not reached"
        },
        // 部分竣工: the part that reached it, the policy's basic completion, or the most advanced part (the first of equals).
        {
            "部分竣工", "西段已竣工、东段施工中", false, 1m, Met,
            "西段：已竣工，达到部分竣工", "西段: 已竣工 (completion) reaches 部分竣工 (completion of part of the project)"
        },
        {
            "部分竣工", "西段基本竣工、东段施工中", true, 1m, Met,
            "西段：基本竣工，按政策视同部分竣工",
            "西段: 基本竣工 (basic completion) counts as 部分竣工 (completion of part of the project) under the policy"
        },
        {
            "部分竣工", "西段招标、东段施工中", false, 1m, Missed,
            "东段：施工中，没有任何部分达到竣工，未达到部分竣工",
            "东段: 施工中 (construction): no part has reached completion, so 部分竣工 (completion of part of the project) is not reached"
        },
        {
            "部分竣工", "西段施工中、东段进场施工", false, 1m, Missed,
            "西段：施工中，没有任何部分达到竣工，未达到部分竣工",
            "西段: 施工中 (construction): no part has reached completion, so 部分竣工 (completion of part of the project) is not reached"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Judge_MilestoneRow_ExactReasonInBothLanguagesAndSameStateOnEitherPath(
        string target, string status, bool basicCounts, decimal elapsed, AttainmentState state, string chinese, string english)
    {
        var goal = MilestoneParser.ParseTargetOrThrow(target);
        var actual = MilestoneParser.ParseStatusOrThrow(status, goal);
        var judge = new Judge(new EvaluationPolicy { BasicCompletionMeetsCompletion = basicCounts }, new LookupFacts(ReferenceSet.Empty, null), ReportingPeriod.FromElapsed(elapsed));

        var full = judge.Row("项目", goal, actual);

        full.State.ShouldBe(state);
        full.Explanation.Chinese.ShouldBe(chinese);
        full.Explanation.English.ShouldBe(english);
        judge.State("项目", goal, actual).ShouldBe(state);
    }

    [Fact]
    public void Judge_NotAProjectStatus_ReasonInBothLanguages()
    {
        var result = Evaluator.Default.Evaluate("项目", Milestones.Reach(Stage.Completion), ObservationParser.ParseOrThrow("5 亿元", "项目"));

        result.State.ShouldBe(Undetermined);
        result.Explanation.Chinese.ShouldBe("完成情况“5 亿元”不是项目进展（应为开工、施工、竣工等）");
        result.Explanation.English.ShouldBe("the actual \"5 亿元\" is not a project status (expected 开工, 施工, 竣工 …)");
    }

    // A status part named exactly as the target's part is taken before one whose name merely contains it.
    [Fact]
    public void Judge_ExactPartNameBeforeContainingName()
    {
        var target = Milestones.Of(MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion)));
        var actual = MilestoneStatus.Of(
            MilestonePart.Named("海江路二期", Milestone.Reached(Stage.Construction), "施工中"),
            MilestonePart.Named("海江路", Milestone.Reached(Stage.Completion), "已竣工")).Observe("海江路二期施工中，海江路已竣工");
        var judge = new Judge(EvaluationPolicy.Default, new LookupFacts(ReferenceSet.Empty, null), ReportingPeriod.Annual);

        judge.Row("项目", target, actual).Explanation.Chinese.ShouldBe("海江路：已竣工，达到竣工");
        judge.State("项目", target, actual).ShouldBe(Met);
    }
}
