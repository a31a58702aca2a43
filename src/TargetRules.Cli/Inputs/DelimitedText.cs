using System.Text;

namespace TargetRules.Cli.Inputs;

/// <summary>
/// Splits delimited text into records, skipping blank lines and lines starting with <c>#</c>. TSV cells
/// are split on tabs as written (the Baoshan tables quote nothing); CSV follows RFC 4180: quoted fields
/// may hold commas, doubled quotes and line breaks. A line of separators only (spreadsheets export blank
/// rows as ",,,,") holds no cells, so skipping it loses nothing; it is still not skipped in silence: when the
/// text ends, one warning names the first such line, how many more there were and the last.
/// </summary>
internal static class DelimitedText
{
    /// <summary>
    /// The TSV records of <paramref name="reader"/>; lines end as <see cref="TextReader.ReadLine"/> ends them (\n, \r\n or \r).
    /// Only tabs separate: a line of commas is one cell, kept. What was skipped goes to <paramref name="warn"/>, naming <paramref name="name"/>.
    /// </summary>
    public static IEnumerator<string[]> Tsv(TextReader reader, string name, Action<string> warn) => Tsv(reader, name, warn, 1 << 16);

    /// <summary>The longest TSV line read, in characters; a longer one is refused.</summary>
    public const int MaxLineCharacters = 1 << 26;

    /// <summary>
    /// As <see cref="Tsv(TextReader, string, Action{string})"/>, reading <paramref name="bufferChars"/> characters at a time
    /// (tests pass a few), refusing a line over <paramref name="maxLineChars"/> characters.
    /// </summary>
    internal static IEnumerator<string[]> Tsv(TextReader reader, string name, Action<string> warn, int bufferChars, int maxLineChars = MaxLineCharacters)
    {
        // Cells are cut straight from the characters read: a plan of a million rows does not build each line as a string first.
        var buffer = new char[bufferChars];
        int start = 0, end = 0;
        var ended = false;
        var number = 0;
        var empty = new EmptyLines(name, "tabs");
        while (true)
        {
            var rest = buffer.AsSpan(start, end - start);
            var at = rest.IndexOfAny('\r', '\n');

            // Read on while no line is whole: no line end yet, or a \r at the end of what was read, which a \n may follow.
            if (!ended && (at < 0 || (rest[at] == '\r' && at == rest.Length - 1)))
            {
                rest.CopyTo(buffer);
                (start, end) = (0, rest.Length);
                if (end == buffer.Length)
                {
                    // A line without end (a sparse file, /dev/zero) would grow the buffer until it overflows. The buffer
                    // holds the line and its end (\r\n) at most.
                    if (rest.Length - (rest[^1] == '\r' ? 1 : 0) > maxLineChars)
                    {
                        throw TooLong(name, number + 1, maxLineChars);
                    }

                    Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxLineChars + 2L));
                }

                var read = reader.Read(buffer, end, buffer.Length - end);
                ended = read == 0;
                end += read;
                continue;
            }

            if (rest.IsEmpty)
            {
                empty.Report(warn);
                yield break;
            }

            number++;
            var length = at < 0 ? rest.Length : at;
            if (length > maxLineChars)
            {
                throw TooLong(name, number, maxLineChars);
            }

            var next = at < 0 ? end : start + at + (rest[at] == '\r' && at + 1 < rest.Length && rest[at + 1] == '\n' ? 2 : 1);
            var cells = empty.Skips(rest[..length], '\t', number) ? null : Split(rest[..length]);
            start = next;
            if (cells is not null)
            {
                yield return cells;
            }
        }
    }

    private static UsageException TooLong(string name, int line, int maxLineChars) =>
        new($"{name}: line {line} is over {maxLineChars:N0} characters, the longest line a plan may have");

    private static string[] Split(ReadOnlySpan<char> line)
    {
        var cells = new string[line.Count('\t') + 1];
        for (var i = 0; i < cells.Length - 1; i++)
        {
            var tab = line.IndexOf('\t');
            cells[i] = new string(line[..tab]);
            line = line[(tab + 1)..];
        }

        cells[^1] = new string(line);
        return cells;
    }

    /// <summary>
    /// The CSV records of <paramref name="reader"/>. A quote never closed would make the rest of the file one
    /// cell: that is a usage error naming <paramref name="name"/>, the line and the column where the quote opened.
    /// What was skipped goes to <paramref name="warn"/>.
    /// </summary>
    public static IEnumerator<string[]> Csv(TextReader reader, string name, Action<string> warn)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var number = 0;
        var empty = new EmptyLines(name, "commas");
        while (reader.ReadLine() is { } first)
        {
            number++;
            if (empty.Skips(first, ',', number))
            {
                continue;
            }

            fields.Clear();
            field.Clear();
            var line = first;
            var quoted = false;
            var i = 0;
            var (openedLine, openedColumn) = (0, 0);
            while (true)
            {
                if (i == line.Length)
                {
                    if (quoted && reader.ReadLine() is { } next)
                    {
                        // A quoted field runs on over the line break.
                        number++;
                        field.Append('\n');
                        line = next;
                        i = 0;
                        continue;
                    }

                    if (quoted)
                    {
                        throw new UsageException(
                            $"{name}: line {openedLine}: the quote opened at column {openedColumn} is never closed ({number - openedLine + 1} lines to the end of the file would be one cell); close it, or double a quote inside a field (\"\")");
                    }

                    fields.Add(field.ToString());
                    break;
                }

                var c = line[i++];
                if (quoted)
                {
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (i < line.Length && line[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                    (openedLine, openedColumn) = (number, i);
                }
                else
                {
                    field.Append(c);
                }
            }

            yield return [.. fields];
        }

        empty.Report(warn);
    }

    /// <summary>The lines of one text that are skipped: blank lines and comments quietly, lines of separators only counted.</summary>
    private sealed class EmptyLines(string name, string separators)
    {
        private int _first, _last, _count;

        /// <summary>
        /// Whether line <paramref name="number"/> is skipped: blank (spaces and tabs), a comment, or <paramref name="separator"/>s
        /// and blanks only, which is counted.
        /// </summary>
        public bool Skips(ReadOnlySpan<char> line, char separator, int number)
        {
            var text = line.TrimStart('\uFEFF');
            if (text.IsEmpty || text[0] == '#')
            {
                return true;
            }

            if (text.IndexOfAnyExcept(' ', '\t', separator) >= 0)
            {
                return false;
            }

            if (text.Contains(separator))
            {
                _first = _count++ == 0 ? number : _first;
                _last = number;
            }

            return true;
        }

        /// <summary>Says, once the text has ended, which lines of separators were skipped.</summary>
        public void Report(Action<string> warn)
        {
            if (_count > 0)
            {
                warn(_count == 1
                    ? $"{name}:{_first}: skipped a line that holds no cells, only {separators}"
                    : $"{name}:{_first}: skipped a line that holds no cells, only {separators}, and {_count - 1} more such {(_count == 2 ? "line" : "lines")} (the last at line {_last})");
            }
        }
    }
}
