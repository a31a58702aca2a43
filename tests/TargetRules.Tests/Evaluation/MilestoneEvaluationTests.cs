using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Targets;
using TargetRules.Text;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Evaluation;

public sealed class MilestoneEvaluationTests
{
    private static Attainment Judge(string target, string status, EvaluationPolicy? policy = null, ReportingPeriod period = default)
    {
        var goal = MilestoneParser.ParseTarget(target).OrThrow();
        var actual = MilestoneParser.ParseStatus(status, goal).OrThrow();
        return new Evaluator(policy).Evaluate("项目", goal, actual, period: period);
    }

    public static TheoryData<string, string, AttainmentState, string> StageCases => new()
    {
        { "主体施工", "进场施工", Missed, "进场施工，未达到主体施工" },
        { "主体施工", "主体结构封顶", Met, "主体结构封顶（完成主体施工），达到主体施工" },
        { "施工", "施工图设计", Missed, "施工图设计（前期阶段），未达到施工" },
        { "开工", "动迁中", Missed, "动迁中，未达到开工" },
        { "招标", "取得施工许可", Met, "取得施工许可，达到招标" },
        { "竣工验收", "已竣工", Missed, "已竣工，未达到竣工验收" },
        { "完成竣工验收", "通过竣工验收", Met, "通过竣工验收（竣工验收阶段），达到完成竣工验收" },
        { "全面完成腾地", "动迁中", Missed, "动迁中，未达到全面完成腾地" },
        { "全面完成腾地", "已完成腾地", Met, "已完成腾地，达到全面完成腾地" },
        { "全面完成腾地", "开工", Met, "开工，达到全面完成腾地" },
        { "施工", "部分竣工", Met, "部分竣工，达到施工" },
        { "竣工", "部分竣工", Missed, "部分竣工，未达到竣工" },
        { "竣工", "完成建设进度 95%", Missed, "完成建设进度 95%（施工阶段），未达到竣工" },
        { "竣工", "主体完工", Missed, "主体完工（完成主体施工），未达到竣工" },
        { "竣工", "建成通车", Met, "建成通车（竣工阶段），达到竣工" },
    };

    [Theory]
    [MemberData(nameof(StageCases))]
    public void Evaluate_StageAgainstStatus_FollowsStageOrder(string target, string status, AttainmentState state, string explanation)
    {
        var result = Judge(target, status);

        result.State.ShouldBe(state);
        result.Explanation.Chinese.ShouldBe(explanation);
    }

    public static TheoryData<string, string, AttainmentState, string> ProgressCases => new()
    {
        { "完成 60%工程量", "完成建设进度 70%", Met, "完成建设进度 70%，达到完成 60%工程量" },
        { "完成 60%工程量", "完成建设进度 60%", Met, "完成建设进度 60%，达到完成 60%工程量" },
        { "完成 60%工程量", "完成建设进度 45%", Missed, "完成建设进度 45%，未达到完成 60%工程量，差 15 个百分点" },
        { "完成 60%工程量", "已竣工", Met, "已竣工，达到完成 60%工程量" },
        { "完成 60%工程量", "基本竣工", Met, "基本竣工，达到完成 60%工程量" },
        { "完成 60%工程量", "施工招标手续办理", Missed, "施工招标手续办理（招标阶段），尚未开工，未达到完成 60%工程量" },
        { "完成 60%工程量", "进场施工", Undetermined, "进场施工，未给出完成工程量比例，无法与完成 60%工程量比较" },
        { "约完成 40%工程量", "完成建设进度 39.6%", Met, "完成建设进度 39.6%，达到约完成 40%工程量（容差 0.5 个百分点）" },
        { "约完成 40%工程量", "完成建设进度 39%", Missed, "完成建设进度 39%，未达到约完成 40%工程量（容差 0.5 个百分点），差 1 个百分点" },
        { "施工", "完成建设进度 45%", Met, "完成建设进度 45%（施工阶段），达到施工" },
    };

    [Theory]
    [MemberData(nameof(ProgressCases))]
    public void Evaluate_Progress_ComparesShareOfWork(string target, string status, AttainmentState state, string explanation)
    {
        var result = Judge(target, status);

        result.State.ShouldBe(state);
        result.Explanation.Chinese.ShouldBe(explanation);
    }

    [Fact]
    public void Evaluate_ProgressInEnglish_GivesGap() =>
        Judge("完成 60%工程量", "完成建设进度 45%").Explanation.English
            .ShouldBe("完成建设进度 45% falls short of 60% of the work done by 15 percentage points");

