using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TargetRules.Cli.Plans;

/// <summary>
/// The first worksheet of an .xlsx workbook, read row by row with the SAX reader so a large sheet is not
/// loaded whole. Cells are placed by their reference (C3 is the third column), rows whose first cell
/// starts with <c>#</c> are comments, and rows with no text are skipped.
/// </summary>
internal sealed class XlsxSheet : IDisposable
{
    private const int LastColumn = 16_384;

    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly string[] _strings;
    private readonly string _name;

    private XlsxSheet(SpreadsheetDocument document, WorksheetPart sheet, string name)
    {
        _document = document;
        _sheet = sheet;
        _name = name;
        _strings = document.WorkbookPart?.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
    }

    public static XlsxSheet Open(string path, string name)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or UnauthorizedAccessException or FileFormatException)
        {
            throw new UsageException($"{name}: not a readable .xlsx workbook ({e.Message.Split('\n')[0].Trim()})");
        }

        var workbook = document.WorkbookPart;
        var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
        {
            document.Dispose();
            throw new UsageException($"{name}: the workbook has no worksheet");
        }

        return new XlsxSheet(document, sheet, name);
    }

    /// <summary>The rows with text, comment rows left out.</summary>
    public IEnumerable<string?[]> Rows()
    {
        using var reader = OpenXmlReader.Create(_sheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count <= column)
                {
                    cells.Add(null);
                }

                // By reference, not by order: a writer may store B2 before A2.
                cells[column] = Text(cell);
            }

            if (cells.All(string.IsNullOrWhiteSpace) || (cells[0]?.StartsWith('#') ?? false))
            {
                continue;
            }

            yield return [.. cells];
        }
    }

    public void Dispose() => _document.Dispose();

    private string? Text(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _strings.Length ? _strings[i] : null;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        // Numbers are stored as binary doubles (8.9 as 8.9000000000000004): show the shortest round trip.
        return (type is null || type == CellValues.Number) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : raw;
    }

    /// <summary>
    /// The column of a reference such as C3 (2). Excel's last column is XFD (16,384): a reference beyond it is
    /// refused, since placing it would mean a row of millions of empty cells.
    /// </summary>
    private int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
            if (index > LastColumn)
            {
                throw new UsageException($"{_name}: cell {reference} is beyond column XFD, the last of the {LastColumn:N0} a worksheet has");
            }
        }

        return index - 1;
    }
}
