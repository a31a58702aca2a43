using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Tests.Text;
using TargetRules.Text;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Evaluation;

/// <summary>The Baoshan 2022 indicator table judged before the city reports, then as the city's figures arrive.</summary>
public sealed class SessionBaoshanTests
{
    private static readonly RuleSet Rules = RuleSet.Compile(BaoshanTable.Rules());

    private static EvaluationSession Reported()
    {
        var session = Rules.CreateSession(2022);
        session.Observe(BaoshanTable.Actuals());
        return session;
    }

    private static Reference City(string indicator, Observation figure) => new(indicator, ReferenceKind.City, figure, "上海市统计局");

    private static Reference Verdict(string indicator, Observation verdict) => new(indicator, ReferenceKind.Verdict, verdict, "市级部门");

    [Fact]
    public void Observe_BaoshanTableWithoutReferences_MatchesPlanEvaluatorRowByRow()
    {
        var session = Reported();
        var rows = PlanTables.Rows("baoshan-2022-indicators.tsv").Select((r, i) => new PlanRow(i + 1, r.Id, "", r.Indicator, r.Target, r.Actual));

        var expected = new PlanEvaluator().Evaluate(rows).Select(r => (r.Row.Id, r.Attainment.State, r.Attainment.Explanation));

        session.Results.Select((a, i) => (Rules.Rules[i].Id, a.State, a.Explanation)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("1", Missed)]
    [InlineData("4", AwaitingCityFeedback)]
    [InlineData("17", AwaitingCityFeedback)]
    [InlineData("19", NotReported)]
    [InlineData("20", AwaitingCityFeedback)]
    [InlineData("21", Met)]
    [InlineData("25", AwaitingCityFeedback)]
    public void Observe_BaoshanTableWithoutReferences_RowsAwaitingTheCityWait(string id, AttainmentState expected) =>
        Reported().Result(id).State.ShouldBe(expected);

    [Fact]
    public void Insert_CityFiguresOneByOne_ChangesExactlyTheRowsThatReadThem()
    {
        var session = Reported();

        // Row 1: the city's GDP growth re-judges the row, which stays Missed on its own 6% target.
        var before = session.Results.ToArray();
        Changes(session, City("地区生产总值", BaoshanTable.Figure("可比下降 0.2%"))).ShouldBeEmpty();
        session.Result("1").Explanation.Chinese.ShouldBe("可比增长 -0.5%，低于目标 6%，差 6.5 个百分点；可比增长 -0.5%，低于全市可比增长 -0.2%，差 0.3 个百分点，目标高于全市");
        OnlyReevaluated(session, before, "1");

        // Row 4: the first component's city figure settles that component; the row still waits for the second.
        before = session.Results.ToArray();
        Changes(session, City("社会消费品零售总额", BaoshanTable.Figure("下降 9.1%"))).ShouldBeEmpty();
        session.Result("4").Components.Select(c => c.State).ShouldBe([Met, AwaitingCityFeedback]);
        OnlyReevaluated(session, before, "4");

        before = session.Results.ToArray();
        Changes(session, City("商品销售总额", BaoshanTable.Figure("下降 4.5%")))
            .ShouldBe([new AttainmentChange("4", "社会消费品零售总额/商品销售总额", AwaitingCityFeedback, PartiallyMet)]);
        OnlyReevaluated(session, before, "4");

        before = session.Results.ToArray();
        Changes(session, Verdict("单位生产总值能耗降低率", BaoshanTable.Figure("达标")))
            .ShouldBe([new AttainmentChange("17", "单位生产总值能耗降低率", AwaitingCityFeedback, Met)]);
        session.Result("17").Explanation.Chinese.ShouldBe("市级反馈“达标”");
        OnlyReevaluated(session, before, "17");

        before = session.Results.ToArray();
        Changes(session, new Reference("城镇登记失业人数", ReferenceKind.Quota, BaoshanTable.Figure("12500 人"), "市人社局"))
            .ShouldBe([new AttainmentChange("20", "城镇登记失业人数", AwaitingCityFeedback, Met)]);
        OnlyReevaluated(session, before, "20");

        before = session.Results.ToArray();
        Changes(session, Verdict("公众安全感指数", BaoshanTable.Figure("高于全市平均水平")))
            .ShouldBe([new AttainmentChange("25", "公众安全感指数", AwaitingCityFeedback, Met)]);
        OnlyReevaluated(session, before, "25");
    }

    [Fact]
    public void Observe_CorrectedGdpFigure_ReevaluatesTheIncomeRowThatReadsIt()
    {
        var session = Reported();
        session.Observe("19", BaoshanTable.Figure("增长 2%"))
            .ShouldBe([new AttainmentChange("19", "居民人均可支配收入", NotReported, Met)]);

        var before = session.Results.ToArray();
        session.Observe("1", BaoshanTable.Figure("可比增长 3%"))
            .ShouldBe([new AttainmentChange("19", "居民人均可支配收入", Met, Missed)]);

        session.Result("1").State.ShouldBe(Missed);
        session.Result("19").Explanation.Chinese.ShouldBe("增长 2%，经济增长 3%，未与经济增长基本同步");
        OnlyReevaluated(session, before, "1", "19");
    }

    [Fact]
    public void Observe_GdpRowWithdrawn_IncomeRowHasNoFigureToCompareWith()
    {
        var session = Reported();
        session.Observe("19", BaoshanTable.Figure("增长 2%"));

        session.Observe("1", Observation.NotReported).ShouldBe([
            new AttainmentChange("1", "地区生产总值", Missed, NotReported),
            new AttainmentChange("19", "居民人均可支配收入", Met, Undetermined),
        ]);
    }

    private static IReadOnlyList<AttainmentChange> Changes(EvaluationSession session, Reference reference) => session.Insert(reference);

    // Rows not named keep the very attainment they had: they were not evaluated again.
    private static void OnlyReevaluated(EvaluationSession session, Attainment[] before, params string[] ids)
    {
        for (var i = 0; i < before.Length; i++)
        {
            var id = session.Rules.Rules[i].Id;
            ReferenceEquals(before[i], session.Results[i]).ShouldBe(!ids.Contains(id), $"row {id}");
        }
    }
}

/// <summary>The Baoshan 2022 indicator table (data/baoshan-2022-indicators.tsv) read through the phrase parsers.</summary>
internal static class BaoshanTable
{
    private static readonly IReadOnlyList<(string Id, string Indicator, string Target, string Actual)> Rows =
        PlanTables.Rows("baoshan-2022-indicators.tsv");

    public static IEnumerable<Rule> Rules() => Rows.Select(r => new Rule(r.Id, r.Indicator, TargetParser.Parse(r.Target, r.Indicator).OrThrow()));

    public static IEnumerable<KeyValuePair<string, Observation>> Actuals() =>
        Rows.Select(r => KeyValuePair.Create(r.Id, ObservationParser.Parse(r.Actual, r.Indicator).OrThrow()));

    /// <summary>A figure or verdict written like an actual (下降 9.1%, 12500 人, 达标), as the references file has it.</summary>
    public static Observation Figure(string text) => ObservationParser.Parse(text).OrThrow();
}