    public static TheoryData<string, decimal, AttainmentState, string> InterimCases => new()
    {
        { "完成建设进度 35%", 0.5m, Met, "完成建设进度 35%，达到序时进度 30%（全年完成 60%工程量 × 0.5）" },
        { "完成建设进度 25%", 0.5m, Missed, "完成建设进度 25%，未达到序时进度 30%（全年完成 60%工程量 × 0.5），差 5 个百分点" },
        { "完成建设进度 40%", 0.75m, Missed, "完成建设进度 40%，未达到序时进度 45%（全年完成 60%工程量 × 0.75），差 5 个百分点" },
        { "完成建设进度 45%", 0.75m, Met, "完成建设进度 45%，达到序时进度 45%（全年完成 60%工程量 × 0.75）" },
    };

    [Theory]
    [MemberData(nameof(InterimCases))]
    public void Evaluate_ProgressInterim_IsProrated(string status, decimal elapsed, AttainmentState state, string explanation)
    {
        var result = Judge("完成 60%工程量", status, period: ReportingPeriod.FromElapsed(elapsed));

        result.State.ShouldBe(state);
        result.Explanation.Chinese.ShouldBe(explanation);
    }

    // A stage is the year's milestone, not an amount with a pace: at mid-year a 竣工 project still under construction has
    // not yet missed it, unless the status says it lags; a stage reached is met at any time, and the year end decides.
    [Theory]
    [InlineData("进场施工", 0.5, Undetermined, "进场施工，尚未达到竣工；全年节点尚未到期，无法判定（年末或注明滞后时可判定）")]
    [InlineData("进场施工，进度滞后", 0.5, Missed, "进场施工，进度滞后（施工阶段），未达到竣工")]
    [InlineData("已竣工", 0.5, Met, "已竣工，达到竣工")]
    [InlineData("进场施工", 1.0, Missed, "进场施工，未达到竣工")]
    public void Evaluate_StageInterim_NotYetDueUnlessLagging(string status, double elapsed, AttainmentState state, string explanation)
    {
        var result = Judge("竣工", status, period: ReportingPeriod.FromElapsed((decimal)elapsed));

        result.State.ShouldBe(state);
        result.Explanation.Chinese.ShouldBe(explanation);
    }

    [Fact]
    public void Evaluate_StageInterim_EnglishSaysWhatSettlesIt() =>
        Judge("竣工", "进场施工", period: ReportingPeriod.FromElapsed(0.5m)).Explanation.English.ShouldBe(
            "进场施工 (construction) has not yet reached 竣工 (completion); the year's milestone is not yet due, so it cannot be judged "
            + "(a year-end report, or a status that says it lags, settles it)");

    [Fact]
    public void Evaluate_PartlyInterim_NotYetDue() =>
        Judge("部分竣工", "西段施工中、东段招标", period: ReportingPeriod.FromElapsed(0.5m)).State.ShouldBe(Undetermined);

    public static TheoryData<string, AttainmentState, string> MultiPartCases => new()
    {
        {
            "时光大道、纬一路已开工，海江路已竣工，双城路完成建设进度 55%", Met,
            "时光大道：已开工，达到开工；纬一路：已开工，达到开工；海江路：已竣工，达到竣工；双城路：完成建设进度 55%，达到完成 50%工程量"
        },
        {
            "时光大道、纬一路已开工，海江路进场施工中，双城路完成建设进度 55%", Missed,
            "时光大道：已开工，达到开工；纬一路：已开工，达到开工；海江路：进场施工中，未达到竣工；双城路：完成建设进度 55%，达到完成 50%工程量"
        },
        {
            "时光大道已开工，海江路已竣工，双城路完成建设进度 55%", Undetermined,
            "时光大道：已开工，达到开工；完成情况中没有“纬一路”的进展；海江路：已竣工，达到竣工；双城路：完成建设进度 55%，达到完成 50%工程量"
        },
        {
            "已竣工", Met,
            "时光大道：已竣工，达到开工；纬一路：已竣工，达到开工；海江路：已竣工，达到竣工；双城路：已竣工，达到完成 50%工程量"
        },
        {
            "时光大道: 已开工 纬一路: 已开工 海江路段: 已竣工 双城路: 完成建设进度 50%", Met,
            "时光大道：已开工，达到开工；纬一路：已开工，达到开工；海江路：已竣工，达到竣工；双城路：完成建设进度 50%，达到完成 50%工程量"
        },
    };

