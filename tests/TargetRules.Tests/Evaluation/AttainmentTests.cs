using TargetRules.Evaluation;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Evaluation;

public sealed class AttainmentTests
{
    public static TheoryData<AttainmentState[], AttainmentState> RollupCases => new()
    {
        { [NotAssessed, NotAssessed], NotAssessed },
        { [Met, Missed], PartiallyMet },
        { [Met, NotAssessed], Met },
        { [Undetermined, Missed], Missed },
        { [Met, AwaitingCityFeedback], AwaitingCityFeedback },
        { [AwaitingCityFeedback, Undetermined], AwaitingCityFeedback },
        { [Met, Undetermined, Met], Undetermined },
        { [Met, NotReported], NotReported },
        { [Undetermined, NotReported], Undetermined },
        { [Met, Met, Met], Met },
        { [Met, PartiallyMet], PartiallyMet },
        { [Missed, AwaitingCityFeedback], Missed },
        { [NotAssessed, Missed], Missed },
        { [NotAssessed, NotReported], NotReported },
        { [AwaitingCityFeedback, NotReported], AwaitingCityFeedback },
        { [], NotAssessed },
    };

    [Theory]
    [MemberData(nameof(RollupCases))]
    public void Rollup_Components_GivesDesignState(AttainmentState[] components, AttainmentState expected) =>
        Attainment.Rollup(components).ShouldBe(expected);

    public static TheoryData<AttainmentState[], AttainmentState> AndCases => new()
    {
        { [Met, Missed], Missed },
        { [AwaitingCityFeedback, Missed], Missed },
        { [AwaitingCityFeedback, Undetermined], AwaitingCityFeedback },
        { [Undetermined, Met], Undetermined },
        { [Met, Met], Met },
        { [NotAssessed, NotAssessed], NotAssessed },
        { [NotAssessed, Met], Met },
        { [NotReported, Met], NotReported },
        { [PartiallyMet, Met], Missed },
        { [Undetermined, NotReported], Undetermined },
        { [NotAssessed, AwaitingCityFeedback], AwaitingCityFeedback },
    };

    [Fact]
    public void RollupAndAnd_Null_Throw()
    {
        Should.Throw<ArgumentNullException>(() => Attainment.Rollup(null!));
        Should.Throw<ArgumentNullException>(() => Attainment.And(null!));
    }

    [Fact]
    public void Chinese_EveryState_HasItsName() =>
        AttainmentStates.All.Select(s => s.Chinese()).ShouldBe(["完成", "未完成", "部分完成", "待市级反馈", "不考核", "未报送", "无法判定"]);

    [Theory]
    [MemberData(nameof(AndCases))]
    public void And_Conditions_IsThreeValued(AttainmentState[] conditions, AttainmentState expected) =>
        Attainment.And(conditions).ShouldBe(expected);
}
