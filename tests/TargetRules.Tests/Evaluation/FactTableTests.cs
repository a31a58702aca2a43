using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Targets;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Evaluation;

/// <summary>The table of a rule set's predicted facts: slots in the order added, look-ups through full probe chains.</summary>
public sealed class FactTableTests
{
    private static FactKey Key(int i, ReferenceKind kind = ReferenceKind.City) => new($"指标{i}", kind);

    [Fact]
    public void Add_NewKeys_GetSlotsInTheOrderAdded()
    {
        var table = new FactTable(3);

        table.Add(Key(1), out var first).ShouldBe(0);
        table.Add(Key(1, ReferenceKind.Quota), out var second).ShouldBe(1);
        table.Add(Key(2), out var third).ShouldBe(2);

        (first, second, third).ShouldBe((true, true, true));
        table.Count.ShouldBe(3);
        table[1].ShouldBe(Key(1, ReferenceKind.Quota));
    }

    [Fact]
    public void Add_KeyHeldAlready_GivesItsSlotAndAddsNothing()
    {
        var table = new FactTable(2);
        table.Add(Key(1), out _);
        table.Add(Key(2), out _);

        table.Add(new FactKey("指标" + 2, ReferenceKind.City), out var added).ShouldBe(1);

        added.ShouldBeFalse();
        table.Count.ShouldBe(2);
    }

    [Fact]
    public void Add_MoreKeysThanMadeFor_Throws() =>
        Should.Throw<InvalidOperationException>(() =>
        {
            var table = new FactTable(1);
            table.Add(Key(1), out _);
            table.Add(Key(2), out _);
        }).Message.ShouldBe("The table was made for 1 keys.");

    [Fact]
    public void Find_ManyKeysInASmallTable_FindsEachThroughItsProbeChainAndNoOther()
    {
        // 500 keys in 1,024 cells: many share their first cell, so look-ups walk past other keys and wrap around.
        var table = new FactTable(500);
        for (var i = 0; i < 500; i++)
        {
            table.Add(Key(i, (ReferenceKind)(i % 4)), out _).ShouldBe(i);
        }

        for (var i = 0; i < 500; i++)
        {
            table.Find(Key(i, (ReferenceKind)(i % 4))).ShouldBe(i);
            table.Find(Key(i, (ReferenceKind)((i + 1) % 4))).ShouldBe(-1);
            table.Probe(Key(i, (ReferenceKind)(i % 4)).GetHashCode()).ShouldBe(i);
        }

        table.Find(Key(500)).ShouldBe(-1);
        table.Probe(Key(500).GetHashCode()).ShouldBe(-1);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(64)]
    public void Find_AsManyKeysAsMadeFor_LeavesCellsEmptySoAMissEnds(int capacity)
    {
        // At least half the cells stay empty: a look-up of a key not held ends at one instead of circling for ever.
        var table = new FactTable(capacity);
        for (var i = 0; i < capacity; i++)
        {
            table.Add(Key(i), out _);
        }

        table.Find(Key(capacity)).ShouldBe(-1);
        table.Probe(Key(capacity).GetHashCode()).ShouldBe(-1);
    }

    [Fact]
    public void Find_TwoKeysOfTheSameHash_TellsThemApartByTheKey()
    {
        var (first, second) = CollidingKeys();
        var table = new FactTable(2);
        table.Add(first, out _);

        table.Find(second).ShouldBe(-1);
        table.Probe(second.GetHashCode()).ShouldBe(0);
        table.Add(second, out var added).ShouldBe(1);
        added.ShouldBeTrue();
        (table.Find(first), table.Find(second)).ShouldBe((0, 1));
    }

    [Fact]
    public void Confirm_ProbedSlot_TheKeysOwnOrNone()
    {
        var (first, second) = CollidingKeys();
        var table = new FactTable(3);
        table.Add(first, out _);
        table.Add(second, out _);
        var probed = table.Probe(second.GetHashCode());

        probed.ShouldBe(0);
        table.Confirm(probed, second, second.GetHashCode()).ShouldBe(1);
        table.Confirm(probed, first, first.GetHashCode()).ShouldBe(0);
        table.Confirm(table.Probe(Key(-1).GetHashCode()), Key(-1), Key(-1).GetHashCode()).ShouldBe(-1);
    }

    [Fact]
    public void Evaluate_ReferenceWhoseKeyHasAnotherRulesHash_IsNotReadByThatRule()
    {
        // The references' slots are found by hash first: a figure for another indicator of the same hash must not
        // land in this rule's slot.
        var (own, other) = CollidingKeys();
        var set = RuleSet.Compile([new Rule("1", own.Indicator, Target.AboveCityAverage(Measure.Growth))]);
        Observation[] actuals = [Observation.OfGrowth(5m)];
        var otherFigure = new Reference(other.Indicator, ReferenceKind.City, Observation.OfGrowth(4m));
        var ownFigure = new Reference(own.Indicator, ReferenceKind.City, Observation.OfGrowth(6m));

        set.EvaluateInOrder(actuals, [otherFigure]).States.ShouldBe([AwaitingCityFeedback]);
        set.EvaluateInOrder(actuals, [otherFigure, ownFigure]).States.ShouldBe([Missed]);
        set.EvaluateInOrder(actuals, [ownFigure, otherFigure]).States.ShouldBe([Missed]);
    }

    // Two city keys whose 32-bit hashes are equal: string hashes are seeded per process, so they are searched for
    // (about 80,000 keys are hashed before two meet).
    private static (FactKey First, FactKey Second) CollidingKeys()
    {
        var seen = new Dictionary<int, FactKey>();
        for (var i = 0; ; i++)
        {
            var key = Key(i);
            if (!seen.TryAdd(key.GetHashCode(), key))
            {
                return (seen[key.GetHashCode()], key);
            }
        }
    }

    [Fact]
    public void Find_EmptyTable_FindsNothing()
    {
        var table = new FactTable(0);

        table.Find(Key(1)).ShouldBe(-1);
        table.Probe(Key(1).GetHashCode()).ShouldBe(-1);
    }

    [Fact]
    public void Evaluate_ManyReferencesSomeRepeatedSomeUnread_EachRuleReadsTheLastOfItsOwn()
    {
        // 3,000 city comparisons; the references come in reverse order, each row's city figure twice (the later one
        // counts), with references no rule reads among them.
        var rules = Enumerable.Range(0, 3000).Select(i => new Rule($"{i}", $"指标{i}", Target.AboveCityAverage(Measure.Growth)));
        var set = RuleSet.Compile(rules);
        var actuals = Enumerable.Range(0, 3000).Select(_ => Observation.OfGrowth(5m)).ToArray();
        var references = Enumerable.Range(0, 3000).Reverse().SelectMany(i => new[]
        {
            new Reference($"指标{i}", ReferenceKind.City, Observation.OfGrowth(9m)),
            new Reference($"其他{i}", ReferenceKind.City, Observation.OfGrowth(1m)),
            new Reference($" 指标{i} ", ReferenceKind.City, Observation.OfGrowth(i % 2 == 0 ? 4m : 6m)),
        });

        var states = set.EvaluateInOrder(actuals, references).States;

        states.ShouldBe(Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? Met : Missed));
    }
}
