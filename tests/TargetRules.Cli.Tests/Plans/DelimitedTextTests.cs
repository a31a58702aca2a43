using TargetRules.Cli.Plans;

namespace TargetRules.Cli.Tests.Plans;

/// <summary>
/// TSV records are cut from a read buffer rather than from lines read one by one; they must be the records
/// that reading lines and splitting them on tabs gives, wherever a line or its \r\n falls in the buffer.
/// </summary>
public sealed class DelimitedTextTests
{
    [Theory]
    [InlineData("id\tname\n1\t增长 6%\n", "id|name;1|增长 6%")]
    [InlineData("id\tname\r\n1\t增长 6%\r\n", "id|name;1|增长 6%")]
    [InlineData("id\tname\r1\t增长 6%\r", "id|name;1|增长 6%")]
    [InlineData("id\tname\n1\t增长 6%", "id|name;1|增长 6%")]
    [InlineData("id\tname\n\n# a note\n\r\n1\t\t\n\t\t\n2\t达标\n", "id|name;1||;2|达标")]
    [InlineData("\uFEFFid\tname\n", "\uFEFFid|name")]
    [InlineData("", "")]
    [InlineData("\n\n", "")]
    public void Tsv_Lines_SplitOnTabs(string text, string expected)
    {
        foreach (var bufferChars in new[] { 1, 2, 3, 5, 1 << 16 })
        {
            Records(text, bufferChars).ShouldBe(expected, $"buffer of {bufferChars}");
        }
    }

    [Fact]
    public void Tsv_AnyText_TheRecordsOfReadLineAndSplit()
    {
        var random = new Random(20221231);
        char[] alphabet = ['a', '增', '\t', '\r', '\n', ' ', '#', ',', '6'];
        for (var i = 0; i < 2_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = ByLines(text);
            foreach (var bufferChars in new[] { 1, 2, 4, 7, 64 })
            {
                Records(text, bufferChars).ShouldBe(expected, $"text {text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t")}, buffer of {bufferChars}");
            }
        }
    }

    private static string Records(string text, int bufferChars)
    {
        var records = new List<string>();
        using var enumerator = DelimitedText.Tsv(new StringReader(text), bufferChars);
        while (enumerator.MoveNext())
        {
            records.Add(string.Join("|", enumerator.Current));
        }

        return string.Join(";", records);
    }

    // What the reader did before: a line at a time, comment lines and lines of empty cells skipped.
    private static string ByLines(string text)
    {
        var records = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimStart('\uFEFF');
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed.AsSpan().IndexOfAnyExcept(" \t,") < 0)
            {
                continue;
            }

            records.Add(string.Join("|", line.Split('\t')));
        }

        return string.Join(";", records);
    }
}
