using System.IO.Compression;
using System.Text;

namespace TargetRules.Cli.Tests.Robustness;

/// <summary>Workbooks written part by part, as a careless or hostile writer may store them.</summary>
internal static class Workbooks
{
    public const string SheetPart = "xl/worksheets/sheet1.xml";

    /// <summary>The header row of a plan: id, indicator, target_text, actual_text in A1 to D1.</summary>
    public const string Header =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>indicator</t></is></c>" +
        "<c r=\"C1\" t=\"inlineStr\"><is><t>target_text</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>actual_text</t></is></c></row>";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A worksheet part whose &lt;sheetData&gt; holds <paramref name="rows"/> as written.</summary>
    public static string Sheet(string rows) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>{rows}</sheetData></worksheet>";

    /// <summary>A shared strings part of <paramref name="strings"/>, as written.</summary>
    public static string Strings(params string[] strings) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">{string.Concat(strings.Select(s => $"<si><t>{s}</t></si>"))}</sst>";

    /// <summary>plan.xlsx in <paramref name="folder"/>: one sheet, <paramref name="sheet"/>, and the shared strings part <paramref name="strings"/> if given.</summary>
    public static string Write(TempFolder folder, string sheet, string? strings = null)
    {
        var path = folder.File("plan.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Entry(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        var sharedType = strings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
        var sharedRelationship = strings is null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        Entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            $"<Override PartName=\"/{SheetPart}\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>{sharedType}</Types>");
        Entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Entry("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" " +
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Entry("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>{sharedRelationship}</Relationships>");
        Entry(SheetPart, sheet);
        if (strings is not null)
        {
            Entry("xl/sharedStrings.xml", strings);
        }

        return path;
    }
}
