using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace TargetRules.Cli.Inputs;

/// <summary>
/// The first worksheet of an .xlsx workbook, read as a stream of XML nodes so that neither a large sheet nor its
/// shared strings are loaded as a document. Cells are placed by their reference (C3 is the third column), rows
/// whose first cell starts with <c>#</c> are comments, and rows with no text are skipped. A crafted workbook is
/// bounded three ways: every part's inflated size (from the zip's directory, which the reader holds each part
/// to), the characters of the workbook and shared strings parts, and the characters of text the cells yield
/// (a shared string counted each time a cell uses it, since a small sheet can repeat a long one millions of times,
/// and each empty cell before a filled one in its row, since a small sheet can put a cell at XFD in every row).
/// </summary>
internal sealed class XlsxSheet : IDisposable
{
    private const int LastColumn = 16_384;

    private static readonly XmlReaderSettings Xml = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    private readonly Stream _file;
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly string _name;
    private readonly InputLimits _limits;
    private readonly List<string> _strings = [];
    private long _characters;

    private XlsxSheet(Stream file, SpreadsheetDocument document, WorksheetPart sheet, string name, InputLimits limits)
    {
        _file = file;
        _document = document;
        _sheet = sheet;
        _name = name;
        _limits = limits;
    }

    /// <summary>Opens the workbook in <paramref name="file"/> (seekable; the sheet owns it from here).</summary>
    public static XlsxSheet Open(Stream file, string name, InputLimits limits)
    {
        SpreadsheetDocument? document = null;
        try
        {
            CheckSizes(file, name, limits);
            document = SpreadsheetDocument.Open(file, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.XlsxCharacters });
            var workbook = document.WorkbookPart;
            var id = workbook is null ? null : Read(workbook, name, limits, part => FirstSheet(part, limits));
            if (workbook is null || id is null || workbook.GetPartById(id) is not WorksheetPart part)
            {
                throw new UsageException($"{name}: the workbook has no worksheet");
            }

            var sheet = new XlsxSheet(file, document, part, name, limits);
            if (workbook.SharedStringTablePart is { } strings)
            {
                Read(strings, name, limits, sheet.ReadStrings);
            }

            return sheet;
        }
        // InvalidOperationException: the package names a part the zip does not hold ("Specified part does not exist in
        // the package", a worksheet renamed by fuzzing); the code in this block raises none of its own.
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or UnauthorizedAccessException or FileFormatException or XmlException or ArgumentException or InvalidOperationException)
        {
            document?.Dispose();
            file.Dispose();
            throw new UsageException($"{name}: not a readable .xlsx workbook ({Reason(e)})");
        }
        catch
        {
            document?.Dispose();
            file.Dispose();
            throw;
        }
    }

    /// <summary>The rows with text, comment rows left out.</summary>
    public IEnumerable<string?[]> Rows()
    {
        using var reader = Read(_sheet, _name, _limits, part => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Xml));
        while (Read(_sheet, _name, _limits, _ => NextRow(reader)) is { } cells)
        {
            if (cells.All(string.IsNullOrWhiteSpace) || (cells[0]?.StartsWith('#') ?? false))
            {
                continue;
            }

            yield return cells;
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _file.Dispose();
    }

    /// <summary>Refuses a part whose inflated size, as the zip's directory declares it, is over the limit.</summary>
    private static void CheckSizes(Stream file, string name, InputLimits limits)
    {
        using (var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.FirstOrDefault(entry => entry.Length > limits.Bytes) is { } large)
            {
                throw new UsageException($"{name}: part {large.FullName} inflates to {large.Length:N0} bytes, {limits.TooLarge}");
            }
        }

        file.Position = 0;
    }

    /// <summary>
    /// Runs <paramref name="read"/> on <paramref name="part"/>; what the XML or zip reader throws (a DTD, corrupt
    /// deflate data, a part over the characters limit) becomes one line naming the part.
    /// </summary>
    private static T Read<T>(OpenXmlPart part, string name, InputLimits limits, Func<OpenXmlPart, T> read)
    {
        try
        {
            return read(part);
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw new UsageException($"{name}: part {part.Uri.OriginalString.TrimStart('/')} is {limits.TooManyCharacters}");
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or OpenXmlPackageException)
        {
            throw new UsageException($"{name}: part {part.Uri.OriginalString.TrimStart('/')} cannot be read ({Reason(e)})");
        }
    }

    /// <summary>The relationship id of the workbook's first sheet.</summary>
    private static string? FirstSheet(OpenXmlPart workbook, InputLimits limits)
    {
        using var reader = XmlReader.Create(workbook.GetStream(FileMode.Open, FileAccess.Read), Characters(limits));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                return reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                    ?? reader.GetAttribute("id", "http://purl.oclc.org/ooxml/officeDocument/relationships");
            }
        }

        return null;
    }

    // The workbook and shared strings parts are held whole: the characters limit bounds them.
    private static XmlReaderSettings Characters(InputLimits limits) =>
        new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = limits.XlsxCharacters };

    private int ReadStrings(OpenXmlPart part)
    {
        using var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Characters(_limits));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                _strings.Add(Content(reader, count: false).Text ?? string.Empty);
            }
        }

        return _strings.Count;
    }

    /// <summary>The cells of the next &lt;row&gt;, placed by reference; null after the last.</summary>
    private string?[]? NextRow(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            var cells = new List<string?>();
            if (reader.IsEmptyElement)
            {
                return [];
            }

            var depth = reader.Depth;
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
                {
                    continue;
                }

                // By reference, not by order: a writer may store B2 before A2.
                var reference = reader.GetAttribute("r");
                var column = reference is null ? Column(cells.Count + 1, $"cell {cells.Count + 1:N0} of a row") - 1 : ColumnIndex(reference);
                var type = reader.GetAttribute("t");
                var (value, text) = Content(reader, count: true);
                var cell = Text(type, value, text);
                if (cell is null && reference is not null)
                {
                    // An empty cell placed by reference (<c r="XFD2"/>) reads as no cell: it need not stretch the row.
                    continue;
                }

                // The empty cells before a filled one are counted as characters: a cell at XFD in each row of a small
                // sheet would otherwise make 16,384 cells a row.
                Count(cell is null ? 0 : Math.Max(0, column - cells.Count));
                while (cells.Count <= column)
                {
                    cells.Add(null);
                }

                cells[column] = cell;
            }

            return [.. cells];
        }

        return null;
    }

    /// <summary>
    /// The text of the element the reader is on, up to its end: the &lt;v&gt; value and the &lt;t&gt; runs (a cell's
    /// inline string or a shared string), phonetic guides (&lt;rPh&gt;) left out as Excel shows them. Text is read in
    /// chunks and counted against the limit as it comes, so one huge cell fails before it is held.
    /// </summary>
    private (string? Value, string? Text) Content(XmlReader reader, bool count)
    {
        if (reader.IsEmptyElement)
        {
            return (null, null);
        }

        StringBuilder? value = null, text = null;
        StringBuilder? within = null;
        var phonetic = -1;
        var depth = reader.Depth;
        var chunk = new char[4096];
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement:
                    phonetic = reader.Depth;
                    break;
                case XmlNodeType.EndElement when reader.Depth == phonetic:
                    phonetic = -1;
                    break;
                case XmlNodeType.Element when phonetic < 0 && !reader.IsEmptyElement && reader.LocalName is "v" or "t":
                    within = reader.LocalName == "v" ? value ??= new StringBuilder() : text ??= new StringBuilder();
                    break;
                case XmlNodeType.Element when phonetic < 0 && reader.LocalName == "t":
                    text ??= new StringBuilder();
                    break;
                case XmlNodeType.EndElement when reader.LocalName is "v" or "t":
                    within = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when within is not null:
                    while (reader.ReadValueChunk(chunk, 0, chunk.Length) is > 0 and var read)
                    {
                        Count(count ? read : 0);
                        within.Append(chunk, 0, read);
                    }

                    break;
            }
        }

        return (value?.ToString(), text?.ToString());
    }

    private void Count(int characters)
    {
        _characters += characters;
        if (_characters > _limits.XlsxCharacters)
        {
            throw new UsageException($"{_name}: the cells' text is {_limits.TooManyCharacters}; shared strings count each time a cell uses them, and an empty cell before a filled one as one character");
        }
    }

    private string? Text(string? type, string? value, string? text)
    {
        if (type == "inlineStr")
        {
            return text;
        }

        if (value is null)
        {
            return null;
        }

        if (type == "s")
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= _strings.Count)
            {
                return null;
            }

            Count(_strings[i].Length);
            return _strings[i];
        }

        if (type == "b")
        {
            return value == "1" ? "TRUE" : "FALSE";
        }

        // Numbers are stored as binary doubles (8.9 as 8.9000000000000004): show the shortest round trip.
        return (type is null or "n") && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : value;
    }

    /// <summary>
    /// The column of a reference such as C3 (2), its letters in either case. Excel's last column is XFD (16,384): a
    /// reference beyond it is refused, since placing it would mean a row of millions of empty cells; so is one with no
    /// column letter, which says nowhere to put the cell.
    /// </summary>
    private int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = Column((index * 26) + (char.ToUpperInvariant(c) - 'A' + 1), $"cell {reference}");
        }

        return index > 0 ? index - 1 : throw new UsageException($"{_name}: cell reference '{reference}' does not start with a column (A to XFD)");
    }

    private int Column(int index, string what) => index > LastColumn
        ? throw new UsageException($"{_name}: {what} is beyond column XFD, the last of the {LastColumn:N0} a worksheet has")
        : index;

    /// <summary>Why reading failed, in one line: an XML error's place and first sentence (not its advice on reader settings).</summary>
    private static string Reason(Exception e) => e switch
    {
        XmlException { LineNumber: > 0 } xml => $"line {xml.LineNumber}, position {xml.LinePosition}: {xml.Message.Split(". ")[0].TrimEnd('.')}",
        XmlException xml => xml.Message.Split(". ")[0].TrimEnd('.'),
        _ => e.Message.Split('\n')[0].Trim(),
    };
}
