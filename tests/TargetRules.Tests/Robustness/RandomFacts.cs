using CsCheck;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Quantities;
using TargetRules.Targets;

namespace TargetRules.Tests.Robustness;

/// <summary>Random targets, observations and references, with the extreme numbers a table can hold.</summary>
internal static class RandomFacts
{
    public const string Indicator = "地区生产总值";

    /// <summary>Ordinary figures, and the edges of decimal: ±max, ±tiny, zero, negative zero.</summary>
    public static readonly Gen<decimal> Numbers = Gen.Frequency(
        (6, Gen.Int[-2_000, 20_000].Select(i => i / 10m)),
        (1, Gen.OneOf(decimal.MaxValue, decimal.MinValue, 0m, -0.0m, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m,
            79_228_162_514_264_337_593_543_950.335m, 1e20m, -1e20m)),
        (1, Gen.Decimal));

    public static readonly Gen<Unit> Units = Gen.OneOf(
        Gen.OneOf(Unit.None, Unit.Yuan, Unit.WanYuan, Unit.YiYuan, Unit.UsDollar, Unit.WanUsDollar, Unit.YiUsDollar, Unit.Percent,
            Unit.PercentagePoint, Unit.SquareMetre, Unit.WanSquareMetre, Unit.Hectare, Unit.Mu, Unit.Metre, Unit.Kilometre, Unit.Year),
        Gen.OneOf("家", "个", "台", "人").Select(Unit.Count),
        Gen.OneOf(1000, 10_000).Select(people => Unit.SquareMetre.PerCapita(people)),
        Gen.OneOf(Unit.YiYuan, Unit.WanYuan, Unit.YiUsDollar).Select(money => Unit.CountPer("人", money)));

    public static readonly Gen<Quantity> Quantities = Gen.Select(Numbers, Units).Select((n, u) => new Quantity(n, u));

    private static readonly Gen<Target> Simple = Gen.OneOf(
        Gen.Select(Gen.Enum<Comparison>(), Quantities).Select((c, q) => Make(() => Target.Threshold(Measure.Level, c, q))),
        Gen.Select(Gen.OneOf(Measure.Growth, Measure.ComparableGrowth), Gen.Enum<Comparison>(), Numbers, Gen.OneOf(Unit.Percent, Unit.Percent.PerCapita(1000)))
            .Select((m, c, n, u) => Make(() => Target.Threshold(m, c, new Quantity(n, u)))),
        Gen.Select(Gen.Enum<Comparison>(), Numbers).Select((c, n) => Make(() => Target.Threshold(Measure.PointChange, c, new Quantity(n, Unit.PercentagePoint)))),
        Gen.Select(Gen.Enum<Measure>(), Quantities, Numbers).Select((m, low, span) => Make(() => Target.Range(m, low, new Quantity(low.Value < 1e28m ? low.Value + Math.Abs(span) % 100 : low.Value, low.Unit)))),
        Gen.Select(Gen.Enum<Measure>(), Gen.Enum<CityRelation>()).Select((m, r) => Make(() => Target.RelativeToCity(m, r))),
        Gen.Select(Gen.OneOf("经济增长", Indicator, "不存在的指标"), Gen.Bool, Gen.Enum<Measure>()).Select((p, b, m) => Make(() => Target.InSyncWith(p, b, m))),
        Gen.OneOf<Target>(Target.CityQuota(), Target.WithinCityQuota(), Target.Qualitative("在全市保持较好水平"), Target.None()));

    private static readonly Gen<Target> Condition = Gen.Frequency(
        (4, Simple),
        (1, Gen.Select(Gen.OneOf("市级", "区级"), Simple).Select((s, t) => Make(() => Target.Scoped(s, t)))),
        (1, Simple.Array[2, 3].Select(ts => Make(() => Target.AllOf(ts)))));

    /// <summary>Targets of every kind; a factory that rejects its arguments gives <see cref="Target.None"/>.</summary>
    public static readonly Gen<Target> Targets = Gen.Frequency(
        (4, Condition),
        (1, Condition.Array[2, 4].Select(ts => Make(() => Target.Slash(ts)))));

    private static readonly Gen<Observation> Plain = Gen.Select(
            Gen.Frequency((6, Gen.Const(ObservationStatus.Reported)), (1, Gen.Enum<ObservationStatus>())),
            Gen.Select(Gen.Bool, Quantities).Select((has, q) => has ? q : (Quantity?)null),
            Gen.Select(Gen.Bool, Numbers).Select((has, n) => has ? n : (decimal?)null),
            Gen.Select(Gen.Bool, Numbers).Select((has, n) => has ? n : (decimal?)null),
            Gen.Select(Gen.Bool, Numbers).Select((has, n) => has ? n : (decimal?)null),
            Gen.OneOf(Assertion.MeetsCityQuota, Assertion.MissesCityQuota, Assertion.AboveCity, Assertion.NotBelowCity,
                Assertion.InSyncWithCity, Assertion.BasicallyCompleted, "在全市保持领先水平", "其他").Array[0, 2],
            Gen.Bool)
        .Select((status, level, growth, comparable, points, assertions, provisional) => new Observation
        {
            Text = "随机",
            Status = status,
            Level = level,
            Growth = growth,
            ComparableGrowth = comparable,
            PointChange = points,
            Assertions = [.. assertions],
            Provisional = provisional,
        });

    /// <summary>Observations with every field random, some with parts or slash components.</summary>
    public static readonly Gen<Observation> Observations = Gen.Frequency(
        (6, Plain),
        (1, Gen.Select(Gen.OneOf("市级", "区级", "新增"), Plain).Array[1, 3].Select(parts => Observation.OfParts([.. parts.Select(p => new ObservationPart(p.Item1, p.Item2))]))),
        (1, Plain.Array[2, 4].Select(Observation.OfComponents)));

    /// <summary>References of every kind for the indicator (and for its slash parts), each present or not.</summary>
    public static readonly Gen<ReferenceSet> References = Gen.Select(Gen.Enum<ReferenceKind>(), Plain, Gen.OneOf(Indicator, "地区生产总值 [1]", "地区生产总值 [2]"))
        .Array[0, 4]
        .Select(items => items.Aggregate(ReferenceSet.Empty, (set, r) => set.With(new Reference(r.Item3, r.Item1, r.Item2, "random"))));

    public static readonly Gen<ReportingPeriod> Periods = Gen.OneOf(
        Gen.Const(ReportingPeriod.Annual),
        Gen.Int[1, 12].Select(months => ReportingPeriod.FromElapsed(months / 12m)));

    private static Target Make(Func<Target> factory)
    {
        try
        {
            return factory();
        }
        catch (ArgumentException)
        {
            return Target.None();
        }
    }
}
