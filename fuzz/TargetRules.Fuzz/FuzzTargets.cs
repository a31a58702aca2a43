using TargetRules.Cli;
using TargetRules.Cli.Plans;
using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Text;

namespace TargetRules.Fuzz;

/// <summary>
/// The fuzzing entries, one per reader, each named by its target: the phrase parsers and the evaluator behind them
/// (<c>phrase</c>), the plan readers (<c>tsv</c>, <c>csv</c>, <c>json</c>, <c>yaml</c>, <c>xlsx</c>), the
/// <c>--references</c> reader (<c>references</c>) and the <c>--policy</c> reader (<c>policy-json</c>,
/// <c>policy-yaml</c>). An entry takes one input and throws when a reader breaks its contract: it throws anything but
/// <see cref="UsageException"/> (the one refusal, which the tool prints as one line with exit code 2), a row it reads
/// has no result or more than one, rows are not numbered 1, 2, 3 in order, a result has no state or reason, or a
/// delimited plan turns a byte into U+FFFD. The harness (Program) and the test suite (FuzzTargetTests) share it.
/// </summary>
internal static class FuzzTargets
{
    // Low enough that an xlsx or YAML bomb is refused in milliseconds, high enough for every seed.
    private static readonly InputLimits Limits = new(16 << 20, 1_000_000);

    // What a references or policy file is judged with: rows that read a city figure, a quota, a baseline and a verdict,
    // approximate and synchronised targets, a growth that follows the economy's, and a project's stage.
    private static readonly PlanRow[] Judged =
    [
        new(1, "1", "", "地区生产总值", "可比增长 6%（增长高于全市平均水平）", "可比下降 0.5%"),
        new(2, "2", "", "社会消费品零售总额/商品销售总额", "增长与全市保持同步/增长与全市基本同步", "下降 3.2%/下降 6.1%"),
        new(3, "3", "", "城镇登记失业人数", "控制在市下达目标内", "12116 人"),
        new(4, "4", "", "单位生产总值能耗降低率", "完成市下达目标", "待市级部门反馈"),
        new(5, "5", "", "高新技术企业数", "增长 30%", "1475 家"),
        new(6, "6", "", "居民人均可支配收入", "增长与经济增长基本同步", "增长 5%"),
        new(7, "7", "", "实际到位外资额", "6 亿美元左右", "5.95 亿美元"),
        new(8, "8", "", "在全市保持较好水平", "在全市保持较好水平", "在全市保持领先水平"),
        new(9, "9", "", "双城路", "竣工", "基本竣工", RowKind.Project),
    ];

    /// <summary>The targets, in the order fuzz/README.md lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["phrase", "tsv", "csv", "json", "yaml", "xlsx", "references", "policy-json", "policy-yaml"];

