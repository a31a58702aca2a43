using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Quantities;
using TargetRules.Targets;
using static TargetRules.Evaluation.AttainmentState;
using static TargetRules.Tests.Evaluation.SmallSets;

namespace TargetRules.Tests.Evaluation;

/// <summary>
/// What compiling a rule set decides — which facts each rule reads, which rules compare with which, the argument
/// checks — and judging actuals once with it.
/// </summary>
public sealed class RuleSetTests
{
    // ---- Rule --------------------------------------------------------------------------------

    [Theory]
    [InlineData(" ", "地区生产总值", "id")]
    [InlineData("1", "　", "indicator")]
    public void Rule_BlankText_ThrowsNamingTheArgument(string id, string indicator, string param) =>
        Should.Throw<ArgumentException>(() => new Rule(id, indicator, Target.Growth(6))).ParamName.ShouldBe(param);

    [Fact]
    public void Rule_NullTarget_Throws() =>
        Should.Throw<ArgumentNullException>(() => new Rule("1", "地区生产总值", null!)).ParamName.ShouldBe("target");

    [Fact]
    public void Rule_ToString_IdIndicatorAndTarget()
    {
        var target = Target.Growth(6);

        new Rule("1", "地区生产总值", target).ToString().ShouldBe($"1 地区生产总值: {target}");
    }

    // ---- Compile -----------------------------------------------------------------------------

    [Fact]
    public void Compile_NullRules_Throws() =>
        Should.Throw<ArgumentNullException>(() => RuleSet.Compile(null!)).ParamName.ShouldBe("rules");

    [Fact]
    public void Compile_NullRule_Throws() =>
        Should.Throw<ArgumentNullException>(() => RuleSet.Compile([new Rule("1", "地区生产总值", Target.Growth(6)), null!])).ParamName.ShouldBe("rules");

    [Fact]
    public void Compile_Evaluator_JudgesByItsPolicy()
    {
        var strict = new Evaluator(new EvaluationPolicy { AssertedStatementsCount = false });
        var rule = new Rule("1", "公众安全感指数", Target.Qualitative("高于全市平均水平"));

        var rules = RuleSet.Compile([rule], strict);
        var lenient = RuleSet.Compile([rule]);

        rules.Evaluator.ShouldBeSameAs(strict);
        lenient.Evaluator.ShouldBeSameAs(Evaluator.Default);
        var actual = new Dictionary<string, Observation> { ["1"] = Observation.Asserting(Assertion.AboveCity) };
        (rules.Evaluate(actual)[0].State, lenient.Evaluate(actual)[0].State).ShouldBe((AwaitingCityFeedback, Met));
    }

    [Fact]
    public void IndexOf_Null_Throws() =>
        Should.Throw<ArgumentNullException>(() => Set(Level("1", "地区生产总值")).IndexOf(null!)).ParamName.ShouldBe("id");

    [Fact]
    public void CountReaders_Null_Throws() =>
        Should.Throw<ArgumentNullException>(() => Set(Level("1", "地区生产总值")).CountReaders(null!, ReferenceKind.City)).ParamName.ShouldBe("indicator");

    // ---- Which facts each kind of target reads -----------------------------------------------

    public static TheoryData<Target, int, int, int, int> ReadsByTarget() => new()
    {
        // target, then how many rules read its City, Quota, Baseline and Verdict
        { Target.AtLeast(100, Unit.YiYuan), 0, 0, 0, 1 },
        { Target.Growth(6), 0, 0, 1, 1 },
        { Target.ComparableGrowth(6), 0, 0, 0, 1 },
        { Target.Between(3, 5, Unit.Percent), 0, 0, 0, 1 },
        { Target.Range(Measure.Growth, Quantity.Percent(3), Quantity.Percent(5)), 0, 0, 1, 1 },
        { Target.AboveCityAverage(Measure.Level), 1, 0, 0, 1 },
        { Target.InSyncWithCity(Measure.Growth), 1, 0, 1, 1 },
        { Target.InSyncWith("地区生产总值", measure: Measure.Level), 0, 0, 0, 1 },
        { Target.InSyncWith("地区生产总值"), 0, 0, 1, 1 },
        { Target.CityQuota(), 0, 1, 0, 1 },
        { Target.Qualitative("在全市保持较好水平"), 0, 0, 0, 1 },
        { Target.Scoped("市级", Target.Growth(6)), 0, 0, 1, 1 },
        { Target.AllOf(Target.AtLeast(100, Unit.YiYuan), Target.NotBelowCityAverage(Measure.Growth)), 1, 0, 1, 1 },
        { Milestones.Reach(Stage.Preparation), 1, 1, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(ReadsByTarget))]
    public void CountReaders_EachKindOfTarget_ReadsWhatItsJudgementMayAskFor(Target target, int city, int quota, int baseline, int verdict)
    {
        var rules = RuleSet.Compile([new Rule("1", "居民人均可支配收入", target)]);

        Enum.GetValues<ReferenceKind>().Select(kind => rules.CountReaders("居民人均可支配收入", kind)).ShouldBe([city, quota, baseline, verdict]);
    }

