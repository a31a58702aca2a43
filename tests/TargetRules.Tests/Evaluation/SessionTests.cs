using System.Reflection;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Quantities;
using TargetRules.Targets;
using static TargetRules.Evaluation.AttainmentState;
using static TargetRules.Tests.Evaluation.SmallSets;

namespace TargetRules.Tests.Evaluation;

public sealed class SessionTests
{
    private static readonly RuleSet Baoshan = RuleSet.Compile(BaoshanTable.Rules());

    private static EvaluationSession Reported(RuleSet? rules = null, ReportingPeriod period = default)
    {
        var session = (rules ?? Baoshan).CreateSession(2022, period);
        session.Observe(BaoshanTable.Actuals());
        return session;
    }

    [Fact]
    public void Compile_DuplicateRuleIds_Throws()
    {
        var rules = new[] { new Rule("1", "地区生产总值", Target.Growth(6)), new Rule("1", "实际到位外资额", Target.AtLeast(6, Unit.YiUsDollar)) };

        Should.Throw<ArgumentException>(() => RuleSet.Compile(rules)).Message.ShouldBe("Rule id '1' appears more than once. (Parameter 'rules')");
    }

    [Fact]
    public void Rule_BlankIndicator_Throws() =>
        Should.Throw<ArgumentException>(() => new Rule("1", " ", Target.Growth(6))).ParamName.ShouldBe("indicator");

    [Fact]
    public void Observe_UnknownRule_ThrowsAndChangesNothing()
    {
        var session = Reported();
        var before = session.Results.ToArray();

        Should.Throw<ArgumentException>(() => session.Observe([new("5", Observation.NotReported), new("99", Observation.NotReported)]))
            .Message.ShouldBe("The rule set has no rule '99'. (Parameter 'ruleId')");
        session.Results.ShouldBe(before);
    }

    [Fact]
    public void CreateSession_NothingObserved_EveryRuleJudgedWithoutActuals()
    {
        var session = Baoshan.CreateSession(2022);

        session.Results.Count.ShouldBe(25);
        session.Result("1").State.ShouldBe(NotReported);
        session.Result("9").State.ShouldBe(NotReported);
        session.Actual("17").ShouldBe(Observation.NotReported);
    }

