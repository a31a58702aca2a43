using CsCheck;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Text;

public sealed class TargetRendererTests
{
    private static readonly Unit[] LevelUnits =
    [
        Unit.None, Unit.Percent, Unit.YiYuan, Unit.WanYuan, Unit.YiUsDollar, Unit.WanUsDollar, Unit.Count("家"), Unit.Count("个"),
        Unit.Count("台"), Unit.Count("人"), Unit.SquareMetre.PerCapita(1000), Unit.SquareMetre.PerCapita(10000), Unit.Year,
        Unit.Mu, Unit.CountPer("人", Unit.YiYuan), Unit.Tonne, Unit.TonneOfCoalEquivalent, Unit.KilowattHour, Unit.MicrogramPerCubicMetre,
        Unit.Magnitude("万", 1_0000m), Unit.Yuan.WithMagnitude("万亿", 1_0000_0000_0000m), Unit.Tonne.WithMagnitude("万", 1_0000m),
        Unit.KilowattHour.WithMagnitude("亿", 1_0000_0000m), Unit.Kilometre.WithMagnitude("万", 1_0000m),
    ];

    private static readonly Gen<decimal> Amount = Gen.Int[0, 2_000_000].Select(i => i / 100m);
    private static readonly Gen<decimal> Signed = Gen.Int[-5_000, 5_000].Select(i => i / 100m);
    private static readonly Gen<Comparison> Comparisons = Gen.Enum<Comparison>();
    private static readonly Gen<Measure> Measures = Gen.Enum<Measure>();

    private static readonly Gen<Target> LevelThreshold =
        Gen.Select(Gen.OneOf(LevelUnits), Comparisons, Amount, Gen.Bool).Select((unit, comparison, value, flip) =>
        {
            var t = Target.Threshold(Measure.Level, comparison, new Quantity(value, unit));
            // Only 新增/达到 with 以上 or 左右 can say that a count or amount accumulates otherwise than its default.
            var canFlip = comparison is Comparison.AtLeast or Comparison.About && unit.Dimension != Dimension.Percent && !unit.IsPerCapita;
            return (Target)(flip && canFlip ? t.AccumulatesOverYear(!t.Cumulative) : t);
        });

    private static readonly Gen<Target> GrowthThreshold = Gen.OneOf(
        Gen.Select(Gen.OneOf(Measure.Growth, Measure.ComparableGrowth), Comparisons, Signed)
            .Select((m, c, v) => (Target)Target.Threshold(m, c, Quantity.Percent(v))),
        Gen.Select(Comparisons, Signed).Select((c, v) => (Target)Target.Threshold(Measure.PointChange, c, new Quantity(v, Unit.PercentagePoint))),
        Amount.Select(v => (Target)Target.Decline(v)),
        Gen.Const((Target)Target.Flat()),
        Gen.Const((Target)Target.StableGrowth()));

    private static readonly Gen<Target> RangeTarget =
        Gen.Select(Gen.OneOf(Measure.Level, Measure.Growth, Measure.ComparableGrowth, Measure.PointChange), Gen.OneOf(LevelUnits), Amount, Amount)
            .Select((m, unit, a, b) =>
            {
                var u = m switch
                {
                    Measure.Level => unit,
                    Measure.PointChange => Unit.PercentagePoint,
                    _ => Unit.Percent,
                };
                return (Target)Target.Range(m, new Quantity(Math.Min(a, b), u), new Quantity(Math.Max(a, b), u));
            });

    private static readonly Gen<Target> Relative = Gen.OneOf(
        Gen.Select(Measures, Gen.Enum<CityRelation>()).Select((m, r) => (Target)Target.RelativeToCity(m, r)),
        Gen.Select(Gen.OneOf("经济增长", "地区生产总值", "全市经济"), Gen.Bool, Measures).Select((p, b, m) => (Target)Target.InSyncWith(p, b, m)),
        Gen.OneOf<Target>(Target.CityQuota(), Target.WithinCityQuota(),
            Target.Qualitative("在全市保持较好水平"), Target.Qualitative("在全市保持领先水平"), Target.Qualitative("在全市位居前列")));

