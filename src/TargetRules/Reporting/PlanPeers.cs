using TargetRules.Evaluation;

namespace TargetRules.Reporting;

/// <summary>
/// The rows a later row of the plan can name (与经济增长基本同步): by their own name, first row first, and the
/// first economy-growth row for 经济增长. Any later row may name any earlier one, so every judged row's actual
/// is kept to the end of the plan.
/// </summary>
internal sealed class PlanPeers
{
    private readonly Dictionary<string, Observation> _byName = new(StringComparer.Ordinal);
    private Observation? _economy;

    /// <summary>Records <paramref name="actual"/> under <paramref name="indicator"/> unless a row before gave that name.</summary>
    public void Add(string indicator, Observation actual)
    {
        if (_byName.TryAdd(indicator, actual) && _economy is null && PeerNames.IsEconomyIndicator(indicator))
        {
            _economy = actual;
        }
    }

    /// <summary>The actual of the earlier row <paramref name="peer"/> names; null when none.</summary>
    public Observation? Find(string peer) =>
        _byName.TryGetValue(peer, out var exact) ? exact : PeerNames.IsEconomy(peer) ? _economy : null;
}
