using BenchmarkDotNet.Attributes;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;

namespace TargetRules.Benchmarks.Suites;

/// <summary>The whole evaluate path: a generated TSV file read, parsed, judged and written as the JSON report.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private string _path = string.Empty;
    private ReferenceSet _references = ReferenceSet.Empty;

    [Params(1_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanGenerator.Generate(Rows);
        _path = TsvPlan.WriteTemp(plan);
        _references = plan.References;
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int TsvToJson() => TsvPlan.EvaluateToJson(_path, _references, Stream.Null).Total;
}
