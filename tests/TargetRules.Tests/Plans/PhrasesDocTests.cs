using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Tests.Plans;

/// <summary>docs/phrases.md shows what each phrase family means: every example row there gives the state it shows.</summary>
public sealed class PhrasesDocTests
{
    private static readonly string[] ProjectFamilies = ["milestone", "milestone, construction", "count in a project table"];

    public static TheoryData<string, string, string, string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string, string, string, string>();
        foreach (var line in File.ReadLines(Repository.File("docs", "phrases.md")).Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1))
        {
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            data.Add(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
        }

        return data;
    }

    [Fact]
    public void PhrasesDoc_HasAnExampleForEachFamily() => Examples().Count.ShouldBeGreaterThanOrEqualTo(30);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_DocumentedExample_GivesTheStateShown(string family, string indicator, string target, string actual, string period, string state)
    {
        var kind = ProjectFamilies.Contains(family) ? RowKind.Project : RowKind.Indicator;
        var elapsed = period == "annual" ? ReportingPeriod.Annual : ReportingPeriod.TryParse(period)!.Value;

        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual, kind), null, elapsed);

        result.Attainment.State.ToString().ShouldBe(state, $"{family}: {target} / {actual}");
    }
}
