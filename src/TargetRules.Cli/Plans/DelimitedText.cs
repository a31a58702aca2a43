using System.Text;

namespace TargetRules.Cli.Plans;

/// <summary>
/// Splits delimited text into records, skipping blank lines and lines starting with <c>#</c>. TSV cells
/// are split on tabs as written (the Baoshan tables quote nothing); CSV follows RFC 4180: quoted fields
/// may hold commas, doubled quotes and line breaks.
/// </summary>
internal static class DelimitedText
{
    public static IEnumerator<string[]> Tsv(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (IsSkipped(line))
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    public static IEnumerator<string[]> Csv(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        while (reader.ReadLine() is { } first)
        {
            if (IsSkipped(first))
            {
                continue;
            }

            fields.Clear();
            field.Clear();
            var line = first;
            var quoted = false;
            var i = 0;
            while (true)
            {
                if (i == line.Length)
                {
                    if (quoted && reader.ReadLine() is { } next)
                    {
                        // A quoted field runs on over the line break.
                        field.Append('\n');
                        line = next;
                        i = 0;
                        continue;
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
                }
                else
                {
                    field.Append(c);
                }
            }

            yield return [.. fields];
        }
    }

    // Comment lines, and lines of empty cells (spreadsheets export blank rows as ",,,,").
    private static bool IsSkipped(string line) =>
        line.AsSpan().TrimStart('\uFEFF') is var text && (text.IsEmpty || text[0] == '#' || text.IndexOfAnyExcept(" \t,") < 0);
}
