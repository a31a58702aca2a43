using TargetRules.Names;

namespace TargetRules.Evaluation;

/// <summary>
/// The rows a target may name (与经济增长基本同步), by name: the number of the first row of a name, and for 经济增长 the
/// first row that gives the economy's growth. Rows are numbered 0, 1, 2… as they are added; the owner keeps each row's
/// name and value under its number, so the rule set (every rule's components) and a streamed plan (the rows judged so
/// far, a million of them kept without an object each) share the lookup and keep their rows as suits them.
/// </summary>
/// <remarks>
/// An open-addressed table of row numbers keyed by the names' hashes, plain ints only: a million rows' index is 8 MB
/// of slots and 4 MB of hashes (a Dictionary&lt;int, int&gt; took 22 MB, and more while it grew). A name is compared
/// only when its hash is the same, through <see cref="NameOf"/>.
/// </remarks>
internal sealed class PeerIndex
{
    private const int FirstSlots = 1 << 10;
    private const int HashesPerBlock = 1 << 12;

    private readonly NameOf _nameOf;
    private readonly Func<string, int> _hash;

    // Each slot holds a row's number plus one, 0 when free; at most half are taken, so a probe ends soon.
    private int[] _slots = new int[FirstSlots];

    // Each row's name hash, to place it again when the table grows and to pass over other names quickly.
    private readonly List<int[]> _hashes = [];
    private int _count;
    private int _economy = -1;

    /// <param name="nameOf">The name of a row added before.</param>
    /// <param name="hash">The names' hash; a test passes one that makes every name collide.</param>
    public PeerIndex(NameOf nameOf, Func<string, int>? hash = null)
    {
        _nameOf = nameOf;
        _hash = hash ?? (static name => name.GetHashCode());
    }

    /// <summary>The name of row <paramref name="row"/>, as its owner keeps it.</summary>
    public delegate ReadOnlySpan<char> NameOf(int row);

    /// <summary>
    /// Numbers <paramref name="name"/> as the next row unless an earlier row gave that name. The owner keeps the new
    /// row's name under the number before it adds another or finds one.
    /// </summary>
    /// <returns>The new row's number; -1 when the name was taken already.</returns>
    public int TryAdd(string name)
    {
        var hash = _hash(name);
        var slot = SlotOf(name, hash);
        if (_slots[slot] != 0)
        {
            return -1;
        }

        var row = _count++;
        _slots[slot] = row + 1;
        if ((row & (HashesPerBlock - 1)) == 0)
        {
            _hashes.Add(new int[HashesPerBlock]);
        }

        HashOf(row) = hash;
        if (_economy < 0 && IndicatorNames.IsEconomyIndicator(name))
        {
            _economy = row;
        }

        if (2 * _count > _slots.Length)
        {
            Grow();
        }

        return row;
    }

    /// <summary>The row <paramref name="peer"/> names: the same name first, then for 经济增长 the first economy row; -1 when none.</summary>
    public int Find(string peer) =>
        _slots[SlotOf(peer, _hash(peer))] is var taken and > 0 ? taken - 1
        : _economy >= 0 && IndicatorNames.IsEconomy(peer) ? _economy
        : -1;

    /// <summary>The slot of the row named <paramref name="name"/>, or the free slot where it would go.</summary>
    private int SlotOf(string name, int hash)
    {
        var mask = _slots.Length - 1;
        for (var slot = Spread(hash) & mask; ; slot = (slot + 1) & mask)
        {
            var taken = _slots[slot];
            if (taken == 0 || (HashOf(taken - 1) == hash && _nameOf(taken - 1).SequenceEqual(name)))
            {
                return slot;
            }
        }
    }

    // Twice the slots, each row placed again by its kept hash (so no name is hashed twice).
    private void Grow()
    {
        var slots = new int[2 * _slots.Length];
        var mask = slots.Length - 1;
        foreach (var taken in _slots)
        {
            if (taken == 0)
            {
                continue;
            }

            var slot = Spread(HashOf(taken - 1)) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = taken;
        }

        _slots = slots;
    }

    // The slot is taken from the low bits: mixed first, so that hashes differing only in their high bits do not share a run.
    private static int Spread(int hash)
    {
        var mixed = (uint)hash * 2654435769u;
        return (int)((mixed ^ (mixed >> 15)) & int.MaxValue);
    }

    private ref int HashOf(int row) => ref _hashes[row / HashesPerBlock][row & (HashesPerBlock - 1)];
}
