namespace TargetRules.Cli.Tests.Robustness;

/// <summary>Worksheets as other writers store them: cells out of order, references beyond the last column.</summary>
public sealed class XlsxCellTests
{
    [Fact]
    public void Evaluate_CellsStoredOutOfOrder_PlacedByTheirReference()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, Workbooks.Header +
            "<row r=\"2\"><c r=\"D2\" t=\"inlineStr\"><is><t>增长 7%</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>地区生产总值</t></is></c>" +
            "<c r=\"A2\" t=\"inlineStr\"><is><t>1</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>增长 6%</t></is></c></row>");

        var run = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var row = run.Json().RootElement.GetProperty("rows")[0];
        (row.GetProperty("id").GetString(), row.GetProperty("indicator").GetString(), row.GetProperty("target").GetString(),
            row.GetProperty("actual").GetString(), row.GetProperty("state").GetString())
            .ShouldBe(("1", "地区生产总值", "增长 6%", "增长 7%", "Met"));
    }

    [Theory]
    [InlineData("XFE2")]
    [InlineData("ZZZZZ2")]
    [InlineData("ZZZZZZZZZZZZZZZZZZZZ2")]
    public void Evaluate_CellBeyondTheLastColumn_OneLineAndExit2(string reference)
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, Workbooks.Header + $"<row r=\"2\"><c r=\"{reference}\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

        var run = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(2);
        run.StderrLines.ShouldBe([$"targetrules: plan.xlsx: cell {reference} is beyond column XFD, the last of the 16,384 a worksheet has"]);
    }

    [Fact]
    public void Evaluate_CellInTheLastColumn_KeptAsAnExtraCell()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, Workbooks.Header +
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>地区生产总值</t></is></c>" +
            "<c r=\"C2\" t=\"inlineStr\"><is><t>增长 6%</t></is></c><c r=\"XFD2\" t=\"inlineStr\"><is><t>末列</t></is></c></row>");

        var run = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("末列");
    }

    // Found by fuzzing: a reference without a column letter placed its cell at index -1 (ArgumentOutOfRangeException, exit 1).
    [Theory]
    [InlineData("_B2")]
    [InlineData("2")]
    [InlineData("")]
    public void Evaluate_CellReferenceWithoutAColumn_OneLineAndExit2(string reference)
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, Workbooks.Header + $"<row r=\"2\"><c r=\"{reference}\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

        ToolRun.Of("evaluate", path).ShouldFailWith($"targetrules: plan.xlsx: cell reference '{reference}' does not start with a column (A to XFD)");
    }

    [Fact]
    public void Evaluate_CellReferenceInLowerCase_PlacedByItsColumn()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, Workbooks.Header +
            "<row r=\"2\"><c r=\"b2\" t=\"inlineStr\"><is><t>地区生产总值</t></is></c><c r=\"c2\" t=\"inlineStr\"><is><t>增长 6%</t></is></c>" +
            "<c r=\"d2\" t=\"inlineStr\"><is><t>增长 7%</t></is></c></row>");

        var run = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Json().RootElement.GetProperty("rows")[0].GetProperty("state").GetString().ShouldBe("Met");
    }

    // Found by fuzzing: the workbook's relationship names a sheet the zip does not hold (InvalidOperationException, exit 1).
    [Fact]
    public void Evaluate_WorksheetPartMissingFromTheZip_OneLineAndExit2()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, Workbooks.Header);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry(Workbooks.SheetPart)!.Delete();
        }

        ToolRun.Of("evaluate", path).ShouldFailWith("targetrules: plan.xlsx: not a readable .xlsx workbook (Specified part does not exist in the package.)");
    }

    [Fact]
    public void Evaluate_CellAtXfdInEveryRow_EmptyCellsBeforeItCountAsCharacters()
    {
        using var folder = new TempFolder();

        // Each row makes 16,384 cells from a few bytes: a 13 KB sheet of 200,000 such rows ran for minutes.
        var path = Workbook(folder, Workbooks.Header + string.Concat(Enumerable.Range(2, 10).Select(r =>
            $"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>地区生产总值</t></is></c><c r=\"XFD{r}\"><v>1</v></c></row>")));

        ToolRun.Of("evaluate", path, "--format", "json", "--max-xlsx-chars", "100000").ShouldStopWith(
            "targetrules: plan.xlsx: the cells' text is over 100,000 characters, the limit for an .xlsx plan (see --max-xlsx-chars); shared strings count each time a cell uses them, and an empty cell before a filled one as one character");
        var read = ToolRun.Of("evaluate", path, "--format", "json", "--max-xlsx-chars", "200000");
        read.ExitCode.ShouldBe(0, read.Stderr);
        read.Json().RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("column16384").GetString()).ShouldBe(Enumerable.Repeat("1", 10));
    }

    [Fact]
    public void Evaluate_EmptyCellAtXfdInEveryRow_NoCellAndNothingCounted()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, Workbooks.Header + string.Concat(Enumerable.Range(2, 1_000).Select(r =>
            $"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>地区生产总值</t></is></c><c r=\"XFD{r}\"/></row>")));

        var run = ToolRun.Of("evaluate", path, "--format", "json", "--max-xlsx-chars", "100000");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var rows = run.Json().RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBe(1_000);
        rows.Where(r => r.TryGetProperty("column16384", out _)).ShouldBeEmpty();
    }

    private static string Workbook(TempFolder folder, string rows) => Workbooks.Write(folder, Workbooks.Sheet(rows));
}
