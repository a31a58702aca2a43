using TargetRules.Text;

namespace TargetRules.Tests.Text;

/// <summary>The scanner under both phrase parsers: which characters are ideographs.</summary>
public sealed class PhraseScannerTests
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
