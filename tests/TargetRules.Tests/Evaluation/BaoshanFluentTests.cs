using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Evaluation;

/// <summary>
/// Every row of data/baoshan-2022-indicators.tsv written with the fluent API and judged by <see cref="Evaluator"/>:
/// the phrases' meaning (DESIGN.md) without the parsers.
/// </summary>
public sealed class BaoshanFluentTests
{
    private static readonly Unit Jia = Unit.Count("家");
    private static readonly Unit Ge = Unit.Count("个");
    private static readonly Unit Tai = Unit.Count("台");

    private static Observation Level(string text, decimal value, Unit unit) => Observation.OfLevel(value, unit) with { Text = text };

    private static Observation Growth(string text, decimal percent) => Observation.OfGrowth(percent) with { Text = text };

    private static Observation Parts(string text, params ObservationPart[] parts) => Observation.OfParts(parts) with { Text = text };

    private static ObservationPart Part(string label, decimal value, Unit unit) => new(label, Observation.OfLevel(value, unit));

    /// <summary>The rows by id: the target as written, the actual as reported.</summary>
    private static readonly Dictionary<int, (Target Target, Observation Actual)> Rows = new()
    {
        // 可比增长 6%（增长高于全市平均水平） | 可比下降 0.5%
        [1] = (Target.ComparableGrowth(6m).And(Target.AboveCityAverage(Measure.ComparableGrowth)),
            Observation.OfComparableGrowth(-0.5m) with { Text = "可比下降 0.5%" }),
        // 增长 6%（增长与全市保持同步） | 增长 0.5%
        [2] = (Target.Growth(6m).And(Target.InSyncWithCity()), Growth("增长 0.5%", 0.5m)),
        // 增长与全市保持同步/180 亿元/120 亿元 | 563.49 亿元/192.1 亿元/ 143.16 亿元
        [3] = (Target.Slash(Target.InSyncWithCity(), Target.AtLeast(180m, Unit.YiYuan), Target.AtLeast(120m, Unit.YiYuan)),
            Observation.OfComponents(Level("563.49 亿元", 563.49m, Unit.YiYuan), Level("192.1 亿元", 192.1m, Unit.YiYuan), Level("143.16 亿元", 143.16m, Unit.YiYuan))),
        // 增长与全市保持同步/增长与全市保持同步 | 下降 3.2%/下降 6.1%
        [4] = (Target.Slash(Target.InSyncWithCity(), Target.InSyncWithCity()),
            Observation.OfComponents(Growth("下降 3.2%", -3.2m), Growth("下降 6.1%", -6.1m))),
        // 达到 27 家 | 28 家
        [5] = (Target.AtLeast(27m, Jia), Level("28 家", 28m, Jia)),
        // 增长 10%/增长 10% | 增长 10%/增长 10%
        [6] = (Target.Slash(Target.Growth(10m), Target.Growth(10m)), Observation.OfComponents(Growth("增长 10%", 10m), Growth("增长 10%", 10m))),
        // 6 亿美元 | 60109 万美元
        [7] = (Target.AtLeast(6m, Unit.YiUsDollar), Level("60109 万美元", 60109m, Unit.WanUsDollar)),
        // 增长 30%/新增 5 家 | 1475 家/新增 1 家
        [8] = (Target.Slash(Target.Growth(30m), Target.AtLeast(5m, Jia).AccumulatesOverYear()),
            Observation.OfComponents(Level("1475 家", 1475m, Jia), Level("新增 1 家", 1m, Jia))),
        // 新增 5 家/新增国家、市级 10 家，区级 100 家 | 国家已不再评定/新增国家、市级 12 家，区级 100 家
        [9] = (Target.Slash(
                Target.AtLeast(5m, Jia).AccumulatesOverYear(),
                Target.AtLeast(10m, Jia).AccumulatesOverYear().For("国家、市级").And(Target.AtLeast(100m, Jia).AccumulatesOverYear().For("区级"))),
            Observation.OfComponents(
                Observation.NoLongerAssessed("国家已不再评定"),
                Parts("新增国家、市级 12 家，区级 100 家", Part("新增国家、市级", 12m, Jia), Part("区级", 100m, Jia)))),
        // 30%以上 | 27.5%
        [10] = (Target.AtLeast(30m, Unit.Percent), Level("27.5%", 27.5m, Unit.Percent)),
        // 3.5% | 完成 3.16%
        [11] = (Target.AtLeast(3.5m, Unit.Percent), Level("完成 3.16%", 3.16m, Unit.Percent)),
        // 市级 80 个、区级 100 个 | 市级 80 个、区级 104 个
        [12] = (Target.AtLeast(80m, Ge).For("市级").And(Target.AtLeast(100m, Ge).For("区级")),
            Parts("市级 80 个、区级 104 个", Part("市级", 80m, Ge), Part("区级", 104m, Ge))),
        // 增长 15% | 增长 15%
        [13] = (Target.Growth(15m), Growth("增长 15%", 15m)),
        // 完成 5 个/新增 1000 个 | 完成 5 个/新增 1002 个
        [14] = (Target.Slash(Target.AtLeast(5m, Ge).AccumulatesOverYear(), Target.AtLeast(1000m, Ge).AccumulatesOverYear()),
            Observation.OfComponents(Level("完成 5 个", 5m, Ge), Level("新增 1002 个", 1002m, Ge))),
        // 在全市保持较好水平/在全市保持较好水平 | the same
        [15] = (Target.Slash(Target.Qualitative("在全市保持较好水平"), Target.Qualitative("在全市保持较好水平")),
            Observation.OfComponents(Observation.Asserting("在全市保持较好水平"), Observation.Asserting("在全市保持较好水平"))),
        // 达到 90% | 87.4%
        [16] = (Target.AtLeast(90m, Unit.Percent), Level("87.4%", 87.4m, Unit.Percent)),
        // 完成市下达目标 | 待市级部门反馈
        [17] = (Target.CityQuota(), Observation.AwaitingCity("待市级部门反馈")),
        // 97% | 97%
        [18] = (Target.AtLeast(97m, Unit.Percent), Level("97%", 97m, Unit.Percent)),
        // 增长与经济增长基本同步 | (blank)
        [19] = (Target.InSyncWith("经济增长", basically: true), Observation.NotReported),
        // 控制在市下达目标内 | 12116 人
        [20] = (Target.WithinCityQuota(), Level("12116 人", 12116m, Unit.Count("人"))),
        // 高于全市平均水平 | 85 岁，高于全市平均水平
        [21] = (Target.AboveCityAverage(),
            Observation.OfLevel(85m, Unit.Year) with { Text = "85 岁，高于全市平均水平", Assertions = [Assertion.AboveCity] }),
        // 达到常住人口每千人 40 平方米以上 | 达到常住人口每千人 40.77 平方米
        [22] = (Target.AtLeast(40m, Unit.SquareMetre.PerCapita(1000)),
            Level("达到常住人口每千人 40.77 平方米", 40.77m, Unit.SquareMetre.PerCapita(1000))),
        // 义务教育阶段达到 80% | 义务教育阶段达到 80%
        [23] = (Target.AtLeast(80m, Unit.Percent).For("义务教育阶段"),
            Parts("义务教育阶段达到 80%", Part("义务教育阶段", 80m, Unit.Percent))),
        // 新增 400 台，完工 200 台 | 新增 639 台、完工 207 台
        [24] = (Target.AtLeast(400m, Tai).AccumulatesOverYear().For("新增").And(Target.AtLeast(200m, Tai).AccumulatesOverYear().For("完工")),
            Parts("新增 639 台、完工 207 台", Part("新增", 639m, Tai), Part("完工", 207m, Tai))),
        // 高于全市平均水平 | 待市级部门测算，预计高于全市平均水平
        [25] = (Target.AboveCityAverage(),
            Observation.AwaitingCity("待市级部门测算，预计高于全市平均水平") with { Expected = Assertion.AboveCity, Provisional = true }),
    };

