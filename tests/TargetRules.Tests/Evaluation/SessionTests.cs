using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;
using static TargetRules.Evaluation.AttainmentState;

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
        lastYear.Observe("3", Observation.OfComponents(Level(540, Unit.YiYuan), Level(170, Unit.YiYuan), Level(110, Unit.YiYuan)));
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
        var actuals = new Dictionary<string, Observation> { ["3"] = Level(100, Unit.YiYuan), ["16"] = Level(87.4m, Unit.Percent) };

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
            foreach (var actual in new[] { own, Observation.AwaitingCity(), Level(100, Unit.YiYuan), Observation.OfGrowth(1) })
            {
                Evaluator.Default.Evaluate(rule.Indicator, rule.Target, actual, new EveryFact(read, answer), ReportingPeriod.Annual);
            }
        }

        read.ShouldNotBeEmpty();
        read.Where(key => !compiled.Predicts(key)).ShouldBeEmpty();
    }

    private static Observation Level(decimal value, Unit unit) => new() { Text = new Quantity(value, unit).ToString(), Level = new Quantity(value, unit) };

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
}
