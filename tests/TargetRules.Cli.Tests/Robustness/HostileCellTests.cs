using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TargetRules.Cli.Tests.Robustness;

/// <summary>
/// A plan's cells, through the tool, cannot drive the terminal, break a workbook or run in Excel; a failed run
/// leaves the report it would have replaced as it was.
/// </summary>
public sealed class HostileCellTests
{
    private const string Header = "id\tindicator\ttarget_text\tactual_text\n";

    // ESC [2J clears the screen, OSC 0 retitles the window (ended by BEL), OSC 8 draws a link, CSI as C1 (U+009B).
    private const string Escapes = "\u001B[2J\u001B]0;owned\u0007\u001B]8;;http://x.example\u001B\\链接\u001B]8;;\u001B\\\u009B31m\u202E";

    [Fact]
    public void Evaluate_TableOfCellsWithTerminalEscapes_ShownAsText()
    {
        var run = ToolRun.EvaluatePlan("plan.tsv", Header + $"1\t地区生产总值{Escapes}\t增长 6%\t增长 7%{Escapes}\n", "--format", "table");

        run.ExitCode.ShouldBe(0, run.Stderr);
        ActingCharacters(run.Stdout).ShouldBeEmpty();
        run.Stdout.ShouldContain("\\u001B");
        run.Stdout.ShouldContain("\\u009B31m");
        run.Stdout.ShouldContain("\\u202E");
    }

    [Fact]
    public void Parse_PhraseWithTerminalEscapes_TreeAndErrorShowThemAsText()
    {
        var tree = ToolRun.Of("parse", $"增长 6%{Escapes}");
        var error = ToolRun.Of("parse", $"{Escapes}增长 6%");

        ActingCharacters(tree.Stdout + tree.Stderr).ShouldBeEmpty();
        error.ExitCode.ShouldBe(1);
        ActingCharacters(error.Stderr).ShouldBeEmpty();
        error.Stderr.ShouldContain("\\u001B[2J");
    }

    [Fact]
    public void Evaluate_ErrorNamingAPathWithEscapes_ShownAsText()
    {
        var run = ToolRun.Of("evaluate", $"/no/such/plan{Escapes}.tsv");

        run.ExitCode.ShouldBe(2);
        run.StderrLines.ShouldHaveSingleItem().ShouldContain("plan\\u001B[2J\\u001B]0;owned\\u0007");
        ActingCharacters(run.Stderr).ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_CsvOfFormulaCells_EveryCopiedCellQuotedOut()
    {
        var plan = "id\tindicator\ttarget_text\tactual_text\t=cmd|' /C calc'!A0\n" +
            "=1+1\t+HYPERLINK(\"http://x.example\")\t增长 6%\t增长 7%\t@SUM(A1)\n";

        var run = ToolRun.EvaluatePlan("plan.tsv", plan, "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.Split("\r\n").ShouldBe(
        [
            "row,id,category,indicator,target,actual,state,explanation,'=cmd|' /C calc'!A0",
            "1,'=1+1,,\"'+HYPERLINK(\"\"http://x.example\"\")\",增长 6%,增长 7%,Met,增长 7%，达到目标 6%,'@SUM(A1)",
            "",
        ]);
    }

    [Fact]
    public void Evaluate_XlsxOfCellsXmlCannotHold_AReadableWorkbookOfInlineStrings()
    {
        using var folder = new TempFolder();
        var illegal = "\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF";
        var plan = folder.Write("plan.tsv", Header + $"1\t地区生产总值{illegal}\t=1+1\t增长 7%\n");
        var path = folder.File("report.xlsx");

        var run = ToolRun.Of("evaluate", plan, "--output", path);

        run.ExitCode.ShouldBe(0, run.Stderr);
        using var workbook = SpreadsheetDocument.Open(path, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        cells.ShouldAllBe(c => c.DataType! == CellValues.InlineString && c.CellFormula == null);
        cells.Select(c => c.InnerText).ShouldContain("地区生产总值_x0001__x0008__x000B__x000C__x000E__x001F__xFFFE__xFFFF_");
        cells.Select(c => c.InnerText).ShouldContain("=1+1");
    }

    [Theory]
    [InlineData("report.json", "json")]
    [InlineData("report.csv", "csv")]
    [InlineData("report.xlsx", "xlsx")]
    public void Evaluate_RunThatFailsHalfway_LeavesTheEarlierReportAsItWas(string name, string format)
    {
        using var folder = new TempFolder();
        var report = folder.Write(name, "the earlier report");
        var plan = PlanFileTests.InvalidUtf8PastTheFirstMegabyte(folder);

        var run = ToolRun.Of("evaluate", plan, "--format", format, "--output", report);

        run.ExitCode.ShouldBe(2);
        File.ReadAllText(report).ShouldBe("the earlier report");
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order().ShouldBe(["plan.tsv", name]);
    }

    [Fact]
    public void Evaluate_RunThatSucceeds_ReplacesTheEarlierReport()
    {
        using var folder = new TempFolder();
        var report = folder.Write("report.json", "the earlier report");

        var run = ToolRun.Of("evaluate", "--output", report);

        run.ExitCode.ShouldBe(0, run.Stderr);
        File.ReadAllText(report).ShouldStartWith("{");
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldBe(["report.json"]);
    }

    [Fact]
    public void Evaluate_OutputIsADirectory_OneLineAndExit2()
    {
        using var folder = new TempFolder();

        ToolRun.Of("evaluate", "--output", folder.Path).ShouldFailWith($"targetrules: cannot write '{folder.Path}': it is a directory");
    }

    /// <summary>The characters a terminal acts on: C0 but LF and CR (line ends), DEL, C1, bidirectional overrides.</summary>
    private static char[] ActingCharacters(string text) =>
        [.. text.Where(c => (c < ' ' && c is not '\n' and not '\r' and not '\t') || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069')];
}
