namespace TargetRules.Cli.Tests;

/// <summary>Finds files of the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Data(string name) => File("data", name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "TargetRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds TargetRules.sln.");
    }
}

/// <summary>What one run of the tool printed.</summary>
internal sealed record ToolRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => System.Text.Encoding.UTF8.GetString(StdoutBytes);

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public System.Text.Json.JsonDocument Json() => System.Text.Json.JsonDocument.Parse(StdoutBytes);

    /// <summary>Runs the tool in-process, stdout and stderr not terminals.</summary>
    public static ToolRun Of(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = TargetRulesCommand.Run(args, stdout, stderr);
        return new ToolRun(code, stdout.ToArray(), stderr.ToString());
    }

    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8, no BOM) to a file named <paramref name="name"/> in a fresh folder and runs
    /// the tool with the arguments <paramref name="args"/> makes from the file's path.
    /// </summary>
    public static ToolRun OnFile(string name, string text, Func<string, string[]> args)
    {
        using var folder = new TempFolder();
        return Of(args(folder.Write(name, text)));
    }

    /// <summary>Runs <c>evaluate</c> on a plan file named <paramref name="name"/> holding <paramref name="text"/>, with <paramref name="options"/>.</summary>
    public static ToolRun EvaluatePlan(string name, string text, params string[] options) =>
        OnFile(name, text, path => ["evaluate", path, .. options]);

    /// <summary>How every broken input fails: exit 2, nothing on stdout, exactly <paramref name="message"/> as one line on stderr.</summary>
    public void ShouldFailWith(string message)
    {
        ExitCode.ShouldBe(2, Stderr);
        StdoutBytes.ShouldBeEmpty();
        StderrLines.ShouldBe([message]);
    }

    /// <summary>How an input refused while its rows stream fails: exit 2 and <paramref name="message"/>, the rows before it already written.</summary>
    public void ShouldStopWith(string message)
    {
        ExitCode.ShouldBe(2, Stderr);
        StderrLines.ShouldBe([message]);
    }
}

/// <summary>A folder under the temp directory, deleted with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("targetrules-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text, bool bom = false)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(bom));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that still holds a file (chromium) must not fail the test that made it.
        }
    }
}