    private static readonly Gen<Target> Simple = Gen.OneOf(LevelThreshold, GrowthThreshold, RangeTarget, Relative);

    private static readonly Gen<Target> Condition = Gen.Frequency(
        (3, Simple),
        (1, Gen.Select(Gen.OneOf("市级", "区级", "国家、市级", "义务教育阶段"), Simple).Select((s, t) => (Target)Target.Scoped(s, t))));

    private static bool IsFigure(Target t) => t is ThresholdTarget { Measure: Measure.Level } or RangeTarget { Measure: Measure.Level }
        || (t is ScopedTarget s && IsFigure(s.Inner));

    // Several figures in one component must each name their part, as they must in a plan.
    private static readonly Gen<Target> Conditions = Condition.Array[2, 3]
        .Where(cs => cs.Count(IsFigure) < 2 || cs.Where(IsFigure).All(c => c is ScopedTarget))
        .Select(cs => (Target)Target.AllOf(cs));

    private static readonly Gen<Target> Component = Gen.Frequency((4, Condition), (2, Conditions));

    private static readonly Gen<Target> Targets = Gen.Frequency(
        (5, Component),
        (2, Gen.Frequency((6, Component), (1, Gen.Const((Target)Target.None()))).Array[2, 3].Select(cs => (Target)Target.Slash(cs))),
        (1, Gen.Const((Target)Target.None())));

    [Fact]
    public void Render_RandomTargets_ParsesBackToTheSameTarget() =>
        Targets.Sample(target =>
        {
            var text = TargetRenderer.Render(target);
            var back = TargetParser.Parse(text);
            back.Error.ShouldBeNull($"'{text}' from {target}");
            back.Value.ShouldBe(target, $"'{text}'");
        }, iter: 20_000);

    [Fact]
    public void Render_SeedThatOnceFailed_ParsesBack() =>
        Targets.Sample(target =>
        {
            var text = TargetRenderer.Render(target);
            var back = TargetParser.Parse(text);
            back.Error.ShouldBeNull($"'{text}' from {target}");
            back.Value.ShouldBe(target, $"'{text}'");
        }, seed: "9jBSoSppjHi2");

    [Fact]
    public void Render_SecondSeedThatOnceFailed_ParsesBack() =>
        Targets.Sample(target =>
        {
            var text = TargetRenderer.Render(target);
            var back = TargetParser.Parse(text);
            back.Error.ShouldBeNull($"'{text}' from {target}");
            back.Value.ShouldBe(target, $"'{text}'");
        }, seed: "7ZlFV_znsnN1");

    [Theory]
    [InlineData("baoshan-2022-indicators.tsv")]
    [InlineData("baoshan-2023-indicators.tsv")]
    public void Render_TableTargets_ParsesBackToTheSameTarget(string file)
    {
        foreach (var row in PlanTables.Rows(file))
        {
            var target = TargetParser.Parse(row.Target, row.Indicator).OrThrow();

            var text = TargetRenderer.Render(target);

            TargetParser.Parse(text).Value.ShouldBe(target, $"row {row.Id}: '{text}'");
        }
    }

    public static TheoryData<string, string, string> CanonicalTexts => new()
    {
        { "可比增长 6%（增长高于全市平均水平）", "地区生产总值", "可比增长 6%，可比增长高于全市平均水平" },
        { "增长与全市保持同步/180 亿元/120 亿元", "全社会固定资产投资总额/产业类投资额/工业投资", "增长与全市保持同步/180 亿元/120 亿元" },
        { "新增 5 家/新增国家、市级 10 家，区级 100 家", "", "新增 5 家/国家、市级新增 10 家，区级新增 100 家" },
        { "30%以上", "战略性新兴产业制造业产值占规模以上工业产值的比重", "达到 30%" },
        { "达到 27 家", "", "达到 27 家" },
        { "达到 6 亿美元", "", "达到 6 亿美元" },
        { "达到常住人口每千人 40 平方米以上", "", "每千人 40 平方米" },
        { "新增 400 台，完工 200 台", "", "新增 400 台，完工 200 台" },
        { "增长与经济增长基本同步", "", "增长与经济增长基本同步" },
        { "控制在0.02人/亿元以内", "", "不超过 0.02 人/亿元" },
        { "下降 5%", "", "下降 5%" },
        { "稳定增长", "", "稳定增长" },
        { "12-15", "", "12-15" },
        { "高于全市平均水平", "", "高于全市平均水平" },
        { "控制在市下达指标以内", "", "控制在市下达目标内" },
        { "/", "", "/" },
    };