    private static readonly Lazy<Dictionary<int, string>> Indicators = new(() => File
        .ReadLines(Repository.File("data", "baoshan-2022-indicators.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Skip(1)
        .Select(line => line.Split('\t'))
        .ToDictionary(cells => int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture), cells => cells[2]));

    private static Attainment Judge(int row, IReferenceLookup? references = null)
    {
        var (target, actual) = Rows[row];
        return Evaluator.Default.Evaluate(Indicators.Value[row], target, actual, references);
    }

    private static Reference City(string indicator, Observation value) => new(indicator, ReferenceKind.City, value, "上海市统计局");

    [Fact]
    public void Rows_CoverEveryRowOfTheTable() =>
        Rows.Keys.Order().ShouldBe(Indicators.Value.Keys.Order());

    [Fact]
    public void Rows_SlashComponents_MatchTheIndicatorsSlashParts()
    {
        foreach (var (id, (target, _)) in Rows)
        {
            var parts = Indicators.Value[id].Split('/').Length;
            (target is ComponentsTarget slash ? slash.Components.Length : 1).ShouldBe(parts, $"row {id}");
        }
    }

    public static TheoryData<int, AttainmentState> StatesWithoutReferences => new()
    {
        { 1, Missed }, { 2, Missed }, { 3, Undetermined }, { 4, AwaitingCityFeedback }, { 5, Met },
        { 6, Met }, { 7, Met }, { 8, Missed }, { 9, Met }, { 10, Missed },
        { 11, Missed }, { 12, Met }, { 13, Met }, { 14, Met }, { 15, Met },
        { 16, Missed }, { 17, AwaitingCityFeedback }, { 18, Met }, { 19, NotReported }, { 20, AwaitingCityFeedback },
        { 21, Met }, { 22, Met }, { 23, Met }, { 24, Met }, { 25, AwaitingCityFeedback },
    };

    [Theory]
    [MemberData(nameof(StatesWithoutReferences))]
    public void Evaluate_RowWithoutReferences_GivesDesignState(int row, AttainmentState expected) =>
        Judge(row).State.ShouldBe(expected);

    public static TheoryData<int, string, string> ExplanationsWithoutReferences => new()
    {
        { 1, "可比增长 -0.5%，低于目标 6%，差 6.5 个百分点；可比增长 -0.5%，全市数据尚未提供",
             "comparable growth -0.5%, below the target of 6%, short by 6.5 percentage points; comparable growth -0.5%; the city's figure is not yet available" },
        { 2, "增长 0.5%，低于目标 6%，差 5.5 个百分点；增长 0.5%，全市数据尚未提供",
             "growth 0.5%, below the target of 6%, short by 5.5 percentage points; growth 0.5%; the city's figure is not yet available" },
        { 5, "28 家，达到目标 27 家", "28 家, meets the target of 27 家" },
        { 7, "60109 万美元（合 6.0109 亿美元），达到目标 6 亿美元", "60109 万美元 (= 6.0109 亿美元), meets the target of 6 亿美元" },
        { 10, "27.5%，低于目标 30%，差 2.5 个百分点", "27.5%, below the target of 30%, short by 2.5 percentage points" },
        { 11, "3.16%，低于目标 3.5%，差 0.34 个百分点", "3.16%, below the target of 3.5%, short by 0.34 percentage points" },
        { 12, "市级：80 个，达到目标 80 个；区级：104 个，达到目标 100 个", "市级: 80 个, meets the target of 80 个; 区级: 104 个, meets the target of 100 个" },
        { 16, "87.4%，低于目标 90%，差 2.6 个百分点", "87.4%, below the target of 90%, short by 2.6 percentage points" },
        { 17, "待市级部门反馈", "waiting for the city: 待市级部门反馈" },
        { 19, "未报送完成情况", "no actual reported" },
        { 20, "12116 人，市下达目标尚未提供", "12116 人; the city's quota or assessment is not yet available" },
        { 21, "完成情况称“高于全市平均水平”", "the actual states \"高于全市平均水平\"" },
        { 22, "每千人 40.77 平方米，达到目标 每千人 40 平方米", "每千人 40.77 平方米, meets the target of 每千人 40 平方米" },
        { 25, "待市级部门测算，预计高于全市平均水平", "waiting for the city: 待市级部门测算，预计高于全市平均水平 (expected: 高于全市平均水平)" },
    };

    [Theory]
    [MemberData(nameof(ExplanationsWithoutReferences))]
    public void Evaluate_RowWithoutReferences_ExplainsInBothLanguages(int row, string chinese, string english)
    {
        var attainment = Judge(row);

        attainment.Explanation.Chinese.ShouldBe(chinese);
        attainment.Explanation.English.ShouldBe(english);
    }

    [Fact]
    public void Evaluate_Row3_ExplainsEachComponent()
    {
        var attainment = Judge(3);

        attainment.Components.Select(c => c.Indicator).ShouldBe(["全社会固定资产投资总额", "产业类投资额", "工业投资"]);
        attainment.Components.Select(c => c.State).ShouldBe([Undetermined, Met, Met]);
        attainment.Components[0].Explanation.Chinese.ShouldBe("完成情况只给出总量 563.49 亿元，缺少上年基数，无法计算增长");
        attainment.Components[2].Explanation.English.ShouldBe("143.16 亿元, meets the target of 120 亿元");
    }

    [Fact]
    public void Evaluate_Row9_IgnoresTheComponentNoLongerAssessed()
    {
        var attainment = Judge(9);

        attainment.Components.Select(c => c.State).ShouldBe([NotAssessed, Met]);
        attainment.Components[0].Explanation.Chinese.ShouldBe("不再考核：国家已不再评定");
        attainment.Components[1].Explanation.Chinese.ShouldBe("国家、市级：12 家，达到目标 10 家；区级：100 家，达到目标 100 家");
    }

    [Fact]
    public void Evaluate_Row25_KeepsTheExpectationAndFlagsProvisional()
    {
        var attainment = Judge(25);

        attainment.Expected.ShouldBe(Assertion.AboveCity);
        attainment.Provisional.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_Row1WithCityFigure_StaysMissedBecauseSixPercentFails()
    {
        var references = ReferenceSet.Empty.With(City("地区生产总值", Observation.OfComparableGrowth(-0.2m) with { Text = "可比下降 0.2%" }));

        var attainment = Judge(1, references);

        attainment.State.ShouldBe(Missed);
        attainment.Explanation.Chinese.ShouldBe("可比增长 -0.5%，低于目标 6%，差 6.5 个百分点；可比增长 -0.5%，低于全市可比增长 -0.2%，差 0.3 个百分点，目标高于全市");
    }

    [Fact]
    public void Evaluate_Row4WithCityFigures_IsPartiallyMet()
    {
        var references = ReferenceSet.Empty
            .With(City("社会消费品零售总额", Observation.OfGrowth(-9.1m) with { Text = "下降 9.1%" }))
            .With(City("商品销售总额", Observation.OfGrowth(-4m) with { Text = "下降 4%" }));

        var attainment = Judge(4, references);

        attainment.State.ShouldBe(PartiallyMet);
        attainment.Components.Select(c => c.State).ShouldBe([Met, Missed]);
        attainment.Components[0].Explanation.Chinese.ShouldBe("增长 -3.2%，高于全市增长 -9.1%，目标与全市保持同步");
        attainment.Components[1].Explanation.Chinese.ShouldBe("增长 -6.1%，低于全市增长 -4%，差 2.1 个百分点，目标与全市保持同步");
        attainment.Components[1].Explanation.English.ShouldBe("growth -6.1%, below the city's growth -4%, short by 2.1 percentage points (target: in step with the city)");
    }

    [Theory]
    [InlineData(15000, Met, "12116 人，未超过市下达目标 15000 人")]
    [InlineData(12000, Missed, "12116 人，超过市下达目标 12000 人，超出 116 人")]
    public void Evaluate_Row20WithQuota_ComparesWithTheQuota(int quota, AttainmentState expected, string chinese)
    {
        var references = ReferenceSet.Empty.With(new Reference("城镇登记失业人数", ReferenceKind.Quota, Observation.OfLevel(quota, Unit.Count("人"))));

        var attainment = Judge(20, references);

        attainment.State.ShouldBe(expected);
        attainment.Explanation.Chinese.ShouldBe(chinese);
    }

    [Fact]
    public void Evaluate_Row8WithBaseline_ComputesGrowthAndIsPartiallyMet()
    {
        var references = ReferenceSet.Empty.With(new Reference("高新技术企业数", ReferenceKind.Baseline, Observation.OfLevel(1100m, Jia)));

        var attainment = Judge(8, references);

        attainment.State.ShouldBe(PartiallyMet);
        attainment.Components.Select(c => c.State).ShouldBe([Met, Missed]);
        attainment.Components[0].Explanation.Chinese.ShouldBe("按上年基数 1100 家 计算，增长 34.09%，达到目标 30%");
        attainment.Components[0].Explanation.English.ShouldBe("growth computed from the baseline, growth 34.09%, meets the target of 30%");
        attainment.Components[1].Explanation.Chinese.ShouldBe("1 家，低于目标 5 家，差 4 家");
    }

    [Fact]
    public void Evaluate_Row17WithCityVerdict_IsMet()
    {
        var verdict = new Observation { Text = "达标", Assertions = [Assertion.MeetsCityQuota] };
        var references = ReferenceSet.Empty.With(new Reference("单位生产总值能耗降低率", ReferenceKind.Verdict, verdict));

        var attainment = Judge(17, references);

        attainment.State.ShouldBe(Met);
        attainment.Explanation.Chinese.ShouldBe("市级反馈“达标”");
        attainment.Explanation.English.ShouldBe("the city reported \"达标\" (city quota met)");
    }
}
