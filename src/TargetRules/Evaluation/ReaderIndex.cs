using System.Runtime.InteropServices;

namespace TargetRules.Evaluation;

/// <summary>
/// Which rules of a session read which fact, so that a fact's arrival marks those rules, and only those, due again:
/// the readers the rule set's targets predict (compiled once, shared by every session), and those only judging found
/// (a reference or peer a target reads by a name compiling could not foresee), recorded here as the session judges.
/// </summary>
internal sealed class ReaderIndex(RuleSet rules)
{
    private readonly Dictionary<FactKey, List<int>> _unpredictedReaders = [];
    private readonly Dictionary<int, List<int>> _unpredictedPeerReaders = [];

    /// <summary>Notes that <paramref name="reader"/> read the reference <paramref name="key"/>, which its target did not predict.</summary>
    public void RecordReference(FactKey key, int reader) => Record(_unpredictedReaders, key, reader);

    /// <summary>Notes that <paramref name="reader"/> read the actual of rule <paramref name="provider"/> (-1: no rule) as a peer, unless that was predicted.</summary>
    public void RecordPeer(int provider, int reader)
    {
        if (provider >= 0 && provider != reader && Array.IndexOf(rules.PeerReaders[provider], reader) < 0)
        {
            Record(_unpredictedPeerReaders, provider, reader);
        }
    }

    /// <summary>Marks due on <paramref name="agenda"/> the rules that read the actual of rule <paramref name="rule"/> as a peer.</summary>
    public void MarkReadersOfActual(int rule, Agenda agenda)
    {
        agenda.Mark(rules.PeerReaders[rule]);
        if (_unpredictedPeerReaders.TryGetValue(rule, out var more))
        {
            agenda.Mark(CollectionsMarshal.AsSpan(more));
        }
    }

    /// <summary>Marks due on <paramref name="agenda"/> the rules that read the reference <paramref name="key"/>, held in <paramref name="slot"/> (-1: none).</summary>
    public void MarkReadersOfReference(FactKey key, int slot, Agenda agenda)
    {
        agenda.Mark(rules.Readers(slot));
        if (_unpredictedReaders.TryGetValue(key, out var more))
        {
            agenda.Mark(CollectionsMarshal.AsSpan(more));
        }
    }

    private static void Record<TKey>(Dictionary<TKey, List<int>> readers, TKey key, int rule)
        where TKey : notnull
    {
        if (!readers.TryGetValue(key, out var list))
        {
            readers[key] = list = [];
        }

        if (!list.Contains(rule))
        {
            list.Add(rule);
        }
    }
}
