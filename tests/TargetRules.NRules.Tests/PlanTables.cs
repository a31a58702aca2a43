using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Tests;
using TargetRules.Text;
using EvaluationRule = TargetRules.Evaluation.Rule;

namespace TargetRules.NRules.Tests;

/// <summary>A plan table as rows, and as the bridge takes it: compiled rules and one actual fact per row.</summary>
internal sealed record PlanTable(IReadOnlyList<PlanRow> Rows, RuleSet Rules, IReadOnlyList<ActualFact> Actuals)
{
    public static PlanTable Seed(string file, RowKind kind) => Of(Read(Repository.File("data", file), kind));

    /// <summary>Reads each row's two phrases with the parsers its table uses, as <see cref="PlanEvaluator"/> does.</summary>
    public static PlanTable Of(IReadOnlyList<PlanRow> rows)
    {
        var rules = new List<EvaluationRule>();
        var actuals = new List<ActualFact>();
        foreach (var row in rows)
        {
            var (target, actual) = row.Kind == RowKind.Project
                ? Project(row)
                : (TargetParser.Parse(row.TargetText, row.Indicator).OrThrow(), ObservationParser.Parse(row.ActualText, row.Indicator).OrThrow());
            rules.Add(new EvaluationRule(row.Id, row.Indicator, target));
            actuals.Add(new ActualFact(row.Id, actual));
        }

        return new PlanTable(rows, RuleSet.Compile(rules), actuals);
    }

    /// <summary>The library's judgement of every row, the one `targetrules evaluate` prints.</summary>
    public List<string> Expected(IReferenceLookup? references = null) =>
        new PlanEvaluator().Evaluate(Rows, references).Select(r => $"{r.Row.Id} {Judgements.Describe(r.Attainment)}").ToList();

    private static (Targets.Target, Observation) Project(PlanRow row)
    {
        var target = MilestoneParser.ParseTarget(row.TargetText).OrThrow();
        return (target, MilestoneParser.ParseStatus(row.ActualText, target).OrThrow());
    }

    // The seed tables' columns by name: id, category, indicator (project in table 2), target_text, actual_text.
    private static List<PlanRow> Read(string path, RowKind kind)
    {
        var lines = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var header = lines[0];
        int Column(params string[] names) => names.Select(n => Array.IndexOf(header, n)).First(i => i >= 0);
        var (id, category, indicator, target, actual) = (Column("id"), Column("category"), Column("indicator", "project"), Column("target_text"), Column("actual_text"));
        return lines.Skip(1).Select((cells, i) => new PlanRow(i + 1, cells[id], cells[category], cells[indicator], cells[target],
            actual < cells.Length ? cells[actual] : string.Empty, kind)).ToList();
    }
}
