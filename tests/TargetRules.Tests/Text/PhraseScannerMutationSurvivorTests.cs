using TargetRules.Text;

namespace TargetRules.Tests.Text;

/// <summary>
/// The ideograph range the mutation run of 2026-11-24 on PhraseScanner.cs found untested; the figures and units that
/// run found are phrase cases in <see cref="ParserMutationSurvivorTests"/>.
/// </summary>
public sealed class PhraseScannerMutationSurvivorTests
{
    [Theory]
    [InlineData('\u4E00', true)]
    [InlineData('\u9FFF', true)]
    [InlineData('\u4DFF', false)]
    [InlineData('\uA000', false)]
    [InlineData('、', false)]
    public void IsIdeograph_Char_TrueOnlyInTheUnifiedIdeographsBlock(char c, bool expected) =>
        PhraseScanner.IsIdeograph(c).ShouldBe(expected);
}
