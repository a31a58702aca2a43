using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TargetRules.Cli.Tests.Plans;

/// <summary>Writes a TSV table in the other plan formats, the way other tools would write them.</summary>
internal static class PlanConversions
{
    public static (string[] Header, List<string[]> Rows) ReadTsv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var header = lines[0];
        return (header, lines.Skip(1).Select(cells => header.Select((_, i) => i < cells.Length ? cells[i] : "").ToArray()).ToList());
    }

    public static string Write(string tsv, string extension, TempFolder folder)
    {
        var (header, rows) = ReadTsv(tsv);
        var path = folder.File(Path.GetFileNameWithoutExtension(tsv) + extension);
        switch (extension)
        {
            case ".csv":
                // Every field quoted, CRLF line ends and a BOM, as Excel writes "CSV UTF-8".
                var csv = new StringBuilder();
                foreach (var cells in rows.Prepend(header))
                {
                    csv.Append(string.Join(",", cells.Select(c => "\"" + c.Replace("\"", "\"\"") + "\""))).Append("\r\n");
                }

                File.WriteAllText(path, csv.ToString(), new UTF8Encoding(true));
                break;
            case ".json":
                File.WriteAllText(path, JsonSerializer.Serialize(Records(header, rows)));
                break;
            case ".yaml":
                File.WriteAllText(path, new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(new { rows = Records(header, rows) }));
                break;
            case ".xlsx":
                WriteXlsx(path, header, rows);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(extension), extension, "Not a plan format.");
        }

        return path;
    }

    private static List<Dictionary<string, string>> Records(string[] header, List<string[]> rows) =>
        rows.Select(cells => header.Select((name, i) => (name, cells[i])).ToDictionary(p => p.name, p => p.Item2)).ToList();

    /// <summary>A workbook as Excel saves one: shared strings, numbers as numbers, a title row above the header.</summary>
    private static void WriteXlsx(string path, string[] header, List<string[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = new List<string>();
        var sheetData = new SheetData();
        uint line = 1;
        foreach (var cells in rows.Prepend(header).Prepend(["# 由测试生成"]))
        {
            var row = new Row { RowIndex = line };
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length == 0)
                {
                    continue;
                }

                var reference = $"{(char)('A' + i)}{line}";
                // Figures that Excel keeps as numbers are stored as numbers (1.50 would come back as 1.5, so it stays text).
                row.Append(double.TryParse(cells[i], System.Globalization.CultureInfo.InvariantCulture, out var number) && number.ToString(System.Globalization.CultureInfo.InvariantCulture) == cells[i]
                    ? new Cell { CellReference = reference, CellValue = new CellValue(cells[i]) }
                    : new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Index(strings, cells[i])) });
            }

            sheetData.Append(row);
            line++;
        }

        var sheet = workbook.AddNewPart<WorksheetPart>();
        sheet.Worksheet = new Worksheet(sheetData);
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "表1" }));
        workbook.Workbook.Save();
    }

    private static int Index(List<string> strings, string text)
    {
        var index = strings.IndexOf(text);
        if (index < 0)
        {
            strings.Add(text);
            index = strings.Count - 1;
        }

        return index;
    }
}
