using System.Text;

namespace TargetRules.Cli.Tests.Robustness;

/// <summary>
/// Inputs that are not files of text: a DTD or corrupt deflate data in a workbook, JSON that is not valid Unicode,
/// a FIFO, a device that never ends, a file far over the size limit. Each is one line and exit 2, never exit 1 or a
/// stack trace; each read is bounded (the limit is set to 1 MiB where the input would otherwise be read to its end).
/// </summary>
public sealed class UnreadableInputTests
{
    private const string Header =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>indicator</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>target_text</t></is></c></row>";

    [Fact]
    public void Evaluate_DtdInTheSheet_RefusedWithOneLine()
    {
        using var folder = new TempFolder();
        var sheet = Workbooks.Sheet(Header).Replace("?><worksheet", "?><!DOCTYPE worksheet [<!ENTITY x \"xx\">]><worksheet", StringComparison.Ordinal);

        ToolRun.Of("evaluate", Workbooks.Write(folder, sheet)).ShouldFailWith(
            $"targetrules: plan.xlsx: part {Workbooks.SheetPart} cannot be read (For security reasons DTD is prohibited in this XML document)");
    }

    [Fact]
    public void Evaluate_DtdInTheSharedStrings_RefusedWithOneLine()
    {
        using var folder = new TempFolder();
        var strings = Workbooks.Strings("地区生产总值").Replace("?><sst", "?><!DOCTYPE sst [<!ENTITY x \"xx\">]><sst", StringComparison.Ordinal);

        ToolRun.Of("evaluate", Workbooks.Write(folder, Workbooks.Sheet(Header), strings)).ShouldFailWith(
            "targetrules: plan.xlsx: part xl/sharedStrings.xml cannot be read (For security reasons DTD is prohibited in this XML document)");
    }

