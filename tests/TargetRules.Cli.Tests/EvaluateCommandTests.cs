using System.Text.Json;
using TargetRules.Cli.Tests.Plans;
using TargetRules.Evaluation;

namespace TargetRules.Cli.Tests;

public sealed class EvaluateCommandTests
{
    public static TheoryData<string> Tables => new()
    {
        "baoshan-2022-indicators.tsv", "baoshan-2022-projects.tsv", "baoshan-2023-indicators.tsv", "baoshan-2023-projects.tsv",
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Evaluate_BaoshanTableAsJson_EveryRowOnceInInputOrder(string table)
    {
        var (_, expected) = PlanConversions.ReadTsv(Repository.Data(table));

        var run = ToolRun.Of("evaluate", Repository.Data(table), "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        using var json = run.Json();
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("id").GetString()).ShouldBe(expected.Select(cells => cells[0]));
        rows.Select(r => r.GetProperty("row").GetInt32()).ShouldBe(Enumerable.Range(1, expected.Count));
        rows.Select(r => r.GetProperty("target").GetString()).ShouldBe(expected.Select(cells => cells[^2]));
        var summary = json.RootElement.GetProperty("summary").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        summary.Keys.ShouldBe(["Met", "Missed", "PartiallyMet", "AwaitingCityFeedback", "NotAssessed", "NotReported", "Undetermined"]);
        summary.Values.Sum().ShouldBe(expected.Count);
        foreach (var state in summary.Keys)
        {
            summary[state].ShouldBe(rows.Count(r => r.GetProperty("state").GetString() == state), state);
        }
    }

    [Fact]
    public void Evaluate_WithoutPlan_EvaluatesTheBundledBaoshan2022Table()
    {
        var bundled = ToolRun.Of("evaluate", "--format", "json");
        var explicitPlan = ToolRun.Of("evaluate", Repository.Data("baoshan-2022-indicators.tsv"), "--format", "json");

        bundled.ExitCode.ShouldBe(0, bundled.Stderr);
        bundled.Stdout.ShouldBe(explicitPlan.Stdout);
        File.ReadAllText(EvaluateCommand.BundledPlan).ShouldBe(File.ReadAllText(Repository.Data("baoshan-2022-indicators.tsv")));
    }

    [Fact]
    public void Evaluate_DefaultFormatPiped_PlainTableEndingWithTheSummaryLine()
    {
        var run = ToolRun.Of("evaluate");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldNotContain("\u001b[");
        run.Stdout.ShouldContain("│ 判定");
        run.Stdout.ShouldContain("居民平均预期寿命");
        var json = ToolRun.Of("evaluate", "--format", "json").Json();
        var summary = json.RootElement.GetProperty("summary").EnumerateObject().Where(p => p.Value.GetInt32() > 0)
            .Select(p => $"{Enum.Parse<AttainmentState>(p.Name).Chinese()} {p.Value.GetInt32()}");
        run.Stdout.TrimEnd().Split('\n')[^1].ShouldBe($"共 25 行：{string.Join("，", summary)}");
    }

    [Fact]
    public void Evaluate_LangEn_EnglishHeadingsStatesAndSummary()
    {
        var run = ToolRun.Of("evaluate", "--lang", "en");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("│ State");
        run.Stdout.ShouldNotContain("判定");
        run.Stdout.TrimEnd().Split('\n')[^1].ShouldStartWith("25 rows: ");
    }

    [Theory]
    [InlineData("baoshan-2022-indicators.tsv", ".csv")]
    [InlineData("baoshan-2022-indicators.tsv", ".json")]
    [InlineData("baoshan-2022-indicators.tsv", ".yaml")]
    [InlineData("baoshan-2022-indicators.tsv", ".xlsx")]
    [InlineData("baoshan-2023-projects.tsv", ".csv")]
    [InlineData("baoshan-2023-projects.tsv", ".json")]
    [InlineData("baoshan-2023-projects.tsv", ".yaml")]
    [InlineData("baoshan-2023-projects.tsv", ".xlsx")]
    public void Evaluate_SameTableInAnotherFormat_SameJsonAsTheTsv(string table, string extension)
    {
        using var folder = new TempFolder();
        var converted = PlanConversions.Write(Repository.Data(table), extension, folder);

        var run = ToolRun.Of("evaluate", converted, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldBe(ToolRun.Of("evaluate", Repository.Data(table), "--format", "json").Stdout);
    }

    [Fact]
    public void Evaluate_CsvWithChineseHeadersBomCrlfCommentsAndQuotes_ReadsEveryRowAndKeepsTheExtraColumn()
    {
        var run = ToolRun.Of("evaluate", Repository.Fixture("chinese-headers.csv"), "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = run.Json();
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("id").GetString()).ShouldBe(["1", "7", "18"]);
        rows.Select(r => r.GetProperty("indicator").GetString()).ShouldBe(["地区生产总值", "实际到位外资额", "城镇污水处理率"]);
        rows[0].GetProperty("target").GetString().ShouldBe("可比增长 6%（增长高于全市平均水平）");
        rows[1].GetProperty("备注").GetString().ShouldBe("单位：万美元, 亿美元");
        rows[2].GetProperty("备注").GetString().ShouldBe("口径：\"城镇\"\n含农村");
        rows[2].GetProperty("actual").GetString().ShouldBe("97%");
    }

    [Fact]
    public void Evaluate_ProjectTable_KeepsTheInvestmentColumnAndNamesTheProject()
    {
        var run = ToolRun.Of("evaluate", Repository.Data("baoshan-2022-projects.tsv"), "--format", "json");

        using var json = run.Json();
        var first = json.RootElement.GetProperty("rows")[0];
        first.GetProperty("indicator").GetString().ShouldBe("宝钱公路道路新建工程 (沪太路-潘泾路)");
        first.GetProperty("investment_yi_yuan").GetString().ShouldBe("8.9");
    }

    [Fact]
    public void Evaluate_BrokenRows_EveryRowJudgedOnceAndTheBatchGoesOn()
    {
        var run = ToolRun.Of("evaluate", Repository.Fixture("bad-rows.tsv"), "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        using var json = run.Json();
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("id").GetString()).ShouldBe(["1", "2", "3", "4", "5", "6"]);
        rows[1].GetProperty("state").GetString().ShouldBe("Undetermined");
        rows[1].GetProperty("diagnostics").GetArrayLength().ShouldBeGreaterThan(0);
        rows[2].GetProperty("indicator").GetString().ShouldBe("");
        rows[2].GetProperty("state").GetString().ShouldBe("Undetermined");
        rows[2].GetProperty("diagnostics")[0].GetProperty("message").GetString().ShouldBe("the row has no cell for indicator, target_text and actual_text");
        rows[3].GetProperty("column6").GetString().ShouldBe("多余 1");
        rows[3].GetProperty("column7").GetString().ShouldBe("多余 2");
        rows[5].GetProperty("state").GetString().ShouldBe("Missed");
    }

    [Fact]
    public void Evaluate_References_CityFiguresAndQuotasSettleAwaitingRows()
    {
        var without = ToolRun.Of("evaluate", "--format", "json");
        var with = ToolRun.Of("evaluate", "--references", Repository.Fixture("references.tsv"), "--format", "json");

        with.ExitCode.ShouldBe(0, with.Stderr);
        State(without, "社会消费品零售总额/商品销售总额").ShouldBe("AwaitingCityFeedback");
        State(with, "社会消费品零售总额/商品销售总额").ShouldBe("PartiallyMet");
        State(without, "城镇登记失业人数").ShouldBe("AwaitingCityFeedback");
        State(with, "城镇登记失业人数").ShouldBe("Met");
    }

    [Theory]
    [InlineData("完成", "Met")]
    [InlineData("已完成", "Met")]
    [InlineData("达标", "Met")]
    [InlineData("未完成", "Missed")]
    [InlineData("未达标", "Missed")]
    public void Evaluate_CityVerdictInReferences_SettlesTheRowWaitingForIt(string verdict, string state)
    {
        var run = ToolRun.OnFile("refs.tsv", $"单位生产总值能耗降低率\tverdict\t{verdict}\n", path => ["evaluate", "--references", path, "--format", "json"]);

        run.ExitCode.ShouldBe(0, run.Stderr);
        State(run, "单位生产总值能耗降低率").ShouldBe(state);
    }

    [Fact]
    public void Evaluate_ReferenceKeysInAnyCase_ReadAlike()
    {
        var lower = ToolRun.OnFile("refs.tsv", "城镇登记失业人数\tquota\t12500 人\n", path => ["evaluate", "--references", path, "--format", "json"]);
        var upper = ToolRun.OnFile("refs.tsv", "城镇登记失业人数\tQUOTA\t12500 人\n", path => ["evaluate", "--references", path, "--format", "json"]);

        upper.ExitCode.ShouldBe(0, upper.Stderr);
        State(upper, "城镇登记失业人数").ShouldBe("Met");
        upper.Stdout.ShouldBe(lower.Stdout);
    }

    [Fact]
    public void Evaluate_Elapsed_CumulativeAmountsProratedRatesCompareDirectly()
    {
        var annual = ToolRun.Of("evaluate", Repository.Fixture("interim.tsv"), "--format", "json");
        var half = ToolRun.Of("evaluate", Repository.Fixture("interim.tsv"), "--elapsed", "0.5", "--format", "json");

        half.ExitCode.ShouldBe(0, half.Stderr);
        States(annual).ShouldBe(["Missed", "Missed", "Missed"]);
        States(half).ShouldBe(["Met", "Missed", "Met"]);
        ToolRun.Of("evaluate", Repository.Fixture("interim.tsv"), "--period", "H1", "--format", "json").Stdout.ShouldBe(half.Stdout);
    }

    [Fact]
    public void Evaluate_PolicyFile_OverridesTheDefaults()
    {
        var defaults = ToolRun.Of("evaluate", "--format", "json");
        var strict = ToolRun.Of("evaluate", "--policy", Repository.Fixture("policy.json"), "--format", "json");
        var yaml = ToolRun.Of("evaluate", "--policy", Repository.Fixture("policy.yaml"), "--format", "json");

        strict.ExitCode.ShouldBe(0, strict.Stderr);
        yaml.ExitCode.ShouldBe(0, yaml.Stderr);
        State(defaults, "居民平均预期寿命").ShouldBe("Met");
        State(strict, "居民平均预期寿命").ShouldBe("AwaitingCityFeedback");
    }

    [Theory]
    [InlineData("policy.yaml", "lowerIsBetter: [投诉率, 空置率]\n")]
    [InlineData("policy.yaml", "lower_is_better:\n  - 投诉率\n")]
    [InlineData("policy.json", "{\"lowerIsBetter\": [\"投诉率\"]}")]
    [InlineData("policy.json", "{\"lowerIsBetter\": \"投诉率、空置率\"}")]
    public void Evaluate_PolicyNamesIndicatorsBetterLower_TheirBareFiguresAreCaps(string name, string policy)
    {
        var (defaults, lower) = WithAndWithoutPolicy("1\t投诉率\t5%\t4%", name, policy);

        lower.ExitCode.ShouldBe(0, lower.Stderr);
        State(defaults, "投诉率").ShouldBe("Missed");
        State(lower, "投诉率").ShouldBe("Met");
    }

    [Theory]
    [InlineData("policy.yaml", "higherIsBetter: [投诉率]\n", "Met")]
    [InlineData("policy.yaml", "higher_is_better: 投诉率\n", "Met")]
    [InlineData("policy.json", "{\"lowerIsBetter\": [\"投诉率\"]}", "Missed")]
    public void Evaluate_PolicySaysWhichWayIsBetter_SettlesAboutOnARateOfUnknownDirection(string name, string policy, string state)
    {
        var (defaults, settled) = WithAndWithoutPolicy("1\t投诉率\t90%左右\t93%", name, policy);

        settled.ExitCode.ShouldBe(0, settled.Stderr);
        State(defaults, "投诉率").ShouldBe("Undetermined");
        State(settled, "投诉率").ShouldBe(state);
    }

    // A one-row plan evaluated as it is and under a policy file written as named.
    private static (ToolRun Defaults, ToolRun WithPolicy) WithAndWithoutPolicy(string row, string policyName, string policy)
    {
        using var folder = new TempFolder();
        var plan = Path.Combine(folder.Path, "plan.tsv");
        File.WriteAllText(plan, $"id\tindicator\ttarget_text\tactual_text\n{row}\n");
        var policyPath = Path.Combine(folder.Path, policyName);
        File.WriteAllText(policyPath, policy);

        return (ToolRun.Of("evaluate", plan, "--format", "json"), ToolRun.Of("evaluate", plan, "--policy", policyPath, "--format", "json"));
    }

    [Fact]
    public void Evaluate_Markdown_TableAndSummaryLine()
    {
        var run = ToolRun.Of("evaluate", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var lines = run.Stdout.TrimEnd().Split('\n');
        lines[0].ShouldBe("| 序号 | 指标 | 目标 | 完成情况 | 判定 | 说明 |");
        lines[1].ShouldBe("|---|---|---|---|---|---|");
        lines[2].ShouldStartWith("| 1 | 地区生产总值 | 可比增长 6%（增长高于全市平均水平） | 可比下降 0.5% | ");
        lines.Length.ShouldBe(2 + 25 + 2);
        lines[^1].ShouldStartWith("共 25 行：");
    }

    [Theory]
    [InlineData("report.md", "| 序号 | 指标 | 目标 | 完成情况 | 判定 | 说明 |")]
    [InlineData("report.json", "{")]
    [InlineData("report.html", "<!DOCTYPE html>")]
    [InlineData("report.txt", "╭──────┬")]
    public void Evaluate_OutputWithoutFormat_TheExtensionPicksTheFormat(string name, string firstLine)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);

        ToolRun.Of("evaluate", "--output", path).ExitCode.ShouldBe(0);

        File.ReadAllLines(path)[0].ShouldStartWith(firstLine);
    }

    [Fact]
    public void Evaluate_CsvToFile_BomHeaderAndOneRecordPerRow()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.csv");

        var run = ToolRun.Of("evaluate", Repository.Data("baoshan-2022-projects.tsv"), "--output", path);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StdoutBytes.ShouldBeEmpty();
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith($"targetrules: wrote {path}: 共 16 行：");
        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = File.ReadAllLines(path);
        lines[0].ShouldBe("row,id,category,indicator,target,actual,state,explanation,investment_yi_yuan");
        lines.Length.ShouldBe(17);
        lines[1].ShouldStartWith("1,1,区级骨干路网,宝钱公路道路新建工程 (沪太路-潘泾路),施工,管线搬迁进场施工,");
        lines[1].ShouldEndWith(",8.9");
    }

