using TargetRules.Evaluation;

namespace TargetRules.Tests.Evaluation;

public sealed class EvaluationPolicyTests
{
    private static readonly string Nl = Environment.NewLine;

    [Fact]
    public void Default_HasDocumentedValues()
    {
        var policy = EvaluationPolicy.Default;

        policy.ApproximateRateTolerance.ShouldBe(0.5m);
        policy.ApproximateLevelTolerance.ShouldBe(0.01m);
        policy.SyncTolerance.ShouldBe(0.5m);
        policy.BasicCompletionMeetsCompletion.ShouldBeFalse();
        policy.AssertedStatementsCount.ShouldBeTrue();
        policy.Validate().ShouldBeSameAs(policy);
    }

    public static TheoryData<EvaluationPolicy, string> OutOfRange => new()
    {
        { new EvaluationPolicy { ApproximateRateTolerance = -0.1m }, $"A tolerance cannot be negative. (Parameter 'ApproximateRateTolerance'){Nl}Actual value was -0.1." },
        { new EvaluationPolicy { ApproximateLevelTolerance = -0.01m }, $"A share of the target lies in [0, 1). (Parameter 'ApproximateLevelTolerance'){Nl}Actual value was -0.01." },
        { new EvaluationPolicy { ApproximateLevelTolerance = 1m }, $"A share of the target lies in [0, 1). (Parameter 'ApproximateLevelTolerance'){Nl}Actual value was 1." },
        { new EvaluationPolicy { SyncTolerance = -1m }, $"A tolerance cannot be negative. (Parameter 'SyncTolerance'){Nl}Actual value was -1." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_SettingOutOfRange_Throws(EvaluationPolicy policy, string message) =>
        Should.Throw<ArgumentOutOfRangeException>(() => policy.Validate()).Message.ShouldBe(message);

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Evaluator_PolicyOutOfRange_Throws(EvaluationPolicy policy, string message) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new Evaluator(policy)).Message.ShouldBe(message);

    [Fact]
    public void Validate_ZeroTolerances_AreAllowed() =>
        Should.NotThrow(() => new EvaluationPolicy { ApproximateRateTolerance = 0, ApproximateLevelTolerance = 0, SyncTolerance = 0 }.Validate());

    [Theory]
    [InlineData("H1", 0.5)]
    [InlineData("h2", 1)]
    [InlineData("Q1", 0.25)]
    [InlineData("Q3", 0.75)]
    [InlineData("M6", 0.5)]
    [InlineData(" M12 ", 1)]
    [InlineData("FY", 1)]
    public void TryParse_KnownPeriod_GivesElapsed(string text, decimal elapsed) =>
        ReportingPeriod.TryParse(text)!.Value.Elapsed.ShouldBe(elapsed);

    [Theory]
    [InlineData("H3")]
    [InlineData("Q0")]
    [InlineData("M13")]
    [InlineData("上半年")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownPeriod_IsNull(string? text) => ReportingPeriod.TryParse(text).ShouldBeNull();

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    [InlineData(-0.5)]
    public void FromElapsed_OutOfRange_Throws(decimal elapsed) =>
        Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.FromElapsed(elapsed));

    [Fact]
    public void Default_Period_IsAnnual()
    {
        default(ReportingPeriod).ShouldBe(ReportingPeriod.Annual);
        default(ReportingPeriod).IsInterim.ShouldBeFalse();
        ReportingPeriod.FromElapsed(0.5m).IsInterim.ShouldBeTrue();
    }

    [Theory]
    [InlineData("FY", "annual")]
    [InlineData("Y", "annual")]
    [InlineData("Q4", "annual")]
    [InlineData("M12", "annual")]
    [InlineData("M1", "elapsed 0.083333")]
    [InlineData("H1", "elapsed 0.5")]
    public void ReportingPeriod_TryParseAtTheEdges_ReadsThePeriod(string text, string period) =>
        ReportingPeriod.TryParse(text).ToString().ShouldBe(period);

    [Theory]
    [InlineData("Q0")]
    [InlineData("Q5")]
    [InlineData("M0")]
    [InlineData("M13")]
    public void ReportingPeriod_TryParseOutOfRange_Null(string text) =>
        ReportingPeriod.TryParse(text).ShouldBeNull();

    [Fact]
    public void ReportingPeriod_FromElapsedAboveOne_ThrowsSayingTheRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.FromElapsed(1.5m)).Message.ShouldStartWith("The share of the year gone lies in (0, 1].");
}
