using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Text;

/// <summary>
/// Canonical texts the mutation run of 2026-11-24 on TargetRenderer.cs found untested (mutants that survived):
/// each case pins what a plan phrase renders as, and that the rendering reads back as the same target.
/// </summary>
public sealed class TargetRendererMutationSurvivorTests
{
    public static TheoryData<string, string, string> CanonicalTexts => new()
    {
        // Part names before bare figures: a space before the figure, no verb carried to the next part.
        { "市级 80 个，区级 100 个", "", "市级 80 个，区级 100 个" },
        { "市级 10-12 家，区级 20 家", "", "市级 10-12 家，区级 20 家" },
        // A verb naming the part, with 左右, and 完成/达到 as such verbs.
        { "新增 400 台左右，完工 200 台", "", "新增 400 台左右，完工 200 台" },
        { "新增 400 台，完成 200 台", "", "新增 400 台，完成 200 台" },
        { "新增 5 家，达到 30 家", "", "新增 5 家，达到 30 家" },
        // After 超过/不超过/低于 (and a percent range) a bare figure would inherit the verb: 达到 is written.
        { "市级超过 10 家，区级 20 家", "", "市级超过 10 家，区级达到 20 家" },
        { "市级不超过 10 家，区级 20 家", "", "市级不超过 10 家，区级达到 20 家" },
        { "市级低于 10 家，区级 20 家", "", "市级低于 10 家，区级达到 20 家" },
        { "市级达到 12-15%，区级 20 家", "", "市级达到 12-15%，区级达到 20 家" },
        { "12-15%", "城镇污水处理率", "达到 12-15%" },
        // A count range keeps the 新增 before it for the figure after it.
        { "新增 400 台，市级 10-12 台，区级达到 20 台", "", "新增 400 台，市级 10-12 台，区级达到 20 台" },
        // Growth after comparable growth is 同比增长.
        { "可比增长 6%，同比增长高于全市平均水平", "", "可比增长 6%，同比增长高于全市平均水平" },
        // Percentage points rise; zero growth is growth, not a decline.
        { "提升 2 个百分点", "", "提升 2 个百分点" },
        { "增长 0%", "", "增长 0%" },
        { "增长 0%以内", "", "增长 0%以内" },
    };

    [Theory]
    [MemberData(nameof(CanonicalTexts))]
    public void Render_ParsedPhrase_GivesCanonicalTextThatParsesBack(string text, string indicator, string expected)
    {
        var target = TargetParser.ParseOrThrow(text, indicator);

        var rendered = TargetRenderer.Render(target);

        rendered.ShouldBe(expected);
        TargetParser.ParseOrThrow(rendered).ShouldBe(target);
    }

    public static TheoryData<Target, string> BuiltTargets => new()
    {
        // A part holding several conditions, and a condition with no target, as the API builds them.
        { Target.Scoped("市级", Target.AllOf(Target.Growth(6), Target.InSyncWithCity())), "市级增长 6%，增长与全市保持同步" },
        { Target.AllOf(Target.Growth(6), Target.None()), "增长 6%，-" },
        { Target.Scoped("市级", Target.None()), "市级 -" },
    };

    [Theory]
    [MemberData(nameof(BuiltTargets))]
    public void Render_BuiltTarget_GivesText(Target target, string expected) =>
        TargetRenderer.Render(target).ShouldBe(expected);

    [Fact]
    public void Render_Null_Throws() =>
        Should.Throw<ArgumentNullException>(() => TargetRenderer.Render(null!)).ParamName.ShouldBe("target");
}
