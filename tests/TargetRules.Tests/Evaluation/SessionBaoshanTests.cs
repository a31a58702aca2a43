using TargetRules.Evaluation;
using TargetRules.Quantities;
using TargetRules.Targets;
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
    public void Observe_BaoshanTableWithoutReferences_MatchesTheEvaluatorRowByRow()
    {
        var session = Reported();
        var actuals = BaoshanTable.Actuals().ToDictionary(p => p.Key, p => p.Value);
        var byName = Rules.Rules.ToDictionary(r => r.Indicator, r => actuals[r.Id]);

        foreach (var rule in Rules.Rules)
        {
            var expected = Evaluator.Default.Evaluate(rule.Indicator, rule.Target, actuals[rule.Id],
                peers: name => byName.GetValueOrDefault(name == "经济增长" ? "地区生产总值" : name));
            var actual = session.Result(rule.Id);
            (rule.Id, actual.State, actual.Explanation).ShouldBe((rule.Id, expected.State, expected.Explanation));
        }

        session.Results.Count.ShouldBe(25);
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
        Changes(session, City("地区生产总值", new Observation { Text = "可比下降 0.2%", ComparableGrowth = -0.2m })).ShouldBeEmpty();
        session.Result("1").Explanation.Chinese.ShouldBe("可比增长 -0.5%，低于目标 6%，差 6.5 个百分点；可比增长 -0.5%，低于全市可比增长 -0.2%，差 0.3 个百分点，目标高于全市");
        OnlyReevaluated(session, before, "1");

        // Row 4: the first component's city figure settles that component; the row still waits for the second.
        before = session.Results.ToArray();
        Changes(session, City("社会消费品零售总额", Observation.OfGrowth(-9.1m))).ShouldBeEmpty();
        session.Result("4").Components.Select(c => c.State).ShouldBe([Met, AwaitingCityFeedback]);
        OnlyReevaluated(session, before, "4");

        before = session.Results.ToArray();
        Changes(session, City("商品销售总额", Observation.OfGrowth(-4.5m)))
            .ShouldBe([new AttainmentChange("4", "社会消费品零售总额/商品销售总额", AwaitingCityFeedback, PartiallyMet)]);
        OnlyReevaluated(session, before, "4");

        before = session.Results.ToArray();
        Changes(session, Verdict("单位生产总值能耗降低率", BaoshanTable.MeetsQuota("达标")))
            .ShouldBe([new AttainmentChange("17", "单位生产总值能耗降低率", AwaitingCityFeedback, Met)]);
        session.Result("17").Explanation.Chinese.ShouldBe("市级反馈“达标”：完成情况称“达标”");
        OnlyReevaluated(session, before, "17");

        before = session.Results.ToArray();
        Changes(session, new Reference("城镇登记失业人数", ReferenceKind.Quota, Observation.OfLevel(12500, Unit.Count("人")), "市人社局"))
            .ShouldBe([new AttainmentChange("20", "城镇登记失业人数", AwaitingCityFeedback, Met)]);
        OnlyReevaluated(session, before, "20");

        before = session.Results.ToArray();
        Changes(session, Verdict("公众安全感指数", Observation.Asserting(Assertion.AboveCity)))
            .ShouldBe([new AttainmentChange("25", "公众安全感指数", AwaitingCityFeedback, Met)]);
        OnlyReevaluated(session, before, "25");
    }

    [Fact]
    public void Observe_CorrectedGdpFigure_ReevaluatesTheIncomeRowThatReadsIt()
    {
        var session = Reported();
        session.Observe("19", new Observation { Text = "增长 2%", Growth = 2m })
            .ShouldBe([new AttainmentChange("19", "居民人均可支配收入", NotReported, Met)]);

        var before = session.Results.ToArray();
        session.Observe("1", new Observation { Text = "可比增长 3%", ComparableGrowth = 3m })
            .ShouldBe([new AttainmentChange("19", "居民人均可支配收入", Met, Missed)]);

        session.Result("1").State.ShouldBe(Missed);
        session.Result("19").Explanation.Chinese.ShouldBe("增长 2%，经济增长增长 3%，未与经济增长基本同步");
        OnlyReevaluated(session, before, "1", "19");
    }

    [Fact]
    public void Observe_GdpRowWithdrawn_IncomeRowHasNoFigureToCompareWith()
    {
        var session = Reported();
        session.Observe("19", new Observation { Text = "增长 2%", Growth = 2m });

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

/// <summary>
/// The Baoshan 2022 indicator table (data/baoshan-2022-indicators.tsv) written with the fluent API, and
/// its actuals written as the observations they state.
/// </summary>
internal static class BaoshanTable
{
    private static readonly Unit Jia = Unit.Count("家");
    private static readonly Unit Ge = Unit.Count("个");
    private static readonly Unit Tai = Unit.Count("台");

    public static IEnumerable<Rule> Rules() =>
    [
        new("1", "地区生产总值", Target.ComparableGrowth(6).And(Target.AboveCityAverage(Measure.ComparableGrowth))),
        new("2", "区级一般公共预算收入", Target.Growth(6).And(Target.InSyncWithCity())),
        new("3", "全社会固定资产投资总额/产业类投资额/工业投资", Target.Slash(Target.InSyncWithCity(), Target.AtLeast(180, Unit.YiYuan), Target.AtLeast(120, Unit.YiYuan))),
        new("4", "社会消费品零售总额/商品销售总额", Target.Slash(Target.InSyncWithCity(), Target.InSyncWithCity())),
        new("5", "产值十亿元以上的制造业企业数", Target.AtLeast(27, Jia)),
        new("6", "重点产业园区亩均税收/新增产业用地投资强度", Target.Slash(Target.Growth(10), Target.Growth(10))),
        new("7", "实际到位外资额", Target.AtLeast(6, Unit.YiUsDollar)),
        new("8", "高新技术企业数/上市企业数", Target.Slash(Target.Growth(30), Target.AtLeast(5, Jia).AccumulatesOverYear())),
        new("9", "省部级工程研究中心(技术创新中心)/企业技术中心", Target.Slash(Target.AtLeast(5, Jia).AccumulatesOverYear(),
            Target.AllOf(Target.AtLeast(10, Jia).AccumulatesOverYear().For("国家、市级"), Target.AtLeast(100, Jia).AccumulatesOverYear().For("区级")))),
        new("10", "战略性新兴产业制造业产值占规模以上工业产值的比重", Target.AtLeast(30, Unit.Percent)),
        new("11", "全社会研发经费支出相当于全区生产总值的比例", Target.AtLeast(3.5m, Unit.Percent)),
        new("12", "列入市（区）高新技术成果转化项目", Target.AllOf(Target.AtLeast(80, Ge).For("市级"), Target.AtLeast(100, Ge).For("区级"))),
        new("13", "每万人高价值发明专利拥有量", Target.Growth(15)),
        new("14", "停车难项目/公共泊位", Target.Slash(Target.AtLeast(5, Ge).AccumulatesOverYear(), Target.AtLeast(1000, Ge).AccumulatesOverYear())),
        new("15", "政务服务“一网通办”评估/网格化先行发现率", Target.Slash(Target.Qualitative("在全市保持较好水平"), Target.Qualitative("在全市保持较好水平"))),
        new("16", "环境空气质量（AQI）优良率", Target.AtLeast(90, Unit.Percent)),
        new("17", "单位生产总值能耗降低率", Target.CityQuota()),
        new("18", "城镇污水处理率", Target.AtLeast(97, Unit.Percent)),
        new("19", "居民人均可支配收入", Target.InSyncWith("经济增长", basically: true)),
        new("20", "城镇登记失业人数", Target.WithinCityQuota()),
        new("21", "居民平均预期寿命", Target.AboveCityAverage()),
        new("22", "社区养老服务设施面积", Target.AtLeast(40, Unit.SquareMetre.PerCapita(1000))),
        new("23", "教育学区化集团化覆盖率", Target.AtLeast(80, Unit.Percent).For("义务教育阶段")),
        new("24", "既有多层住宅加装电梯", Target.AllOf(Target.AtLeast(400, Tai).AccumulatesOverYear().For("新增"), Target.AtLeast(200, Tai).AccumulatesOverYear().For("完工"))),
        new("25", "公众安全感指数", Target.AboveCityAverage()),
    ];

    public static IEnumerable<KeyValuePair<string, Observation>> Actuals() =>
    [
        new("1", new Observation { Text = "可比下降 0.5%", ComparableGrowth = -0.5m }),
        new("2", new Observation { Text = "增长 0.5%", Growth = 0.5m }),
        new("3", Observation.OfComponents(Level("563.49 亿元", 563.49m, Unit.YiYuan), Level("192.1 亿元", 192.1m, Unit.YiYuan), Level("143.16 亿元", 143.16m, Unit.YiYuan))),
        new("4", Observation.OfComponents(new Observation { Text = "下降 3.2%", Growth = -3.2m }, new Observation { Text = "下降 6.1%", Growth = -6.1m })),
        new("5", Level("28 家", 28, Jia)),
        new("6", Observation.OfComponents(new Observation { Text = "增长 10%", Growth = 10 }, new Observation { Text = "增长 10%", Growth = 10 })),
        new("7", Level("60109 万美元", 60109, Unit.WanUsDollar)),
        new("8", Observation.OfComponents(Level("1475 家", 1475, Jia), Level("新增 1 家", 1, Jia))),
        new("9", Observation.OfComponents(Observation.NoLongerAssessed("国家已不再评定"),
            Observation.OfParts(new ObservationPart("新增国家、市级", Level("12 家", 12, Jia)), new ObservationPart("区级", Level("100 家", 100, Jia))) with
            {
                Text = "新增国家、市级 12 家，区级 100 家",
            })),
        new("10", Level("27.5%", 27.5m, Unit.Percent)),
        new("11", Level("完成 3.16%", 3.16m, Unit.Percent)),
        new("12", Observation.OfParts(new ObservationPart("市级", Level("80 个", 80, Ge)), new ObservationPart("区级", Level("104 个", 104, Ge))) with
        {
            Text = "市级 80 个、区级 104 个",
        }),
        new("13", new Observation { Text = "增长 15%", Growth = 15 }),
        new("14", Observation.OfComponents(Level("完成 5 个", 5, Ge), Level("新增 1002 个", 1002, Ge))),
        new("15", Observation.OfComponents(Observation.Asserting("在全市保持较好水平"), Observation.Asserting("在全市保持较好水平"))),
        new("16", Level("87.4%", 87.4m, Unit.Percent)),
        new("17", Observation.AwaitingCity("待市级部门反馈")),
        new("18", Level("97%", 97, Unit.Percent)),
        new("19", Observation.NotReported),
        new("20", Level("12116 人", 12116, Unit.Count("人"))),
        new("21", Level("85 岁，高于全市平均水平", 85, Unit.Year) with { Assertions = [Assertion.AboveCity] }),
        new("22", Level("达到常住人口每千人 40.77 平方米", 40.77m, Unit.SquareMetre.PerCapita(1000))),
        new("23", Observation.OfParts(new ObservationPart("义务教育阶段", Level("80%", 80, Unit.Percent))) with { Text = "义务教育阶段达到 80%" }),
        new("24", Observation.OfParts(new ObservationPart("新增", Level("639 台", 639, Tai)), new ObservationPart("完工", Level("207 台", 207, Tai))) with
        {
            Text = "新增 639 台、完工 207 台",
        }),
        new("25", Observation.AwaitingCity("待市级部门测算，预计高于全市平均水平") with { Expected = Assertion.AboveCity }),
    ];

    /// <summary>A verdict such as 达标, which asserts the city's quota is met.</summary>
    public static Observation MeetsQuota(string text) => new() { Text = text, Assertions = [Assertion.MeetsCityQuota] };

    private static Observation Level(string text, decimal value, Unit unit) => new() { Text = text, Level = new Quantity(value, unit) };
}
