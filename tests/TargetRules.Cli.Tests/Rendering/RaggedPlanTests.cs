using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TargetRules.Cli.Tests.Rendering;

/// <summary>
/// A ragged plan: the second row has a cell beyond the header, which the reader keeps as column6. Reports holding
/// every row give it a column; streaming reports, whose columns are the first row's, leave it out and the tool says so.
/// </summary>
public sealed class RaggedPlanTests
{
    private const string Plan =
        "id\tcategory\tindicator\ttarget_text\tactual_text\n" +
        "1\t经济\t地区生产总值\t增长 6%\t增长 7%\n" +
        "2\t经济\t税收\t增长 6%\t增长 5%\t备注：含一次性因素\n" +
        "3\t经济\t投资\t增长 6%\t增长 8%\t\t另一格\n";

    [Theory]
    [InlineData("csv")]
    [InlineData("markdown")]
    [InlineData("xlsx")]
    public void Evaluate_StreamingFormat_SaysWhichCellsHaveNoColumn(string format)
    {
        using var folder = new TempFolder();
        var output = folder.File("report." + format);

        var run = ToolRun.EvaluatePlan("plan.tsv", Plan, "--format", format, "--output", output);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StderrLines.ShouldBe([
            $"targetrules: 2 cells beyond the plan's header left out of the {format} report, whose columns are the first row's (first: row 2, column6); --format json, html or table keeps every cell",
            $"targetrules: wrote {output}: 共 3 行：完成 2，未完成 1",
        ]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    [InlineData("table")]
    public void Evaluate_FormatKeepingEveryCell_WarnsOfNothing(string format)
    {
        var run = ToolRun.EvaluatePlan("plan.tsv", Plan, "--format", format);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldContain("备注：含一次性因素");
        run.Stdout.ShouldContain("另一格");
    }

    [Fact]
    public void Evaluate_Html_EachCellUnderItsOwnColumn()
    {
        var run = ToolRun.EvaluatePlan("plan.tsv", Plan, "--format", "html");

        Regex.Matches(run.Stdout, "<th>(column\\d)</th>").Select(m => m.Groups[1].Value).ShouldBe(["column6", "column7"]);
        Regex.Match(run.Stdout, "<tr data-row=\"2\".*?</td><td>([^<]*)</td><td>([^<]*)</td></tr>").Groups.Values.Skip(1).Select(g => g.Value)
            .ShouldBe(["备注：含一次性因素", ""]);
        Regex.Match(run.Stdout, "<tr data-row=\"3\".*?</td><td>([^<]*)</td><td>([^<]*)</td></tr>").Groups.Values.Skip(1).Select(g => g.Value)
            .ShouldBe(["", "另一格"]);
    }

    [Fact]
    public void Evaluate_Xlsx_StateAndExplanationStayUnderTheirHeadings()
    {
        using var folder = new TempFolder();
        var output = folder.File("report.xlsx");
        ToolRun.EvaluatePlan("plan.tsv", Plan, "--output", output).ExitCode.ShouldBe(0);

        using var document = SpreadsheetDocument.Open(output, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToArray();
        rows.Select(r => r.Length).ShouldBe([7, 7, 7, 7]);
        rows.Select(r => r[5]).ShouldBe(["判定", "完成", "未完成", "完成"]);
        rows[2][6].ShouldStartWith("增长 5%，低于目标 6%");
    }
}
