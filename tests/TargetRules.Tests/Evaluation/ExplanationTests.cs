using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Evaluation;

/// <summary>Reasons built lazily behave as the two texts they word: equal, hashed, copied and read alike.</summary>
public sealed class ExplanationTests
{
    private static Explanation Deferred(string zh, string en, Action? onBuild = null) =>
        Explanation.Lazy((zh, en, onBuild), static s =>
        {
            s.onBuild?.Invoke();
            return new Explanation(s.zh, s.en);
        });

    [Fact]
    public void Equals_DeferredAndWrittenWithTheSameText_AreEqualWithTheSameHash()
    {
        var written = new Explanation("28 家，达到目标 27 家以上", "28 家, meets the target of at least 27 家");
        var deferred = Deferred("28 家，达到目标 27 家以上", "28 家, meets the target of at least 27 家");

        deferred.ShouldBe(written);
        (deferred == written).ShouldBeTrue();
        deferred.GetHashCode().ShouldBe(written.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentEnglish_AreNotEqual() =>
        Deferred("未报送完成情况", "no actual reported").ShouldNotBe(new Explanation("未报送完成情况", "not reported"));

    [Fact]
    public void EachLanguage_ReadManyTimes_WordedOnceWhenFirstRead()
    {
        var builds = 0;
        var deferred = Deferred("待市级部门反馈", "waiting for the city: 待市级部门反馈", () => builds++);

        builds.ShouldBe(0);
        deferred.Chinese.ShouldBe("待市级部门反馈");
        deferred.ToString().ShouldBe("待市级部门反馈");
        builds.ShouldBe(1);
        deferred.English.ShouldBe("waiting for the city: 待市级部门反馈");
        deferred.In(Language.English).ShouldBe("waiting for the city: 待市级部门反馈");
        builds.ShouldBe(2);
    }

    [Fact]
    public void Joined_ChineseRead_WordsNoPartInEnglish()
    {
        var builds = 0;
        var joined = Explanation.Joined([Deferred("增长 5%", "growth 5%", () => builds++), Deferred("市级 80 个", "市级 80 个", () => builds++)]);

        joined.Chinese.ShouldBe("增长 5%；市级 80 个");
        builds.ShouldBe(2);
        joined.English.ShouldBe("growth 5%; 市级 80 个");
        builds.ShouldBe(4);
    }

    [Theory]
    [InlineData(new string[0], "", "")]
    [InlineData(new[] { "达标" }, "达标", "met")]
    [InlineData(new[] { "", "达标", "" }, "达标", "met")]
    [InlineData(new[] { "达标", "增长 5%" }, "达标；增长 5%", "met; growth 5%")]
    public void Joined_LeavesOutEmptyParts_AsJoinDoes(string[] chinese, string expectedChinese, string expectedEnglish)
    {
        Explanation[] parts = [.. chinese.Select(zh => zh.Length == 0 ? new Explanation("", "") : new Explanation(zh, zh == "达标" ? "met" : "growth 5%"))];

        Explanation.Joined(parts).ShouldBe(new Explanation(expectedChinese, expectedEnglish));
        Explanation.Join(parts).ShouldBe(new Explanation(expectedChinese, expectedEnglish));
    }

    [Fact]
    public void Labelled_EachLanguage_PutsTheLabelFirst()
    {
        var labelled = Explanation.Labelled("区级", Deferred("104 个，达到目标 100 个", "104 个, meets the target of 100 个"));

        labelled.Chinese.ShouldBe("区级：104 个，达到目标 100 个");
        labelled.English.ShouldBe("区级: 104 个, meets the target of 100 个");
    }

    [Fact]
    public void With_ChineseOnADeferredReason_KeepsTheEnglish()
    {
        var changed = Deferred("市级80 个", "市级: 80 个") with { Chinese = "市级 80 个" };

        changed.Chinese.ShouldBe("市级 80 个");
        changed.English.ShouldBe("市级: 80 个");
    }

    [Fact]
    public void Deconstruct_DeferredReason_GivesBothTexts()
    {
        var (zh, en) = Deferred("增长 0.5%，低于目标 6%以上，差 5.5 个百分点", "growth 0.5%, below the target of at least growth 6%, short by 5.5 percentage points");

        zh.ShouldBe("增长 0.5%，低于目标 6%以上，差 5.5 个百分点");
        en.ShouldBe("growth 0.5%, below the target of at least growth 6%, short by 5.5 percentage points");
    }

    private static Observation Actual(string text) => ObservationParser.Parse(text).OrThrow();

    [Fact]
    public void Explanation_WithEnglishOnAReasonBuiltOnRead_KeepsTheChinese()
    {
        var why = Evaluator.Default.Evaluate("某指标", Target.Growth(6), Actual("增长 7%")).Explanation;

        var changed = why with { English = "growth 7%" };

        changed.Chinese.ShouldBe("增长 7%，达到目标 6%");
        changed.English.ShouldBe("growth 7%");
    }
}
