using TargetRules.Reporting;

// The command-line contract (DESIGN.md) is built in issue 4; this entry point evaluates the bundled table as JSON.
var path = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "data", "baoshan-2022-indicators.tsv");
var rows = File.ReadLines(path)
    .Where(line => line.Length > 0 && !line.StartsWith('#'))
    .Skip(1)
    .Select((line, i) => line.Split('\t'))
    .Select((cells, i) => new PlanRow(i + 1, cells[0], cells[1], cells[2], cells[3], cells.Length > 4 ? cells[4] : ""));
using var stdout = Console.OpenStandardOutput();
var summary = JsonReport.Write(new PlanEvaluator().Evaluate(rows), stdout);
Console.Error.WriteLine(summary);
return 0;
