using TargetRules.Benchmarks.Plans;
using TargetRules.Plans;

namespace TargetRules.Benchmarks;

/// <summary>
/// `-- generate N STEM`: writes a generated plan as the tool reads it — STEM-indicators.tsv, STEM-projects.tsv
/// and STEM-references.tsv — to try `targetrules evaluate` on a large plan.
/// </summary>
public static class GenerateRun
{
    public static int Run(int rows, string stem)
    {
        var plan = PlanGenerator.Generate(rows);
        Write(stem + "-indicators.tsv", writer => plan.WriteTsv(writer, RowKind.Indicator));
        Write(stem + "-projects.tsv", writer => plan.WriteTsv(writer, RowKind.Project));
        Write(stem + "-references.tsv", plan.WriteReferencesTsv);
        Console.WriteLine($"wrote {stem}-indicators.tsv, {stem}-projects.tsv and {stem}-references.tsv ({rows:N0} rows)");
        return 0;
    }

    private static void Write(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path);
        write(writer);
    }
}
