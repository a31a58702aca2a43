using System.IO.Compression;
using System.Text;

namespace TargetRules.Cli.Tests.Robustness;

/// <summary>Worksheets as other writers store them: cells out of order, references beyond the last column.</summary>
public sealed class XlsxCellTests
{
    private const string Header =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>indicator</t></is></c>" +
        "<c r=\"C1\" t=\"inlineStr\"><is><t>target_text</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>actual_text</t></is></c></row>";

    [Fact]
    public void Evaluate_CellsStoredOutOfOrder_PlacedByTheirReference()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, Header +
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
        var path = Workbook(folder, Header + $"<row r=\"2\"><c r=\"{reference}\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

        var run = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(2);
        run.StderrLines.ShouldBe([$"targetrules: plan.xlsx: cell {reference} is beyond column XFD, the last of the 16,384 a worksheet has"]);
    }

    [Fact]
    public void Evaluate_CellInTheLastColumn_KeptAsAnExtraCell()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, Header +
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>地区生产总值</t></is></c>" +
            "<c r=\"C2\" t=\"inlineStr\"><is><t>增长 6%</t></is></c><c r=\"XFD2\" t=\"inlineStr\"><is><t>末列</t></is></c></row>");

        var run = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("末列");
    }

    /// <summary>A workbook of one sheet whose &lt;sheetData&gt; holds <paramref name="rows"/> as written.</summary>
    private static string Workbook(TempFolder folder, string rows)
    {
        var path = folder.File("plan.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Entry(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        Entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        Entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Entry("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Entry("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        Entry("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
            $"<sheetData>{rows}</sheetData></worksheet>");
        return path;
    }
}
