using System.Diagnostics;
using System.Text.RegularExpressions;
using TargetRules.Cli.Inputs;
using TargetRules.Cli.Rendering;
using TargetRules.Plans;

namespace TargetRules.Cli.Tests.Rendering;

public sealed partial class HtmlReportTests
{
    [Fact]
    public void Write_BaoshanTable_SelfContainedWithASummaryChartAndOneBulletPerNumericRow()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");

        var run = ToolRun.Of("evaluate", "--output", path);

        run.ExitCode.ShouldBe(0, run.Stderr);
        var html = File.ReadAllText(path);
        ExternalReference().IsMatch(html).ShouldBeFalse();
        html.ShouldNotContain("<script");
        Regex.Count(html, "<svg class=\"summary-chart\"").ShouldBe(1);
        NumericRows().ShouldNotBeEmpty();
        BulletRows(html).ShouldBe(NumericRows());
        Regex.Count(html, "<tr data-row=").ShouldBe(25);
        html.ShouldContain("@media print");
    }

    [Fact]
    public void Write_Interim_ThresholdOfCumulativeAmountsIsTheProratedTarget()
    {
        var run = ToolRun.Of("evaluate", Repository.Fixture("interim.tsv"), "--elapsed", "0.5", "--format", "html");

        run.ExitCode.ShouldBe(0, run.Stderr);
        Regex.Matches(run.Stdout, "<div class=\"figures\">([^<]*)</div>").Select(m => m.Groups[1].Value)
            .ShouldBe(["600 个 / 目标 500 个", "96% / 目标 97%", "70 亿元 / 目标 60 亿元"]);
        run.Stdout.ShouldContain("序时进度 0.5");
    }

    [ChromiumFact]
    public async Task Write_BaoshanTable_RendersInHeadlessChromiumWithOneChartPerNumericRow()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");
        ToolRun.Of("evaluate", "--output", path).ExitCode.ShouldBe(0);

        var dom = await Chromium(folder, "--dump-dom", path);
        var screenshot = folder.File("report.png");
        await Chromium(folder, $"--screenshot={screenshot}", "--window-size=1200,2000", path);

        // The DOM as Chromium parsed it: the SVG elements exist as elements, one per numeric row.
        BulletRows(dom).ShouldBe(NumericRows());
        Regex.Count(dom, "<svg class=\"summary-chart\"").ShouldBe(1);
        var png = await File.ReadAllBytesAsync(screenshot);
        png.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        png.Length.ShouldBeGreaterThan(20_000);
    }

    /// <summary>The rows the model gives figures on both sides, found without the renderer.</summary>
    private static int[] NumericRows()
    {
        using var plan = PlanFile.Open(Repository.Data("baoshan-2022-indicators.tsv"));
        return new PlanEvaluator().Evaluate(plan.Rows)
            .Where(r => Bullet.Of(r.Attainment, default).Count > 0)
            .Select(r => r.Row.Row)
            .ToArray();
    }

    private static int[] BulletRows(string html) =>
        BulletSvg().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static async Task<string> Chromium(TempFolder folder, params string[] args)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.Path,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={folder.File($"profile-{Guid.NewGuid():N}")}",
        }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldBe(0, await stderr);
        return await stdout;
    }

    [GeneratedRegex("(src|href)\\s*=\\s*\"(https?:|//)|url\\(\\s*['\"]?(https?:|//)|@import")]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<svg class=\"bullet\" data-row=\"(\\d+)\"")]
    private static partial Regex BulletSvg();
}
