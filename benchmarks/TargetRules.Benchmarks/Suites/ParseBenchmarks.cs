using BenchmarkDotNet.Attributes;
using TargetRules.Benchmarks.Plans;
using TargetRules.Text;

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
            read += TargetParser.Parse(row.TargetText, row.Indicator).IsSuccess ? 1 : 0;
            read += ObservationParser.Parse(row.ActualText, row.Indicator).IsSuccess ? 1 : 0;
        }

        return read;
    }
}