    [Theory]
    [MemberData(nameof(MultiPartCases))]
    public void Evaluate_MultiPartTarget_JudgesEachPartByName(string status, AttainmentState state, string explanation)
    {
        var result = Judge("时光大道、纬一路开工, 海江路竣工, 双城路完成 50%工程量", status);

        result.State.ShouldBe(state);
        result.Explanation.Chinese.ShouldBe(explanation);
    }

    public static TheoryData<string, string, AttainmentState, string> PartCases => new()
    {
        { "室外观测场竣工，主体施工", "室外观测场已竣工，主体结构施工中", Met, "室外观测场：已竣工，达到竣工；主体结构施工中，达到主体施工" },
        { "室外观测场竣工，主体施工", "主体施工", Missed, "室外观测场：主体施工，未达到竣工；主体施工，达到主体施工" },
        { "室外观测场竣工，主体施工", "室外观测场已竣工", Undetermined, "室外观测场：已竣工，达到竣工；完成情况只列出室外观测场，没有项目整体的进展，无法判定“主体施工”" },
        { "部分竣工", "西段已竣工，东段施工中", Met, "西段：已竣工，达到部分竣工" },
        { "部分竣工", "部分竣工", Met, "部分竣工，达到部分竣工" },
        { "部分竣工", "进场施工中", Missed, "进场施工中，没有任何部分达到竣工，未达到部分竣工" },
        { "地下部分完工", "地下部分已完工，主体结构施工中", Met, "地下部分：已完工，达到完工" },
        { "地下部分完工", "地下部分施工中", Missed, "地下部分：施工中，未达到完工" },
        { "启动高压铁塔搬迁", "高压铁塔搬迁已启动", Met, "高压铁塔搬迁已启动（前期阶段），达到启动高压铁塔搬迁" },
        { "启动高压铁塔搬迁", "前期手续办理中", Undetermined, "前期手续办理中（前期阶段），未提及“高压铁塔搬迁”，无法判定是否启动高压铁塔搬迁" },
        { "启动高压铁塔搬迁", "开工", Met, "开工，达到启动高压铁塔搬迁" },
        { "启动高压铁塔搬迁", "前期工作推进中，高压铁塔搬迁方案已报批", Met, "前期工作推进中，高压铁塔搬迁方案已报批（前期阶段），达到启动高压铁塔搬迁" },
        { "启动高压铁塔搬迁", "管线搬迁已启动", Undetermined, "管线搬迁已启动（前期阶段），未提及“高压铁塔搬迁”，无法判定是否启动高压铁塔搬迁" },
    };

    [Theory]
    [MemberData(nameof(PartCases))]
    public void Evaluate_NamedAndPartialParts_FollowPartRules(string target, string status, AttainmentState state, string explanation)
    {
        var result = Judge(target, status);

        result.State.ShouldBe(state);
        result.Explanation.Chinese.ShouldBe(explanation);
    }

    [Theory]
    [InlineData(false, Missed, "基本竣工，未达到竣工")]
    [InlineData(true, Met, "基本竣工，按政策视同竣工")]
    public void Evaluate_BasicCompletionPolicy_DecidesCompletion(bool flag, AttainmentState state, string explanation)
    {
        var result = Judge("竣工", "基本竣工", new EvaluationPolicy { BasicCompletionMeetsCompletion = flag });

        result.State.ShouldBe(state);
        result.Explanation.Chinese.ShouldBe(explanation);
    }

    [Fact]
    public void Evaluate_BasicCompletionPolicyInEnglish_SaysPolicy() =>
        Judge("竣工", "基本完工", new EvaluationPolicy { BasicCompletionMeetsCompletion = true }).Explanation.English
            .ShouldBe("基本完工 (basic completion) counts as 竣工 (completion) under the policy");

    [Theory]
    [InlineData("竣工验收", false, Missed, "基本竣工，未达到竣工验收")]
    [InlineData("竣工验收", true, Missed, "基本竣工，未达到竣工验收")]
    [InlineData("部分竣工", false, Missed, "基本竣工，没有任何部分达到竣工，未达到部分竣工")]
    [InlineData("部分竣工", true, Met, "基本竣工，按政策视同部分竣工")]
    public void Evaluate_BasicCompletionPolicy_CountsForCompletionOnly(string target, bool flag, AttainmentState state, string explanation)
    {
        var result = Judge(target, "基本竣工", new EvaluationPolicy { BasicCompletionMeetsCompletion = flag });

        result.State.ShouldBe(state);
        result.Explanation.Chinese.ShouldBe(explanation);
    }