    /// <summary>
    /// Runs the entry of <paramref name="target"/> (one of <see cref="Names"/>) on <paramref name="input"/>; a file
    /// reader reads it from a file it writes in <paramref name="folder"/> and deletes.
    /// </summary>
    /// <exception cref="InvalidOperationException">The reader broke its contract, or <paramref name="target"/> names no entry.</exception>
    public static void Check(string target, byte[] input, string folder)
    {
        if (target == "phrase")
        {
            Phrase(input);
            return;
        }

        var (file, read) = target switch
        {
            "tsv" or "csv" or "json" or "yaml" or "xlsx" => ($"plan.{target}", (Action<string>)(path => Plan(path, input))),
            "references" => ("references.tsv", References),
            "policy-json" => ("policy.json", Policy),
            "policy-yaml" => ("policy.yaml", Policy),
            _ => throw new InvalidOperationException($"no fuzz target '{target}' (expected {string.Join(", ", Names)})"),
        };
        var path = Path.Combine(folder, file);
        File.WriteAllBytes(path, input);
        try
        {
            read(path);
        }
        catch (UsageException)
        {
            // The documented refusal: one line and exit code 2.
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>With two or more line breaks <c>indicator \n target \n actual</c>; otherwise the whole text read both as a target and as an actual.</summary>
    private static void Phrase(byte[] input)
    {
        var text = System.Text.Encoding.UTF8.GetString(input);
        var lines = text.Split('\n', 3);
        var (indicator, targetText, actualText) = lines.Length == 3 ? (lines[0], lines[1], lines[2]) : ((string?)null, text, text);

        var target = TargetParser.Parse(targetText, indicator);
        Position(target.Error, targetText);
        var actual = ObservationParser.Parse(actualText, indicator);
        Position(actual.Error, actualText);
        if (target.IsSuccess && actual.IsSuccess)
        {
            Judgement(Evaluator.Default.Evaluate(indicator ?? "指标", target.Value, actual.Value), $"'{targetText}' / '{actualText}'");
        }
    }

    private static void Plan(string path, byte[] input)
    {
        var warnings = new List<string>();
        using var plan = PlanFile.Open(path, Limits, warnings.Add);
        var read = new List<PlanRow>();
        var results = new PlanEvaluator().Evaluate(Recorded(plan.Rows, read)).ToList();
        Accounted(read, results);

        // Delimited text without a UTF-16 or UTF-32 mark is read as UTF-8, or as GBK with a note: a U+FFFD in a cell
        // must then have been in the file as UTF-8 (EF BF BD).
        if (Path.GetExtension(path) is ".tsv" or ".csv" && !warnings.Exists(w => w.Contains("GBK", StringComparison.Ordinal))
            && input is not ([0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..]) && input.AsSpan().IndexOf("\uFFFD"u8) < 0
            && read.FirstOrDefault(row => Cells(row).Any(cell => cell.Contains('\uFFFD'))) is { } replaced)
        {
            throw new InvalidOperationException($"row {replaced.Row} holds U+FFFD that the file did not");
        }
    }

    private static void References(string path)
    {
        var file = ReferenceFile.Read(path, Limits, _ => { });
        var results = file.Watch(new PlanEvaluator().Evaluate(Judged, file.References)).ToList();
        file.WarnUnnamed(_ => { });
        Accounted(Judged, results);
    }

    private static void Policy(string path) =>
        Accounted(Judged, new PlanEvaluator(new Evaluator(PolicyFile.Read(path, Limits, _ => { }))).Evaluate(Judged).ToList());

    private static IEnumerable<string> Cells(PlanRow row) =>
        [row.Id, row.Category, row.Indicator, row.TargetText, row.ActualText, .. row.Extra.Select(e => e.Value), .. row.Extra.Select(e => e.Key)];

    private static IEnumerable<PlanRow> Recorded(IEnumerable<PlanRow> rows, List<PlanRow> read)
    {
        foreach (var row in rows)
        {
            read.Add(row);
            yield return row;
        }
    }

    /// <summary>Every row read has exactly one result, in order, its own; rows are numbered from 1; each result is judged.</summary>
    private static void Accounted(IReadOnlyList<PlanRow> rows, List<RowResult> results)
    {
        if (results.Count != rows.Count)
        {
            throw new InvalidOperationException($"{rows.Count} rows read, {results.Count} results");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (!ReferenceEquals(results[i].Row, rows[i]) || rows[i].Row != i + 1)
            {
                throw new InvalidOperationException($"result {i + 1} is for row {results[i].Row.Row}, not the row read {i + 1}th (numbered {rows[i].Row})");
            }

            Judgement(results[i].Attainment, $"row {i + 1}");
        }
    }

    private static void Judgement(Attainment attainment, string what)
    {
        if (!Enum.IsDefined(attainment.State) || string.IsNullOrEmpty(attainment.Explanation.Chinese) || string.IsNullOrEmpty(attainment.Explanation.English))
        {
            throw new InvalidOperationException($"bad attainment {attainment.State} for {what}");
        }
    }

    private static void Position(ParseError? error, string text)
    {
        if (error is not null && (error.Position < 0 || error.Position > text.Length || string.IsNullOrEmpty(error.Expected)))
        {
            throw new InvalidOperationException($"failure at position {error.Position} of {text.Length}: {error}");
        }
    }
}
