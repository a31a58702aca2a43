using TargetRules.Names;

namespace TargetRules.Tests.Names;

/// <summary>Which part a target's part name refers to: the same name first, then one name ending or holding the other.</summary>
public sealed class PartNamesTests
{
    [Theory]
    [InlineData("市级|新增国家、市级|国家、市级", "国家、市级", "Ending", 2)]
    [InlineData("区级|新增国家、市级", "国家、市级", "Ending", 1)]
    [InlineData("市级以上", "市级", "Ending", -1)]
    [InlineData("市级以上", "市级", "Within", 0)]
    [InlineData("双城路|海江路段", "海江路", "Within", 1)]
    [InlineData("海江路段", "海江路", "Ending", -1)]
    [InlineData("双城路", "海江路", "Within", -1)]
    public void Find_Name_TheSameNameFirstThenTheFirstThatMatches(string parts, string name, string match, int expected) =>
        PartNames.Find<string?>(parts.Split('|'), static part => part, name, Enum.Parse<PartMatch>(match)).ShouldBe(expected);

    [Fact]
    public void Find_PartWithoutAName_NeverReferredTo() =>
        PartNames.Find<string?>([null, "海江路"], static part => part, "海江路", PartMatch.Within).ShouldBe(1);
}
