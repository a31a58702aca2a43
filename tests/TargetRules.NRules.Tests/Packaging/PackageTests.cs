using System.IO.Compression;
using System.Xml.Linq;
using TargetRules.Evaluation;
using TargetRules.Tests.Packaging;
using TargetRules.Text;

namespace TargetRules.NRules.Tests.Packaging;

/// <summary>
/// Packs TargetRules and TargetRules.NRules, then builds and runs a fresh console project that takes the bridge from
/// the packed folder and compiles a host rule of its own against <see cref="AttainmentFact"/>. Slow: one test.
/// </summary>
public sealed class PackageTests
{
    private const string Version = "0.1.0-consume";

    // A host as a user writes it: a fluent rule on the attainment facts, compiled with the bridge's rules.
    private const string Program = """
        using NRules;
        using NRules.Fluent;
        using NRules.Fluent.Dsl;
        using TargetRules.Evaluation;
        using TargetRules.NRules;
        using TargetRules.Text;
        using PlanRule = TargetRules.Evaluation.Rule;

        var rules = RuleSet.Compile(
        [
            new PlanRule("16", "环境空气质量（AQI）优良率", TargetParser.Parse("达到 90%", "环境空气质量（AQI）优良率").OrThrow()),
            new PlanRule("18", "城镇污水处理率", TargetParser.Parse("97%", "城镇污水处理率").OrThrow()),
        ]);
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(AlertOnMissed)));
        var session = new RuleCompiler().Compile(repository.GetRuleSets().Append(TargetRulesRuleSet.Create())).CreateSession();
        session.Insert(PlanFact.Create(rules, 2022));
        session.Insert(new ActualFact("16", ObservationParser.Parse("87.4%", "环境空气质量（AQI）优良率").OrThrow()));
        session.Insert(new ActualFact("18", ObservationParser.Parse("97%", "城镇污水处理率").OrThrow()));
        session.Fire();
        foreach (var alert in session.Query<Alert>())
        {
            Console.WriteLine($"alert {alert.RuleId}: {alert.Reason}");
        }

        public sealed record Alert(string RuleId, string Reason);

        public sealed class AlertOnMissed : NRules.Fluent.Dsl.Rule
        {
            public override void Define()
            {
                AttainmentFact row = null!;
                When().Match(() => row, r => r.State == AttainmentState.Missed);
                Then().Yield(_ => new Alert(row.RuleId, row.Attainment.Explanation.English));
            }
        }
        """;

    [Fact]
    public void Pack_ThenConsumeFromFolder_BuildsAndRunsAHostRuleOnAttainmentFacts()
    {
        var work = Directory.CreateTempSubdirectory("targetrules-nrules-pack-");
        try
        {
            var source = Path.Combine(work.FullName, "source");
            PackageBuild.CopySources(source, "TargetRules", "TargetRules.NRules");
            var feed = Path.Combine(work.FullName, "feed");

            // Packing the bridge builds the library it references; the library's own pack then needs no build.
            var bridge = PackageBuild.Dotnet(source, "pack", Path.Combine(source, "src", "TargetRules.NRules", "TargetRules.NRules.csproj"),
                "-c", "Release", "-o", feed, $"-p:Version={Version}");
            var library = PackageBuild.Dotnet(source, "pack", Path.Combine(source, "src", "TargetRules", "TargetRules.csproj"),
                "-c", "Release", "--no-build", "-o", feed, $"-p:Version={Version}");
            foreach (var pack in new[] { bridge, library })
            {
                pack.ExitCode.ShouldBe(0, pack.Output);
                pack.Output.ShouldNotContain("warning", Case.Insensitive, pack.Output);
            }

            File.Exists(Path.Combine(feed, $"TargetRules.NRules.{Version}.snupkg")).ShouldBeTrue();
            Dependencies(Path.Combine(feed, $"TargetRules.NRules.{Version}.nupkg")).ShouldBe(
            [
                "net10.0: NRules.RuleModel 1.0.4, NRules.Runtime 1.0.4, TargetRules 0.1.0-consume",
                "net8.0: NRules.RuleModel 1.0.4, NRules.Runtime 1.0.4, TargetRules 0.1.0-consume",
            ]);

            var app = Path.Combine(work.FullName, "app");
            PackageBuild.WriteApp(app, feed, Path.Combine(work.FullName, "packages"),
                [("TargetRules.NRules", Version), ("NRules.Fluent", "1.0.4")], Program);

            var run = PackageBuild.Dotnet(app, "run", "--project", Path.Combine(app, "app.csproj"));

            run.ExitCode.ShouldBe(0, run.Output);
            var expected = Evaluator.Default.Evaluate("环境空气质量（AQI）优良率", TargetParser.Parse("达到 90%", "环境空气质量（AQI）优良率").OrThrow(),
                ObservationParser.Parse("87.4%", "环境空气质量（AQI）优良率").OrThrow());
            expected.State.ShouldBe(AttainmentState.Missed);
            run.Output.TrimEnd().Split('\n').Last().TrimEnd('\r').ShouldBe($"alert 16: {expected.Explanation.English}");
            Directory.Exists(Path.Combine(work.FullName, "packages", "targetrules.nrules", Version)).ShouldBeTrue("the app took the package from the folder");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The package's dependencies per target framework, as "tfm: id version, …" in order.</summary>
    private static List<string> Dependencies(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        return XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "group")
            .Select(g => $"{g.Attribute("targetFramework")!.Value}: " + string.Join(", ", g.Elements()
                .Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
    }
}
