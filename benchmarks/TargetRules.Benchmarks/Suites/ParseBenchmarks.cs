using BenchmarkDotNet.Attributes;
using TargetRules.Benchmarks.Plans;

namespace TargetRules.Benchmarks.Suites;

/// <summary>Reading the target and actual text of every generated row (two phrases per row).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private GeneratedRow[] _rows = [];

    [Params(1_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _rows = [.. PlanGenerator.Generate(Rows).Rows];

    [Benchmark]
    public int ParseTargetsAndActuals()
    {
        var read = 0;
        foreach (var row in _rows)
        {
            var (target, actual) = row.Parse();
            read += (target.IsSuccess ? 1 : 0) + (actual.IsSuccess ? 1 : 0);
        }

        return read;
    }
}
