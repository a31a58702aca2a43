using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace TargetRules.Cli.Tests.Robustness;

/// <summary>
/// Broken plan files through the tool: a clear one-line error and exit 2, or every row in the output with
/// its cells as read. Nothing read is dropped silently; no byte turns silently into U+FFFD.
/// </summary>
public sealed class PlanFileTests
{
    private const string Header = "id\tindicator\ttarget_text\tactual_text\n";

    [Theory]
    [InlineData("plan.tsv", "targetrules: plan.tsv: the file has no header line")]
    [InlineData("plan.csv", "targetrules: plan.csv: the file has no header line")]
    [InlineData("plan.json", "targetrules: plan.json: not valid JSON (line 1): The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true.")]
    [InlineData("plan.yaml", "targetrules: plan.yaml: the header has no indicator (or project, 指标内容, 项目名称) column and no target_text (or 预期目标, 年度目标, 目标) column (found: )")]
    [InlineData("plan.xlsx", "targetrules: plan.xlsx: not a readable .xlsx workbook (Central Directory corrupt.)")]
    public void Evaluate_EmptyFile_OneLineOnStderrAndExit2(string name, string message) =>
        ToolRun.EvaluatePlan(name, "").ShouldFailWith(message);

    [Theory]
    [InlineData("plan.tsv", Header)]
    [InlineData("plan.csv", "序号,指标内容,预期目标,完成情况\r\n")]
    [InlineData("plan.json", "[]")]
    [InlineData("plan.yaml", "rows: []\n")]
    public void Evaluate_HeaderOnly_EmptyReportAndExit0(string name, string content)
    {
        var run = ToolRun.EvaluatePlan(name, content, "--format", "json");

        run.ExitCode.ShouldBe(name == "plan.json" || name == "plan.yaml" ? 2 : 0, run.Stderr);
        if (run.ExitCode == 0)
        {
            run.Stderr.ShouldBeEmpty();
            var json = run.Json();
            json.RootElement.GetProperty("rows").GetArrayLength().ShouldBe(0);
            json.RootElement.GetProperty("summary").EnumerateObject().ShouldAllBe(s => s.Value.GetInt32() == 0);
        }
        else
        {
            // A structured plan without rows has no header either: the columns cannot be checked.
            run.StderrLines.ShouldHaveSingleItem().ShouldEndWith("(found: )");
        }
    }

    [Theory]
    [InlineData("plan.json", "[{\"id\": \"1\", \"name\": \"地区生产总值\", \"goal\": \"增长 6%\"}]", "targetrules: plan.json: the header has no indicator (or project, 指标内容, 项目名称) column and no target_text (or 预期目标, 年度目标, 目标) column (found: id, name, goal)")]
    [InlineData("plan.yaml", "- 指标内容: 地区生产总值\n  完成情况: 增长 7%\n", "targetrules: plan.yaml: the header has no target_text (or 预期目标, 年度目标, 目标) column (found: 指标内容, 完成情况)")]
    [InlineData("plan.tsv", "\uFEFFid\ttarget_text\n1\t增长 6%\n", "targetrules: plan.tsv: the header has no indicator (or project, 指标内容, 项目名称) column (found: id, target_text)")]
    [InlineData("plan.csv", "\"序号\n（1）\",目标\n1,增长 6%\n", "targetrules: plan.csv: the header has no indicator (or project, 指标内容, 项目名称) column (found: 序号\\u000A（1）, 目标)")]
    public void Evaluate_MissingRequiredColumns_OneLineOnStderrAndExit2(string name, string content, string message) =>
        ToolRun.EvaluatePlan(name, content).ShouldFailWith(message);

    [Fact]
    public void Evaluate_DuplicateIds_EveryRowKeptInOrder()
    {
        var run = ToolRun.EvaluatePlan("plan.tsv", Header + "1\t地区生产总值\t增长 6%\t增长 7%\n1\t地区生产总值\t增长 6%\t增长 5%\n1\t地区生产总值\t增长 6%\t\n", "--format", "json");

        run.ExitCode.ShouldBe(0);
        Rows(run).ShouldBe([(1, "1", "增长 7%", "Met"), (2, "1", "增长 5%", "Missed"), (3, "1", "", "NotReported")]);
    }