    [Theory]
    [MemberData(nameof(CanonicalTexts))]
    public void Render_ParsedPhrase_GivesCanonicalText(string text, string indicator, string expected) =>
        TargetRenderer.Render(TargetParser.Parse(text, indicator).OrThrow()).ShouldBe(expected);

    public static TheoryData<string, string, string> CanonicalTextsThatParseBack => new()
    {
        // Part names before bare figures: a space before the figure, no verb carried to the next part.
        { "市级 80 个，区级 100 个", "", "市级 80 个，区级 100 个" },
        { "市级 10-12 家，区级 20 家", "", "市级 10-12 家，区级 20 家" },
        // A verb naming the part, with 左右, and 完成/达到 as such verbs.
        { "新增 400 台左右，完工 200 台", "", "新增 400 台左右，完工 200 台" },
        { "新增 400 台，完成 200 台", "", "新增 400 台，完成 200 台" },
        { "新增 5 家，达到 30 家", "", "新增 5 家，达到 30 家" },
        // After 超过/不超过/低于 (and a percent range) a bare figure would inherit the verb: 达到 is written.
        { "市级超过 10 家，区级 20 家", "", "市级超过 10 家，区级达到 20 家" },
        { "市级不超过 10 家，区级 20 家", "", "市级不超过 10 家，区级达到 20 家" },
        { "市级低于 10 家，区级 20 家", "", "市级低于 10 家，区级达到 20 家" },
        { "市级达到 12-15%，区级 20 家", "", "市级达到 12-15%，区级达到 20 家" },
        { "12-15%", "城镇污水处理率", "达到 12-15%" },
        // A count range keeps the 新增 before it for the figure after it.
        { "新增 400 台，市级 10-12 台，区级达到 20 台", "", "新增 400 台，市级 10-12 台，区级达到 20 台" },
        // Growth after comparable growth is 同比增长.
        { "可比增长 6%，同比增长高于全市平均水平", "", "可比增长 6%，同比增长高于全市平均水平" },
        // Percentage points rise; zero growth is growth, not a decline.
        { "提升 2 个百分点", "", "提升 2 个百分点" },
        { "增长 0%", "", "增长 0%" },
        { "增长 0%以内", "", "增长 0%以内" },
    };

    [Theory]
    [MemberData(nameof(CanonicalTextsThatParseBack))]
    public void Render_ParsedPhrase_GivesCanonicalTextThatParsesBack(string text, string indicator, string expected)
    {
        var target = TargetParser.Parse(text, indicator).OrThrow();

        var rendered = TargetRenderer.Render(target);

        rendered.ShouldBe(expected);
        TargetParser.Parse(rendered).OrThrow().ShouldBe(target);
    }

    public static TheoryData<Target, string> BuiltTargets => new()
    {
        // A part holding several conditions, and a condition with no target, as the API builds them.
        { Target.Scoped("市级", Target.AllOf(Target.Growth(6), Target.InSyncWithCity())), "市级增长 6%，增长与全市保持同步" },
        { Target.AllOf(Target.Growth(6), Target.None()), "增长 6%，-" },
        { Target.Scoped("市级", Target.None()), "市级 -" },
    };

    [Theory]
    [MemberData(nameof(BuiltTargets))]
    public void Render_BuiltTarget_GivesText(Target target, string expected) =>
        TargetRenderer.Render(target).ShouldBe(expected);

    [Fact]
    public void Render_Null_Throws() =>
        Should.Throw<ArgumentNullException>(() => TargetRenderer.Render(null!)).ParamName.ShouldBe("target");
}
