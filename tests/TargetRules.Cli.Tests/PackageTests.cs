using System.Diagnostics;

namespace TargetRules.Cli.Tests;

/// <summary>The tool as users get it: packed, installed with <c>dotnet tool install</c>, run by its command name.</summary>
public sealed class PackageTests
{
    [Fact]
    public async Task Pack_InstallAndRun_EvaluatesTheBundledTable()
    {
        using var folder = new TempFolder();
        var feed = folder.File("feed");
        var tools = folder.File("tools");

        // Built under the temp folder (--artifacts-path), so the pack never writes into the repository's bin
        // and obj folders while another test project builds or packs the library there.
        await Dotnet("pack", Repository.File("src", "TargetRules.Cli"), "-c", "Release", "-o", feed, "--artifacts-path", folder.File("artifacts"), "--nologo");
        Directory.GetFiles(feed, "TargetRules.Tool.*.nupkg").ShouldHaveSingleItem();
        await Dotnet("tool", "install", "--tool-path", tools, "--add-source", feed, "TargetRules.Tool");
        var (code, stdout, stderr) = await Run(Path.Combine(tools, "targetrules"), "evaluate", "--format", "json");

        code.ShouldBe(0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("rows").GetArrayLength().ShouldBe(25);
        stdout.ShouldBe(ToolRun.Of("evaluate", "--format", "json").Stdout);
    }

    private static async Task Dotnet(params string[] args)
    {
        var (code, stdout, stderr) = await Run("dotnet", args);
        code.ShouldBe(0, $"dotnet {string.Join(' ', args)}\n{stdout}\n{stderr}");
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The packed tool must not depend on the test's own environment (a test host sets DOTNET_ variables).
        start.Environment.Remove("DOTNET_STARTUP_HOOKS");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
