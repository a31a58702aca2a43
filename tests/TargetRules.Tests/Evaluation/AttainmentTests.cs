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
    };

    [Theory]
    [MemberData(nameof(AndCases))]
    public void And_Conditions_IsThreeValued(AttainmentState[] conditions, AttainmentState expected) =>
        Attainment.And(conditions).ShouldBe(expected);
}
