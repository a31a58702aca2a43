using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;
using TargetRules.Tests.Evaluation;
using TargetRules.Text;

namespace TargetRules.Tests.Text;

public sealed class MilestoneParserTests
{
    private const string ExpectedGoal =
        "expected a milestone: a stage (前期, 腾地, 招标, 开工/施工, 主体施工, 基本竣工, 竣工, 竣工验收), 完成 X%工程量, 全面完成腾地, 启动…, 部分竣工, optionally after part names (海江路竣工)";

    private const string ExpectedStatus = "expected a stage reached (开工, 进场施工, 施工招标, 基本竣工, 已竣工, 完成建设进度 45% …)";

    private const string ExpectedNoNegation = "a negation or a halt (未, 没有, 停工, 暂停, 暂缓, 缓建) does not say which stage was reached";

    // The 2023 table's multi-part target (row 2): its names label a status without colons.
    private const string Row2Target = "时光大道、纬一路开工, 海江路竣工, 双城路完成 50%工程量";

    private static MilestonePart Whole(Milestone m) => MilestonePart.Whole(m);

    private static MilestonePart Part(string name, Milestone m) => MilestonePart.Named(name, m);

    private static Milestone At(Stage stage) => Milestone.Reached(stage);

    private static Milestone Done(Stage stage) => Milestone.FinishedStage(stage);

    // Table 4 (2023 projects): the target each row's text must become.
    private static readonly Dictionary<int, MilestoneTarget> Targets2023 = new()
    {
        [1] = Milestones.Reach(Stage.Construction),
        [2] = Milestones.Of(Part("时光大道", At(Stage.Construction)), Part("纬一路", At(Stage.Construction)),
            Part("海江路", At(Stage.Completion)), Part("双城路", Milestone.AtProgress(50))),
        [3] = Milestones.Reach(Stage.Construction),
        [4] = Milestones.Reach(Stage.Construction),
        [5] = Milestones.Progress(60),
        [6] = Milestones.Of(Whole(Milestone.Starting("高压铁塔搬迁"))),
        [7] = Milestones.Of(Whole(Milestone.PartlyReached(Stage.Completion))),
        [8] = Milestones.Of(Part("地下部分", At(Stage.Completion))),
        [9] = Milestones.Reach(Stage.MainStructure),
        [10] = Milestones.Reach(Stage.Construction),
        [11] = Milestones.Of(Whole(Milestone.FinishedStage(Stage.LandClearance))),
        [12] = Milestones.Of(Whole(Milestone.FinishedStage(Stage.LandClearance))),
        [13] = Milestones.Reach(Stage.Construction),
        [14] = Milestones.Reach(Stage.Construction),
        [15] = Milestones.Progress(30),
        [16] = Milestones.Reach(Stage.BasicCompletion),
        [17] = Milestones.Reach(Stage.BasicCompletion),
        [18] = Milestones.Of(Part("室外观测场", At(Stage.Completion)), Whole(At(Stage.MainStructure))),
        [19] = Milestones.Reach(Stage.Construction),
        [20] = Milestones.Reach(Stage.Construction),
        [21] = Milestones.Reach(Stage.Completion),
        [22] = Milestones.Of(Part("逸仙公园", At(Stage.Completion)), Part("国阅绿地", Milestone.AtProgress(40, approximate: true)),
            Part("美兰西湖公园", Milestone.AtProgress(40, approximate: true))),
        [23] = Milestones.Reach(Stage.Completion),
        [24] = Milestones.Reach(Stage.Construction),
        [25] = Milestones.Reach(Stage.Construction),
        [26] = Milestones.Reach(Stage.Construction),
        [27] = Milestones.Reach(Stage.Construction),
        [28] = Milestones.Reach(Stage.Construction),
        [29] = Milestones.Reach(Stage.Completion),
        [30] = Milestones.Reach(Stage.CompletionAcceptance),
    };

    public static TheoryData<int> Rows2023 => [.. Enumerable.Range(1, 30)];

