using System.Text;
using TargetRules.Evaluation;
using TargetRules.Text;

namespace TargetRules.Tests.Robustness;

/// <summary>
/// The fuzzing corpus (fuzz/corpus: the seeds and what the fuzzer kept) replayed as the harness reads it:
/// <c>indicator \n target \n actual</c>, or one text read both ways. Crashing inputs land here as regressions.
/// </summary>
public sealed class FuzzCorpusTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.File("fuzz", "corpus")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ParseAndEvaluate_CorpusInput_AnswersWithoutThrowing(string name)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Repository.File("fuzz", "corpus", name)));
        var lines = text.Split('\n', 3);
        var (indicator, targetText, actualText) = lines.Length == 3 ? (lines[0], lines[1], lines[2]) : ((string?)null, text, text);

        var target = TargetParser.Parse(targetText, indicator);
        var actual = ObservationParser.Parse(actualText, indicator);

        (target.Error?.Position ?? 0).ShouldBeInRange(0, targetText.Length);
        (actual.Error?.Position ?? 0).ShouldBeInRange(0, actualText.Length);
        if (target.IsSuccess && actual.IsSuccess)
        {
            var attainment = Evaluator.Default.Evaluate(indicator ?? "指标", target.Value, actual.Value);
            AttainmentStates.All.ShouldContain(attainment.State);
            attainment.Explanation.Chinese.ShouldNotBeNullOrWhiteSpace();
        }
    }
}
