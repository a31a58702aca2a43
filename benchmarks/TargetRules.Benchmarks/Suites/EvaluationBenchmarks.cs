using BenchmarkDotNet.Attributes;
using TargetRules.Benchmarks.Engines;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;

namespace TargetRules.Benchmarks.Suites;

/// <summary>
/// The three engines on the same generated rows; each keeps every row's state. TargetRules three ways: the
/// compiled rule set (states at once, reasons when read), and the plain evaluator keeping the state or the attainment.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private RuleSetRunner _ruleSet = null!;
    private TargetRulesRunner _targetRules = null!;
    private RulesEngineRunner _rulesEngine = null!;
    private FlatCase[] _flat = [];
    private AttainmentState[] _states = [];
    private Attainment[] _attainments = [];

    [Params(1_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanGenerator.Generate(Rows);
        _ruleSet = new RuleSetRunner(plan);
        _targetRules = new TargetRulesRunner(plan);
        _rulesEngine = new RulesEngineRunner();
        _flat = plan.Rows.Select(r => r.Flat).ToArray();
        _states = new AttainmentState[Rows];
        _attainments = new Attainment[Rows];
    }

    [Benchmark(Baseline = true)]
    public int RuleSet() => _ruleSet.Evaluate().Count;

    [Benchmark]
    public void EvaluatorKeepingStates() => _targetRules.Run(_states);

    [Benchmark]
    public void EvaluatorKeepingAttainments() => _targetRules.Run(_attainments);

    [Benchmark]
    public void HandWritten() => global::TargetRules.Benchmarks.Engines.HandWritten.Run(_flat, _states);

    [Benchmark]
    public void RulesEngine() => _rulesEngine.Run(_flat, _states, _flat.Length);
}

/// <summary>TargetRules alone at growing sizes, to see cost and memory grow with the rows.</summary>
[MemoryDiagnoser]
public class EvaluationScalingBenchmarks
{
    private RuleSetRunner _ruleSet = null!;
    private TargetRulesRunner _targetRules = null!;
    private Attainment[] _attainments = [];

    [Params(1_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanGenerator.Generate(Rows);
        _ruleSet = new RuleSetRunner(plan);
        _targetRules = new TargetRulesRunner(plan);
        _attainments = new Attainment[Rows];
    }

    [Benchmark]
    public int RuleSet() => _ruleSet.Evaluate().Count;

    [Benchmark]
    public void EvaluatorKeepingAttainments() => _targetRules.Run(_attainments);
}
