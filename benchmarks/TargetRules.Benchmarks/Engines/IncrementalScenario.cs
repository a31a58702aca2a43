using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;

namespace TargetRules.Benchmarks.Engines;

/// <summary>
/// Late city figures: the plan is judged once, then the city publishes its figure for every row that was
/// waiting on it, one figure at a time, and only the rows that read that figure are judged again.
/// </summary>
public sealed class IncrementalScenario
{
    private readonly GeneratedPlan _plan;
    private readonly (Reference Figure, int Row)[] _arrivals;
    private readonly Attainment[] _results;

    public IncrementalScenario(GeneratedPlan plan)
    {
        _plan = plan;
        _arrivals = plan.Rows
            .Where(r => r.Shape == Shape.CityWithoutFigure)
            .Select(r => (new Reference(r.Indicator, ReferenceKind.City, new Observation { Text = "增长 1%", Growth = 1m }, "late"), r.Row - 1))
            .ToArray();
        _results = new Attainment[plan.Rows.Length];
        for (var i = 0; i < _results.Length; i++)
        {
            var row = plan.Rows[i];
            _results[i] = Evaluator.Default.Evaluate(row.Indicator, row.Target, row.Actual, plan.References);
        }
    }

    /// <summary>How many rules the arrivals re-judge.</summary>
    public int Dependents => _arrivals.Length;

    /// <summary>Inserts every late figure and re-judges its dependent row; returns how many changed state.</summary>
    public int Run()
    {
        var references = _plan.References;
        var changed = 0;
        foreach (var (figure, index) in _arrivals)
        {
            references = references.With(figure);
            var row = _plan.Rows[index];
            var before = _results[index].State;
            _results[index] = Evaluator.Default.Evaluate(row.Indicator, row.Target, row.Actual, references);
            changed += _results[index].State != before ? 1 : 0;
        }

        return changed;
    }
}
