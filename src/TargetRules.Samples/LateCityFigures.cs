using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Samples;

/// <summary>
/// The district reports in January; the city publishes its averages, quotas and assessments weeks later.
/// A session judges the plan at once, then re-evaluates only the rows each late figure reaches.
/// </summary>
public static class LateCityFigures
{
    /// <summary>Runs the sample, writing to the console.</summary>
    public static async Task RunAsync()
    {
        // Compiled once; a rule set is immutable and can be shared by every request of a reporting system.
        var rules = RuleSet.Compile(
        [
            new Rule("1", "地区生产总值", Target.ComparableGrowth(6).And(Target.AboveCityAverage(Measure.ComparableGrowth))),
            new Rule("4", "社会消费品零售总额/商品销售总额", Target.Slash(Target.InSyncWithCity(), Target.InSyncWithCity())),
            new Rule("17", "单位生产总值能耗降低率", Target.CityQuota()),
            new Rule("19", "居民人均可支配收入", Target.InSyncWith("经济增长", basically: true)),
            new Rule("20", "城镇登记失业人数", Target.WithinCityQuota()),
            new Rule("25", "公众安全感指数", Target.AboveCityAverage()),
        ]);

        // One session per plan year and period; a session is used from one thread at a time.
        var session = rules.CreateSession(2022);
        session.Observe(
        [
            new("1", Actual("可比下降 0.5%")),
            new("4", Actual("下降 3.2%/下降 6.1%")),
            new("17", Actual("待市级部门反馈")),
            new("19", Actual("增长 2%")),
            new("20", Actual("12116 人")),
            new("25", Actual("待市级部门测算，预计高于全市平均水平")),
        ]);
        Console.WriteLine("January, as the district reports:");
        foreach (var result in session.Results)
        {
            Console.WriteLine($"  {result.Indicator}: {result.State.Chinese()} — {result.Explanation.Chinese}");
        }

        // The host's feed of city figures, consulted once for the year and period however many sessions ask.
        var city = new CachedReferenceSource(new CityFeed());
        Console.WriteLine("February, the city publishes:");
        Print(await session.LoadReferencesAsync(city));

        Console.WriteLine("March, the city's verdicts arrive one by one:");
        Print(session.Insert(new Reference("单位生产总值能耗降低率", ReferenceKind.Verdict,
            Actual("达标"), "市发展改革委")));
        Print(session.Insert(new Reference("公众安全感指数", ReferenceKind.Verdict, Actual("高于全市平均水平"), "市公安局")));

        Console.WriteLine("April, the GDP figure is revised, and the income row that follows it is judged again:");
        Print(session.Observe("1", Actual("可比增长 3%")));
    }

    // Actuals and city figures are written the same way; the parser reads both.
    private static Observation Actual(string text) => ObservationParser.Parse(text).OrThrow();

    private static void Print(IReadOnlyList<AttainmentChange> changes)
    {
        if (changes.Count == 0)
        {
            Console.WriteLine("  (no row changed state)");
        }

        foreach (var change in changes)
        {
            Console.WriteLine($"  {change.RuleId} {change.Indicator}: {change.From.Chinese()} -> {change.To.Chinese()}");
        }
    }

    /// <summary>Stands for the host's database of city figures.</summary>
    private sealed class CityFeed : IReferenceSource
    {
        public ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<Reference>>(
            [
                new Reference("地区生产总值", ReferenceKind.City, Actual("可比下降 0.2%"), "上海市统计局"),
                new Reference("社会消费品零售总额", ReferenceKind.City, Actual("下降 9.1%"), "上海市统计局"),
                new Reference("商品销售总额", ReferenceKind.City, Actual("下降 4.5%"), "上海市统计局"),
                new Reference("城镇登记失业人数", ReferenceKind.Quota, Actual("12500 人"), "市人社局"),
            ]);
    }
}
