using BenchmarkDotNet.Attributes;
using TargetRules.Benchmarks.Plans;
using TargetRules.Facts;

namespace TargetRules.Benchmarks.Suites;

/// <summary>The whole evaluate path: a generated TSV file read, parsed, judged and written as the JSON report.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private PlanFiles _files = null!;
    private ReferenceSet _references = ReferenceSet.Empty;

    [Params(1_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanGenerator.Generate(Rows);
        _files = TsvPlan.WriteTemp(plan);
        _references = plan.References;
    }

    [GlobalCleanup]
    public void Cleanup() => _files.Delete();

    [Benchmark]
    public int TsvToJson() => TsvPlan.EvaluateToJson(_files, _references, Stream.Null).Total;
}