    [Fact]
    public void CountReaders_SlashComponents_EachReadsItsOwnFacts()
    {
        var rules = RuleSet.Compile([
            new Rule("1", "产业类投资额/工业投资", Target.Slash(Target.AtLeast(180, Unit.YiYuan), Target.InSyncWithCity())),
            new Rule("2", "工业投资", Target.Growth(5)),
        ]);

        rules.CountReaders("产业类投资额", ReferenceKind.City).ShouldBe(0);
        rules.CountReaders("产业类投资额", ReferenceKind.Verdict).ShouldBe(1);
        rules.CountReaders("工业投资", ReferenceKind.City).ShouldBe(1);
        rules.CountReaders("工业投资", ReferenceKind.Baseline).ShouldBe(2);
        rules.CountReaders("工业投资", ReferenceKind.Verdict).ShouldBe(2);
        rules.SlotCount.ShouldBe(4);
    }

    // ---- The compiled form (internal): slots, components, peers --------------------------------

    [Fact]
    public void Compiled_Slots_OnlyThePredictedKindsOfEachComponent()
    {
        var rules = RuleSet.Compile([
            new Rule("1", "产业类投资额/工业投资", Target.Slash(Target.AtLeast(180, Unit.YiYuan), Target.InSyncWithCity())),
        ]);
        var rule = rules.Compiled[0];

        // Slots in order of first read: 产业类投资额 Verdict, then 工业投资 City, Baseline, Verdict.
        Enumerable.Range(0, 2).SelectMany(c => Enum.GetValues<ReferenceKind>().Select(k => rule.Slot(c, k)))
            .ShouldBe([-1, -1, -1, 0, 1, -1, 2, 3]);
        rules.SlotCount.ShouldBe(4);
    }

    [Theory]
    [InlineData("产业类投资额", 0)]
    [InlineData("工业投资", 1)]
    [InlineData("技改投资", -1)]
    [InlineData("产业类投资额/工业投资", -1)]
    public void Compiled_ComponentOf_ByTheJudgesName(string name, int expected) =>
        RuleSet.Compile([new Rule("1", "产业类投资额/工业投资", Target.Slash(Target.AtLeast(180, Unit.YiYuan), Target.Growth(5)))])
            .Compiled[0].ComponentOf(name).ShouldBe(expected);

    [Fact]
    public void Compiled_PeerReaders_EveryRuleThatComparesWithAnother()
    {
        var rules = RuleSet.Compile([
            new Rule("1", "地区生产总值", Target.ComparableGrowth(6)),
            new Rule("2", "居民人均可支配收入", Target.InSyncWith("经济增长", basically: true)),
            new Rule("3", "农村居民人均可支配收入", Target.AllOf(Target.InSyncWith("经济增长"), Target.InSyncWith("地区生产总值"), Target.InSyncWith("居民人均可支配收入"))),
            new Rule("4", "第三产业增加值", Target.InSyncWith("第三产业增加值")),
            new Rule("5", "社会消费品零售总额", Target.InSyncWith("商品销售总额")),
        ]);

        rules.PeerReaders.ShouldBe([[1, 2], [2], [], [], []]);
        rules.Compiled[2].Peers.ShouldBe(["经济增长", "地区生产总值", "居民人均可支配收入"]);
        rules.Compiled[4].Peers.ShouldBe(["商品销售总额"]);
        rules.Compiled[0].Peers.ShouldBeEmpty();
    }

    [Fact]
    public void Peer_EconomyOrNamedComponent_OrNone()
    {
        var rules = RuleSet.Compile([
            new Rule("1", "工业总产值/工业增加值", Target.Slash(Target.Growth(5), Target.Growth(6))),
            new Rule("2", "工业投资", Target.InSyncWith("工业增加值")),
        ]);

        rules.Peer("工业增加值").ShouldBe(new PeerLink(0, 1));
        rules.Peer("经济增长").ShouldBe(new PeerLink(0, 1));
        rules.Peer("工业投资").ShouldBe(new PeerLink(1, 0));
        rules.Peer("地区生产总值").ShouldBe(new PeerLink(-1, -1));
        PeerLink.None.ShouldBe(new PeerLink(-1, -1));
    }

    // ---- One-off evaluation ------------------------------------------------------------------

