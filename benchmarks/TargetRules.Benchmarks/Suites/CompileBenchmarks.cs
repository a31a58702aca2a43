using BenchmarkDotNet.Attributes;
using TargetRules.Benchmarks.Engines;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;

namespace TargetRules.Benchmarks.Suites;

/// <summary>Compiling a plan's targets into a rule set, and judging it through the compiled set.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private GeneratedPlan _plan = null!;
    private RuleSetRunner _runner = null!;

    [Params(1_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plan = PlanGenerator.Generate(Rows);
        _runner = new RuleSetRunner(_plan);
    }

    [Benchmark]
    public RuleSet Compile() => RuleSetRunner.Compile(_plan);

    [Benchmark]
    public int EvaluateCompiled() => _runner.Evaluate().Count;
}
