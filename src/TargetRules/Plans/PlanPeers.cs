using System.Runtime.InteropServices;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Quantities;

namespace TargetRules.Plans;

/// <summary>
/// The rows a later row of the plan can name (与经济增长基本同步): by their own name, first row first, and the
/// first economy-growth row for 经济增长. Any later row may name any earlier one, so every judged row is kept to
/// the end of the plan, as much of it as a peer comparison reads: the text, the status and the figures.
/// </summary>
/// <remarks>
/// Rows are kept without an object of their own: names and texts in shared blocks of characters, figures in
/// blocks of plain structs, the index keyed by the names' hashes. Kept as objects (an observation or a figure,
/// its text and its name per row), a million rows cost the collector more than judging them: every collection
/// walked them and moved the new ones twice.
/// </remarks>
/// <param name="hash">The names' hash; a test passes one that makes every name collide.</param>
internal sealed class PlanPeers(Func<string, int>? hash = null)
{
    private const int BlockChars = 1 << 16;
    private const int KeptPerBlock = 1 << 12;

    private readonly Func<string, int> _hash = hash ?? (static name => name.GetHashCode());
    private readonly Dictionary<int, int> _firstByHash = [];
    private readonly List<char[]> _chars = [];
    private readonly List<Kept[]> _kept = [];
    private readonly List<Unit> _units = [];
    private readonly Dictionary<Unit, int> _unitIndex = [];
    private int _usedChars;
    private int _count;
    private int _economy = -1;

    /// <summary>Records <paramref name="actual"/> under <paramref name="indicator"/> unless a row before gave that name.</summary>
    public void Add(string indicator, Observation actual)
    {
        // One hash look-up per row: a million rows' index does not fit in the cache, and each look-up waits on memory.
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstByHash, _hash(indicator), out var known);
        var last = -1;
        if (known && InChain(first, indicator, out last) >= 0)
        {
            return;
        }

        var index = _count++;
        if (known)
        {
            At(last).Next = index;
        }
        else
        {
            first = index;
        }

        if ((index & (KeptPerBlock - 1)) == 0)
        {
            _kept.Add(new Kept[KeptPerBlock]);
        }

        At(index) = new Kept
        {
            Name = Store(indicator),
            Text = Store(actual.Text),
            Next = -1,
            Status = actual.Status,
            LevelUnit = actual.Level is { } level ? UnitIndex(level.Unit) : -1,
            Level = actual.Level?.Value ?? 0,
            Growth = actual.Growth,
            ComparableGrowth = actual.ComparableGrowth,
            PointChange = actual.PointChange,
        };
        if (_economy < 0 && PeerNames.IsEconomyIndicator(indicator))
        {
            _economy = index;
        }
    }

    /// <summary>The actual of the earlier row <paramref name="peer"/> names, as a peer comparison reads it; null when none.</summary>
    public Observation? Find(string peer) =>
        _firstByHash.TryGetValue(_hash(peer), out var first) && InChain(first, peer, out _) is var index and >= 0 ? Restore(index)
        : _economy >= 0 && PeerNames.IsEconomy(peer) ? Restore(_economy)
        : null;

    /// <summary>The kept row named <paramref name="name"/> in the hash chain from <paramref name="first"/>, or -1; <paramref name="last"/> is the chain's end.</summary>
    private int InChain(int first, string name, out int last)
    {
        last = -1;
        for (var i = first; i >= 0; i = At(i).Next)
        {
            if (Chars(At(i).Name).SequenceEqual(name))
            {
                return i;
            }

            last = i;
        }

        return -1;
    }

    private ref Kept At(int index) => ref _kept[index / KeptPerBlock][index & (KeptPerBlock - 1)];

    private Observation Restore(int index)
    {
        ref var kept = ref At(index);
        return new Observation
        {
            Text = new string(Chars(kept.Text)),
            Status = kept.Status,
            Level = kept.LevelUnit >= 0 ? new Quantity(kept.Level, _units[kept.LevelUnit]) : null,
            Growth = kept.Growth,
            ComparableGrowth = kept.ComparableGrowth,
            PointChange = kept.PointChange,
        };
    }

    private int UnitIndex(Unit unit)
    {
        if (!_unitIndex.TryGetValue(unit, out var index))
        {
            index = _units.Count;
            _units.Add(unit);
            _unitIndex.Add(unit, index);
        }

        return index;
    }

    private ReadOnlySpan<char> Chars(Stored text) => _chars[text.Block].AsSpan(text.Start, text.Length);

    private Stored Store(string text)
    {
        if (_chars.Count == 0 || _usedChars + text.Length > _chars[^1].Length)
        {
            // A text longer than a block gets a block of its own, which is then full.
            _chars.Add(new char[Math.Max(BlockChars, text.Length)]);
            _usedChars = 0;
        }

        text.CopyTo(_chars[^1].AsSpan(_usedChars));
        var stored = new Stored(_chars.Count - 1, _usedChars, text.Length);
        _usedChars += text.Length;
        return stored;
    }

    /// <summary>Where a name or text is kept: a block of characters, and its place in it.</summary>
    private readonly record struct Stored(int Block, int Start, int Length);

    /// <summary>One kept row: its name, and what a peer comparison reads of its actual. No references, so the collector skips it.</summary>
    private struct Kept
    {
        public Stored Name;
        public Stored Text;

        /// <summary>The next kept row whose name has the same hash, or -1.</summary>
        public int Next;
        public ObservationStatus Status;

        /// <summary>The level's unit (in the table of units seen), or -1 when the actual gives no level.</summary>
        public int LevelUnit;
        public decimal Level;
        public decimal? Growth;
        public decimal? ComparableGrowth;
        public decimal? PointChange;
    }
}
