using TargetRules.Cli.Inputs;

namespace TargetRules.Cli.Tests.Plans;

/// <summary>
/// TSV records are cut from a read buffer rather than from lines read one by one; they must be the records
/// that reading lines and splitting them on tabs gives, wherever a line or its \r\n falls in the buffer, and
/// the lines of tabs only they skip must be named by their numbers.
/// </summary>
public sealed class DelimitedTextTests
{
    [Theory]
    [InlineData("id\tname\n1\t增长 6%\n", "id|name;1|增长 6%", "")]
    [InlineData("id\tname\r\n1\t增长 6%\r\n", "id|name;1|增长 6%", "")]
    [InlineData("id\tname\r1\t增长 6%\r", "id|name;1|增长 6%", "")]
    [InlineData("id\tname\n1\t增长 6%", "id|name;1|增长 6%", "")]
    [InlineData("id\tname\n\n# a note\n\r\n1\t\t\n\t\t\n2\t达标\n", "id|name;1||;2|达标", "plan.tsv:6: skipped a line that holds no cells, only tabs")]
    [InlineData("id\tname\r\n\t \r\n,,,\r\n \t\r\r\n\t", "id|name;,,,", "plan.tsv:2: skipped a line that holds no cells, only tabs, and 2 more such lines (the last at line 6)")]
    [InlineData("\t\nid\tname\n\t\n", "id|name", "plan.tsv:1: skipped a line that holds no cells, only tabs, and 1 more such line (the last at line 3)")]
    [InlineData("\uFEFFid\tname\n", "\uFEFFid|name", "")]
    [InlineData("", "", "")]
    [InlineData("\n\n", "", "")]
    public void Tsv_Lines_SplitOnTabs(string text, string expected, string warning)
    {
        foreach (var bufferChars in new[] { 1, 2, 3, 5, 1 << 16 })
        {
            Records(text, bufferChars).ShouldBe((expected, warning), $"buffer of {bufferChars}");
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

    [Fact]
    public void Tsv_LineOverTheLongest_RefusedNamingTheLine()
    {
        using var refused = DelimitedText.Tsv(new StringReader("a\tb\n" + new string('x', 17) + "\n"), "plan.tsv", _ => { }, bufferChars: 4, maxLineChars: 16);
        refused.MoveNext().ShouldBeTrue();
        Should.Throw<UsageException>(() => refused.MoveNext()).Message.ShouldBe("plan.tsv: line 2 is over 16 characters, the longest line a plan may have");

        using var read = DelimitedText.Tsv(new StringReader(new string('x', 16) + "\r\n"), "plan.tsv", _ => { }, bufferChars: 4, maxLineChars: 16);
        read.MoveNext().ShouldBeTrue();
        read.Current.ShouldBe([new string('x', 16)]);
    }

    /// <summary>The records joined ("a|b;c|d") and the warnings, one per line.</summary>
    private static (string Records, string Warning) Records(string text, int bufferChars)
    {
        var records = new List<string>();
        var warnings = new List<string>();
        using var enumerator = DelimitedText.Tsv(new StringReader(text), "plan.tsv", warnings.Add, bufferChars);
        while (enumerator.MoveNext())
        {
            records.Add(string.Join("|", enumerator.Current));
        }

        return (string.Join(";", records), string.Join("\n", warnings));
    }

    // A line at a time: comment lines and blank lines skipped, and lines of tabs and spaces with a tab among them,
    // which are counted. Commas are text in a TSV.
    private static (string Records, string Warning) ByLines(string text)
    {
        var records = new List<string>();
        var skipped = new List<int>();
        using var reader = new StringReader(text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.TrimStart('\uFEFF');
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed.AsSpan().IndexOfAnyExcept(" \t") < 0)
            {
                if (trimmed.Contains('\t') && trimmed[0] != '#')
                {
                    skipped.Add(number);
                }

                continue;
            }

            records.Add(string.Join("|", line.Split('\t')));
        }

        var warning = skipped.Count switch
        {
            0 => "",
            1 => $"plan.tsv:{skipped[0]}: skipped a line that holds no cells, only tabs",
            _ => $"plan.tsv:{skipped[0]}: skipped a line that holds no cells, only tabs, and {skipped.Count - 1} more such {(skipped.Count == 2 ? "line" : "lines")} (the last at line {skipped[^1]})",
        };
        return (string.Join(";", records), warning);
    }
}
