namespace TargetRules.Tests.Packaging;

/// <summary>
/// Packs the library, then builds and runs a fresh console project that takes it from the packed folder
/// (not the project), as a user of the package would. Slow (a pack, a restore, a build): one test.
/// </summary>
public sealed class PackageTests
{
    private const string Version = "0.1.0-consume";

    [Fact]
    public void Pack_ThenConsumeFromFolder_BuildsAndRunsTheReadmeExample()
    {
        var work = Directory.CreateTempSubdirectory("targetrules-pack-");
        try
        {
            // Packed from a copy of the sources, so the test never writes into the repository's bin and obj
            // folders while another build may be using them.
            var source = Path.Combine(work.FullName, "source");
            PackageBuild.CopySources(source, "TargetRules");
            var feed = Path.Combine(work.FullName, "feed");
            var pack = PackageBuild.Dotnet(source, "pack", Path.Combine(source, "src", "TargetRules", "TargetRules.csproj"),
                "-c", "Release", "-o", feed, $"-p:Version={Version}");
            pack.ExitCode.ShouldBe(0, pack.Output);
            pack.Output.ShouldNotContain("warning", Case.Insensitive, pack.Output);
            File.Exists(Path.Combine(feed, $"TargetRules.{Version}.nupkg")).ShouldBeTrue();
            File.Exists(Path.Combine(feed, $"TargetRules.{Version}.snupkg")).ShouldBeTrue();

            var app = Path.Combine(work.FullName, "app");
            PackageBuild.WriteApp(app, feed, Path.Combine(work.FullName, "packages"), [("TargetRules", Version)], Readme.FirstExample());

            var run = PackageBuild.Dotnet(app, "run", "--project", Path.Combine(app, "app.csproj"));

            run.ExitCode.ShouldBe(0, run.Output);
            run.Output.TrimEnd().Split('\n').Last().TrimEnd('\r').ShouldBe(Readme.PromisedOutput());
            Directory.Exists(Path.Combine(work.FullName, "packages", "targetrules", Version)).ShouldBeTrue("the app took the package from the folder");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
