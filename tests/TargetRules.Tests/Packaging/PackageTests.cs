using System.Diagnostics;
using System.Text;

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
            CopySources(source);
            var feed = Path.Combine(work.FullName, "feed");
            var pack = Dotnet(source, "pack", Path.Combine(source, "src", "TargetRules", "TargetRules.csproj"),
                "-c", "Release", "-o", feed, $"-p:Version={Version}");
            pack.ExitCode.ShouldBe(0, pack.Output);
            pack.Output.ShouldNotContain("warning", Case.Insensitive, pack.Output);
            File.Exists(Path.Combine(feed, $"TargetRules.{Version}.nupkg")).ShouldBeTrue();
            File.Exists(Path.Combine(feed, $"TargetRules.{Version}.snupkg")).ShouldBeTrue();

            var app = Path.Combine(work.FullName, "app");
            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <RestorePackagesPath>{Path.Combine(work.FullName, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="TargetRules" Version="{Version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), Readme.FirstExample() + "\n", Encoding.UTF8);

            var run = Dotnet(app, "run", "--project", Path.Combine(app, "app.csproj"));

            run.ExitCode.ShouldBe(0, run.Output);
            run.Output.TrimEnd().Split('\n').Last().TrimEnd('\r').ShouldBe(Readme.PromisedOutput());
            Directory.Exists(Path.Combine(work.FullName, "packages", "targetrules", Version)).ShouldBeTrue("the app took the package from the folder");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void CopySources(string destination)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "nuget.config", "README.md", "LICENSE", ".editorconfig" })
        {
            if (File.Exists(Repository.File(file)))
            {
                Directory.CreateDirectory(destination);
                File.Copy(Repository.File(file), Path.Combine(destination, file));
            }
        }

        var library = Repository.File("src", "TargetRules");
        foreach (var file in Directory.EnumerateFiles(library, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(library, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(destination, "src", "TargetRules", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static (int ExitCode, string Output) Dotnet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside an MSBuild-launched process; a nested build must find its own SDK paths.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
