using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml;
using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// The input table as an Excel workbook with two more columns, 判定 and 说明 (state and explanation), the
/// state cells filled with the state's colour. Rows are written with the SAX writer as they are judged.
/// The headings read back as a plan, so the file can be evaluated again.
/// </summary>
internal sealed class XlsxReport : IReportFormat
{
    private const uint HeaderStyle = 1;
    private const uint FirstStateStyle = 2;

    public string Name => "xlsx";

    public string? Extension => "xlsx";

    public ReportTraits Traits => ReportTraits.Streams | ReportTraits.FirstRowColumns | ReportTraits.Binary;

    public ReportSummary Write(IEnumerable<RowResult> results, ReportTarget target)
    {
        if (target.ToFile)
        {
            return Write(results, target.Output, target.Language);
        }

        // The package writer needs a seekable stream; stdout is not.
        using var buffer = new MemoryStream();
        var summary = Write(results, buffer, target.Language);
        buffer.Position = 0;
        buffer.CopyTo(target.Output);
        return summary;
    }

    private static ReportSummary Write(IEnumerable<RowResult> results, Stream output, string language)
    {
        var summary = new ReportSummary();
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        styles.Stylesheet.Save();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var english = language == "en";
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetViews());
            writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
            writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement(new Columns());
            uint index = 1;
            foreach (var width in new double[] { 6, 16, 36, 30, 30 })
            {
                writer.WriteElement(new Column { Min = index, Max = index, Width = width, CustomWidth = true });
                index++;
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            uint line = 1;
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
                writer.WriteStartElement(new Row { RowIndex = line++ });
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

                WriteCell(writer, Labels.State(result.State, language), FirstStateStyle + (uint)result.State);
                WriteCell(writer, result.Attainment.Explanation.In(language));
                writer.WriteEndElement();
            }

            if (extraNames is null)
            {
                WriteHeader(writer, line, english, RowKind.Indicator, []);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = english ? "Evaluation" : "评估" }));
        workbook.Workbook.Save();
        return summary;
    }

    private static void WriteHeader(OpenXmlWriter writer, uint line, bool english, RowKind kind, List<string> extra)
    {
        writer.WriteStartElement(new Row { RowIndex = line });
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
    private static void WriteCell(OpenXmlWriter writer, string text, uint style = 0)
    {
        var cell = new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(VisibleText.ForXml(text)) { Space = SpaceProcessingModeValues.Preserve }) };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        writer.WriteElement(cell);
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
