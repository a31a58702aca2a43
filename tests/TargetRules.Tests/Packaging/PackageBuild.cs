using System.Diagnostics;
using System.Text;

namespace TargetRules.Tests.Packaging;

/// <summary>Packs from a copy of the sources and runs dotnet as a user would (shared with tests/TargetRules.NRules.Tests).</summary>
internal static class PackageBuild
{
    /// <summary>Copies the build's shared files and the sources of <paramref name="projects"/> (folders of src/), without bin and obj.</summary>
    public static void CopySources(string destination, params string[] projects)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "nuget.config", "README.md", "LICENSE", ".editorconfig" })
        {
            if (File.Exists(Repository.File(file)))
            {
                Directory.CreateDirectory(destination);
                File.Copy(Repository.File(file), Path.Combine(destination, file));
            }
        }

        foreach (var project in projects)
        {
            var library = Repository.File("src", project);
            foreach (var file in Directory.EnumerateFiles(library, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(library, file);
                if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.Combine(destination, "src", project, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    /// <summary>
    /// Writes a fresh console app (warnings as errors) that takes packages from <paramref name="feed"/> first, then
    /// nuget.org, restores them into <paramref name="packages"/> and runs <paramref name="program"/>.
    /// </summary>
    public static void WriteApp(string app, string feed, string packages, IEnumerable<(string Id, string Version)> references, string program)
    {
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
        var items = string.Concat(references.Select(r => $"""

                <PackageReference Include="{r.Id}" Version="{r.Version}" />
            """));
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>{packages}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>{items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), program + "\n", Encoding.UTF8);
    }

    /// <summary>Runs dotnet with <paramref name="arguments"/> in <paramref name="directory"/>; the exit code and everything it wrote.</summary>
    public static (int ExitCode, string Output) Dotnet(string directory, params string[] arguments)
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