    [Fact]
    public void Evaluate_NullActuals_Throws() =>
        Should.Throw<ArgumentNullException>(() => Set(Level("1", "地区生产总值")).Evaluate(null!)).ParamName.ShouldBe("actuals");

    [Fact]
    public void EvaluateInOrder_NullActuals_Throws() =>
        Should.Throw<ArgumentNullException>(() => Set(Level("1", "地区生产总值")).EvaluateInOrder(null!)).ParamName.ShouldBe("actuals");

    [Fact]
    public async Task EvaluateAsync_NullArguments_Throw()
    {
        var rules = Set(Level("1", "地区生产总值"));

        (await Should.ThrowAsync<ArgumentNullException>(async () => await rules.EvaluateAsync(null!, new NullSource(), 2022))).ParamName.ShouldBe("actuals");
        (await Should.ThrowAsync<ArgumentNullException>(async () => await rules.EvaluateAsync([], null!, 2022))).ParamName.ShouldBe("source");
        (await Should.ThrowAsync<ArgumentOutOfRangeException>(async () => await rules.EvaluateAsync([], new NullSource(), 10000))).ParamName.ShouldBe("year");
    }

    [Fact]
    public async Task EvaluateAsync_SourceGivesNull_JudgedWithoutReferences()
    {
        var rules = Set(Level("1", "产业类投资额"), new Rule("2", "工业投资", Target.InSyncWithCity()));
        var actuals = new Dictionary<string, Observation> { ["1"] = Observation.OfLevel(200, Unit.YiYuan), ["2"] = Observation.OfGrowth(5) };

        var results = await rules.EvaluateAsync(actuals, new NullSource(), 9999);

        results.States.ShouldBe([Met, AwaitingCityFeedback]);
        results.CountOf(AwaitingCityFeedback).ShouldBe(1);
        results.Select(r => r.State).ShouldBe([Met, AwaitingCityFeedback]);
    }

    [Fact]
    public void EvaluateInOrder_List_CopiedInRuleOrder()
    {
        var rules = Set(Level("1", "产业类投资额"), Level("2", "工业投资"));

        rules.EvaluateInOrder(new List<Observation> { Observation.OfLevel(200, Unit.YiYuan), Observation.OfLevel(90, Unit.YiYuan) })
            .Select(r => r.State).ShouldBe([Met, Missed]);
    }

    [Fact]
    public void EvaluateInOrder_NullActualInAList_ThrowsNamingTheRule() =>
        Should.Throw<ArgumentException>(() => Set(Level("1", "产业类投资额"), Level("2", "工业投资"))
                .EvaluateInOrder(new List<Observation> { Observation.OfLevel(200, Unit.YiYuan), null! }))
            .Message.ShouldBe("The actual of rule '2' is null. (Parameter 'actuals')");

    [Fact]
    public void Evaluate_ActualsOutOfRuleOrder_EachReachesItsRule()
    {
        var rules = Set(Level("1", "产业类投资额"), Level("2", "工业投资"), Level("3", "技改投资"));

        rules.Evaluate([
            new("3", Observation.OfLevel(90, Unit.YiYuan)),
            new("1", Observation.OfLevel(200, Unit.YiYuan)),
        ]).Select(r => r.State).ShouldBe([Met, NotReported, Missed]);
    }

    [Fact]
    public void Evaluate_NullActual_ThrowsNamingTheRule() =>
        Should.Throw<ArgumentException>(() => Set(Level("1", "产业类投资额")).Evaluate([new("1", null!)]))
            .Message.ShouldBe("The actual of rule '1' is null. (Parameter 'actuals')");

    [Fact]
    public void Evaluate_NullReference_Throws() =>
        Should.Throw<ArgumentNullException>(() => Set(Level("1", "产业类投资额")).Evaluate([], [null!])).ParamName.ShouldBe("references");

    [Fact]
    public void Evaluate_BlankReferenceIndicator_Throws() =>
        Should.Throw<ArgumentException>(() => Set(Level("1", "产业类投资额")).Evaluate([], [new Reference(" ", ReferenceKind.City, Observation.OfGrowth(1))]))
            .ParamName.ShouldBe("references");

    // A single target under an indicator with a slash is compiled under the name "工业投资/技改投资 [1]"; a peer that
    // names the row still finds it by the indicator, as PlanEvaluator does.
    [Fact]
    public void Evaluate_PeerNamesASingleTargetUnderASlashedIndicator_ComparesWithThatRow()
    {
        var rules = Set(new Rule("1", "工业投资/技改投资", Target.Growth(5)), new Rule("2", "产业类投资额", Target.InSyncWith("工业投资/技改投资")));

        var results = rules.Evaluate([new("1", Observation.OfGrowth(6)), new("2", Observation.OfGrowth(7))]);

        results[1].State.ShouldBe(Met);
    }
}
