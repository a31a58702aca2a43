using TargetRules.Text;

namespace TargetRules.Tests.Text;

/// <summary>
/// Each slash component repeats the row's name in the report: thousands of them made a 72 KB plan a 360 MB JSON
/// value. A phrase has at most <see cref="Phrases.MaxComponents"/>; more fail where the first one too many starts.
/// </summary>
public sealed class ComponentLimitTests
{
    [Fact]
    public void Parse_ThirtyTwoComponents_Read()
    {
        var text = string.Join("/", Enumerable.Repeat("1", 32));

        TargetParser.Parse(text, "工业投资", "target_text").IsSuccess.ShouldBeTrue();
        ObservationParser.Parse(text, "工业投资", "actual_text").IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Parse_ThirtyThreeComponents_FailAtTheThirtySecondSlash()
    {
        var text = string.Join("/", Enumerable.Repeat("1", 33));

        var target = TargetParser.Parse(text, "工业投资", "target_text");
        var actual = ObservationParser.Parse(text, "工业投资", "actual_text");

        target.Error!.ToString().ShouldBe($"target_text, position 63: expected at most 32 components separated by '/' in '{text}'");
        actual.Error!.ToString().ShouldBe($"actual_text, position 63: expected at most 32 components separated by '/' in '{text}'");
    }

    [Fact]
    public void Evaluate_ThousandsOfComponentsUnderALongName_OneUndeterminedRowLinearInTheInput()
    {
        var name = string.Concat(Enumerable.Repeat("工业投资", 5000));
        var text = string.Join("/", Enumerable.Repeat("1", 3000));

        var result = new TargetRules.Plans.PlanEvaluator().EvaluateRow(new TargetRules.Plans.PlanRow(1, "1", "", name, text, text));

        result.State.ShouldBe(TargetRules.Evaluation.AttainmentState.Undetermined);
        result.Attainment.Components.Count().ShouldBeLessThanOrEqualTo(1);
        result.Attainment.Explanation.Chinese.Length.ShouldBeLessThan(4 * (name.Length + text.Length));
    }
}
