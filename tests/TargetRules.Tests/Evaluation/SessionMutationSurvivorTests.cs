using System.Reflection;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Quantities;
using TargetRules.Targets;
using static TargetRules.Evaluation.AttainmentState;
using static TargetRules.Tests.Evaluation.SmallSets;

namespace TargetRules.Tests.Evaluation;

/// <summary>
/// What a session re-evaluates and reports as facts arrive — peers, slash components giving a peer's figure,
/// facts a rule reads that compiling it did not foresee, the argument checks — pinned where a mutation run
/// found it unchecked.
/// </summary>
public sealed class SessionMutationSurvivorTests
{
    private static readonly Observation Absent = null!;

    [Fact]
    public void AttainmentChange_ToString_RuleIndicatorAndBothStates() =>
        new AttainmentChange("19", "居民人均可支配收入", Met, Missed).ToString().ShouldBe("19 居民人均可支配收入: Met -> Missed");

    // ---- Creating a session ------------------------------------------------------------------

    [Fact]
    public void CreateSession_EveryRuleJudgedAtOnce_FirstActualReportsAChange()
    {
        var session = Set(Level("1", "产业类投资额"), new Rule("2", "工业投资", Target.InSyncWithCity())).CreateSession(2022);

        session.States.ToArray().ShouldBe([NotReported, NotReported]);
        session.Observe("1", Observation.OfLevel(200, Unit.YiYuan)).ShouldBe([new AttainmentChange("1", "产业类投资额", NotReported, Met)]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void CreateSession_YearAtTheEdgesOfTheRange_Accepted(int year)
    {
        var session = Set(Level("1", "产业类投资额")).CreateSession(year);

        session.Year.ShouldBe(year);
        session.Result("1").State.ShouldBe(NotReported);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void CreateSession_YearOutsideTheRange_ThrowsSayingTheRange(int year) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Set(Level("1", "产业类投资额")).CreateSession(year))
            .Message.ShouldBe($"A plan year lies in 1..9999. (Parameter 'year'){Environment.NewLine}Actual value was {year}.");

    [Theory]
    [InlineData(1, "0年完成情况")]
    [InlineData(9999, "9998年完成情况")]
    public void UsePreviousYear_AtTheEdgesOfTheRange_BaselineNamesTheYearBefore(int year, string source)
    {
        var rules = Set(new Rule("1", "产业类投资额", Target.Growth(5)));
        var lastYear = rules.CreateSession(year);
        lastYear.Observe("1", Observation.OfLevel(100, Unit.YiYuan));
        var session = rules.CreateSession(year);
        session.Observe("1", Observation.OfLevel(110, Unit.YiYuan));

        session.UsePreviousYear(lastYear.Results).ShouldBe([new AttainmentChange("1", "产业类投资额", Undetermined, Met)]);
        session.References.Single().Source.ShouldBe(source);
    }

    // ---- Observe -----------------------------------------------------------------------------

    [Fact]
    public void Observe_Arguments_Checked()
    {
        var session = Set(Level("1", "产业类投资额")).CreateSession(2022);

        Should.Throw<ArgumentNullException>(() => session.Observe("1", Absent)).ParamName.ShouldBe("actual");
        Should.Throw<ArgumentNullException>(() => session.Observe(null!, Observation.NotReported)).ParamName.ShouldBe("ruleId");
        Should.Throw<ArgumentNullException>(() => session.Observe(null!)).ParamName.ShouldBe("actuals");
        Should.Throw<ArgumentNullException>(() => session.Result(null!)).ParamName.ShouldBe("ruleId");
        Should.Throw<ArgumentException>(() => session.Observe([new("1", Absent)])).Message.ShouldBe("The actual of rule '1' is null. (Parameter 'actuals')");
        session.Actual("1").ShouldBe(Observation.NotReported);
    }

    [Fact]
    public void Observe_SameRuleInTwoBatches_SecondBatchReevaluatesItAgain()
    {
        var session = Set(Level("1", "产业类投资额")).CreateSession(2022);

        session.Observe([new("1", Observation.OfLevel(90, Unit.YiYuan))]).ShouldBe([new AttainmentChange("1", "产业类投资额", NotReported, Missed)]);
        session.Observe([new("1", Observation.OfLevel(200, Unit.YiYuan))]).ShouldBe([new AttainmentChange("1", "产业类投资额", Missed, Met)]);
        session.Observe([new("1", Observation.OfLevel(300, Unit.YiYuan))]).ShouldBeEmpty();
    }

    [Fact]
    public void Observe_BatchOutOfRuleOrder_ChangesInRuleOrder()
    {
        var session = Set(Level("1", "产业类投资额"), Level("2", "工业投资"), Level("3", "技改投资")).CreateSession(2022);

        session.Observe([new("3", Observation.OfLevel(90, Unit.YiYuan)), new("1", Observation.OfLevel(200, Unit.YiYuan))]).ShouldBe([
            new AttainmentChange("1", "产业类投资额", NotReported, Met),
            new AttainmentChange("3", "技改投资", NotReported, Missed),
        ]);
    }

    // ---- Peers: 与经济增长同步 -------------------------------------------------------------------

    [Fact]
    public void Observe_PeerRowAfterTheRowThatReadsIt_ReaderChangesFirstInRuleOrder()
    {
        var session = Set(
                new Rule("1", "居民人均可支配收入", Target.InSyncWith("经济增长", basically: true)),
                new Rule("2", "地区生产总值", Target.ComparableGrowth(6)))
            .CreateSession(2022);
        session.Observe("1", Observation.OfGrowth(5)).ShouldBe([new AttainmentChange("1", "居民人均可支配收入", NotReported, Undetermined)]);
        session.Result("1").Explanation.Chinese.ShouldBe("增长 5%；本计划中没有“经济增长”对应的指标");

        session.Observe("2", Observation.OfComparableGrowth(6)).ShouldBe([
            new AttainmentChange("1", "居民人均可支配收入", Undetermined, Missed),
            new AttainmentChange("2", "地区生产总值", NotReported, Met),
        ]);
        session.Result("1").Explanation.Chinese.ShouldBe("增长 5%，经济增长 6%，未与经济增长基本同步");
    }

    [Fact]
    public void Observe_PlanWithoutAnEconomyRow_PeerTargetHasNothingToCompareWith()
    {
        var session = Set(
                Level("1", "一般公共预算收入"),
                new Rule("2", "居民人均可支配收入", Target.InSyncWith("经济增长", basically: true)))
            .CreateSession(2022);
        session.Observe("1", Observation.OfLevel(200, Unit.YiYuan));

        session.Observe("2", Observation.OfGrowth(5)).ShouldBe([new AttainmentChange("2", "居民人均可支配收入", NotReported, Undetermined)]);

        session.Result("2").Explanation.Chinese.ShouldBe("增长 5%；本计划中没有“经济增长”对应的指标");
        session.Observe("1", Observation.OfLevel(50, Unit.YiYuan)).ShouldBe([new AttainmentChange("1", "一般公共预算收入", Met, Missed)]);
    }

    [Theory]
    [InlineData(6, Missed, "增长 6%，工业增加值 增长 8%，未与工业增加值同步")]
    [InlineData(8, Met, "增长 8%，工业增加值 增长 8%，与工业增加值同步")]
    public void Observe_SlashRowGivesThePeer_ItsComponentIsCompared(decimal growth, AttainmentState expected, string why)
    {
        var session = SlashPeerSession();
        session.Observe("1", Observation.OfComponents(Observation.OfGrowth(4), Observation.OfGrowth(8)));

        session.Observe("2", Observation.OfGrowth(growth)).ShouldBe([new AttainmentChange("2", "工业投资", NotReported, expected)]);

        session.Result("2").Explanation.Chinese.ShouldBe(why);
    }

    [Fact]
    public void Observe_SlashRowChangesTheComponentAPeerReads_ReaderChanges()
    {
        var session = SlashPeerSession();
        session.Observe("1", Observation.OfComponents(Observation.OfGrowth(4), Observation.OfGrowth(8)));
        session.Observe("2", Observation.OfGrowth(6));

        session.Observe("1", Observation.OfComponents(Observation.OfGrowth(4), Observation.OfGrowth(5))).ShouldBe([
            new AttainmentChange("1", "工业总产值/工业增加值", PartiallyMet, Missed),
            new AttainmentChange("2", "工业投资", Missed, Met),
        ]);
    }

    [Fact]
    public void Observe_SlashRowReportedAsOneFigure_PeerComparesWithThatFigure()
    {
        var session = SlashPeerSession();
        session.Observe("1", Observation.OfGrowth(7));

        session.Observe("2", Observation.OfGrowth(6)).ShouldBe([new AttainmentChange("2", "工业投资", NotReported, Missed)]);

        session.Result("2").Explanation.Chinese.ShouldBe("增长 6%，工业增加值 增长 7%，未与工业增加值同步");
    }

    [Fact]
    public void Observe_PeerRowNotReported_ReaderSaysNoRowGivesIt()
    {
        var session = SlashPeerSession();

        session.Observe("2", Observation.OfGrowth(6));

        session.Result("2").Explanation.Chinese.ShouldBe("增长 6%；本计划中没有“工业增加值”对应的指标");
    }

    private static EvaluationSession SlashPeerSession() =>
        Set(
                new Rule("1", "工业总产值/工业增加值", Target.Slash(Target.Growth(5), Target.Growth(6))),
                new Rule("2", "工业投资", Target.InSyncWith("工业增加值")))
            .CreateSession(2022);

    // ---- Facts the compiled rule did not predict ----------------------------------------------

    // A single target under an indicator with a slash: compiling names its one component "工业投资/技改投资 [1]",
    // while the judge asks for the indicator itself, so every fact the rule reads is one compiling did not predict.
    private static RuleSet SlashNamedSingle() => Set(new Rule("1", "工业投资/技改投资", Target.InSyncWithCity()), Level("2", "产业类投资额"));

    [Fact]
    public void Insert_CityFigureTheRuleReadsUnpredicted_RuleReevaluated()
    {
        var session = SlashNamedSingle().CreateSession(2022);
        session.Observe("1", Observation.OfGrowth(5)).ShouldBe([new AttainmentChange("1", "工业投资/技改投资", NotReported, AwaitingCityFeedback)]);

        session.Insert(new Reference("工业投资/技改投资", ReferenceKind.City, Observation.OfGrowth(3)))
            .ShouldBe([new AttainmentChange("1", "工业投资/技改投资", AwaitingCityFeedback, Met)]);
        session.Insert(new Reference("工业投资/技改投资", ReferenceKind.City, Observation.OfGrowth(7)))
            .ShouldBe([new AttainmentChange("1", "工业投资/技改投资", Met, Missed)]);
        session.Retract("工业投资/技改投资", ReferenceKind.City)
            .ShouldBe([new AttainmentChange("1", "工业投资/技改投资", Missed, AwaitingCityFeedback)]);
    }

    [Fact]
    public void Insert_UnpredictedFactReadByTwoRules_BothReevaluated()
    {
        var session = Set(new Rule("1", "工业投资/技改投资", Target.InSyncWithCity()), new Rule("2", "工业投资/技改投资 ", Target.NotBelowCityAverage(Measure.Growth)))
            .CreateSession(2022);
        session.Observe([new("1", Observation.OfGrowth(5)), new("2", Observation.OfGrowth(2))]);
        session.Observe([new("1", Observation.OfGrowth(6)), new("2", Observation.OfGrowth(1))]).ShouldBeEmpty();

        session.Insert(new Reference("工业投资/技改投资", ReferenceKind.City, Observation.OfGrowth(3))).ShouldBe([
            new AttainmentChange("1", "工业投资/技改投资", AwaitingCityFeedback, Met),
            new AttainmentChange("2", "工业投资/技改投资 ", AwaitingCityFeedback, Missed),
        ]);
    }

    [Fact]
    public void Insert_IndicatorWithStraySpaces_FactPredictedUnderItsNormalName()
    {
        var session = Set(new Rule("1", " 工业投资 ", Target.InSyncWithCity())).CreateSession(2022);
        session.Observe("1", Observation.OfGrowth(5));

        session.Insert(new Reference("工业投资", ReferenceKind.City, Observation.OfGrowth(3)))
            .ShouldBe([new AttainmentChange("1", " 工业投资 ", AwaitingCityFeedback, Met)]);
    }

    // A session holds a predicted reference in its slot only and an unpredicted one by key only: both are listed,
    // read, and withdrawn.
    [Fact]
    public void References_PredictedAndUnpredicted_BothHeldAndWithdrawn()
    {
        var session = Set(new Rule("1", "工业投资", Target.InSyncWithCity())).CreateSession(2022);
        session.Observe("1", Observation.OfGrowth(5));
        var city = new Reference("工业投资", ReferenceKind.City, Observation.OfGrowth(3));
        var population = new Reference("全市人口", ReferenceKind.City, Observation.OfLevel(2475, Unit.WanCount("人")));

        session.Insert([population, city]).ShouldBe([new AttainmentChange("1", "工业投资", AwaitingCityFeedback, Met)]);
        session.Insert(city).ShouldBeEmpty();
        session.References.ShouldBe([city, population], ignoreOrder: true);

        session.Retract("全市人口", ReferenceKind.City).ShouldBeEmpty();
        session.References.ShouldBe([city]);
        session.Retract("工业投资", ReferenceKind.City).ShouldBe([new AttainmentChange("1", "工业投资", Met, AwaitingCityFeedback)]);
        session.Retract("工业投资", ReferenceKind.City).ShouldBeEmpty();
        session.References.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_BesideAReferenceNoRuleReads_TheRuleReadsItsCityFigure()
    {
        var rules = SlashNamedSingle();
        var city = new Reference("工业投资/技改投资", ReferenceKind.City, Observation.OfGrowth(3));
        var other = new Reference("产业类投资额", ReferenceKind.City, Observation.OfGrowth(9));

        rules.Evaluate([new("1", Observation.OfGrowth(5))], [other, city]).States[0].ShouldBe(Met);
        rules.EvaluateInOrder([Observation.OfGrowth(2), Observation.NotReported], [other, city]).States[0].ShouldBe(Missed);
        rules.EvaluateInOrder([Observation.OfGrowth(2), Observation.NotReported], [other, city])[0].Explanation.Chinese
            .ShouldBe("增长 2%，低于全市增长 3%，差 1 个百分点，目标与全市保持同步");
    }

    // Found while reaching the unpredicted path: CountReaders answers for the compiled name, not the one the rule reads.
    [Fact]
    public void CountReaders_SingleTargetUnderASlashedIndicator_CountsTheFactItReads()
    {
        var rules = SlashNamedSingle();
        var session = rules.CreateSession(2022);
        session.Observe("1", Observation.OfGrowth(5));

        session.Insert(new Reference("工业投资/技改投资", ReferenceKind.City, Observation.OfGrowth(3))).Count.ShouldBe(1);
        rules.CountReaders("工业投资/技改投资", ReferenceKind.City).ShouldBe(1);
    }

    // ---- Insert, Retract, UsePreviousYear, LoadReferencesAsync --------------------------------

    [Fact]
    public void Insert_Arguments_Checked()
    {
        var session = Set(new Rule("1", "工业投资", Target.InSyncWithCity())).CreateSession(2022);
        var city = new Reference("工业投资", ReferenceKind.City, Observation.OfGrowth(3));
        var blank = city with { Indicator = " " };

        Should.Throw<ArgumentNullException>(() => session.Insert((Reference)null!)).ParamName.ShouldBe("reference");
        Should.Throw<ArgumentNullException>(() => session.Insert((IEnumerable<Reference>)null!)).ParamName.ShouldBe("references");
        Should.Throw<ArgumentNullException>(() => session.Insert([city, null!])).ParamName.ShouldBe("references");
        Should.Throw<ArgumentException>(() => session.Insert([city, blank])).ParamName.ShouldBe("references");
        Should.Throw<ArgumentException>(() => session.Insert(blank)).ParamName.ShouldBe("reference");
        session.References.ShouldBeEmpty();
    }

    [Fact]
    public void Retract_Null_Throws() =>
        Should.Throw<ArgumentNullException>(() => Set(Level("1", "产业类投资额")).CreateSession(2022).Retract(null!, ReferenceKind.City))
            .ParamName.ShouldBe("indicator");

    [Fact]
    public void Retract_FigureNeverInserted_ReevaluatesNothing()
    {
        var session = Set(new Rule("1", "工业投资", Target.InSyncWithCity())).CreateSession(2022);
        session.Observe("1", Observation.OfGrowth(5));
        var before = session.Result("1");

        session.Retract("工业投资", ReferenceKind.City).ShouldBeEmpty();

        session.Result("1").ShouldBeSameAs(before);
    }

    [Fact]
    public void UsePreviousYear_Arguments_Checked()
    {
        var session = Set(Level("1", "产业类投资额")).CreateSession(2022);

        Should.Throw<ArgumentNullException>(() => session.UsePreviousYear(null!)).ParamName.ShouldBe("previousYear");
        Should.Throw<ArgumentNullException>(() => session.UsePreviousYear([null!])).ParamName.ShouldBe("previousYear");
    }

    [Fact]
    public void UsePreviousYear_PlanEvaluatorRowWithUnreadableTarget_ItsLevelStillBecomesTheBaseline()
    {
        var lastYear = new PlanEvaluator().Evaluate([new PlanRow(1, "1", "", "产业类投资额", "？？？", "100亿元")]).Select(r => r.Attainment).ToList();
        lastYear.Single().Components.IsDefaultOrEmpty.ShouldBeTrue();
        var session = Set(new Rule("1", "产业类投资额", Target.Growth(5))).CreateSession(2022);
        session.Observe("1", Observation.OfLevel(110, Unit.YiYuan));

        session.UsePreviousYear(lastYear).ShouldBe([new AttainmentChange("1", "产业类投资额", Undetermined, Met)]);

        session.References.Single().Value.Level.ShouldBe(new Quantity(100, Unit.YiYuan));
    }

    [Fact]
    public async Task LoadReferencesAsync_NullSource_Throws() =>
        (await Should.ThrowAsync<ArgumentNullException>(async () => await Set(Level("1", "产业类投资额")).CreateSession(2022).LoadReferencesAsync(null!)))
            .ParamName.ShouldBe("source");

    [Fact]
    public async Task LoadReferencesAsync_SourceGivesNull_NothingChanges()
    {
        var session = Set(new Rule("1", "工业投资", Target.InSyncWithCity())).CreateSession(2022);
        session.Observe("1", Observation.OfGrowth(5));

        (await session.LoadReferencesAsync(new NullSource())).ShouldBeEmpty();

        session.Result("1").State.ShouldBe(AwaitingCityFeedback);
    }

    // ---- Results -----------------------------------------------------------------------------

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Results_PositionOutOfRange_Throws(int index) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Set(Level("1", "产业类投资额"), Level("2", "工业投资")).CreateSession(2022).Results[index])
            .Message.ShouldBe($"No rule has this position. (Parameter 'index'){Environment.NewLine}Actual value was {index}.");

    // ---- The pass counter wrapping round (after 2^31 changes; set here by reflection) ------------

    private static readonly FieldInfo PassField = typeof(EvaluationSession).GetField("_pass", BindingFlags.NonPublic | BindingFlags.Instance)!;

    [Fact]
    public void Observe_PassCounterWrapsBeforeAnyMark_StillReevaluates()
    {
        var session = Set(Level("1", "产业类投资额")).CreateSession(2022);
        PassField.SetValue(session, int.MaxValue - 1);

        session.Observe("1", Observation.OfLevel(200, Unit.YiYuan)).ShouldBe([new AttainmentChange("1", "产业类投资额", NotReported, Met)]);
        session.Observe("1", Observation.OfLevel(50, Unit.YiYuan)).ShouldBe([new AttainmentChange("1", "产业类投资额", Met, Missed)]);
    }

    [Fact]
    public void Observe_PassCounterWrapsToANumberAlreadyUsed_RuleStillReevaluated()
    {
        var session = Set(Level("1", "产业类投资额")).CreateSession(2022);
        PassField.SetValue(session, 0);
        session.Observe("1", Observation.OfLevel(200, Unit.YiYuan));
        PassField.SetValue(session, int.MaxValue - 1);

        session.Observe("1", Observation.OfLevel(50, Unit.YiYuan)).ShouldBe([new AttainmentChange("1", "产业类投资额", Met, Missed)]);
        ((int)PassField.GetValue(session)!).ShouldBe(1);
    }

    private sealed class NullSource : IReferenceSource
    {
        public ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default) =>
            new((IReadOnlyList<Reference>)null!);
    }
}
