using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Cli.Tests;

public sealed class ParseCommandTests
{
    [Theory]
    [InlineData("可比增长 6%以上，不低于全市平均水平", "", "all of\n├─ ComparableGrowth ≥ 6%\n└─ ComparableGrowth ≥ the city's figure\n")]
    [InlineData("新增国家、市级 10 家，区级 100 家", "", "all of\n├─ for 国家、市级\n│  └─ Level ≥ 10 家 (cumulative: prorated in an interim report)\n└─ for 区级\n   └─ Level ≥ 100 家 (cumulative: prorated in an interim report)\n")]
    [InlineData("增长与全市保持同步/180 亿元/120 亿元", "全社会固定资产投资总额/产业类投资额/工业投资", "components (slash parts, each judged on its own)\n├─ Growth ≥ (in sync with) the city's figure\n├─ Level ≥ 180 亿元 (cumulative: prorated in an interim report)\n└─ Level ≥ 120 亿元 (cumulative: prorated in an interim report)\n")]
    [InlineData("控制在市下达目标内", "", "stay within the city-assigned quota\n")]
    public void Parse_Target_PrintsTheRuleAsATree(string text, string indicator, string tree)
    {
        var run = indicator.Length == 0 ? ToolRun.Of("parse", text) : ToolRun.Of("parse", text, "--indicator", indicator);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldBe(tree);
    }

    [Fact]
    public void Parse_Actual_PrintsWhatItReports()
    {
        var run = ToolRun.Of("parse", "--actual", "待市级部门测算，预计高于全市平均水平");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldBe("actual: 待市级部门测算，预计高于全市平均水平\n├─ status: AwaitingCity\n├─ expected: 高于全市平均水平\n└─ provisional (an estimate)\n");
    }

    [Theory]
    [InlineData("可比增长 6%以上，不低于全市平均水平", null)]
    [InlineData("增长与全市保持同步/180 亿元/120 亿元", "全社会固定资产投资总额/产业类投资额/工业投资")]
    [InlineData("达到常住人口每千人 40 平方米以上", "社区养老服务设施面积")]
    public void Parse_FormatJson_IsTheLibrarysTargetJson(string text, string? indicator)
    {
        var run = indicator is null ? ToolRun.Of("parse", text, "--format", "json") : ToolRun.Of("parse", text, "--indicator", indicator, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        TargetJson.Deserialize(run.Stdout).ShouldBe(TargetParser.Parse(text, indicator).Value);
    }

    [Theory]
    [InlineData("可比增长 x%", 11)]
    [InlineData("增长 6%（增长 abc）", 16)]
    public void Parse_Unreadable_ErrorWithACaretUnderTheColumnAndExit1(string text, int caretColumn)
    {
        var error = TargetParser.Parse(text, null, "text").Error!;

        var run = ToolRun.Of("parse", text);

        run.ExitCode.ShouldBe(1);
        run.StdoutBytes.ShouldBeEmpty();
        run.StderrLines.ShouldBe([$"targetrules: {error}", $"  {text}", $"{new string(' ', caretColumn)}^ {error.Expected}"]);
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("可比", 4)]
    [InlineData("６％", 4)]
    [InlineData("增长 6%", 7)]
    public void DisplayWidth_WideCharactersTakeTwoColumns(string text, int width) =>
        ParseCommand.DisplayWidth(text).ShouldBe(width);
}