    [Fact]
    public void Evaluate_RaggedRows_ShortRowsUndeterminedNamingWhatIsMissingAndLongRowsKeepTheirCells()
    {
        var run = ToolRun.EvaluatePlan("plan.tsv", Header + "1\t地区生产总值\n2\t税收\t增长 6%\t增长 7%\t多余\t更多\n3\n4\t地区生产总值\t增长 6%\t增长 7%\n", "--format", "json");

        run.ExitCode.ShouldBe(0);
        Rows(run).ShouldBe([(1, "1", "", "Undetermined"), (2, "2", "增长 7%", "Met"), (3, "3", "", "Undetermined"), (4, "4", "增长 7%", "Met")]);
        Diagnostics(run).ShouldBe([
            "Error target_text: the row has no cell for target_text and actual_text", "",
            "Error indicator: the row has no cell for indicator, target_text and actual_text", ""]);
        var long_ = run.Json().RootElement.GetProperty("rows")[1];
        long_.GetProperty("column5").GetString().ShouldBe("多余");
        long_.GetProperty("column6").GetString().ShouldBe("更多");
    }

    // Rows cut after 1, 3 and 4 columns, then a row whose actual is present but empty, then a whole row.
    [Theory]
    [InlineData("plan.tsv", "id\tcategory\tindicator\ttarget_text\tactual_text\n1\n2\t主要经济指标\t地区生产总值\n3\t主要经济指标\t地区生产总值\t可比增长 6%\n4\t主要经济指标\t地区生产总值\t可比增长 6%\t\n5\t主要经济指标\t地区生产总值\t可比增长 6%\t可比增长 7%\n")]
    [InlineData("plan.csv", "序号,类别,指标内容,预期目标,完成情况\r\n1\r\n2,主要经济指标,地区生产总值\r\n3,主要经济指标,地区生产总值,可比增长 6%\r\n4,主要经济指标,地区生产总值,可比增长 6%,\r\n\"5\",\"主要经济指标\",\"地区生产总值\",\"可比增长 6%\",\"可比增长 7%\"\r\n")]
    [InlineData("plan.json", """
        [{"id": "1"},
         {"id": "2", "category": "主要经济指标", "indicator": "地区生产总值"},
         {"id": "3", "category": "主要经济指标", "indicator": "地区生产总值", "target_text": "可比增长 6%"},
         {"id": "4", "category": "主要经济指标", "indicator": "地区生产总值", "target_text": "可比增长 6%", "actual_text": null},
         {"id": "5", "category": "主要经济指标", "indicator": "地区生产总值", "target_text": "可比增长 6%", "actual_text": "可比增长 7%"}]
        """)]
    [InlineData("plan.yaml", """
        - id: 1
        - {id: 2, category: 主要经济指标, indicator: 地区生产总值}
        - {id: 3, category: 主要经济指标, indicator: 地区生产总值, target_text: 可比增长 6%}
        - {id: 4, category: 主要经济指标, indicator: 地区生产总值, target_text: 可比增长 6%, actual_text: }
        - {id: 5, category: 主要经济指标, indicator: 地区生产总值, target_text: 可比增长 6%, actual_text: 可比增长 7%}
        """)]
    public void Evaluate_CutRowsInEveryFormat_UndeterminedNamingTheMissingColumnsEmptyCellsKeepTheirMeaning(string name, string content)
    {
        var run = ToolRun.EvaluatePlan(name, content, "--format", "json", "--lang", "en");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        Rows(run).ShouldBe([(1, "1", "", "Undetermined"), (2, "2", "", "Undetermined"), (3, "3", "", "Undetermined"), (4, "4", "", "NotReported"), (5, "5", "可比增长 7%", "Met")]);
        Diagnostics(run).ShouldBe([
            "Error indicator: the row has no cell for indicator, target_text and actual_text",
            "Error target_text: the row has no cell for target_text and actual_text",
            "Error actual_text: the row has no cell for actual_text",
            "",
            ""]);
        run.Json().RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("explanation").GetString())
            .Take(3).ShouldBe(["the row has no cell for indicator, target_text and actual_text", "the row has no cell for target_text and actual_text", "the row has no cell for actual_text"]);
    }

    [Fact]
    public void Evaluate_XlsxRowWithoutItsLastCells_ReadAsEmptyCellsBecauseSheetsDoNotStoreThem()
    {
        using var folder = new TempFolder();
        var tsv = folder.Write("plan.tsv", "id\tcategory\tindicator\ttarget_text\tactual_text\n1\t主要经济指标\t地区生产总值\t可比增长 6%\t\n2\t主要经济指标\t地区生产总值\t\t\n");
        var xlsx = Plans.PlanConversions.Write(tsv, ".xlsx", folder);

        var run = ToolRun.Of("evaluate", xlsx, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        Rows(run).ShouldBe([(1, "1", "", "NotReported"), (2, "2", "", "NotAssessed")]);
        Diagnostics(run).ShouldBe(["", ""]);
    }

    [Theory]
    [InlineData("table", "en", "the row has no cell for actual_text")]
    [InlineData("markdown", "en", "| 1 | 地区生产总值 | 可比增长 6% |  | Undetermined | the row has no cell for actual_text |")]
    [InlineData("csv", "en", "1,1,主要经济指标,地区生产总值,可比增长 6%,,Undetermined,the row has no cell for actual_text")]
    [InlineData("html", "en", "the row has no cell for actual_text")]
    [InlineData("csv", "zh", "1,1,主要经济指标,地区生产总值,可比增长 6%,,Undetermined,该行没有 actual_text 列")]
    public void Evaluate_CutRowInEveryOutputFormat_ExplanationSaysWhatIsMissing(string format, string language, string expected)
    {
        var run = ToolRun.EvaluatePlan("plan.tsv", "id\tcategory\tindicator\ttarget_text\tactual_text\n1\t主要经济指标\t地区生产总值\t可比增长 6%\n", "--format", format, "--lang", language);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain(expected);
    }

    [Theory]
    [InlineData("plan.tsv")]
    [InlineData("plan.csv")]
    [InlineData("plan.yaml")]
    public void Evaluate_InvalidUtf8_OneLineNamingTheByteAndExit2(string name)
    {
        using var folder = new TempFolder();
        var text = name switch
        {
            "plan.csv" => "id,indicator,target_text,actual_text\n1,地区生产总值,增长 6%,增长 7",
            "plan.yaml" => "- indicator: 地区生产总值\n  target_text: 增长 6%\n  actual_text: 增长 7",
            _ => Header + "1\t地区生产总值\t增长 6%\t增长 7",
        };
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("%\n")).ToArray();
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);

        ToolRun.Of("evaluate", path).ShouldFailWith($"targetrules: {name}: not valid UTF-8 (byte 0xFF at offset {bytes.Length - 3}); save it as UTF-8");
    }

    // Behind a byte order mark a bad byte was read as U+FFFD, silently: the reader that found the mark decoded leniently.
    [Theory]
    [InlineData("utf-8", "EFBBBF", "FF", "UTF-8", "FF")]
    [InlineData("utf-8", "EFBBBF", "C328", "UTF-8", "C3")]
    [InlineData("utf-16", "FFFE", "00DC", "UTF-16", "00")]
    [InlineData("utf-16BE", "FEFF", "DC00", "UTF-16", "DC")]
    [InlineData("utf-32", "FFFE0000", "00DC0000", "UTF-32", "00")]
    public void Evaluate_InvalidTextBehindAByteOrderMark_OneLineNamingTheByteAndExit2(string encoding, string mark, string bad, string named, string first)
    {
        using var folder = new TempFolder();
        var text = Encoding.GetEncoding(encoding).GetBytes(Header + "1\t地区生产总值\t增长 6%\t");
        var bytes = Convert.FromHexString(mark).Concat(text).Concat(Convert.FromHexString(bad)).Concat(Encoding.GetEncoding(encoding).GetBytes("\n")).ToArray();
        var path = folder.File("plan.tsv");
        File.WriteAllBytes(path, bytes);

        ToolRun.Of("evaluate", path).ShouldFailWith($"targetrules: plan.tsv: not valid {named} (byte 0x{first} at offset {mark.Length / 2 + text.Length}); save it as UTF-8");
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Evaluate_TextWithAByteOrderMark_ReadInItsEncoding(string encoding)
    {
        using var folder = new TempFolder();
        var path = folder.File("plan.tsv");
        File.WriteAllBytes(path, [.. Encoding.GetEncoding(encoding).GetPreamble(), .. Encoding.GetEncoding(encoding).GetBytes(Header + "1\t地区生产总值\t增长 6%\t增长 7%\n")]);

        var run = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        Rows(run).ShouldBe([(1, "1", "增长 7%", "Met")]);
    }

    [Fact]
    public void Evaluate_InvalidUtf8PastTheFirstMegabyte_OneLineAndExit2()
    {
        using var folder = new TempFolder();
        var path = InvalidUtf8PastTheFirstMegabyte(folder);

        var run = ToolRun.Of("evaluate", path, "--format", "csv");

        run.ExitCode.ShouldBe(2);
        run.StderrLines.ShouldBe(["targetrules: the plan is not valid text past its start (bytes C3); save it as UTF-8"]);
    }

    [Theory]
    [InlineData("plan.tsv", "序号\t指标内容\t预期目标\t完成情况\n1\t地区生产总值\t可比增长 6%\t可比增长 7%\n2\t一般公共预算收入\t增长 5%\t下降 2.1%\n")]
    [InlineData("plan.csv", "序号,指标内容,预期目标,完成情况\r\n1,地区生产总值,可比增长 6%,可比增长 7%\r\n2,一般公共预算收入,增长 5%,下降 2.1%\r\n")]
    public void Evaluate_GbkEncodedPlan_ReadAsGbkWithANote(string name, string text)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding("GBK").GetBytes(text));

        var run = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(0);
        run.StderrLines.ShouldBe([$"targetrules: {name} is not UTF-8; read it as GBK (GB18030)"]);
        var rows = run.Json().RootElement.GetProperty("rows");
        rows.EnumerateArray().Select(r => (r.GetProperty("indicator").GetString(), r.GetProperty("state").GetString()))
            .ShouldBe([("地区生产总值", "Met"), ("一般公共预算收入", "Missed")]);
    }

    // Found by fuzzing: GBK but for a lead byte cut at the end was read as GBK, then failed as the reader reached it.
    [Theory]
    [InlineData("plan.tsv", "序号\t指标内容\t预期目标\n1\t地区生产总值\t可比增长 6%\n")]
    [InlineData("policy.yaml", "# 容差\nsyncTolerance: 0.5\n")]
    public void Evaluate_GbkCutInItsLastCharacter_NotValidUtf8NamingTheFirstByte(string name, string text)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GBK").GetBytes(text);
        File.WriteAllBytes(path, [.. bytes, 0x8A]);
        // The texts start with a GBK character that is no UTF-8 (序 D0 F2, 容 C8 DD), so the first byte over 0x7F is the bad one.
        var first = Array.FindIndex(bytes, b => b >= 0x80);

        ToolRun.Of(name == "policy.yaml" ? ["evaluate", "--policy", path] : ["evaluate", path])
            .ShouldFailWith($"targetrules: {name}: not valid UTF-8 (byte 0x{bytes[first]:X2} at offset {first}); save it as UTF-8");
    }

    [Fact]
    public void Evaluate_GbkEncodedReferences_ReadAsGbkWithANote()
    {
        using var folder = new TempFolder();
        var plan = folder.Write("plan.tsv", "序号\t指标内容\t预期目标\t完成情况\n1\t地区生产总值\t增长高于全市平均水平\t增长 7%\n");
        var references = folder.File("refs.tsv");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(references, Encoding.GetEncoding("GBK").GetBytes("地区生产总值\tcity\t增长 5%\t市统计局\n"));

        var run = ToolRun.Of("evaluate", plan, "--references", references, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StderrLines.ShouldBe(["targetrules: refs.tsv is not UTF-8; read it as GBK (GB18030)"]);
        run.Json().RootElement.GetProperty("rows")[0].GetProperty("state").GetString().ShouldBe("Met");
    }

    [Fact]
    public void Evaluate_ZipWithoutWorksheet_OneLineOnStderrAndExit2()
    {
        using var folder = new TempFolder();
        var path = folder.File("plan.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            entry.Write("<workbook>");
        }

        ToolRun.Of("evaluate", path).ShouldFailWith("targetrules: plan.xlsx: the workbook has no worksheet");
    }

    [Fact]
    public void Evaluate_TruncatedXlsx_OneLineOnStderrAndExit2()
    {
        using var folder = new TempFolder();
        var workbook = folder.File("report.xlsx");
        ToolRun.Of("evaluate", "--format", "xlsx", "--output", workbook).ExitCode.ShouldBe(0);
        var bytes = File.ReadAllBytes(workbook);
        var path = folder.File("plan.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var run = ToolRun.Of("evaluate", path);

        run.ExitCode.ShouldBe(2);
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith("targetrules: plan.xlsx: not a readable .xlsx workbook (");
    }

    [Fact]
    public async Task Evaluate_YamlBillionLaughs_RejectedQuicklyNamingTheCell()
    {
        using var folder = new TempFolder();
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        foreach (var (name, previous) in "bcdefghi".Zip("abcdefgh"))
        {
            yaml.Append($"{name}: &{name} [{string.Join(",", Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        yaml.Append("rows:\n  - indicator: *i\n    target_text: 增长 6%\n    actual_text: 增长 7%\n");
        var path = folder.Write("plan.yaml", yaml.ToString());

        // A TimeoutException here means the bomb was expanded.
        var run = await Task.Run(() => ToolRun.Of("evaluate", path)).WaitAsync(TimeSpan.FromSeconds(60));

        run.ShouldFailWith("targetrules: plan.yaml: row 1, 'indicator' (line 9) is a list or mapping, not text");
    }

    [Fact]
    public void Evaluate_YamlRowThatIsNotAMapping_OneLineAndExit2()
    {
        ToolRun.EvaluatePlan("plan.yaml", "rows:\n  - indicator: 地区生产总值\n    target_text: 增长 6%\n  - 增长 7%\n")
            .ShouldFailWith("targetrules: plan.yaml: row 2 (line 4) is not a mapping of column names to text");
    }

    [Fact]
    public void Evaluate_RowsOfUnreadableText_EveryRowInTheOutputWithADiagnostic()
    {
        var run = ToolRun.EvaluatePlan("plan.tsv", Header + "1\t地区生产总值\t\u0001\uFFFF\t增长 7%\n2\t地区生产总值\t增长 6%\t\uD800\n3\t地区生产总值\t增长 6%\t增长 7%\n", "--format", "json");

        run.ExitCode.ShouldBe(0);
        var rows = run.Json().RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("state").GetString()).ShouldBe(["Undetermined", "Undetermined", "Met"]);
        rows[0].GetProperty("diagnostics")[0].GetProperty("column").GetString().ShouldBe("target_text");
        rows[1].GetProperty("diagnostics")[0].GetProperty("column").GetString().ShouldBe("actual_text");
    }

    /// <summary>Each row's diagnostics as "Severity column: message", joined by " | "; "" for a row without any.</summary>
    // A quote never closed made the rest of the file one cell: 1,001 rows in, 2 out, exit 0.
    [Theory]
    [InlineData("1,地区生产总值,\"增长 6%,增长 7%\n", 2, 10)]
    [InlineData("1,地区生产总值,增长 6%,\"增长\"\"7%\"\"\n2,\"地区\n生产总值\",增长 6%,\"增长 7%\n", 4, 13)]
    public void Evaluate_CsvQuoteNeverClosed_OneLineNamingWhereItOpenedAndExit2(string rows, int line, int column)
    {
        var more = string.Concat(Enumerable.Range(3, 999).Select(i => $"{i},地区生产总值,增长 6%,增长 7%\n"));
        var lines = rows.Count(c => c == '\n') + 1 + 999;

        var run = ToolRun.EvaluatePlan("plan.csv", "id,indicator,target_text,actual_text\n" + rows + more, "--format", "json");

        run.ExitCode.ShouldBe(2);
        run.StderrLines.ShouldBe([$"targetrules: plan.csv: line {line}: the quote opened at column {column} is never closed ({lines - line + 1} lines to the end of the file would be one cell); close it, or double a quote inside a field (\"\")"]);
    }

    /// <summary>A plan.tsv of valid rows for 1.2 MB, then a byte that is not UTF-8: the run fails after writing rows.</summary>
    internal static string InvalidUtf8PastTheFirstMegabyte(TempFolder folder)
    {
        var path = folder.File("plan.tsv");
        using var file = File.Create(path);
        var row = Encoding.UTF8.GetBytes("1\t地区生产总值\t增长 6%\t增长 7%\n");
        file.Write(Encoding.UTF8.GetBytes(Header));
        for (var written = 0; written < 1_200_000; written += row.Length)
        {
            file.Write(row);
        }

        file.Write([0xC3, 0x28, 0x0A]);
        return path;
    }

    private static string[] Diagnostics(ToolRun run) =>
        run.Json().RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => string.Join(" | ", r.GetProperty("diagnostics").EnumerateArray()
                .Select(d => $"{d.GetProperty("severity").GetString()} {d.GetProperty("column").GetString()}: {d.GetProperty("message").GetString()}")))
            .ToArray();

    private static (int Row, string Id, string Actual, string State)[] Rows(ToolRun run) =>
        run.Json().RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("id").GetString()!, r.GetProperty("actual").GetString()!, r.GetProperty("state").GetString()!))
            .ToArray();
}
