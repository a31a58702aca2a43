namespace TargetRules.Cli.Tests.Rendering;

/// <summary>
/// A test that needs Debian's headless Chromium. It is skipped only on a developer machine without
/// Chromium; under CI (CI=true) it runs and fails if Chromium is missing, since .ci/run installs it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{Path} is not installed (apt-get install chromium); CI installs it and runs this test.";
        }
    }
}