    [Theory]
    [MemberData(nameof(Rows2023))]
    public void ParseTarget_Projects2023Row_GivesDecidedTarget(int id)
    {
        var row = MilestoneData.Rows("baoshan-2023-projects.tsv").Single(r => r.Id == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var result = MilestoneParser.ParseTarget(row.TargetText);

        result.Error.ShouldBeNull();
        result.Value.ShouldBe(Targets2023[id]);
    }

    [Fact]
    public void ParseTarget_Projects2022_AllParse()
    {
        var rows = MilestoneData.Rows("baoshan-2022-projects.tsv");

        rows.Select(r => MilestoneParser.ParseTarget(r.TargetText).Value.ToString()).Distinct().Order().ShouldBe(["施工", "竣工"]);
    }

    public static TheoryData<string, Stage> StageWords
    {
        get
        {
            var data = new TheoryData<string, Stage>();
            foreach (var stage in Enum.GetValues<Stage>())
            {
                foreach (var word in stage.Synonyms())
                {
                    data.Add(word, stage);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(StageWords))]
    public void ParseTarget_StageSynonym_GivesStage(string word, Stage stage) =>
        MilestoneParser.ParseTarget(word).Value.ShouldBe(Milestones.Reach(stage));

    [Theory]
    [MemberData(nameof(StageWords))]
    public void ParseStatus_StageSynonym_GivesStageReached(string word, Stage stage) =>
        MilestoneParser.ParseStatus(word).Value.Milestone.ShouldBe(MilestoneStatus.Whole(At(stage)));

    [Theory]
    [InlineData("完成６０％工程量")]
    [InlineData("完成 60 % 工程量")]
    [InlineData("  完成60%工程量 ")]
    [InlineData("完成60%的工程量")]
    [InlineData("工程量完成 60%")]
    [InlineData("完成工程量 60%")]
    public void ParseTarget_ProgressVariants_GiveSixtyPercent(string text) =>
        MilestoneParser.ParseTarget(text).Value.ShouldBe(Milestones.Progress(60));

    [Theory]
    [InlineData("时光大道、纬一路开工, 海江路竣工, 双城路完成 50%工程量")]
    [InlineData("时光大道、纬一路开工，海江路竣工，双城路完成５０％工程量")]
    [InlineData("时光大道、纬一路开工；海江路竣工；双城路完成 50%工程量")]
    [InlineData("时光大道 、纬一路 开工 , 海江路 竣工 , 双城路 完成 50%工程量")]
    public void ParseTarget_MultiPartPunctuationVariants_GiveSameParts(string text) =>
        MilestoneParser.ParseTarget(text).Value.ShouldBe(Targets2023[2]);

    [Theory]
    [InlineData("主体完工")]
    [InlineData("主体结构封顶")]
    [InlineData("完成主体施工")]
    public void ParseTarget_MainStructureDone_IsFinishedMainStructure(string text) =>
        MilestoneParser.ParseTarget(text).Value.ShouldBe(Milestones.Of(Whole(Milestone.FinishedStage(Stage.MainStructure))));

    [Theory]
    [InlineData("全面开工", Stage.Construction)]
    [InlineData("启动动迁", Stage.LandClearance)]
    [InlineData("启动", Stage.Preparation)]
    public void ParseTarget_StageWithModifier_GivesStage(string text, Stage stage) =>
        MilestoneParser.ParseTarget(text).Value.ShouldBe(Milestones.Reach(stage));

    [Fact]
    public void ParseTarget_PartText_KeepsWordsAsWritten()
    {
        var target = MilestoneParser.ParseTarget("逸仙公园竣工，国阅绿地、美兰西湖公园约完成 40%工程量").Value;

        target.Parts.Select(p => p.Text).ShouldBe(["竣工", "约完成 40%工程量", "约完成 40%工程量"]);
        target.ToString().ShouldBe("逸仙公园竣工，国阅绿地约完成 40%工程量，美兰西湖公园约完成 40%工程量");
    }

    public static TheoryData<string, int, string> BadTargets => new()
    {
        { "加快推进", 0, $"{ExpectedGoal}; got '加快推进'" },
        { "海江路竣工, 尽快", 7, $"{ExpectedGoal}; got '尽快'" },
        { "完成 60%", 0, $"{ExpectedGoal}; got '完成 60%'" },
        { "完成 120%工程量", 0, $"{ExpectedGoal}; got '完成 120%工程量'" },
        { "约竣工", 0, $"{ExpectedGoal}; got '约竣工'" },
        { "约全面开工", 0, $"{ExpectedGoal}; got '约全面开工'" },
        { "海江路部分竣工", 0, $"{ExpectedGoal}; got '海江路部分竣工'" },
        { "海江路约竣工", 0, $"{ExpectedGoal}; got '海江路约竣工'" },
        { "海江路已竣工", 0, $"{ExpectedGoal}; got '海江路已竣工'" },
        { "开工，海江路基本", 3, $"{ExpectedGoal}; got '海江路基本'" },
        { "完成施工", 0, $"{ExpectedGoal}; got '完成施工'" },
        { "部分招标", 0, $"{ExpectedGoal}; got '部分招标'" },
        { "、竣工", 0, $"{ExpectedGoal}; got '、竣工'" },
        { "海江路开工、海江路竣工", 0, $"{ExpectedGoal}; got '海江路开工、海江路竣工'" },
        { "海江路:开工 海江路:竣工", 0, $"{ExpectedGoal}; got '海江路:开工 海江路:竣工'" },
        { "施工便道竣工", 0, $"{ExpectedGoal}; got '施工便道竣工'" },
        { "", 0, ExpectedGoal },
        { "海江路竣工，海江路开工", 0, "The part '海江路' is named twice." },
        { "开工，竣工", 0, "Only one part can stand for the whole project." },
    };

    [Theory]
    [MemberData(nameof(BadTargets))]
    public void ParseTarget_UnknownText_FailsWithPositionAndExpectation(string text, int position, string expected)
    {
        var result = MilestoneParser.ParseTarget(text);

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBe(new ParseError("target_text", position, text, expected));
    }

    [Fact]
    public void ParseTarget_OrThrow_UnknownText_ThrowsWithPosition()
    {
        var error = Should.Throw<PhraseFormatException>(() => MilestoneParser.ParseTarget("海江路竣工, 尽快", "年度目标").OrThrow());

        error.Error.Column.ShouldBe("年度目标");
        error.Error.Position.ShouldBe(7);
    }

    // Table 2's statuses, read into the parts and milestones the judge compares.
    public static TheoryData<string, MilestoneStatus> Statuses2022 => new()
    {
        { "管线搬迁进场施工", MilestoneStatus.Whole(At(Stage.Construction)) },
        { "施工招标手续办理", MilestoneStatus.Whole(At(Stage.Tendering)) },
        { "基本竣工", MilestoneStatus.Whole(At(Stage.BasicCompletion)) },
        {
            "西段已完成, 东段南上水管搬迁已进场实施, 正在排管中",
            MilestoneStatus.Of(Part("西段", At(Stage.Completion)), Part("东段", At(Stage.Construction)))
        },
        {
            "一标段完成跨铁路南何支线立交桥 6 跨 二标段东侧道路已进场施工",
            MilestoneStatus.Of(Part("一标段", At(Stage.Construction)), Part("二标段", At(Stage.Construction)))
        },
        {
            "双城路: 取得施工许可 海江路: 进场施工中",
            MilestoneStatus.Of(Part("双城路", At(Stage.Tendering)), Part("海江路", At(Stage.Construction)))
        },
        { "已竣工", MilestoneStatus.Whole(At(Stage.Completion)) },
        { "基本完工", MilestoneStatus.Whole(At(Stage.BasicCompletion)) },
        { "完成建设进度 45%", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "完成建设进度 70%", MilestoneStatus.Whole(Milestone.AtProgress(70)) },
        { "完成建设进度 95%", MilestoneStatus.Whole(Milestone.AtProgress(95)) },
        { "进场施工", MilestoneStatus.Whole(At(Stage.Construction)) },
        { "开工", MilestoneStatus.Whole(At(Stage.Construction)) },
        { "完成建设进度 30%", MilestoneStatus.Whole(Milestone.AtProgress(30)) },
    };

    [Theory]
    [MemberData(nameof(Statuses2022))]
    public void ParseStatus_Projects2022Status_GivesPartsAndMilestones(string text, MilestoneStatus expected)
    {
        var result = MilestoneParser.ParseStatus(text);

        result.Error.ShouldBeNull();
        result.Value.Milestone.ShouldBe(expected);
        result.Value.Text.ShouldBe(text);
        result.Value.Status.ShouldBe(ObservationStatus.Reported);
    }

    [Fact]
    public void ParseStatus_ContinuationClause_JoinsThePartBefore()
    {
        var status = MilestoneParser.ParseStatus("西段已完成, 东段南上水管搬迁已进场实施, 正在排管中").Value.Milestone!;

        status.Parts.Select(p => p.Text).ShouldBe(["已完成", "南上水管搬迁已进场实施，正在排管中"]);
    }

    public static TheoryData<string, MilestoneStatus> StatusVariants => new()
    {
        { "双城路：取得施工许可　海江路：进场施工中", MilestoneStatus.Of(Part("双城路", At(Stage.Tendering)), Part("海江路", At(Stage.Construction))) },
        { "双城路:取得施工许可;海江路:进场施工中", MilestoneStatus.Of(Part("双城路", At(Stage.Tendering)), Part("海江路", At(Stage.Construction))) },
        { "完成建设进度４５％", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "建设进度完成 45 %", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "完成 45%工程量", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "约完成建设进度 45%", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "完成建设进度约 45%", MilestoneStatus.Whole(Milestone.AtProgress(45, approximate: true)) },
        { "施工图设计", MilestoneStatus.Whole(At(Stage.Preparation)) },
        { "已完成腾地", MilestoneStatus.Whole(Milestone.FinishedStage(Stage.LandClearance)) },
        { "主体结构封顶", MilestoneStatus.Whole(Milestone.FinishedStage(Stage.MainStructure)) },
        { "通过竣工验收", MilestoneStatus.Whole(At(Stage.CompletionAcceptance)) },
        { "部分竣工", MilestoneStatus.Whole(Milestone.PartlyReached(Stage.Completion)) },
        { "地下部分已完工，主体结构施工中", MilestoneStatus.Of(Part("地下部分", At(Stage.Completion)), Whole(At(Stage.MainStructure))) },
        { "管线搬迁完成，进场施工", MilestoneStatus.Whole(At(Stage.Construction)) },
        { "西段已完成、东段施工中", MilestoneStatus.Of(Part("西段", At(Stage.Completion)), Part("东段", At(Stage.Construction))) },
        { "西段已完成 、 东段施工中", MilestoneStatus.Of(Part("西段", At(Stage.Completion)), Part("东段", At(Stage.Construction))) },
        { "东段 、西段: 已竣工", MilestoneStatus.Of(Part("东段", At(Stage.Completion)), Part("西段", At(Stage.Completion))) },
        { "东段、 西段：已竣工", MilestoneStatus.Of(Part("东段", At(Stage.Completion)), Part("西段", At(Stage.Completion))) },
        { "二标段、三标段已开工", MilestoneStatus.Of(Part("二标段", At(Stage.Construction)), Part("三标段", At(Stage.Construction))) },
        { "东段 、 西段 已竣工", MilestoneStatus.Of(Part("东段", At(Stage.Completion)), Part("西段", At(Stage.Completion))) },
        { "主体完工", MilestoneStatus.Whole(Milestone.FinishedStage(Stage.MainStructure)) },
        { "主体结构完工，装饰装修中", MilestoneStatus.Whole(Milestone.FinishedStage(Stage.MainStructure)) },
        { "建成通车", MilestoneStatus.Whole(At(Stage.Completion)) },
        { "已投入使用", MilestoneStatus.Whole(At(Stage.Completion)) },
        { "已完成可研批复", MilestoneStatus.Whole(Milestone.FinishedStage(Stage.Preparation)) },
        { "已完成招标", MilestoneStatus.Whole(Milestone.FinishedStage(Stage.Tendering)) },
        { "腾地完成", MilestoneStatus.Whole(Milestone.FinishedStage(Stage.LandClearance)) },
        { "桩基施工", MilestoneStatus.Whole(At(Stage.Construction)) },
    };

    [Theory]
    [MemberData(nameof(StatusVariants))]
    public void ParseStatus_Variants_GivePartsAndMilestones(string text, MilestoneStatus expected) =>
        MilestoneParser.ParseStatus(text).Value.Milestone.ShouldBe(expected);

    [Fact]
    public void ParseStatus_TargetNames_LabelPartsWithoutColon()
    {
        var target = MilestoneParser.ParseTarget("时光大道、纬一路开工, 海江路竣工, 双城路完成 50%工程量").Value;

        var status = MilestoneParser.ParseStatus("时光大道、纬一路已开工，海江路已竣工，双城路完成建设进度 55%", target).Value.Milestone!;

        status.ShouldBe(MilestoneStatus.Of(Part("时光大道", At(Stage.Construction)), Part("纬一路", At(Stage.Construction)),
            Part("海江路", At(Stage.Completion)), Part("双城路", Milestone.AtProgress(55))));
    }

    [Theory]
    [InlineData("时光大道 、纬一路已开工")]
    [InlineData("时光大道、 纬一路 已开工")]
    [InlineData("时光大道 、 纬一路: 已开工")]
    public void ParseStatus_TargetNamesListedWithSpaces_LabelEveryName(string text)
    {
        var target = MilestoneParser.ParseTarget("时光大道、纬一路开工").Value;

        MilestoneParser.ParseStatus(text, target).Value.Milestone
            .ShouldBe(MilestoneStatus.Of(Part("时光大道", At(Stage.Construction)), Part("纬一路", At(Stage.Construction))));
    }

    [Theory]
    [InlineData("地下部分竣工", "地下部分")]
    [InlineData("地上部分基本竣工", "地上部分")]
    [InlineData("海江路全面开工", "海江路")]
    public void ParseTarget_NameBeforeQualifiedStage_NamesThePart(string text, string name) =>
        MilestoneParser.ParseTarget(text).Value.Parts.Single().Name.ShouldBe(name);

    [Fact]
    public void ParseStatus_TargetNamesListedWithStages_SplitAtEnumerationComma()
    {
        var target = MilestoneParser.ParseTarget("海江路竣工, 双城路完成 50%工程量").Value;

        var status = MilestoneParser.ParseStatus("海江路已竣工、双城路进场施工", target).Value.Milestone!;

        status.ShouldBe(MilestoneStatus.Of(Part("海江路", At(Stage.Completion)), Part("双城路", At(Stage.Construction))));
    }

    [Fact]
    public void ParseStatus_WithoutTargetNames_ReadsOneWholeStatus() =>
        MilestoneParser.ParseStatus("海江路已竣工，双城路进场施工").Value.Milestone.ShouldBe(MilestoneStatus.Whole(At(Stage.Completion)));

    // The step a status started is read with the status, so the judge compares steps: the words before 已启动 or 启动,
    // or the target's own step wherever the status names it; nothing when it names none.
    [Theory]
    [InlineData("高压铁塔搬迁已启动", null, "高压铁塔搬迁")]
    [InlineData("高压铁塔搬迁启动", null, "高压铁塔搬迁")]
    [InlineData("高压铁塔 搬迁 已启动", null, "高压铁塔搬迁")]
    [InlineData("启动高压铁塔搬迁", null, "高压铁塔搬迁")]
    [InlineData("前期手续办理中", null, null)]
    [InlineData("高压铁塔搬迁已启动", "启动高压铁塔搬迁", "高压铁塔搬迁")]
    [InlineData("前期工作推进中，高压铁塔搬迁方案已报批", "启动高压铁塔搬迁", "高压铁塔搬迁")]
    [InlineData("前期工作推进中，高压铁塔搬迁方案已报批", null, null)]
    [InlineData("施工图设计中", "启动高压铁塔搬迁", null)]
    public void ParseStatus_StartedStep_IsReadWithTheStatus(string text, string? target, string? step)
    {
        var goal = target is null ? null : MilestoneParser.ParseTarget(target).OrThrow();

        MilestoneParser.ParseStatus(text, goal).OrThrow().Milestone!.Parts.ShouldHaveSingleItem().Milestone.Activity.ShouldBe(step);
    }

    [Theory]
    [InlineData("约完成建设进度 45%", true)]
    [InlineData("预计年底竣工", true)]
    [InlineData("已竣工", false)]
    [InlineData("完成建设进度 45%左右", true)]
    [InlineData("建设进度 约 45%", true)]
    [InlineData("预计 完成建设进度 45%", true)]
    [InlineData("完成建设进度 45%", false)]
    public void ParseStatus_Estimate_IsProvisional(string text, bool provisional) =>
        MilestoneParser.ParseStatus(text).Value.Provisional.ShouldBe(provisional);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("/")]
    [InlineData("—")]
    [InlineData("无")]
    public void ParseStatus_Blank_IsNotReported(string text) =>
        MilestoneParser.ParseStatus(text).Value.Status.ShouldBe(ObservationStatus.NotReported);

    [Fact]
    public void ParseStatus_Cancelled_IsNoLongerAssessed() =>
        MilestoneParser.ParseStatus("项目已取消").Value.Status.ShouldBe(ObservationStatus.NoLongerAssessed);

    public static TheoryData<string, int, string> BadStatuses => new()
    {
        { "尚未开工", 1, "a negation or a halt (未, 没有, 停工, 暂停, 暂缓, 缓建) does not say which stage was reached" },
        { "因资金问题停工", 5, "a negation or a halt (未, 没有, 停工, 暂停, 暂缓, 缓建) does not say which stage was reached" },
        { "正在办理手续", 0, $"{ExpectedStatus}; got '正在办理手续'" },
        { "西段已完成, 东段设计中", 7, $"{ExpectedStatus}; got '设计中'" },
        { "完成 120%建设进度", 0, $"{ExpectedStatus}; got '完成 120%建设进度'" },
    };

    [Theory]
    [MemberData(nameof(BadStatuses))]
    public void ParseStatus_UnknownText_FailsWithPositionAndExpectation(string text, int position, string expected)
    {
        var result = MilestoneParser.ParseStatus(text);

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBe(new ParseError("actual_text", position, text, expected));
    }

    private static readonly string[] Pieces =
    [
        "完成", "约", "部分", "全面", "启动", "已", "竣工", "基本", "施工", "招标", "腾地", "主体", "验收", "海江路", "、", ":", "：",
        ",", "，", ";", " ", "　", "%", "％", "60", "0", "120", "1.5", "工程量", "建设进度", "一标段", "西段", "地下部分", "中", "未", "/", "—",
    ];

    [Fact]
    public void ParseAndEvaluate_ArbitraryPieces_NeverThrow()
    {
        var random = new Random(20221231);
        var target = MilestoneParser.ParseTarget("时光大道、纬一路开工, 海江路竣工, 双城路完成 50%工程量").OrThrow();
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => Pieces[random.Next(Pieces.Length)]));

            var parsedTarget = MilestoneParser.ParseTarget(text);
            var parsedStatus = MilestoneParser.ParseStatus(text, target);

            (parsedTarget.IsSuccess || parsedTarget.Error is not null).ShouldBeTrue(text);
            (parsedStatus.IsSuccess || parsedStatus.Error is not null).ShouldBeTrue(text);
            if (parsedStatus.IsSuccess)
            {
                Evaluator.Default.Evaluate("项目", parsedTarget.IsSuccess ? parsedTarget.Value : target, parsedStatus.Value,
                    period: ReportingPeriod.FromElapsed(0.5m)).Explanation.Chinese.ShouldNotBeEmpty(text);
            }
        }
    }

    public static TheoryData<string, MilestoneTarget> Targets => new()
    {
        // 。 ends a clause as , and ; do.
        { "海江路竣工。双城路开工", Milestones.Of(Part("海江路", At(Stage.Completion)), Part("双城路", At(Stage.Construction))) },
        // Spaces after 、 between names; a name before a two-word stage.
        { "时光大道、 纬一路开工", Milestones.Of(Part("时光大道", At(Stage.Construction)), Part("纬一路", At(Stage.Construction))) },
        { "海江路主体施工", Milestones.Of(Part("海江路", At(Stage.MainStructure))) },
        // 部分 + a stage from construction on (construction itself included); 全面 before 部分 adds nothing.
        { "部分开工", Milestones.Of(Whole(Milestone.PartlyReached(Stage.Construction))) },
        { "全面部分竣工", Milestones.Of(Whole(Milestone.PartlyReached(Stage.Completion))) },
        // The ends and decimals of a share of the work, and every way of naming the work.
        { "完成 100%工程量", Milestones.Progress(100) },
        { "完成 45.5%工程量", Milestones.Progress(45.5m) },
        { "完成４５．５％工程量", Milestones.Progress(45.5m) },
        { "约 完成 40%工程量", Milestones.Progress(40, approximate: true) },
        { "完成60%总工程量", Milestones.Progress(60) },
        { "完成 60%建设进度", Milestones.Progress(60) },
        { "完成 60%形象进度", Milestones.Progress(60) },
        { "完成形象进度 60%", Milestones.Progress(60) },
        { "建设进度达到 60%", Milestones.Progress(60) },
        { "总工程量完成 60%", Milestones.Progress(60) },
        { "已完成 60%工程量", Milestones.Progress(60) },
        // Spaces after the modifiers 全面, 启动, 完成.
        { "全面 开工", Milestones.Reach(Stage.Construction) },
        { "全面 完成腾地", Milestones.Of(Whole(Done(Stage.LandClearance))) },
        { "部分 竣工", Milestones.Of(Whole(Milestone.PartlyReached(Stage.Completion))) },
        { "启动 高压铁塔搬迁", Milestones.Of(Whole(Milestone.Starting("高压铁塔搬迁"))) },
        { "启动 动迁", Milestones.Reach(Stage.LandClearance) },
        { "完成 招标", Milestones.Of(Whole(Done(Stage.Tendering))) },
        { "完成前期", Milestones.Of(Whole(Done(Stage.Preparation))) },
        { "完成基本竣工", Milestones.Reach(Stage.BasicCompletion) },
        // Every wording of the main structure done.
        { "主体竣工", Milestones.Of(Whole(Done(Stage.MainStructure))) },
        { "主体结构完工", Milestones.Of(Whole(Done(Stage.MainStructure))) },
        { "结构封顶", Milestones.Of(Whole(Done(Stage.MainStructure))) },
        { "封顶", Milestones.Of(Whole(Done(Stage.MainStructure))) },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void ParseTarget_Phrase_GivesIntendedParts(string text, MilestoneTarget expected)
    {
        var result = MilestoneParser.ParseTarget(text);

        result.Error.ShouldBeNull();
        result.Value.ShouldBe(expected);
    }

    public static TheoryData<string, int, string> BadPhraseTargets => new()
    {
        // Separators only: no clause at all, so no "got".
        { ",,,", 0, ExpectedGoal },
        { "，；。", 0, ExpectedGoal },
        // 0% of the work is no milestone.
        { "完成 0%工程量", 0, $"{ExpectedGoal}; got '完成 0%工程量'" },
        // The position is that of the clause's first character, past the spaces before it.
        { "海江路竣工,  尽快", 8, $"{ExpectedGoal}; got '尽快'" },
        { "海江路竣工 ,尽快", 7, $"{ExpectedGoal}; got '尽快'" },
        { " 尽快", 1, $"{ExpectedGoal}; got '尽快'" },
        { "海江路竣工。尽快", 6, $"{ExpectedGoal}; got '尽快'" },
        // An empty name between two 、 and an approximate stage.
        { "海江路、、双城路竣工", 0, $"{ExpectedGoal}; got '海江路、、双城路竣工'" },
        { "约 竣工", 0, $"{ExpectedGoal}; got '约 竣工'" },
        // A share of the work must end the clause.
        { "完成 60%工程量以上", 0, $"{ExpectedGoal}; got '完成 60%工程量以上'" },
    };

    [Theory]
    [MemberData(nameof(BadPhraseTargets))]
    public void ParseTarget_BadPhrase_FailsWithPositionAndExpectation(string text, int position, string expected) =>
        MilestoneParser.ParseTarget(text, "年度目标").Error.ShouldBe(new ParseError("年度目标", position, text, expected));

    public static TheoryData<string, MilestoneStatus> Statuses => new()
    {
        // Status words beyond the stage synonyms.
        { "投用", MilestoneStatus.Whole(At(Stage.Completion)) },
        { "已通车", MilestoneStatus.Whole(At(Stage.Completion)) },
        { "已立项", MilestoneStatus.Whole(At(Stage.Preparation)) },
        { "可研批复", MilestoneStatus.Whole(At(Stage.Preparation)) },
        { "初步设计", MilestoneStatus.Whole(At(Stage.Preparation)) },
        { "管线搬迁", MilestoneStatus.Whole(At(Stage.Preparation)) },
        { "征地中", MilestoneStatus.Whole(At(Stage.LandClearance)) },
        { "部分完工", MilestoneStatus.Whole(Milestone.PartlyReached(Stage.Completion)) },
        { "装饰装修", MilestoneStatus.Whole(Done(Stage.MainStructure)) },
        { "结构封顶", MilestoneStatus.Whole(Done(Stage.MainStructure)) },
        // A share of the work: its ends, decimals, every way of naming the work, 约 inside.
        { "完成建设进度 100%", MilestoneStatus.Whole(Milestone.AtProgress(100)) },
        { "完成建设进度 45.5%", MilestoneStatus.Whole(Milestone.AtProgress(45.5m)) },
        { "完成建设进度 ４５．５％", MilestoneStatus.Whole(Milestone.AtProgress(45.5m)) },
        { "已完成建设进度 45%", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "完成形象进度 45%", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "建设进度达到 45%", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "形象进度 45%", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "总工程量完成 45%", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "完成 45%的总工程量", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "已完成 45%形象进度", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "完成约 45%工程量", MilestoneStatus.Whole(Milestone.AtProgress(45, approximate: true)) },
        { "建设进度 约 45%", MilestoneStatus.Whole(Milestone.AtProgress(45, approximate: true)) },
        // At the same stage the share of the work wins, whichever comes first; a later stage wins over a share.
        { "开工，完成建设进度 45%", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "完成建设进度 45%，开工", MilestoneStatus.Whole(Milestone.AtProgress(45)) },
        { "完成45%工程量，主体结构封顶", MilestoneStatus.Whole(Done(Stage.MainStructure)) },
        { "竣工 开工", MilestoneStatus.Whole(At(Stage.Completion)) },
        // A share after an earlier word is read where it stands, not ahead of the stage before it.
        { "竣工，完成建设进度 45%", MilestoneStatus.Whole(At(Stage.Completion)) },
        { "基本竣工完成建设进度 95%", MilestoneStatus.Whole(At(Stage.BasicCompletion)) },
        // 完成 after a stage finishes it, except construction (finished only at 竣工) and a partial stage.
        { "腾地完成", MilestoneStatus.Whole(Done(Stage.LandClearance)) },
        { "主体施工 完成", MilestoneStatus.Whole(Done(Stage.MainStructure)) },
        { "施工完成", MilestoneStatus.Whole(At(Stage.Construction)) },
        { "部分竣工完成", MilestoneStatus.Whole(Milestone.PartlyReached(Stage.Completion)) },
        { "完成腾地完成", MilestoneStatus.Whole(Done(Stage.LandClearance)) },
        { "腾地完成 开工", MilestoneStatus.Whole(At(Stage.Construction)) },
        // 完成 before a stage: the same exceptions; 完成 twice; 已 完成 alone is the project completed.
        { "已完成施工", MilestoneStatus.Whole(At(Stage.Construction)) },
        { "已完成部分竣工", MilestoneStatus.Whole(Milestone.PartlyReached(Stage.Completion)) },
        { "完成 招标", MilestoneStatus.Whole(Done(Stage.Tendering)) },
        { "完成 完成招标", MilestoneStatus.Whole(Done(Stage.Tendering)) },
        { "已完成主体结构施工", MilestoneStatus.Whole(Done(Stage.MainStructure)) },
        { "已 完成", MilestoneStatus.Whole(At(Stage.Completion)) },
        // Work items done with no stage named: construction under way, also before a later clause.
        { "完成 跨河桥梁 3 跨", MilestoneStatus.Whole(At(Stage.Construction)) },
        { "完成跨河桥梁3跨，进场施工", MilestoneStatus.Whole(At(Stage.Construction)) },
        // Sections as labels, listed with 、 after a stage, or several before one colon.
        { "二期已竣工、三期施工中", MilestoneStatus.Of(Part("二期", At(Stage.Completion)), Part("三期", At(Stage.Construction))) },
        { "3标段已竣工", MilestoneStatus.Of(Part("3标段", At(Stage.Completion))) },
        { "十二标段已竣工", MilestoneStatus.Of(Part("十二标段", At(Stage.Completion))) },
        { "地上部分已竣工", MilestoneStatus.Of(Part("地上部分", At(Stage.Completion))) },
        { "中段施工中", MilestoneStatus.Of(Part("中段", At(Stage.Construction))) },
        // A section word inside the text is no label: only one at the start of a word is.
        { "海江路东段已竣工", MilestoneStatus.Whole(At(Stage.Completion)) },
        {
            "一标段已竣工、二标段施工中、三标段招标",
            MilestoneStatus.Of(Part("一标段", At(Stage.Completion)), Part("二标段", At(Stage.Construction)), Part("三标段", At(Stage.Tendering)))
        },
        { "东段、西段: 已竣工", MilestoneStatus.Of(Part("东段", At(Stage.Completion)), Part("西段", At(Stage.Completion))) },
        { "东段、、西段：已竣工", MilestoneStatus.Of(Part("东段", At(Stage.Completion)), Part("西段", At(Stage.Completion))) },
        // The whole project first, then a section; a piece with no stage before 、 does not split.
        { "已竣工、二期施工中", MilestoneStatus.Of(Whole(At(Stage.Completion)), Part("二期", At(Stage.Construction))) },
        { "设计、二期施工中", MilestoneStatus.Whole(At(Stage.Construction)) },
        // A colon at the start labels nothing.
        { ": 开工", MilestoneStatus.Whole(At(Stage.Construction)) },
        // A stray 、 at the start: the listed parts after it are still cut at each later 、.
        { "、已开工、东段施工中", MilestoneStatus.Of(Whole(At(Stage.Construction)), Part("东段", At(Stage.Construction))) },
        // 完成 at the end finishes the last stage named before it, not the first.
        { "立项腾地完成", MilestoneStatus.Whole(Done(Stage.LandClearance)) },
        // One label twice: the later stage of the two.
        { "双城路: 开工 双城路: 竣工", MilestoneStatus.Of(Part("双城路", At(Stage.Completion))) },
        { "双城路: 竣工 双城路: 开工", MilestoneStatus.Of(Part("双城路", At(Stage.Completion))) },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void ParseStatus_Phrase_GivesPartsAndMilestones(string text, MilestoneStatus expected)
    {
        var result = MilestoneParser.ParseStatus(text);

        result.Error.ShouldBeNull();
        result.Value.Milestone.ShouldBe(expected);
        result.Value.Status.ShouldBe(ObservationStatus.Reported);
    }

    // Each part keeps its words as written: words of one clause joined by a space, clauses by ，, no label.
    public static TheoryData<string, string[]> StatusTexts => new()
    {
        { "双城路: 取得施工许可 海江路: 进场施工中", ["取得施工许可", "进场施工中"] },
        { "双城路: 开工 双城路: 竣工", ["开工，竣工"] },
        { "基本 竣工", ["基本 竣工"] },
        { "已竣工 设计中", ["已竣工 设计中"] },
        { "双城路: 开工，设计中", ["开工，设计中"] },
        { "完成跨河桥梁3跨，进场施工", ["完成跨河桥梁3跨，进场施工"] },
        { "西段已完成、东段施工中", ["已完成", "施工中"] },
        // A label repeated with nothing after it adds no words; nor does a 、 before a colon make a label.
        { "西段已竣工，西段:", ["已竣工"] },
        { "、:已竣工", ["、:已竣工"] },
    };

    [Theory]
    [MemberData(nameof(StatusTexts))]
    public void ParseStatus_Parts_KeepTheirWords(string text, string[] expected) =>
        MilestoneParser.ParseStatus(text).Value.Milestone!.Parts.Select(p => p.Text).ShouldBe(expected);

    public static TheoryData<string, string?, int, string> BadPhraseStatuses => new()
    {
        // The position of the part without a stage: past spaces, after a word, a label, or a 、.
        { "西段已完成,  东段设计中", null, 8, $"{ExpectedStatus}; got '设计中'" },
        { "西段已完成 东段设计中", null, 6, $"{ExpectedStatus}; got '设计中'" },
        { "西段已完成、东段设计中", null, 6, $"{ExpectedStatus}; got '设计中'" },
        { "双城路: 取得施工许可 海江路: 设计中", null, 12, $"{ExpectedStatus}; got '设计中'" },
        { "海江路已竣工、双城路设计中", Row2Target, 7, $"{ExpectedStatus}; got '设计中'" },
        { "双城路:", null, 0, $"{ExpectedStatus}; got ''" },
        // A label whose words come in the next clause: the part's words are that clause's alone.
        { "西段:，正在排管", null, 0, $"{ExpectedStatus}; got '正在排管'" },
        // Separators only, something done that is no stage, 0% of the work.
        { ",,,", null, 0, $"{ExpectedStatus}; got ',,,'" },
        { "，，", null, 0, $"{ExpectedStatus}; got ',,'" },
        { "道路主线完成", null, 0, $"{ExpectedStatus}; got '道路主线完成'" },
        { "完成建设进度 0%", null, 0, $"{ExpectedStatus}; got '完成建设进度 0%'" },
        // Each negation or halt, at its position.
        { "未开工", null, 0, ExpectedNoNegation },
        { "停工", null, 0, ExpectedNoNegation },
        { "项目没有开工", null, 2, ExpectedNoNegation },
        { "项目暂停施工", null, 2, ExpectedNoNegation },
        { "项目暂缓实施", null, 2, ExpectedNoNegation },
        { "项目缓建", null, 2, ExpectedNoNegation },
        { "已开工，现停工", null, 5, ExpectedNoNegation },
    };

    [Theory]
    [MemberData(nameof(BadPhraseStatuses))]
    public void ParseStatus_BadPhrase_FailsWithPositionAndExpectation(string text, string? target, int position, string expected)
    {
        var names = target is null ? null : MilestoneParser.ParseTarget(target).OrThrow();

        MilestoneParser.ParseStatus(text, names, "实际进度").Error.ShouldBe(new ParseError("实际进度", position, text, expected));
    }

    [Theory]
    [InlineData("--")]
    [InlineData("  /  ")]
    [InlineData("　无　")]
    public void ParseStatus_Blank_IsNotReportedAndKeepsText(string text)
    {
        var result = MilestoneParser.ParseStatus(text).Value;

        result.Status.ShouldBe(ObservationStatus.NotReported);
        result.Text.ShouldBe(text);
    }

    [Fact]
    public void ParseStatus_Null_IsNotReportedWithEmptyText()
    {
        var result = MilestoneParser.ParseStatus(null!).Value;

        result.Status.ShouldBe(ObservationStatus.NotReported);
        result.Text.ShouldBe(string.Empty);
    }

    [Fact]
    public void ParseTarget_Null_FailsOnEmptyText() =>
        MilestoneParser.ParseTarget(null!).Error.ShouldBe(new ParseError("target_text", 0, string.Empty, ExpectedGoal));

    [Fact]
    public void ParseStatus_Cancelled_KeepsText() =>
        MilestoneParser.ParseStatus("项目取消").Value.Text.ShouldBe("项目取消");

    public static TheoryData<string, string, MilestoneStatus> StatusesWithTarget => new()
    {
        // The longer of two names that start alike is the label (海江路二期, not 海江路 + 二期已开工).
        { "海江路二期已开工", "海江路竣工，海江路二期开工", MilestoneStatus.Of(Part("海江路二期", At(Stage.Construction))) },
        { "海江路已开工", "海江路二期开工，海江路竣工", MilestoneStatus.Of(Part("海江路", At(Stage.Construction))) },
        // A target with a part for the whole project (2023 row 18) still lends its named part.
        {
            "室外观测场已竣工，主体施工中", "室外观测场竣工，主体施工",
            MilestoneStatus.Of(Part("室外观测场", At(Stage.Completion)), Whole(At(Stage.MainStructure)))
        },
        // Target names listed after a stage split at each 、; listed before one stage they share it.
        {
            "海江路已竣工、双城路进场施工、纬一路开工", Row2Target,
            MilestoneStatus.Of(Part("海江路", At(Stage.Completion)), Part("双城路", At(Stage.Construction)), Part("纬一路", At(Stage.Construction)))
        },
        { "海江路、双城路已竣工", Row2Target, MilestoneStatus.Of(Part("海江路", At(Stage.Completion)), Part("双城路", At(Stage.Completion))) },
        { "海江路、已竣工", Row2Target, MilestoneStatus.Of(Part("海江路", At(Stage.Completion))) },
        // A target name followed by a section of it: the name alone labels the part (no 、 lists the section).
        { "海江路东段已竣工", "海江路竣工", MilestoneStatus.Of(Part("海江路", At(Stage.Completion))) },
        // A section after a target name in another clause.
        { "海江路已竣工，二期施工中", Row2Target, MilestoneStatus.Of(Part("海江路", At(Stage.Completion)), Part("二期", At(Stage.Construction))) },
    };

    [Theory]
    [MemberData(nameof(StatusesWithTarget))]
    public void ParseStatus_WithTargetNames_LabelsParts(string text, string target, MilestoneStatus expected) =>
        MilestoneParser.ParseStatus(text, MilestoneParser.ParseTarget(target).OrThrow()).Value.Milestone.ShouldBe(expected);

    [Fact]
    public void ParseRow_TargetParses_StatusUsesItsNames()
    {
        var (target, actual) = MilestoneParser.ParseRow("海江路竣工", "海江路已竣工");

        target.Value.ShouldBe(Milestones.Of(Part("海江路", At(Stage.Completion))));
        actual.Value.Milestone.ShouldBe(MilestoneStatus.Of(Part("海江路", At(Stage.Completion))));
    }

    [Fact]
    public void ParseRow_TargetFails_ErrorKeptAndStatusReadWithoutNames()
    {
        var (target, actual) = MilestoneParser.ParseRow("尽快", "已竣工");

        target.Error.ShouldBe(new ParseError("target_text", 0, "尽快", $"{ExpectedGoal}; got '尽快'"));
        actual.Value.Milestone.ShouldBe(MilestoneStatus.Whole(At(Stage.Completion)));
    }
}