    [Fact]
    public void Evaluate_ObservationWithoutMilestone_IsUndetermined()
    {
        var result = Evaluator.Default.Evaluate("项目", Milestones.Reach(Stage.Completion), Observation.OfLevel(5, TargetRules.Quantities.Unit.YiYuan));

        result.State.ShouldBe(Undetermined);
        result.Explanation.Chinese.ShouldBe("完成情况“”不是项目进展（应为开工、施工、竣工等）");
    }

    [Fact]
    public void Evaluate_FluentTarget_MatchesParsedTarget()
    {
        var fluent = Milestones.Of(MilestonePart.Named("室外观测场", Milestone.Reached(Stage.Completion)),
            MilestonePart.Whole(Milestone.Reached(Stage.MainStructure)));
        var actual = MilestoneParser.ParseStatus("室外观测场已竣工，主体结构施工中", fluent).OrThrow();

        Evaluator.Default.Evaluate("气象站迁建工程", fluent, actual).State.ShouldBe(Met);
    }

    [Fact]
    public void EvaluateRow_UnreadableStatus_IsUndeterminedWithReason()
    {
        var row = new PlanRow(1, "1", "重大功能性项目", "气象站迁建工程", "施工", "尚未开工", RowKind.Project);

        var result = new PlanEvaluator().EvaluateRow(row);

        result.State.ShouldBe(Undetermined);
        result.Attainment.Explanation.Chinese.ShouldBe(
            "完成情况“尚未开工”无法识别（第 1 个字符处：否定或停工（未、没有、停工、暂停、暂缓、缓建）不能说明达到了哪个阶段）");
        result.Diagnostics.Single().Column.ShouldBe("actual_text");
    }

    [Fact]
    public void EvaluateRow_UnreadableTarget_IsUndeterminedWithDiagnostic()
    {
        var row = new PlanRow(1, "1", "重大功能性项目", "气象站迁建工程", "加快推进", "已竣工", RowKind.Project);

        var result = new PlanEvaluator().EvaluateRow(row);

        result.State.ShouldBe(Undetermined);
        result.Target.ShouldBeNull();
        result.Diagnostics.Single().Column.ShouldBe("target_text");
    }

    [Fact]
    public void Evaluate_EstimatedStatus_IsProvisional() =>
        Judge("完成 60%工程量", "完成建设进度约 65%").Provisional.ShouldBeTrue();

    // The exact reason of a milestone row in both languages: the English half of every reason, a share of the work
    // against basic completion at 100%, which of two equally advanced parts a missed 部分竣工 quotes. Each case is
    // judged in full and on the state path, which must agree.
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
        var goal = MilestoneParser.ParseTarget(target).OrThrow();
        var actual = MilestoneParser.ParseStatus(status, goal).OrThrow();
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
        var result = Evaluator.Default.Evaluate("项目", Milestones.Reach(Stage.Completion), ObservationParser.Parse("5 亿元", "项目").OrThrow());

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

    // A status built in code says which step it started with Milestone.Starting; its words are not searched.
    [Theory]
    [InlineData(true, Met, "高压铁塔搬迁已启动（前期阶段），达到启动高压铁塔搬迁")]
    [InlineData(false, Undetermined, "高压铁塔搬迁已启动（前期阶段），未提及“高压铁塔搬迁”，无法判定是否启动高压铁塔搬迁")]
    public void Judge_StatusBuiltInCode_StepComesFromTheMilestone(bool starting, AttainmentState state, string chinese)
    {
        var target = Milestones.Of(MilestonePart.Whole(Milestone.Starting("高压铁塔搬迁")));
        var reached = starting ? Milestone.Starting("高压铁塔搬迁") : Milestone.Reached(Stage.Preparation);
        var actual = MilestoneStatus.Whole(reached, "高压铁塔搬迁已启动").Observe("高压铁塔搬迁已启动");
        var judge = new Judge(EvaluationPolicy.Default, new LookupFacts(ReferenceSet.Empty, null), ReportingPeriod.Annual);

        judge.Row("项目", target, actual).Explanation.Chinese.ShouldBe(chinese);
        judge.State("项目", target, actual).ShouldBe(state);
    }
}
