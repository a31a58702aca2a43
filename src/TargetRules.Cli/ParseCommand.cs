using System.Globalization;
using TargetRules.Facts;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Cli;

/// <summary>
/// <c>targetrules parse "TEXT"</c>: shows the rule a target phrase becomes (or, with --actual, what an
/// actual phrase reports) as a tree, or the parse error with a caret under the column where reading
/// stopped. Exit 0 when the phrase reads, 1 when it does not.
/// </summary>
internal static class ParseCommand
{
    public static int Run(ParseOptions options, Stream stdout, TextWriter stderr)
    {
        using var text = TargetRulesCommand.Text(stdout, bom: false);
        // The tree quotes the phrase: its control characters are shown, not obeyed (JSON escapes them itself).
        using TextWriter output = options.Json ? text : new Rendering.VisibleText.TerminalWriter(text);
        if (options.Actual)
        {
            var actual = ObservationParser.Parse(options.Text, options.Indicator, "text");
            if (!actual.IsSuccess)
            {
                return Fail(actual.Error!, stderr);
            }

            if (options.Json)
            {
                PhraseJson.Write(actual.Value, output);
            }
            else
            {
                Tree(output, Describe(actual.Value), "", true, true);
            }

            return 0;
        }

        var target = TargetParser.Parse(options.Text, options.Indicator, "text");
        if (!target.IsSuccess)
        {
            return Fail(target.Error!, stderr);
        }

        if (options.Json)
        {
            PhraseJson.Write(target.Value, output);
        }
        else
        {
            Tree(output, Describe(target.Value), "", true, true);
        }

        return 0;
    }

    /// <summary>The error line, the text, and a caret under the position (wide CJK characters take two columns).</summary>
    private static int Fail(ParseError error, TextWriter stderr)
    {
        stderr.WriteLine($"targetrules: {error}");
        stderr.WriteLine($"  {error.Text}");
        var position = Math.Clamp(error.Position, 0, error.Text.Length);
        stderr.WriteLine($"  {new string(' ', DisplayWidth(Rendering.VisibleText.ForTerminal(error.Text[..position])))}^ {error.Expected}");
        return 1;
    }

    internal static int DisplayWidth(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
                or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
                ? 2
                : 1;
        }

        return width;
    }

    private sealed record Node(string Text, IReadOnlyList<Node> Children)
    {
        public Node(string text)
            : this(text, [])
        {
        }
    }

    private static void Tree(TextWriter output, Node node, string indent, bool last, bool root)
    {
        output.WriteLine(root ? node.Text : $"{indent}{(last ? "└─ " : "├─ ")}{node.Text}");
        var childIndent = root ? "" : indent + (last ? "   " : "│  ");
        for (var i = 0; i < node.Children.Count; i++)
        {
            Tree(output, node.Children[i], childIndent, i == node.Children.Count - 1, false);
        }
    }

    private static Node Describe(Target target) => target switch
    {
        ThresholdTarget t => new($"{(t.Stretch ? "stretch goal (does not decide the state): " : "")}{t.Measure} {Symbol(t.Comparison)} {t.Value}{(t.Cumulative ? " (cumulative: prorated in an interim report)" : "")}"),
        RangeTarget r => new($"{r.Measure} in {r.Low} – {r.High} (met at ≥ {r.Low})"),
        CityRelativeTarget c => new($"{c.Measure} {c.Relation switch
        {
            CityRelation.Above => ">",
            CityRelation.NotBelow => "≥",
            CityRelation.InSync => "≥ (in sync with)",
            _ => "≥ (basically in sync with, within tolerance)",
        }} the city's figure"),
        IndicatorRelativeTarget p => new($"{p.Measure} {(p.Basically ? "basically in sync with" : "in sync with")} {p.Peer}"),
        CityQuotaTarget q => new(q.Direction == QuotaDirection.Reach ? "reach the city-assigned quota" : "stay within the city-assigned quota"),
        QualitativeTarget q => new($"statement: {q.Statement}"),
        ScopedTarget s => new($"for {s.Scope}", [Describe(s.Inner)]),
        AllOfTarget all => new("all of", all.Conditions.Select(Describe).ToList()),
        ComponentsTarget slash => new("components (slash parts, each judged on its own)", slash.Components.Select(Describe).ToList()),
        VoidTarget => new("no target"),
        _ => new(target.ToString()),
    };

    private static Node Describe(Observation actual)
    {
        var lines = new List<Node>();
        if (actual.Status != ObservationStatus.Reported)
        {
            lines.Add(new($"status: {actual.Status}"));
        }

        if (actual.Level is { } level)
        {
            lines.Add(new($"level: {level}"));
        }

        Add(lines, "growth", actual.Growth, "%");
        Add(lines, "comparable growth", actual.ComparableGrowth, "%");
        Add(lines, "point change", actual.PointChange, " 个百分点");
        lines.AddRange(actual.Assertions.Select(a => new Node($"asserts: {a}")));
        if (actual.Expected is { } expected)
        {
            lines.Add(new($"expected: {expected}"));
        }

        if (actual.Provisional)
        {
            lines.Add(new("provisional (an estimate)"));
        }

        lines.AddRange(actual.Parts.Select(p => Describe(p.Value) with { Text = $"part {p.Label}" }));
        if (actual.Components.Length > 0)
        {
            lines.Add(new("components", actual.Components.Select(Describe).ToList()));
        }

        return new Node($"actual: {actual.Text}", lines);
    }

    private static void Add(List<Node> lines, string name, decimal? value, string unit)
    {
        if (value is { } v)
        {
            lines.Add(new($"{name}: {v.ToString(CultureInfo.InvariantCulture)}{unit}"));
        }
    }

    private static string Symbol(Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "≥",
        Comparison.Above => ">",
        Comparison.AtMost => "≤",
        Comparison.Below => "<",
        Comparison.AboutOrBelow => "≤ (about, within tolerance)",
        _ => "≥ (about, within tolerance)",
    };
}
