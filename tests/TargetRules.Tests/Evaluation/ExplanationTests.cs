using TargetRules.Evaluation;

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
    public void Chinese_ReadManyTimes_WordedOnce()
    {
        var builds = 0;
        var deferred = Deferred("待市级部门反馈", "waiting for the city: 待市级部门反馈", () => builds++);

        builds.ShouldBe(0);
        deferred.Chinese.ShouldBe("待市级部门反馈");
        deferred.English.ShouldBe("waiting for the city: 待市级部门反馈");
        deferred.In("en").ShouldBe("waiting for the city: 待市级部门反馈");
        deferred.ToString().ShouldBe("待市级部门反馈");
        builds.ShouldBe(1);
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
}
