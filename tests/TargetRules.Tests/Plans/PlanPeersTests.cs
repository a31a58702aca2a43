using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Tests.Plans;

/// <summary>A peer is found by its name, or as 经济增长, and reads as the figures its row reported.</summary>
public sealed class PlanPeersTests
{
    [Theory]
    [InlineData("增长 4.8%")]
    [InlineData("可比下降 0.50%")]
    [InlineData("563.49 亿元")]
    [InlineData("60109 万美元")]
    [InlineData("提高 1.2 个百分点")]
    [InlineData("待市级部门反馈")]
    [InlineData("年度指标")]
    [InlineData("增长 6%左右")]
    [InlineData("市级 80 个、区级 104 个")]
    [InlineData("高于全市平均水平")]
    [InlineData("563.49 亿元，增长 7.5%")]
    public void Find_EarlierRow_SameTextStatusAndFiguresAsReported(string text)
    {
        var actual = ObservationParser.Parse(text).Value;
        var peers = new PlanPeers();
        peers.Add("工业投资", actual);

        var found = peers.Find("工业投资");

        found.ShouldNotBeNull();
        (found.Text, found.Status).ShouldBe((actual.Text, actual.Status));
        foreach (var measure in Enum.GetValues<Measure>())
        {
            found.Read(measure).ToString().ShouldBe(actual.Read(measure).ToString());
        }

        (found.Level, found.Growth, found.ComparableGrowth, found.PointChange).ShouldBe((actual.Level, actual.Growth, actual.ComparableGrowth, actual.PointChange));
    }

    [Fact]
    public void Find_EconomyGrowth_FirstGdpOrValueAddedRow()
    {
        var peers = new PlanPeers();
        peers.Add("工业投资", Observation.OfGrowth(2));
        peers.Add("规模以上工业增加值", Observation.OfGrowth(3.5m));
        peers.Add("地区生产总值", Observation.OfComparableGrowth(5));

        (peers.Find("经济增长")?.Growth, peers.Find("经济")?.Growth, peers.Find("地区生产总值")?.ComparableGrowth).ShouldBe((3.5m, 3.5m, 5m));
    }

    [Fact]
    public void Find_NameGivenTwice_FirstRowKeptAndUnknownNameNull()
    {
        var peers = new PlanPeers();
        peers.Add("工业投资", Observation.OfGrowth(2));
        peers.Add("工业投资", Observation.OfGrowth(9));

        (peers.Find("工业投资")?.Growth, peers.Find("工业总产值")).ShouldBe((2m, (Observation?)null));
    }

    [Fact]
    public void Find_NamesWhoseHashesCollide_EachFoundByItsOwnName()
    {
        var peers = new PlanPeers(_ => 7);
        peers.Add("工业投资", Observation.OfGrowth(2));
        peers.Add("工业总产值", Observation.OfGrowth(3));
        peers.Add("工业投资", Observation.OfGrowth(9));
        peers.Add("地区生产总值", Observation.OfComparableGrowth(5));

        (peers.Find("工业投资")?.Growth, peers.Find("工业总产值")?.Growth, peers.Find("地区生产总值")?.ComparableGrowth, peers.Find("经济增长")?.ComparableGrowth)
            .ShouldBe((2m, 3m, 5m, 5m));
        peers.Find("工业").ShouldBeNull();
    }

    [Fact]
    public void Find_ManyRowsAndALongText_EveryRowReadsBack()
    {
        var peers = new PlanPeers();
        var longText = "增长 5%，" + new string('说', 70_000);
        for (var i = 0; i < 10_000; i++)
        {
            peers.Add($"指标 #{i}", i == 5_000 ? Observation.OfGrowth(5) with { Text = longText } : Observation.OfLevel(i, Unit.YiYuan) with { Text = $"{i} 亿元" });
        }

        for (var i = 0; i < 10_000; i++)
        {
            var found = peers.Find($"指标 #{i}");
            found.ShouldNotBeNull();
            if (i == 5_000)
            {
                (found.Text, found.Growth).ShouldBe((longText, 5m));
            }
            else
            {
                (found.Text, found.Level).ShouldBe(($"{i} 亿元", new Quantity(i, Unit.YiYuan)));
            }
        }
    }

    [Fact]
    public void Find_EconomyGrowth_FirstRowOfThePlanWinsOverLaterOnes()
    {
        var peers = new PlanPeers();
        peers.Add("地区生产总值", Observation.OfComparableGrowth(5));
        peers.Add("规模以上工业增加值", Observation.OfGrowth(3.5m));

        peers.Find("经济增长")?.ComparableGrowth.ShouldBe(5m);
    }
}
