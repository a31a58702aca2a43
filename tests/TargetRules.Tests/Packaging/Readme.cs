namespace TargetRules.Tests.Packaging;

/// <summary>The README's first C# example and the sample code it is taken from.</summary>
internal static class Readme
{
    public static string FirstExample() => ExampleAfter(0);

    /// <summary>The first C# example of the README section headed <paramref name="heading"/>.</summary>
    public static string ExampleUnder(string heading)
    {
        var at = Array.IndexOf(File.ReadAllLines(Repository.File("README.md")), heading);
        at.ShouldBeGreaterThanOrEqualTo(0, $"README.md has no heading {heading}");
        return ExampleAfter(at);
    }

    private static string ExampleAfter(int line)
    {
        var lines = File.ReadAllLines(Repository.File("README.md"));
        var start = Array.IndexOf(lines, "```csharp", line);
        start.ShouldBeGreaterThanOrEqualTo(0, "README.md has no ```csharp block");
        var end = Array.IndexOf(lines, "```", start + 1);
        return string.Join("\n", lines[(start + 1)..end]);
    }

    /// <summary>Every <c>#region readme</c> of the sample <paramref name="file"/>, dedented, joined by a blank line.</summary>
    public static string SampleRegions(string file = "FluentAuthoring.cs")
    {
        var lines = File.ReadAllLines(Repository.File("src", "TargetRules.Samples", file));
        var regions = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "#region readme")
            {
                continue;
            }

            var body = new List<string>();
            for (i++; lines[i].Trim() != "#endregion"; i++)
            {
                body.Add(lines[i]);
            }

            var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
            regions.Add(string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())));
        }

        return string.Join("\n\n", regions);
    }

    /// <summary>The output the example promises, from its last comment line.</summary>
    public static string PromisedOutput() =>
        FirstExample().Split('\n').Last(l => l.StartsWith("// ", StringComparison.Ordinal))["// ".Length..];
}
