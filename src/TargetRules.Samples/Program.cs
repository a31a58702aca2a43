using TargetRules.Samples;

// Runs one sample by name: dotnet run --project src/TargetRules.Samples -- fluent
var samples = new (string Name, string About, Func<Task> Run)[]
{
    ("fluent", "author targets in C# and judge reported figures", () => { FluentAuthoring.Run(); return Task.CompletedTask; }),
    ("text", "read targets and actuals as the plan writes them", () => { ParsingText.Run(); return Task.CompletedTask; }),
    ("di", "a .NET host: AddTargetRules, options from configuration, the host's own reference source", DependencyInjectionHost.RunAsync),
    ("late", "the city publishes late: a session re-evaluates only the rows each figure reaches", LateCityFigures.RunAsync),
    ("nrules", "a host's NRules rules alert on missed rows and remind of rows awaiting the city, as the city publishes", () => { NRulesHost.Run(); return Task.CompletedTask; }),
};

var name = args.Length == 1 ? args[0] : null;
var sample = samples.FirstOrDefault(s => s.Name == name);
if (sample.Run is null)
{
    Console.Error.WriteLine(name is null ? "Name one sample:" : $"No sample named '{name}'. Name one of:");
    foreach (var s in samples)
    {
        Console.Error.WriteLine($"  {s.Name,-8} {s.About}");
    }

    return 2;
}

await sample.Run();
return 0;
