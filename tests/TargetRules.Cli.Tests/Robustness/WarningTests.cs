using System.Text;

namespace TargetRules.Cli.Tests.Robustness;

/// <summary>
/// A choice the readers make for the user (the last of two keys, a line skipped, a reference that matches nothing)
/// is a warning on stderr naming the file and the line, never silent; the exit code stays 0 and every row is judged.
/// </summary>
public sealed class WarningTests
{
    private const string Header = "id\tindicator\ttarget_text\tactual_text\n";
    private const string Gdp = "1\t地区生产总值\t增长高于全市平均水平\t增长 7%\n";

    // (plan, its text, the warnings, each row as "indicator actual state")
    [Theory]
    [InlineData("plan.json", "[\n {\"indicator\": \"地区生产总值\", \"target_text\": \"增长 6%\",\n  \"actual_text\": \"增长 5%\",\n  \"actual_text\": \"增长 7%\"}\n]",
        "targetrules: plan.json:4: row 1 has the key 'actual_text' again (first at line 3); the last is used", "地区生产总值 增长 7% Met")]
    [InlineData("plan.json", "{\"rows\": [{\"indicator\": \"税收\", \"target_text\": \"增长 6%\", \"target_text\": \"增长 9%\"}],\n \"rows\": [\n  {\"indicator\": \"地区生产总值\", \"target_text\": \"增长 6%\", \"actual_text\": \"增长 7%\"}]}",
        "targetrules: plan.json:2: the key 'rows' is given again (first at line 1); the last is used", "地区生产总值 增长 7% Met")]
    [InlineData("plan.json", "{\"rows\": [],\n \"rows\": [\n  5,\n  {\"indicator\": \"税收\", \"target_text\": \"增长 6%\", \"actual_text\": \"增长 7%\", \"extra\": {\"a\": 1, \"a\": 2},\n   \"indicator\": \"地区生产总值\"}],\n \"rows\": [\n  {\"indicator\": \"一般公共预算收入\", \"indicator\": \"税收\", \"target_text\": \"增长 6%\", \"actual_text\": \"增长 7%\"}]}",
        "targetrules: plan.json:2: the key 'rows' is given again (first at line 1); the last is used\ntargetrules: plan.json:6: the key 'rows' is given again (first at line 1); the last is used\ntargetrules: plan.json:7: row 1 has the key 'indicator' again (first at line 7); the last is used",
        "税收 增长 7% Met")]
    [InlineData("plan.json", "[\"增长 6%\",\n {\"indicator\": \"地区生产总值\", \"target_text\": \"增长 6%\", \"actual_text\": \"增长 7%\",\n  \"\\u0061ctual_text\": \"增长 5%\"}]",
        "targetrules: plan.json:3: row 2 has the key 'actual_text' again (first at line 2); the last is used", "  Undetermined|地区生产总值 增长 5% Missed")]
    [InlineData("plan.json", "[{\"indicator\": \"地区生产总值\", \"target_text\": \"增长 6%\", \"actual_text\": \"增长 7%\", \"备注\\n\": \"\", \"备注\\n\": \"\"}]",
        "targetrules: plan.json:1: row 1 has the key '备注\\u000A' again (first at line 1); the last is used", "地区生产总值 增长 7% Met")]
    [InlineData("plan.json", "{\"ti\\ud800tle\": 1, \"rows\": [{\"a\\ud800\": 1}],\n \"rows\": [{\"indicator\": \"地区生产总值\", \"target_text\": \"增长 6%\", \"actual_text\": \"增长 7%\"}]}",
        "targetrules: plan.json:2: the key 'rows' is given again (first at line 1); the last is used", "地区生产总值 增长 7% Met")]
    [InlineData("plan.tsv", Header + "\t\t\t\n1\t地区生产总值\t增长 6%\t增长 7%\n,,,\n \t \n\n2\t税收\t增长 6%\t增长 5%\n\t\n",
        "targetrules: plan.tsv:2: skipped a line that holds no cells, only tabs, and 2 more such lines (the last at line 8)",
        "地区生产总值 增长 7% Met|  Undetermined|税收 增长 5% Missed")]
    [InlineData("plan.csv", ",,,\nid,indicator,target_text,actual_text\n1,地区生产总值,增长 6%,增长 7%\n , ,\n\"\",\"\",\"增长 6%\",\"\"\n",
        "targetrules: plan.csv:1: skipped a line that holds no cells, only commas, and 1 more such line (the last at line 4)",
        "地区生产总值 增长 7% Met|  NotReported")]
    [InlineData("plan.csv", "id,indicator,target_text,actual_text\n1,地区生产总值,增长 6%,增长 7%\n,,,,,,\n",
        "targetrules: plan.csv:3: skipped a line that holds no cells, only commas", "地区生产总值 增长 7% Met")]
    public void Evaluate_ChoiceInThePlan_WarnsNamingTheLineAndJudgesEveryRow(string name, string text, string warnings, string rows)
    {
        var run = ToolRun.EvaluatePlan(name, text, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StderrLines.ShouldBe(warnings.Split('\n'));
        Rows(run).ShouldBe(rows);
    }

    [Theory]
    [InlineData("plan.json", "[{\"indicator\": \"地区生产总值\", \"indicator\": \"税收\"}]",
        "targetrules: plan.json: the header has no target_text (or 预期目标, 年度目标, 目标) column (found: indicator)")]
    [InlineData("plan.tsv", "\t\t\nid\tindicator\n", "targetrules: plan.tsv: the header has no target_text (or 预期目标, 年度目标, 目标) column (found: id, indicator)")]
    [InlineData("plan.yaml", "- indicator: 地区生产总值\n  indicator: 税收\n  target_text: 增长 6%\n", "targetrules: plan.yaml: not valid YAML (line 2): Duplicate key indicator")]
    public void Evaluate_ChoiceInAPlanRefused_OnlyTheRefusal(string name, string text, string message) =>
        ToolRun.EvaluatePlan(name, text).ShouldFailWith(message);

    // (references, the warnings, the row's state: the last of two city figures decides it)
    [Theory]
    [InlineData("地区生产总值\tcity\t增长 8%\n地区生产总值\tcity\t增长 5%\n",
        "targetrules: refs.tsv:2: the city figure of '地区生产总值' is given again (first at line 1); the last is used", "Met")]
    [InlineData("indicator\tkey\tvalue\n地区生产总值\tcity\t增长 5%\n# revised\n 地区生产总值 \tCITY\t增长 8%\t市统计局\n",
        "targetrules: refs.tsv:4: the city figure of '地区生产总值' is given again (first at line 2); the last is used", "Missed")]
    [InlineData("地区生产总值\tcity\t增长 5%\n地区生产总值\tbaseline\t500 亿元\n全区生产总值\tcity\t增长 5%\n税收\tquota\t12500 人\n",
        "targetrules: refs.tsv:3: no row of the plan is named '全区生产总值', nor a slash part of one; its city figure is not used\ntargetrules: refs.tsv:4: no row of the plan is named '税收', nor a slash part of one; its quota is not used", "Met")]
    [InlineData("税收\tverdict\t达标\n地区生产总值\tcity\t增长 9%\n税收\tverdict\t达标\n",
        "targetrules: refs.tsv:3: the verdict of '税收' is given again (first at line 1); the last is used\ntargetrules: refs.tsv:1: no row of the plan is named '税收', nor a slash part of one; its verdict is not used",
        "Missed")]
    public void Evaluate_ChoiceInTheReferences_WarnsNamingTheLines(string references, string warnings, string state)
    {
        using var folder = new TempFolder();
        var plan = folder.Write("plan.tsv", Header + Gdp);

        var run = ToolRun.Of("evaluate", plan, "--references", folder.Write("refs.tsv", references), "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StderrLines.ShouldBe(warnings.Split('\n'));
        run.Json().RootElement.GetProperty("rows")[0].GetProperty("state").GetString().ShouldBe(state);
    }

    [Theory]
    [InlineData("商品销售总额\tcity\t下降 5%\n")]
    [InlineData("社会消费品零售总额／商品销售总额\tcity\t下降 5%\n")]
    [InlineData("工业投资 [2]\tcity\t下降 5%\n")]
    [InlineData("工业投资\tcity\t下降 5%\n")]
    [InlineData("税收收入\tcity\t增长 5%\n")]
    public void Evaluate_ReferenceNamingASlashPartOrAComponentEvenOfAnUnreadableRow_NoWarning(string references)
    {
        using var folder = new TempFolder();
        var plan = folder.Write("plan.tsv", Header
            + "1\t社会消费品零售总额/商品销售总额\t增长与全市保持同步/增长与全市保持同步\t下降 3.2%/下降 6.1%\n"
            + "2\t工业投资\t增长与全市保持同步/增长与全市保持同步\t增长 1%/增长 2%\n"
            + "3\t一般公共预算收入/税收收入\t\u0001\t\n");

        var run = ToolRun.Of("evaluate", plan, "--references", folder.Write("refs.tsv", references), "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_ReferencesWithAChoiceThenABadLine_OnlyTheRefusal()
    {
        using var folder = new TempFolder();
        var plan = folder.Write("plan.tsv", Header + Gdp);
        var references = folder.File("refs.tsv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(references, Encoding.GetEncoding("GBK").GetBytes("地区生产总值\tcity\t增长 5%\n地区生产总值\tcity\t增长 6%\n地区生产总值\tcity\n"));

        ToolRun.Of("evaluate", plan, "--references", references).ShouldFailWith("targetrules: refs.tsv:3: expected indicator, key and value separated by tabs");
    }

    [Fact]
    public void Evaluate_GbkEncodedYamlPlanAndPolicy_ReadAsGbkWithANoteEach()
    {
        using var folder = new TempFolder();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK");
        var plan = folder.File("plan.yaml");
        File.WriteAllBytes(plan, gbk.GetBytes("- 指标内容: 地区生产总值\n  预期目标: 可比增长 6%\n  完成情况: 可比增长 7%\n"));
        var policy = folder.File("policy.yaml");
        File.WriteAllBytes(policy, gbk.GetBytes("# 同步容差\nsyncTolerance: 0.5\n"));

        var run = ToolRun.Of("evaluate", plan, "--policy", policy, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StderrLines.ShouldBe(["targetrules: policy.yaml is not UTF-8; read it as GBK (GB18030)", "targetrules: plan.yaml is not UTF-8; read it as GBK (GB18030)"]);
        run.Json().RootElement.GetProperty("rows")[0].GetProperty("state").GetString().ShouldBe("Met");
    }

    // A references file meant for another plan, a plan whose every row repeats a key: ten warnings, then how many more.
    [Fact]
    public void Evaluate_ManyWarningsOfAKind_TenThenHowManyMore()
    {
        using var folder = new TempFolder();
        var rows = Enumerable.Range(1, 13).Select(i => $"{{\"indicator\": \"税收{i}\", \"target_text\": \"增长 6%\", \"target_text\": \"增长 5%\"}}");
        var plan = folder.Write("plan.json", "[\n" + string.Join(",\n", rows) + "]");
        var lines = Enumerable.Range(1, 12).Select(i => $"区{i}\tcity\t增长 5%\n").Concat(Enumerable.Range(1, 12).Select(i => $"税收{i}\tbaseline\t{i} 亿元\n"));
        var references = folder.Write("refs.tsv", string.Concat(lines.Concat(lines.Skip(12))));

        var run = ToolRun.Of("evaluate", plan, "--references", references, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StderrLines.ShouldBe([
            .. Enumerable.Range(25, 10).Select(i => $"targetrules: refs.tsv:{i}: the baseline of '税收{i - 24}' is given again (first at line {i - 12}); the last is used"),
            "targetrules: refs.tsv: 2 more figures given again, the last at line 36; the last of each is used",
            .. Enumerable.Range(2, 10).Select(i => $"targetrules: plan.json:{i}: row {i - 1} has the key 'target_text' again (first at line {i}); the last is used"),
            "targetrules: plan.json: 3 more keys given again in rows, the last at line 14; the last of each is used",
            .. Enumerable.Range(1, 10).Select(i => $"targetrules: refs.tsv:{i}: no row of the plan is named '区{i}', nor a slash part of one; its city figure is not used"),
            "targetrules: refs.tsv: 2 more lines name no row of the plan, the last at line 12; their references are not used"]);
        run.Json().RootElement.GetProperty("rows").GetArrayLength().ShouldBe(13);
    }

    /// <summary>Each row as "indicator actual state", joined by "|".</summary>
    private static string Rows(ToolRun run) =>
        string.Join("|", run.Json().RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("indicator").GetString()} {r.GetProperty("actual").GetString()} {r.GetProperty("state").GetString()}"));
}
