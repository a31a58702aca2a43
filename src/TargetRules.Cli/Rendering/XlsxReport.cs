using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Spreadsheet;
using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// The input table as an Excel workbook with two more columns, 判定 and 说明 (state and explanation), the
/// state cells filled with the state's colour. Rows are written as they are judged, straight into the zip entry
/// of the sheet. The headings read back as a plan, so the file can be evaluated again.
/// </summary>
/// <remarks>
/// The package is written by hand rather than through the SDK's SpreadsheetDocument: System.IO.Packaging holds a
/// part's whole uncompressed XML in memory until the package closes (a 1,000,000-row report peaked at 1.6 GB and took
/// five times as long as JSON). A zip in create mode deflates each entry as it is written.
/// </remarks>
internal sealed class XlsxReport : IReportFormat
{
    private const string HeaderStyle = "1";
    private const uint FirstStateStyle = 2;
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false) };

    public string Name => "xlsx";

    public string? Extension => "xlsx";

    public ReportTraits Traits => ReportTraits.Streams | ReportTraits.FirstRowColumns | ReportTraits.Binary;

    public ReportSummary Write(IEnumerable<RowResult> results, ReportTarget target)
    {
        if (target.ToFile)
        {
            return Write(results, target.Output, target.Language);
        }

        // A zip written to a stream that cannot seek marks every entry with a trailing descriptor, which some readers
        // refuse: the workbook is made in memory (compressed, so small) and copied to stdout.
        using var buffer = new MemoryStream();
        var summary = Write(results, buffer, target.Language);
        buffer.Position = 0;
        buffer.CopyTo(target.Output);
        return summary;
    }

    private static ReportSummary Write(IEnumerable<RowResult> results, Stream output, Language language)
    {
        var english = language == Language.English;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" /><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" /><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" /></Types>""");
        Part(zip, "_rels/.rels", $"""<Relationships xmlns="{Relationships}"><Relationship Type="{OfficeRelationships}/officeDocument" Target="/xl/workbook.xml" Id="rId1" /></Relationships>""");
        Part(zip, "xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="{OfficeRelationships}"><sheets><sheet name="{(english ? "Evaluation" : "评估")}" sheetId="1" r:id="rId2" /></sheets></workbook>""");
        Part(zip, "xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="{Relationships}"><Relationship Type="{OfficeRelationships}/styles" Target="/xl/styles.xml" Id="rId1" /><Relationship Type="{OfficeRelationships}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="rId2" /></Relationships>""");
        Part(zip, "xl/styles.xml", Stylesheet().OuterXml);

        var summary = new ReportSummary();
        using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        using var writer = XmlWriter.Create(entry, Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("worksheet", Main);
        writer.WriteStartElement("sheetViews", Main);
        writer.WriteStartElement("sheetView", Main);
        writer.WriteAttributeString("workbookViewId", "0");
        writer.WriteStartElement("pane", Main);
        writer.WriteAttributeString("ySplit", "1");
        writer.WriteAttributeString("topLeftCell", "A2");
        writer.WriteAttributeString("activePane", "bottomLeft");
        writer.WriteAttributeString("state", "frozen");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("cols", Main);
        var index = 1;
        foreach (var width in new[] { "6", "16", "36", "30", "30" })
        {
            writer.WriteStartElement("col", Main);
            writer.WriteAttributeString("min", Number(index));
            writer.WriteAttributeString("max", Number(index));
            writer.WriteAttributeString("width", width);
            writer.WriteAttributeString("customWidth", "1");
            writer.WriteEndElement();
            index++;
        }

        writer.WriteEndElement();
        writer.WriteStartElement("sheetData", Main);
        var line = 1;
        List<string>? extraNames = null;
        foreach (var result in results)
        {
            var row = result.Row;
            if (extraNames is null)
            {
                extraNames = row.Extra.Select(e => e.Key).ToList();
                WriteHeader(writer, line++, english, row.Kind, extraNames);
            }

            summary.Add(result);
            StartRow(writer, line++);
            WriteCell(writer, row.Id);
            WriteCell(writer, row.Category);
            WriteCell(writer, row.Indicator);
            WriteCell(writer, row.TargetText);
            WriteCell(writer, row.ActualText);
            // By name under the first row's headings, as in the CSV report: a ragged row's cell beyond the header
            // must not push the state and the explanation out from under their headings.
            foreach (var name in extraNames)
            {
                WriteCell(writer, row.ExtraValue(name));
            }

            WriteCell(writer, Labels.State(result.State, language), Number((int)(FirstStateStyle + (uint)result.State)));
            WriteCell(writer, result.Attainment.Explanation.In(language));
            writer.WriteEndElement();
        }

        if (extraNames is null)
        {
            WriteHeader(writer, line, english, RowKind.Indicator, []);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
        return summary;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + xml);
        entry.Write(bytes);
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void StartRow(XmlWriter writer, int line)
    {
        writer.WriteStartElement("row", Main);
        writer.WriteAttributeString("r", Number(line));
    }

    private static void WriteHeader(XmlWriter writer, int line, bool english, RowKind kind, List<string> extra)
    {
        StartRow(writer, line);
        var names = english
            ? new[] { "id", "category", kind == RowKind.Project ? "project" : "indicator", "target_text", "actual_text" }
            : ["序号", "类别", kind == RowKind.Project ? "项目名称" : "指标内容", "预期目标", "完成情况"];
        foreach (var name in names.Concat(extra).Concat(english ? ["state", "explanation"] : ["判定", "说明"]))
        {
            WriteCell(writer, name, HeaderStyle);
        }

        writer.WriteEndElement();
    }

    // Inline strings, never formulas: a cell copied from the plan cannot run in Excel. Characters XML cannot hold
    // are written as Excel escapes them, so one such cell does not break the whole file.
    private static void WriteCell(XmlWriter writer, string text, string? style = null)
    {
        writer.WriteStartElement("c", Main);
        if (style is not null)
        {
            writer.WriteAttributeString("s", style);
        }

        writer.WriteAttributeString("t", "inlineStr");
        writer.WriteStartElement("is", Main);
        writer.WriteStartElement("t", Main);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        writer.WriteString(VisibleText.ForXml(text));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Stylesheet Stylesheet()
    {
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true });
        foreach (var state in AttainmentStates.All)
        {
            var argb = "FF" + Labels.Colour(state).TrimStart('#').ToUpperInvariant();
            fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = argb }) { PatternType = PatternValues.Solid }));
            formats.Append(new CellFormat { FontId = 2, FillId = (uint)fills.ChildElements.Count - 1, ApplyFill = true, ApplyFont = true });
        }

        return new Stylesheet(
            new Fonts(new Font(), new Font(new Bold()), new Font(new Bold(), new Color { Rgb = "FFFFFFFF" })),
            fills,
            new Borders(new Border()),
            formats);
    }
}
