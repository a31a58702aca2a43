namespace TargetRules.Cli.Tests.Robustness;

/// <summary>
/// YAML that a plan or a policy never needs and that takes a parser down: nesting deep enough to overflow the stack
/// (exit 134 before), and a list behind aliases used as a key (seconds from a few hundred bytes). Each is refused with
/// one line naming the line, before the node tree is built.
/// </summary>
public sealed class YamlShapeTests
{
    [Theory]
    [InlineData("plan.yaml", "")]
    [InlineData("plan.yaml", "rows:\n  - indicator: ")]
    [InlineData("policy.yaml", "syncTolerance: ")]
    public void Evaluate_FiftyThousandOpenBrackets_RefusedAtDepth64(string name, string prefix) =>
        ToolRun.OnFile(name, prefix + new string('[', 50_000), Arguments(name))
            .ShouldFailWith($"targetrules: {name}: line {prefix.Count(c => c == '\n') + 1}: lists and mappings nested deeper than 64");

    [Fact]
    public void Evaluate_NestingOf64_ReadAndJudgedAsAnyOtherShape() =>
        ToolRun.EvaluatePlan("plan.yaml", new string('[', 64) + new string(']', 64))
            .ShouldFailWith("targetrules: plan.yaml: row 1 (line 1) is not a mapping of column names to text");

    [Theory]
    [InlineData("plan.yaml", "rows:\n  - {indicator: 地区生产总值, target_text: 增长 6%}\n")]
    [InlineData("policy.yaml", "syncTolerance: 0.5\n")]
    public void Evaluate_AliasesOfListsUsedAsAKey_RefusedBeforeTheKeysAreHashed(string name, string start)
    {
        // Each list holds nine aliases of the one before: the key *i stands for 9^9 scalars.
        var lists = string.Concat("abcdefghi".Select((n, i) => $"{n}: &{n} [{(i == 0 ? string.Join(", ", Enumerable.Repeat("x", 9)) : string.Join(", ", Enumerable.Repeat($"*{"abcdefghi"[i - 1]}", 9)))}]\n"));
        var yaml = start + lists + "? *i\n: v\n";

        ToolRun.OnFile(name, yaml, Arguments(name))
            .ShouldFailWith($"targetrules: {name}: line {yaml.Count(c => c == '\n') - 1}: a key must be text, not a list, a mapping or an alias of one");
    }

    [Theory]
    [InlineData("? [indicator]\n: 地区生产总值\n", 1)]
    [InlineData("? {indicator: x}\n: 地区生产总值\n", 1)]
    public void Evaluate_ListOrMappingAsAKey_Refused(string row, int line) =>
        ToolRun.EvaluatePlan("plan.yaml", "- " + row.Replace("\n:", "\n  :", StringComparison.Ordinal))
            .ShouldFailWith($"targetrules: plan.yaml: line {line}: a key must be text, not a list, a mapping or an alias of one");

    [Fact]
    public void Evaluate_AliasOfTextAsAKey_Read()
    {
        var run = ToolRun.EvaluatePlan("plan.yaml", "- {&k indicator: 地区生产总值, target_text: 增长 6%, actual_text: 增长 7%}\n- {*k : 税收, target_text: 增长 6%, actual_text: 增长 5%}\n", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Json().RootElement.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("indicator").GetString(), r.GetProperty("state").GetString()))
            .ShouldBe([("地区生产总值", "Met"), ("税收", "Missed")]);
    }

    // Shapes YamlDotNet 16.3 trips on itself: a flow list going on at the start of a line (its scanner threw
    // InvalidOperationException) and an empty key on a line of its own (its parser ended the mapping after the key and
    // its node loader threw ArgumentException); the tool said "unexpected error" and exited 1. Found by fuzzing.
    [Theory]
    [InlineData("plan.yaml", "rows:\n  - indicator: [地区生产总值\n增长 6%]\n", "not valid YAML (after line 2): a list or mapping in [ ] or { } that the YAML reader cannot scan")]
    [InlineData("plan.yaml", "- [b\nc]\n", "not valid YAML (after line 1): a list or mapping in [ ] or { } that the YAML reader cannot scan")]
    [InlineData("policy.yaml", "syncTolerance: [0.5\n1]\n", "not valid YAML (after line 1): a list or mapping in [ ] or { } that the YAML reader cannot scan")]
    [InlineData("plan.yaml", "a:\n : 1\n", "line 2: a mapping ends after a key, before its value (an empty key such as ' : 1' cannot be read)")]
    [InlineData("plan.yaml", "- indicator: 地区生产总值\n  target_text: 增长 6%\n  备注:\n   : 1\n", "line 4: a mapping ends after a key, before its value (an empty key such as ' : 1' cannot be read)")]
    [InlineData("policy.yaml", "syncTolerance:\n : 1\n", "line 2: a mapping ends after a key, before its value (an empty key such as ' : 1' cannot be read)")]
    public void Evaluate_ShapeTheYamlReaderTripsOn_OneLineAndExit2(string name, string yaml, string message) =>
        ToolRun.OnFile(name, yaml, Arguments(name)).ShouldFailWith($"targetrules: {name}: {message}");

    private static Func<string, string[]> Arguments(string name) =>
        path => name == "policy.yaml" ? ["evaluate", "--policy", path] : ["evaluate", path];
}