    [Fact]
    public void Evaluate_XlsxOutput_ReadsBackAsAPlanWithTheSameStates()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.xlsx");

        var run = ToolRun.Of("evaluate", Repository.Data("baoshan-2022-projects.tsv"), "--output", path);
        var again = ToolRun.Of("evaluate", path, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        again.ExitCode.ShouldBe(0, again.Stderr);
        var original = ToolRun.Of("evaluate", Repository.Data("baoshan-2022-projects.tsv"), "--format", "json");
        States(again).ShouldBe(States(original));
        using var json = again.Json();
        var first = json.RootElement.GetProperty("rows")[0];
        first.GetProperty("判定").GetString().ShouldBe(Enum.Parse<AttainmentState>(States(original)[0]).Chinese());
        first.GetProperty("investment_yi_yuan").GetString().ShouldBe("8.9");
    }

    [Fact]
    public void Evaluate_XlsxOutput_StateCellsFilledWithTheStateColour()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.xlsx");
        ToolRun.Of("evaluate", "--output", path).ExitCode.ShouldBe(0);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var fills = stylesheet.Fills!.Elements<DocumentFormat.OpenXml.Spreadsheet.Fill>().ToList();
        var formats = stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ToList();
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        var header = rows[0].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        header.ShouldBe(["序号", "类别", "指标内容", "预期目标", "完成情况", "判定", "说明"]);
        var colours = rows.Skip(1).Select(row =>
        {
            var cell = row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(5);
            var fill = fills[(int)formats[(int)cell.StyleIndex!.Value].FillId!.Value];
            return (cell.InnerText, fill.PatternFill!.ForegroundColor!.Rgb!.Value);
        }).Distinct().ToList();
        colours.ShouldContain(("完成", "FF2E7D32"));
        colours.ShouldContain(("未完成", "FFC62828"));
        colours.Select(c => c.InnerText).ShouldBeUnique();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Evaluate_XlsxOutput_ValidAgainstTheOpenXmlSchema(string language)
    {
        using var folder = new TempFolder();
        var path = folder.File("report.xlsx");
        ToolRun.Of("evaluate", "--lang", language, "--output", path).ExitCode.ShouldBe(0);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri}: {e.Description}").ShouldBeEmpty();
        document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value.ShouldBe(language == "en" ? "Evaluation" : "评估");
    }

    [Fact]
    public void Evaluate_EnglishXlsxReadBack_EarlierStateColumnKeptUnderAnotherName()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.xlsx");
        ToolRun.Of("evaluate", "--lang", "en", "--output", path).ExitCode.ShouldBe(0);

        var again = ToolRun.Of("evaluate", path, "--format", "json");

        again.ExitCode.ShouldBe(0, again.Stderr);
        using var json = again.Json();
        var first = json.RootElement.GetProperty("rows")[0];
        first.EnumerateObject().Select(p => p.Name).ShouldBeUnique();
        first.GetProperty("state_input").GetString().ShouldBe(first.GetProperty("state").GetString());
        first.GetProperty("explanation_input").GetString().ShouldStartWith("comparable growth");
    }

    [Fact]
    public void Evaluate_XlsxToPipedStdout_WritesTheWorkbookBytes()
    {
        var run = ToolRun.Of("evaluate", "--format", "xlsx");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StdoutBytes.Take(2).ShouldBe("PK"u8.ToArray());
    }

    internal static string[] States(ToolRun run)
    {
        using var json = run.Json();
        return json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("state").GetString()!).ToArray();
    }

    internal static string State(ToolRun run, string indicator)
    {
        using var json = run.Json();
        return json.RootElement.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("indicator").GetString() == indicator).GetProperty("state").GetString()!;
    }
}