    [Fact]
    public void Evaluate_CorruptDeflateData_RefusedWithOneLine()
    {
        using var folder = new TempFolder();
        var path = Workbooks.Write(folder, Workbooks.Sheet(Header));
        var bytes = File.ReadAllBytes(path);

        // The sheet's name first appears in its local header, which ends with the name and an extra field whose length
        // comes just before the name; the data follows. 0xFF starts a final block of the reserved type 3.
        var name = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Workbooks.SheetPart));
        name.ShouldBeGreaterThan(0);
        bytes[name + Workbooks.SheetPart.Length + BitConverter.ToUInt16(bytes, name - 2)] = 0xFF;
        File.WriteAllBytes(path, bytes);

        var run = ToolRun.Of("evaluate", path);

        run.ShouldFailWith($"targetrules: plan.xlsx: part {Workbooks.SheetPart} cannot be read (The archive entry was compressed using an unsupported compression method.)");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, "targetrules: plan.json: row 1, 'actual_text' is not valid text (invalid UTF-8, or a \\u escape of half a surrogate pair)")]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' }, "targetrules: plan.json: row 1, 'actual_text' is not valid text (invalid UTF-8, or a \\u escape of half a surrogate pair)")]
    public void Evaluate_JsonStringNotValidUnicode_OneLineNamingTheCell(byte[] bad, string message)
    {
        using var folder = new TempFolder();
        var path = folder.File("plan.json");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("[{\"indicator\": \"地区生产总值\", \"target_text\": \"增长 6%\", \"actual_text\": \"增长 7"), .. bad, .. Encoding.UTF8.GetBytes("%\"}]")]);

        ToolRun.Of("evaluate", path).ShouldFailWith(message);
    }

    [Fact]
    public void Evaluate_PolicyJsonNotValidUnicode_OneLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("policy.json");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("{\"syncTolerance\": \"0.5"), 0xC3, .. Encoding.UTF8.GetBytes("\"}")]);

        ToolRun.Of("evaluate", "--policy", path).ShouldFailWith("targetrules: policy.json: a setting is not valid text (invalid UTF-8, or a \\u escape of half a surrogate pair)");
    }

    [Theory]
    [InlineData("plan.tsv")]
    [InlineData("refs.tsv")]
    [InlineData("policy.yaml")]
    public void Evaluate_FifoThatNeverEnds_RefusedAtTheSizeLimit(string name)
    {
        using var folder = new TempFolder();
        var fifo = Fifo(folder, name);

        // The writer gives a header, then line after line without end; the reader stops at the limit and closes its end.
        var writer = new Thread(() =>
        {
            try
            {
                using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                stream.Write(Encoding.UTF8.GetBytes(name == "plan.tsv" ? "indicator\ttarget_text\n" : "# "));
                var line = Encoding.UTF8.GetBytes(new string('x', 4095) + (name == "policy.yaml" ? "" : "\n"));
                while (true)
                {
                    stream.Write(line);
                }
            }
            catch (IOException)
            {
                // The reader has closed the FIFO.
            }
        }) { IsBackground = true };
        writer.Start();

        var run = ToolRun.Of(Arguments(name, fifo, "--max-input-mb", "1"));

        run.ShouldStopWith($"targetrules: {name}: over 1 MiB, the limit for an input (see --max-input-mb)");
        writer.Join(TimeSpan.FromMinutes(1)).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_FifoGivingAPlan_ReadToItsEnd()
    {
        using var folder = new TempFolder();
        var fifo = Fifo(folder, "plan.tsv");
        var writer = new Thread(() => File.WriteAllText(fifo, "indicator\ttarget_text\tactual_text\n地区生产总值\t增长 6%\t增长 7%\n")) { IsBackground = true };
        writer.Start();

        var run = ToolRun.Of("evaluate", fifo, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Json().RootElement.GetProperty("rows")[0].GetProperty("state").GetString().ShouldBe("Met");
        writer.Join(TimeSpan.FromMinutes(1)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("plan.tsv")]
    [InlineData("plan.json")]
    [InlineData("plan.yaml")]
    [InlineData("refs.tsv")]
    [InlineData("policy.json")]
    public void Evaluate_LinkToDevZero_RefusedAtTheSizeLimit(string name)
    {
        using var folder = new TempFolder();
        var link = folder.File(name);
        File.CreateSymbolicLink(link, "/dev/zero");

        ToolRun.Of(Arguments(name, link, "--max-input-mb", "1")).ShouldStopWith($"targetrules: {name}: over 1 MiB, the limit for an input (see --max-input-mb)");
    }

    [Fact]
    public void Evaluate_XlsxThatIsAFifo_RefusedAsNotARegularFile()
    {
        using var folder = new TempFolder();
        var fifo = Fifo(folder, "plan.xlsx");

        // Opening a FIFO waits for a writer; this one opens its end and closes it.
        var writer = new Thread(() => File.WriteAllBytes(fifo, [])) { IsBackground = true };
        writer.Start();

        ToolRun.Of("evaluate", fifo).ShouldFailWith("targetrules: plan.xlsx: an .xlsx plan must be a regular file, read by seeking");
        writer.Join(TimeSpan.FromMinutes(1)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("plan.tsv")]
    [InlineData("plan.xlsx")]
    [InlineData("refs.tsv")]
    [InlineData("policy.yaml")]
    public void Evaluate_HugeSparseFile_RefusedBeforeItIsRead(string name)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        using (var file = File.Create(path))
        {
            // 2 GiB of holes: no disk space used, more than the default limit.
            file.SetLength(2L << 30);
        }

        ToolRun.Of(Arguments(name, path)).ShouldFailWith($"targetrules: {name}: over 1,024 MiB, the limit for an input (see --max-input-mb)");
    }

    [Fact]
    public void Evaluate_SparseFileUnderTheLimit_RefusedAtTheLongestLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("plan.tsv");
        using (var file = File.Create(path))
        {
            // 100 MiB of holes, under the limit: one line of NULs, which grew the line buffer until it overflowed
            // (1,000 MiB: 18 GB and an abort; /dev/zero: exit 1, "Non-negative number required").
            file.SetLength(100L << 20);
        }

        ToolRun.Of("evaluate", path, "--format", "json").ShouldFailWith(
            "targetrules: plan.tsv: line 1 is over 67,108,864 characters, the longest line a plan may have");
    }

    [Fact]
    public void Evaluate_HeaderOfOneHugeCell_RefusedInOneClippedLine()
    {
        // The refusal quotes the header: a 40 MB line of NULs was a 251 MB line on stderr, each NUL shown as \u0000.
        var cell = new string('\0', 50_000) + "尾";
        var full = "targetrules: plan.tsv: the header has no indicator (or project, 指标内容, 项目名称) column and no target_text " +
            $"(or 预期目标, 年度目标, 目标) column (found: {cell})";
        var shown = full[..1_600] + $" … ({full.Length - 1_900:N0} characters left out) … " + full[^300..];

        ToolRun.EvaluatePlan("plan.tsv", cell + "\n1\n", "--format", "json").ShouldFailWith(shown.Replace("\0", "\\u0000", StringComparison.Ordinal));
    }

    /// <summary>evaluate with <paramref name="path"/> as the PLAN, --references or --policy, as <paramref name="name"/> says.</summary>
    private static string[] Arguments(string name, string path, params string[] options) => name switch
    {
        "refs.tsv" => ["evaluate", "--references", path, .. options],
        "policy.yaml" or "policy.json" => ["evaluate", "--policy", path, .. options],
        _ => ["evaluate", path, .. options],
    };

    private static string Fifo(TempFolder folder, string name)
    {
        var path = folder.File(name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit(60_000).ShouldBeTrue();
        mkfifo.ExitCode.ShouldBe(0);
        return path;
    }
}
