using CsCheck;
using TargetRules.Text;

namespace TargetRules.Tests.Robustness;

/// <summary>Whatever the text, the parsers answer: a value, or a failure that points inside the text and says what was expected.</summary>
public sealed class ParserPropertyTests
{
    private const int Iterations = 30_000;

    [Fact]
    public void TargetParserParse_RandomText_NeverThrowsAndFailsInsideTheText() =>
        Gen.Select(RandomText.Any, RandomText.Indicators).Sample((text, indicator) =>
        {
            var result = TargetParser.Parse(text, indicator);

            CheckFailure(result.IsSuccess, result.Error, text, "target_text");
        }, iter: Iterations);

    [Fact]
    public void ObservationParserParse_RandomText_NeverThrowsAndFailsInsideTheText() =>
        Gen.Select(RandomText.Any, RandomText.Indicators).Sample((text, indicator) =>
        {
            var result = ObservationParser.Parse(text, indicator);

            CheckFailure(result.IsSuccess, result.Error, text, "actual_text");
        }, iter: Iterations);

    [Fact]
    public void Parse_RandomTextWithTableIndicators_NeverThrows()
    {
        var indicators = PlanTablesOf("baoshan-2022-indicators.tsv").Concat(PlanTablesOf("baoshan-2023-indicators.tsv")).ToArray();
        Gen.Select(RandomText.Phrases, Gen.OneOf(indicators)).Sample((text, indicator) =>
        {
            CheckFailure(TargetParser.Parse(text, indicator) is var t && t.IsSuccess, t.Error, text, "target_text");
            CheckFailure(ObservationParser.Parse(text, indicator) is var o && o.IsSuccess, o.Error, text, "actual_text");
        }, iter: Iterations);
    }

    [Fact]
    public void MilestoneParser_RandomText_NeverThrowsAndFailsInsideTheText() =>
        Gen.Select(RandomText.Any, RandomText.Any).Sample((target, status) =>
        {
            var goal = MilestoneParser.ParseTarget(target);
            CheckFailure(goal.IsSuccess, goal.Error, target, "target_text");
            var reached = MilestoneParser.ParseStatus(status, goal.IsSuccess ? goal.Value : null);
            CheckFailure(reached.IsSuccess, reached.Error, status, "actual_text");
        }, iter: Iterations);

    [Fact]
    public void OrThrow_RandomText_ThrowsOnlyPhraseFormatException() =>
        RandomText.Any.Sample(text =>
        {
            try
            {
                TargetParser.Parse(text).OrThrow();
                ObservationParser.Parse(text).OrThrow();
            }
            catch (PhraseFormatException e)
            {
                e.Error.Text.ShouldBe(text);
            }
        }, iter: 5_000);

    private static void CheckFailure(bool success, ParseError? error, string text, string column)
    {
        if (success)
        {
            error.ShouldBeNull();
            return;
        }

        error.ShouldNotBeNull();
        error.Column.ShouldBe(column);
        error.Text.ShouldBe(text);
        error.Position.ShouldBeInRange(0, text.Length, $"'{text}'");
        error.Expected.ShouldNotBeNullOrWhiteSpace($"'{text}'");
        error.ExpectedChinese.ShouldNotContain("expected", Case.Sensitive, $"'{text}': no Chinese for '{error.Expected}'");
    }

    private static IEnumerable<string> PlanTablesOf(string file) => Text.PlanTables.Rows(file).Select(r => r.Indicator);
}
