using BenchmarkDotNet.Attributes;
using TargetRules.Benchmarks.Engines;
using TargetRules.Benchmarks.Plans;

namespace TargetRules.Benchmarks.Suites;

/// <summary>Late city figures arriving one at a time for a judged plan; only dependent rows are judged again.</summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private IncrementalScenario _scenario = null!;

    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = new IncrementalScenario(PlanGenerator.Generate(Rows));

    [IterationSetup]
    public void Withdraw() => _scenario.Reset();

    [Benchmark]
    public int CityFiguresArrive() => _scenario.Run();
}
