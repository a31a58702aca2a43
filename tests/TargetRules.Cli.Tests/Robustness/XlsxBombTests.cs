using System.Text;

namespace TargetRules.Cli.Tests.Robustness;

/// <summary>
/// Workbooks that inflate or repeat themselves: each limit refuses them with one line naming it and exit 2, and a
/// workbook under the limits is read. The inputs are generated; each run reads a few megabytes at most.
/// </summary>
public sealed class XlsxBombTests
{
    private const string Row =
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>地区生产总值</t></is></c>" +
        "<c r=\"C2\" t=\"inlineStr\"><is><t>增长 6%</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>增长 7%</t></is></c></row>";

    [Fact]
    public void Evaluate_PartInflatingPastTheLimit_RefusedFromTheZipDirectoryBeforeItIsRead()
    {
        using var folder = new TempFolder();

        // Two megabytes of empty rows compress to a few kilobytes.
        var sheet = Workbooks.Sheet(Workbooks.Header + Row + string.Concat(Enumerable.Repeat("<row/>", 350_000)));
        var path = Workbooks.Write(folder, sheet);

        ToolRun.Of("evaluate", path, "--format", "json", "--max-input-mb", "1").ShouldFailWith(
            $"targetrules: plan.xlsx: part {Workbooks.SheetPart} inflates to {Encoding.UTF8.GetByteCount(sheet):N0} bytes, over 1 MiB, the limit for an input (see --max-input-mb)");
        new FileInfo(path).Length.ShouldBeLessThan(64 << 10);
        Summary(ToolRun.Of("evaluate", path, "--format", "json")).ShouldBe("Met 1");
    }

    [Fact]
    public void Evaluate_SharedStringRepeatedByManyCells_RefusedAtTheCharactersLimit()
    {
        using var folder = new TempFolder();

        // One 10,000-character string used by 150 cells of one row: 1.5 million characters from a sheet of a few kilobytes.
        var cells = string.Concat(Enumerable.Range(0, 150).Select(i => $"<c r=\"{Column(i + 5)}2\" t=\"s\"><v>0</v></c>"));
        var path = Workbooks.Write(folder, Workbooks.Sheet(Workbooks.Header + Row.Replace("</row>", cells + "</row>", StringComparison.Ordinal)), Workbooks.Strings(new string('长', 10_000)));

        ToolRun.Of("evaluate", path, "--format", "json", "--max-xlsx-chars", "1000000").ShouldStopWith(
            "targetrules: plan.xlsx: the cells' text is over 1,000,000 characters, the limit for an .xlsx plan (see --max-xlsx-chars); shared strings count each time a cell uses them, and an empty cell before a filled one as one character");
        Summary(ToolRun.Of("evaluate", path, "--format", "json", "--max-xlsx-chars", "2000000")).ShouldBe("Met 1");
    }

    [Fact]
    public void Evaluate_OneCellOverTheCharactersLimit_RefusedWhileItIsRead()
    {
        using var folder = new TempFolder();
        var path = Workbooks.Write(folder, Workbooks.Sheet(Workbooks.Header + Row.Replace("增长 7%", new string('7', 1_000_001), StringComparison.Ordinal)));

        ToolRun.Of("evaluate", path, "--format", "json", "--max-xlsx-chars", "1000000").ShouldStopWith(
            "targetrules: plan.xlsx: the cells' text is over 1,000,000 characters, the limit for an .xlsx plan (see --max-xlsx-chars); shared strings count each time a cell uses them, and an empty cell before a filled one as one character");
    }

    [Fact]
    public void Evaluate_SharedStringsPartOverTheCharactersLimit_RefusedBeforeTheRows()
    {
        using var folder = new TempFolder();
        var path = Workbooks.Write(folder, Workbooks.Sheet(Workbooks.Header + Row), Workbooks.Strings([.. Enumerable.Repeat(new string('串', 1_000), 1_001)]));

        ToolRun.Of("evaluate", path, "--format", "json", "--max-xlsx-chars", "1000000").ShouldFailWith(
            "targetrules: plan.xlsx: part xl/sharedStrings.xml is over 1,000,000 characters, the limit for an .xlsx plan (see --max-xlsx-chars)");
    }

    [Fact]
    public void Evaluate_SharedStringsStreamed_CellsReadTheirText()
    {
        using var folder = new TempFolder();
        var path = Workbooks.Write(folder,
            Workbooks.Sheet(Workbooks.Header + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c><c r=\"D2\" t=\"s\"><v>2</v></c></row>"),
            Workbooks.Strings("地区生产总值", "增长 6%").Replace("</sst>", "<si><r><t>增长</t></r><r><t xml:space=\"preserve\"> 7%</t></r><rPh sb=\"0\" eb=\"2\"><t>zēngzhǎng</t></rPh></si></sst>", StringComparison.Ordinal));

        var run = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var row = run.Json().RootElement.GetProperty("rows")[0];
        (row.GetProperty("indicator").GetString(), row.GetProperty("target").GetString(), row.GetProperty("actual").GetString(), row.GetProperty("state").GetString())
            .ShouldBe(("地区生产总值", "增长 6%", "增长 7%", "Met"));
    }

    [Theory]
    [InlineData("--max-input-mb", "0", "targetrules: --max-input-mb '0' is not a whole number from 1 to 8,796,093,022,207")]
    [InlineData("--max-xlsx-chars", "1e6", "targetrules: --max-xlsx-chars '1e6' is not a whole number from 1 to 2,147,483,647")]
    public void Evaluate_LimitNotACount_OneLineAndExit2(string option, string value, string message) =>
        ToolRun.Of("evaluate", option, value).ShouldFailWith(message);

    private static string Summary(ToolRun run)
    {
        run.ExitCode.ShouldBe(0, run.Stderr);
        return string.Join(", ", run.Json().RootElement.GetProperty("summary").EnumerateObject().Where(s => s.Value.GetInt32() > 0).Select(s => $"{s.Name} {s.Value.GetInt32()}"));
    }

    private static string Column(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString() : Column((number - 1) / 26) + (char)('A' + ((number - 1) % 26));
}