    [Fact]
    public void CreateSession_YearOutOfRange_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Baoshan.CreateSession(0)).ParamName.ShouldBe("year");

    [Fact]
    public void Insert_ReferenceNoRuleReads_KeptWithoutChanges()
    {
        var session = Reported();
        var before = session.Results.ToArray();
        var reference = new Reference("全市人口", ReferenceKind.City, Observation.OfLevel(2475, Unit.WanCount("人")));

        session.Insert(reference).ShouldBeEmpty();

        session.References.ShouldBe([reference]);
        session.Results.ShouldBe(before);
    }

    [Fact]
    public void Insert_SameReferenceTwice_SecondTimeEvaluatesNothing()
    {
        var session = Reported();
        var verdict = new Reference("单位生产总值能耗降低率", ReferenceKind.Verdict, BaoshanTable.Figure("达标"));
        session.Insert(verdict).Count.ShouldBe(1);
        var after = session.Result("17");

        session.Insert(verdict with { }).ShouldBeEmpty();

        session.Result("17").ShouldBeSameAs(after);
    }

    [Theory]
    [InlineData("单位生产总值能耗降低率")]
    [InlineData(" 单位生产总值能耗降低率　")]
    public void Insert_IndicatorWrittenWithStraySpaces_ReachesTheRule(string indicator)
    {
        var session = Reported();

        session.Insert(new Reference(indicator, ReferenceKind.Verdict, BaoshanTable.Figure("达标")))
            .ShouldBe([new AttainmentChange("17", "单位生产总值能耗降低率", AwaitingCityFeedback, Met)]);
    }

    [Fact]
    public void Insert_CorrectedCityFigure_ReplacesTheFirst()
    {
        var session = Reported();
        session.Insert(new Reference("区级一般公共预算收入", ReferenceKind.City, Observation.OfGrowth(-2.1m)));
        session.Result("2").State.ShouldBe(Missed);

        session.Insert(new Reference("区级一般公共预算收入", ReferenceKind.City, Observation.OfGrowth(1m))).ShouldBeEmpty();

        session.References.Single().Value.Growth.ShouldBe(1m);
        session.Result("2").Explanation.Chinese.ShouldBe("增长 0.5%，低于目标 6%，差 5.5 个百分点；增长 0.5%，低于全市增长 1%，差 0.5 个百分点，目标与全市保持同步");
    }

    [Fact]
    public void Rejudged_CorrectedCityFigureKeepingTheState_TheRuleWhoseReasonsChanged()
    {
        var session = Reported();
        session.Insert(new Reference("区级一般公共预算收入", ReferenceKind.City, Observation.OfGrowth(-2.1m)));
        session.Result("2").State.ShouldBe(Missed);
        session.Rejudged.ToArray().ShouldBe([1]);

        session.Insert(new Reference("区级一般公共预算收入", ReferenceKind.City, Observation.OfGrowth(1m))).ShouldBeEmpty();

        session.Rejudged.ToArray().ShouldBe([1]);
    }

    [Fact]
    public void Rejudged_ActualAnotherRuleComparesWith_BothRules()
    {
        var session = Reported();

        session.Observe("1", BaoshanTable.Figure("可比增长 3%"));

        session.Rejudged.ToArray().ShouldBe([0, 18]);
    }

    [Fact]
    public void Rejudged_ChangeReachingNoRule_Empty()
    {
        var session = Baoshan.CreateSession(2022);
        session.Rejudged.IsEmpty.ShouldBeTrue();
        session.Observe(BaoshanTable.Actuals());
        session.Insert(new Reference("单位生产总值能耗降低率", ReferenceKind.Verdict, BaoshanTable.Figure("达标")));
        session.Rejudged.ToArray().ShouldBe([16]);

        session.Retract("公众安全感指数", ReferenceKind.Verdict);

        session.Rejudged.IsEmpty.ShouldBeTrue();
        session.Insert(new Reference("全市人口", ReferenceKind.City, Observation.OfLevel(2475, Unit.WanCount("人"))));
        session.Rejudged.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Retract_CityVerdict_RowWaitsAgain()
    {
        var session = Reported();
        session.Insert(new Reference("公众安全感指数", ReferenceKind.Verdict, Observation.Asserting(Assertion.AboveCity)));

        session.Retract("公众安全感指数", ReferenceKind.Verdict)
            .ShouldBe([new AttainmentChange("25", "公众安全感指数", Met, AwaitingCityFeedback)]);
        session.Retract("公众安全感指数", ReferenceKind.Verdict).ShouldBeEmpty();
    }

    [Fact]
    public void UsePreviousYear_LevelsBecomeBaselines_GrowthJudgedFromTwoLevels()
    {
        var lastYear = Baoshan.CreateSession(2021);
        lastYear.Observe("3", Observation.OfComponents(WrittenLevel(540, Unit.YiYuan), WrittenLevel(170, Unit.YiYuan), WrittenLevel(110, Unit.YiYuan)));
        var session = Reported();
        session.Result("3").Components[0].State.ShouldBe(Undetermined);

        session.UsePreviousYear(lastYear.Results)
            .ShouldBe([new AttainmentChange("3", "全社会固定资产投资总额/产业类投资额/工业投资", Undetermined, AwaitingCityFeedback)]);
        session.References.Where(r => r.Kind == ReferenceKind.Baseline).Select(r => (r.Indicator, r.Source))
            .ShouldBe([("全社会固定资产投资总额", "2021年完成情况"), ("产业类投资额", "2021年完成情况"), ("工业投资", "2021年完成情况")], ignoreOrder: true);

        session.Insert(new Reference("全社会固定资产投资总额", ReferenceKind.City, Observation.OfGrowth(-1m)))
            .ShouldBe([new AttainmentChange("3", "全社会固定资产投资总额/产业类投资额/工业投资", AwaitingCityFeedback, Met)]);
        session.Result("3").Components[0].Explanation.Chinese.ShouldBe("按上年基数 540 亿元 计算，增长 4.35%，高于全市增长 -1%，目标与全市保持同步");
    }

    [Fact]
    public void CreateSession_HalfYear_ProratesCumulativeAmounts()
    {
        var rules = RuleSet.Compile([new Rule("3", "产业类投资额", Target.AtLeast(180, Unit.YiYuan)), new Rule("16", "环境空气质量（AQI）优良率", Target.AtLeast(90, Unit.Percent))]);
        var actuals = new Dictionary<string, Observation> { ["3"] = WrittenLevel(100, Unit.YiYuan), ["16"] = WrittenLevel(87.4m, Unit.Percent) };

        var annual = rules.CreateSession(2022);
        annual.Observe(actuals);
        var interim = rules.CreateSession(2022, ReportingPeriod.TryParse("H1")!.Value);
        interim.Observe(actuals);

        (annual.Result("3").State, interim.Result("3").State).ShouldBe((Missed, Met));
        (annual.Result("16").State, interim.Result("16").State).ShouldBe((Missed, Missed));
        interim.Period.Elapsed.ShouldBe(0.5m);
    }

    [Fact]
    public async Task LoadReferencesAsync_CachedSource_ConsultedOncePerYearAndPeriod()
    {
        var host = new CountingSource(new Reference("单位生产总值能耗降低率", ReferenceKind.Verdict, BaoshanTable.Figure("达标")));
        var cached = new CachedReferenceSource(host);
        var first = Reported();
        var second = Reported();

        (await first.LoadReferencesAsync(cached)).ShouldBe([new AttainmentChange("17", "单位生产总值能耗降低率", AwaitingCityFeedback, Met)]);
        (await second.LoadReferencesAsync(cached)).ShouldBe([new AttainmentChange("17", "单位生产总值能耗降低率", AwaitingCityFeedback, Met)]);
        host.Calls.ShouldBe([(2022, ReportingPeriod.Annual)]);

        await Reported(period: ReportingPeriod.FromElapsed(0.75m)).LoadReferencesAsync(cached);
        cached.Invalidate(2022, ReportingPeriod.Annual);
        await first.LoadReferencesAsync(cached);
        host.Calls.ShouldBe([(2022, ReportingPeriod.Annual), (2022, ReportingPeriod.FromElapsed(0.75m)), (2022, ReportingPeriod.Annual)]);
    }

    [Fact]
    public async Task EvaluateAsync_Source_ConsultedOnceAndItsReferencesApplied()
    {
        var verdict = new Reference("单位生产总值能耗降低率", ReferenceKind.Verdict, BaoshanTable.Figure("达标"));
        var host = new CountingSource(verdict);

        var results = await Baoshan.EvaluateAsync(BaoshanTable.Actuals(), host, 2022, ReportingPeriod.FromElapsed(0.5m));

        host.Calls.ShouldBe([(2022, ReportingPeriod.FromElapsed(0.5m))]);
        results.Select(r => (r.State, r.Explanation)).ShouldBe(
            Baoshan.Evaluate(BaoshanTable.Actuals(), [verdict], ReportingPeriod.FromElapsed(0.5m)).Select(r => (r.State, r.Explanation)));
        results[16].State.ShouldBe(Met);
    }

    [Fact]
    public async Task LoadAsync_SourceFails_NextLoadConsultsItAgain()
    {
        var host = new CountingSource { FailNext = true };
        var cached = new CachedReferenceSource(host);

        await Should.ThrowAsync<InvalidOperationException>(async () => await cached.LoadAsync(2022, ReportingPeriod.Annual));
        (await cached.LoadAsync(2022, ReportingPeriod.Annual)).ShouldBeEmpty();

        host.Calls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task LoadAsync_OneCallerGivesUp_OthersStillGetTheSharedLoad()
    {
        var host = new CountingSource(new Reference("公众安全感指数", ReferenceKind.Verdict, BaoshanTable.Figure("高于全市平均水平"))) { Gate = new() };
        var cached = new CachedReferenceSource(host);
        using var impatient = new CancellationTokenSource();

        var first = cached.LoadAsync(2022, ReportingPeriod.Annual, impatient.Token).AsTask();
        var second = cached.LoadAsync(2022, ReportingPeriod.Annual).AsTask();
        await impatient.CancelAsync();
        host.Gate.SetResult();

        await Should.ThrowAsync<OperationCanceledException>(first);
        (await second).Single().Indicator.ShouldBe("公众安全感指数");
        (await cached.LoadAsync(2022, ReportingPeriod.Annual)).Count.ShouldBe(1);
        host.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public void Evaluate_EightThreads_SameAsSequential()
    {
        var rules = RuleSet.Compile(Enumerable.Range(0, 40).SelectMany(copy =>
            BaoshanTable.Rules().Select(r => new Rule($"{copy}-{r.Id}", r.Indicator, r.Target))));
        var actuals = Enumerable.Range(0, 40).SelectMany(copy =>
            BaoshanTable.Actuals().Select(a => KeyValuePair.Create($"{copy}-{a.Key}", a.Value))).ToList();
        Reference[] references =
        [
            new("地区生产总值", ReferenceKind.City, Observation.OfComparableGrowth(-0.2m)),
            new("商品销售总额", ReferenceKind.City, Observation.OfGrowth(-4.5m)),
            new("单位生产总值能耗降低率", ReferenceKind.Verdict, BaoshanTable.Figure("达标")),
        ];
        var sequential = rules.Evaluate(actuals, references);

        var parallel = new (AttainmentState State, Explanation Why)[8][];
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            parallel[t] = [.. rules.Evaluate(actuals, references).Select(a => (a.State, a.Explanation))];
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        sequential.Count.ShouldBe(1000);
        foreach (var result in parallel)
        {
            result.ShouldBe(sequential.Select(a => (a.State, a.Explanation)).ToArray());
        }
    }

    [Fact]
    public void Insert_CityFigureOnePercentOfRulesRead_ReevaluatesOnlyThose()
    {
        var rules = RuleSet.Compile(Enumerable.Range(0, 1000).Select(i => i % 100 == 0
            ? new Rule($"r{i}", "社会消费品零售总额", Target.InSyncWithCity())
            : new Rule($"r{i}", $"指标{i}", Target.Growth(5))));
        var session = rules.CreateSession(2022);
        session.Observe(Enumerable.Range(0, 1000).Select(i => KeyValuePair.Create($"r{i}", Observation.OfGrowth(i % 7))));
        var before = session.Results.ToArray();

        var changes = session.Insert(new Reference("社会消费品零售总额", ReferenceKind.City, Observation.OfGrowth(3)));

        rules.CountReaders("社会消费品零售总额", ReferenceKind.City).ShouldBe(10);
        changes.Select(c => (c.RuleId, c.To)).ShouldBe(Enumerable.Range(0, 10).Select(k => ($"r{k * 100}", (k * 100) % 7 >= 3 ? Met : Missed)));
        Enumerable.Range(0, 1000).Count(i => !ReferenceEquals(before[i], session.Results[i])).ShouldBe(10);
        session.Rejudged.ToArray().ShouldBe(Enumerable.Range(0, 10).Select(k => k * 100));
    }

    public static TheoryData<string> RuleIds => [.. BaoshanTable.Rules().Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Compile_TargetTree_PredictsEveryReferenceTheJudgeReads(string id)
    {
        var rule = BaoshanTable.Rules().Single(r => r.Id == id);
        var compiled = RuleSet.Compile([rule]).Compiled[0];
        var own = BaoshanTable.Actuals().Single(a => a.Key == id).Value;
        var read = new HashSet<FactKey>();

        // Each shape of actual, with every fact known or none, takes a different path through the judge.
        foreach (var answer in new[] { true, false })
        {
            foreach (var actual in new[] { own, Observation.AwaitingCity(), WrittenLevel(100, Unit.YiYuan), Observation.OfGrowth(1) })
            {
                Evaluator.Default.Evaluate(rule.Indicator, rule.Target, actual, new EveryFact(read, answer), ReportingPeriod.Annual);
            }
        }

        read.ShouldNotBeEmpty();
        read.Where(key => !compiled.Predicts(key)).ShouldBeEmpty();
    }

    private static Observation WrittenLevel(decimal value, Unit unit) => new() { Text = new Quantity(value, unit).ToString(), Level = new Quantity(value, unit) };

    /// <summary>Answers every reference read with a figure (or none) and remembers what was read.</summary>
    private sealed class EveryFact(HashSet<FactKey> read, bool answer) : IFacts
    {
        public Reference? Reference(string indicator, ReferenceKind kind)
        {
            read.Add(new FactKey(Target.Normalize(indicator), kind));
            return !answer ? null
                : kind == ReferenceKind.Verdict
                ? new Reference(indicator, kind, BaoshanTable.Figure("达标"))
                : new Reference(indicator, kind, new Observation { Level = new Quantity(90, Unit.YiYuan), Growth = 1 });
        }

        public Observation? Peer(string peer) => answer ? Observation.OfGrowth(1) : null;
    }

    private sealed class CountingSource(params Reference[] references) : IReferenceSource
    {
        public List<(int Year, ReportingPeriod Period)> Calls { get; } = [];

        public bool FailNext { get; set; }

        public TaskCompletionSource? Gate { get; init; }

        public async ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default)
        {
            await (Gate?.Task ?? Task.CompletedTask);
            await Task.Yield();
            lock (Calls)
            {
                Calls.Add((year, period));
            }

            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("the city's feed is down");
            }

            return references;
        }
    }

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

    // CountReaders counts the fact the rule reads under the indicator, not one under the compiled name.
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

    private static readonly FieldInfo AgendaField = typeof(EvaluationSession).GetField("_agenda", BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly FieldInfo PassField = typeof(Agenda).GetField("_pass", BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static Agenda AgendaOf(EvaluationSession session) => (Agenda)AgendaField.GetValue(session)!;

    [Fact]
    public void Observe_PassCounterWrapsBeforeAnyMark_StillReevaluates()
    {
        var session = Set(Level("1", "产业类投资额")).CreateSession(2022);
        PassField.SetValue(AgendaOf(session), int.MaxValue - 1);

        session.Observe("1", Observation.OfLevel(200, Unit.YiYuan)).ShouldBe([new AttainmentChange("1", "产业类投资额", NotReported, Met)]);
        session.Observe("1", Observation.OfLevel(50, Unit.YiYuan)).ShouldBe([new AttainmentChange("1", "产业类投资额", Met, Missed)]);
    }

    [Fact]
    public void Observe_PassCounterWrapsToANumberAlreadyUsed_RuleStillReevaluated()
    {
        var session = Set(Level("1", "产业类投资额")).CreateSession(2022);
        PassField.SetValue(AgendaOf(session), 0);
        session.Observe("1", Observation.OfLevel(200, Unit.YiYuan));
        PassField.SetValue(AgendaOf(session), int.MaxValue - 1);

        session.Observe("1", Observation.OfLevel(50, Unit.YiYuan)).ShouldBe([new AttainmentChange("1", "产业类投资额", Met, Missed)]);
        ((int)PassField.GetValue(AgendaOf(session))!).ShouldBe(1);
    }
}
