namespace TargetRules.Cli.Tests;

/// <summary>Every kind of broken input: exit 2, exactly one line on stderr, nothing on stdout, no stack trace.</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("", "targetrules: missing command: evaluate or parse (see targetrules --help)")]
    [InlineData("check", "targetrules: unknown command 'check' (expected evaluate or parse)")]
    [InlineData("evaluate|--format|pdf", "targetrules: unknown format 'pdf' (expected table, markdown, json, csv, html or xlsx)")]
    [InlineData("evaluate|--lang|fr", "targetrules: unknown language 'fr' (expected zh or en)")]
    [InlineData("evaluate|--elapsed|1.5", "targetrules: --elapsed '1.5' is not a share of the year in (0, 1], e.g. 0.5")]
    [InlineData("evaluate|--elapsed|half", "targetrules: --elapsed 'half' is not a share of the year in (0, 1], e.g. 0.5")]
    [InlineData("evaluate|--period|Q5", "targetrules: --period 'Q5' is not one of H1, H2, Q1..Q4, M1..M12")]
    [InlineData("evaluate|--period|H1|--elapsed|0.5", "targetrules: give either --elapsed or --period, not both")]
    [InlineData("evaluate|--verbose", "targetrules: unknown option '--verbose' for evaluate (see --help)")]
    [InlineData("evaluate|--output", "targetrules: option '--output' needs a value")]
    [InlineData("evaluate|a.tsv|b.tsv", "targetrules: evaluate takes one PLAN; 'b.tsv' is a second one")]
    [InlineData("evaluate|missing.tsv", "targetrules: plan file 'missing.tsv' not found")]
    [InlineData("evaluate|--references|missing.tsv", "targetrules: references file 'missing.tsv' not found")]
    [InlineData("evaluate|--policy|missing.yaml", "targetrules: policy file 'missing.yaml' not found")]
    [InlineData("parse", "targetrules: parse needs the TEXT of a target, e.g. targetrules parse \"可比增长 6%以上\"")]
    [InlineData("parse|6%|--format|xml", "targetrules: unknown format 'xml' for parse (expected tree or json)")]
    public void Run_UsageError_OneLineOnStderrAndExit2(string args, string message)
    {
        ToolRun.Of(args.Length == 0 ? [] : args.Split('|')).ShouldFailWith(message);
    }

    [Theory]
    [InlineData("plan.pdf", "x", "targetrules: 'plan.pdf': unknown plan format '.pdf' (expected .tsv, .csv, .json, .yaml or .xlsx)")]
    [InlineData("plan", "x", "targetrules: 'plan' has no extension to tell its format (expected .tsv, .csv, .json, .yaml or .xlsx)")]
    [InlineData("plan.tsv", "# only a comment\n", "targetrules: plan.tsv: the file has no header line")]
    [InlineData("plan.tsv", "id\tname\tgoal\n1\t地区生产总值\t6%\n", "targetrules: plan.tsv: the header has no indicator (or project, 指标内容, 项目名称) column and no target_text (or 预期目标, 年度目标, 目标) column (found: id, name, goal)")]
    [InlineData("plan.csv", "序号,指标内容,完成情况\n1,地区生产总值,6%\n", "targetrules: plan.csv: the header has no target_text (or 预期目标, 年度目标, 目标) column (found: 序号, 指标内容, 完成情况)")]
    [InlineData("plan.json", "[{\"indicator\": \"a\", ", "targetrules: plan.json: not valid JSON (line 1): Expected start of a property name or value, but instead reached end of data.")]
    [InlineData("plan.json", "{\"plan\": 1}", "targetrules: plan.json: expected a list of rows, or an object with a \"rows\" list")]
    [InlineData("plan.yaml", "rows:\n  - indicator: [a\n", "targetrules: plan.yaml: not valid YAML (line 3): While parsing a flow sequence, did not find expected ',' or ']'.")]
    [InlineData("plan.xlsx", "not a zip", "targetrules: plan.xlsx: not a readable .xlsx workbook (Central Directory corrupt.)")]
    public void Evaluate_UnreadablePlan_OneLineOnStderrAndExit2(string name, string content, string message) =>
        ToolRun.EvaluatePlan(name, content).ShouldFailWith(message);

    [Theory]
    [InlineData("plan file", "")]
    [InlineData("plan file", "plan.tsv")]
    [InlineData("references file", "refs.tsv")]
    [InlineData("policy file", "policy.yaml")]
    public void Evaluate_InputIsADirectory_SaysSoOnOneLineAndExit2(string what, string name)
    {
        using var folder = new TempFolder();
        var directory = Directory.CreateDirectory(Path.Combine(folder.Path, name)).FullName;
        string[] args = what switch
        {
            "plan file" => ["evaluate", directory],
            "references file" => ["evaluate", "--references", directory],
            _ => ["evaluate", "--policy", directory],
        };

        ToolRun.Of(args).ShouldFailWith($"targetrules: {what} '{directory}' is a directory");
    }

    [Theory]
    [InlineData("地区生产总值\tcity\n", "targetrules: refs.tsv:1: expected indicator, key and value separated by tabs")]
    [InlineData("# 市级数据\n地区生产总值\taverage\t增长 3%\n", "targetrules: refs.tsv:2: unknown key 'average' (expected city, quota, baseline or verdict)")]
    [InlineData("城镇登记失业人数\tquota\t11398 人\n地区生产总值\tcıty\t增长 3%\n", "targetrules: refs.tsv:2: unknown key 'cıty' (expected city, quota, baseline or verdict)")]
    public void Evaluate_BrokenReferences_OneLineOnStderrAndExit2(string content, string message) =>
        ToolRun.OnFile("refs.tsv", content, path => ["evaluate", "--references", path]).ShouldFailWith(message);

    [Fact]
    public void Evaluate_LargeReferencesFileWithTwoBadLines_ReportsTheFirst()
    {
        // Among thousands of lines the one reported is the first bad one, not any later one.
        var lines = Enumerable.Range(0, 6000).Select(i => $"指标{i}\tcity\t增长 {i % 9}%").ToArray();
        lines[5000] = "指标5000\taverage\t增长 3%";
        lines[4500] = "指标4500\tcity";

        ToolRun.OnFile("refs.tsv", string.Join('\n', lines) + "\n", path => ["evaluate", "--references", path])
            .ShouldFailWith("targetrules: refs.tsv:4501: expected indicator, key and value separated by tabs");
    }

    [Theory]
    [InlineData("指标4500\tcity\tabc", "指标5000\tcity", "refs.tsv:4501: value, position 0: expected an actual: a figure (563.49 亿元, 97%), 增长/下降 X%, a statement (高于全市平均水平, 达标), 待市级部门反馈 or 国家已不再评定 in 'abc'")]
    [InlineData("指标4500\tcity", "指标5000\tcity\tabc", "refs.tsv:4501: expected indicator, key and value separated by tabs")]
    [InlineData("指标4500\tcity\tabc", "指标5000\tcity\t增长 %", "refs.tsv:4501: value, position 0: expected an actual: a figure (563.49 亿元, 97%), 增长/下降 X%, a statement (高于全市平均水平, 达标), 待市级部门反馈 or 国家已不再评定 in 'abc'")]
    [InlineData("指标4500\tcity\t增长 3%", "指标5000\tcity\t增长 %", "refs.tsv:5001: value, position 3: expected a number in '增长 %'")]
    public void Evaluate_LargeReferencesFileWithAnUnreadableValue_ReportsTheFirstBadLine(string line4501, string line5001, string message)
    {
        // Among thousands of lines the one reported is the first bad one, whether its value or its shape is wrong.
        var lines = Enumerable.Range(0, 6000).Select(i => $"指标{i}\tcity\t增长 {i % 9}%").ToArray();
        lines[4500] = line4501;
        lines[5000] = line5001;

        ToolRun.OnFile("refs.tsv", string.Join('\n', lines) + "\n", path => ["evaluate", "--references", path])
            .ShouldFailWith("targetrules: " + message);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(6000)]
    public void Evaluate_HeaderAfterTheFirstReference_IsABadLine(int count)
    {
        // A header is skipped only before the first reference, in a short file and a long one.
        var lines = new[] { "indicator\tkey\tvalue" }.Concat(Enumerable.Range(0, count).Select(i => $"指标{i}\tcity\t增长 3%")).Append("indicator\tkey\tvalue");

        ToolRun.OnFile("refs.tsv", string.Join('\n', lines) + "\n", path => ["evaluate", "--references", path])
            .ShouldFailWith($"targetrules: refs.tsv:{count + 2}: unknown key 'key' (expected city, quota, baseline or verdict)");
    }

    [Theory]
    [InlineData("policy.yaml", "sync_tolerence: 1\n", "targetrules: policy.yaml: unknown policy setting 'sync_tolerence' (expected approximateRateTolerance, approximateLevelTolerance, syncTolerance, basicCompletionMeetsCompletion, assertedStatementsCount or lowerIsBetter)")]
    [InlineData("policy.json", "{\"syncTolerance\": -1}", "targetrules: policy.json: SyncTolerance -1 is out of range: A tolerance cannot be negative.")]
    [InlineData("policy.json", "{\"approximateLevelTolerance\": \"much\"}", "targetrules: policy.json: approximateLevelTolerance must be a number, not 'much'")]
    [InlineData("policy.yaml", "basicCompletionMeetsCompletion: maybe\n", "targetrules: policy.yaml: basicCompletionMeetsCompletion must be true or false, not 'maybe'")]
    [InlineData("policy.toml", "x = 1", "targetrules: 'policy.toml': unknown policy format '.toml' (expected .json or .yaml)")]
    public void Evaluate_BrokenPolicy_OneLineOnStderrAndExit2(string name, string content, string message) =>
        ToolRun.OnFile(name, content, path => ["evaluate", "--policy", path]).ShouldFailWith(message);

    [Fact]
    public void Evaluate_OutputInAMissingFolder_OneLineOnStderrAndExit2()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "no", "such", "report.json");

        var run = ToolRun.Of("evaluate", "--output", path);

        run.ExitCode.ShouldBe(2);
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith($"targetrules: cannot write '{path}': Could not find a part of the path");
    }

    [Fact]
    public void Run_Help_PrintsUsageAndExits0()
    {
        var run = ToolRun.Of("evaluate", "--help");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldStartWith("usage:\n  targetrules evaluate [PLAN]");
        run.Stderr.ShouldBeEmpty();
    }
}
