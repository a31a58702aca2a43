using System.Text;
using TargetRules.Cli.Rendering;

namespace TargetRules.Cli.Tests.Robustness;

/// <summary>
/// The table is for a terminal: a 400 KB cell took 67 s to wrap (1.6 s as JSON), and a million rows would be held whole
/// to draw it. A cell shows its first <see cref="TableReport.MaxCellChars"/> characters and says how many more there are;
/// a plan of more than <see cref="TableReport.MaxRows"/> rows is refused with a pointer to the streaming formats.
/// </summary>
public sealed class TableLimitTests
{
    private const string Header = "id\tindicator\ttarget_text\tactual_text\n";

    [Theory]
    [InlineData("zh", "……（另有 398,000 字，见 --format json）")]
    [InlineData("en", "… (398,000 more characters: see --format json)")]
    public void Evaluate_CellOf400000Characters_ShowsTheFirstAndCountsTheRest(string language, string marker)
    {
        var cell = new string('甲', 400_000);

        var run = ToolRun.EvaluatePlan("plan.tsv", $"{Header}1\t{cell}\t97%\t97%\n", "--lang", language);

        run.ExitCode.ShouldBe(0, run.Stderr);
        // The marker wraps inside its cell: compare without the table's spaces, line breaks and borders.
        Squeeze(run.Stdout).ShouldContain(Squeeze(marker));
        run.StdoutBytes.Length.ShouldBeLessThan(200_000);
    }

    [Fact]
    public void Evaluate_MoreRowsThanTheTableShows_RefusedWithThePointerToOtherFormats()
    {
        var run = ToolRun.EvaluatePlan("plan.tsv", OneMoreThanTheTableShows(), "--lang", "en");

        run.ShouldFailWith("targetrules: the table format shows at most 10,000 rows and this plan has more; write it with --format csv, json, markdown or xlsx, or to a file with --output");
    }

    [Fact]
    public void Evaluate_ManyRowsAsJson_NotLimited()
    {
        var run = ToolRun.EvaluatePlan("plan.tsv", OneMoreThanTheTableShows(), "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Json().RootElement.GetProperty("rows").GetArrayLength().ShouldBe(TableReport.MaxRows + 1);
    }

    private static string OneMoreThanTheTableShows()
    {
        var plan = new StringBuilder(Header);
        for (var i = 1; i <= TableReport.MaxRows + 1; i++)
        {
            plan.Append(i).Append("\t城镇污水处理率\t97%\t97%\n");
        }

        return plan.ToString();
    }

    private static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '│')]);
}
