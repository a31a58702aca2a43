using TargetRules.Text;

namespace TargetRules.Tests.Text;

/// <summary>A parse result: the value of a failure and how results print.</summary>
public sealed class ParseResultTests
{
    [Fact]
    public void Value_Failure_ThrowsWithTheError()
    {
        var result = TargetParser.Parse("加快推进");

        Should.Throw<InvalidOperationException>(() => result.Value).Message.ShouldBe($"No value: {result.Error}");
    }

    [Fact]
    public void ToString_SuccessAndFailure_SayWhich()
    {
        TargetParser.Parse("增长 6%").ToString().ShouldBe($"Success({TargetParser.Parse("增长 6%").Value})");
        TargetParser.Parse("加快推进").ToString().ShouldBe($"Failure({TargetParser.Parse("加快推进").Error})");
        TargetParser.Parse("加快推进").ToString().ShouldStartWith("Failure(target_text, position 0: expected a target");
    }
}
