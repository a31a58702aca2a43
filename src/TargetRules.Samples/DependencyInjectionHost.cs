using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TargetRules.DependencyInjection;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Quantities;

namespace TargetRules.Samples;

/// <summary>
/// A reporting system's host: TargetRules registered with AddTargetRules, its policy read from configuration
/// (appsettings.json in a real host), and the host's own source of city figures.
/// </summary>
public static class DependencyInjectionHost
{
    /// <summary>Runs the sample, writing to the console.</summary>
    public static async Task RunAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TargetRules:SyncTolerance"] = "0.5",
            ["TargetRules:AssertedStatementsCount"] = "true",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IReferenceSource, CityStatisticsFeed>();
        builder.Services.AddTargetRules(builder.Configuration.GetSection(TargetRulesOptions.SectionName));

        // Starting the host checks the options: a misspelt key or a negative tolerance stops it here.
        using var host = builder.Build();
        await host.StartAsync();

        var plans = host.Services.GetRequiredService<PlanEvaluator>();
        var source = host.Services.GetRequiredService<IReferenceSource>();
        var references = ReferenceSet.Empty.WithAll(await source.LoadAsync(2022, ReportingPeriod.Annual));

        PlanRow[] rows =
        [
            new(1, "1", "主要经济指标", "地区生产总值", "可比增长 6%（增长高于全市平均水平）", "可比下降 0.5%"),
            new(2, "4", "主要经济指标", "社会消费品零售总额/商品销售总额", "增长与全市保持同步/增长与全市保持同步", "下降 3.2%/下降 6.1%"),
            new(3, "20", "民生保障指标", "城镇登记失业人数", "控制在市下达目标内", "12116 人"),
        ];
        foreach (var result in plans.Evaluate(rows, references))
        {
            Console.WriteLine($"{result.Row.Id} {result.Row.Indicator}: {result.State} — {result.Attainment.Explanation.English}");
        }

        await host.StopAsync();
    }

    /// <summary>Stands for the host's database of the city's published figures and quotas.</summary>
    private sealed class CityStatisticsFeed : IReferenceSource
    {
        public ValueTask<IReadOnlyList<Reference>> LoadAsync(int year, ReportingPeriod period, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<Reference>>(
            [
                new Reference("地区生产总值", ReferenceKind.City, Observation.OfComparableGrowth(-0.2m), "上海市统计局"),
                new Reference("社会消费品零售总额", ReferenceKind.City, Observation.OfGrowth(-9.1m), "上海市统计局"),
                new Reference("商品销售总额", ReferenceKind.City, Observation.OfGrowth(-4m), "上海市统计局"),
                new Reference("城镇登记失业人数", ReferenceKind.Quota, Observation.OfLevel(15000, Unit.Count("人")), "市人社局"),
            ]);
    }
}
