

namespace TargetRules.Evaluation;

/// <summary>
/// The slot of every fact a rule set's targets predict, by key: open addressing over one array of (hash, slot)
/// cells. Unlike a dictionary, a look-up's steps can be asked for ahead (<see cref="Probe"/>, then the key):
/// a large rule set's table has left the cache by the time references are loaded, and each step of a look-up
/// is a wait on memory otherwise.
/// </summary>
internal sealed class FactTable
{
    // A cell holds the key's hash in its high half and its slot + 1 in its low half; 0 is an empty cell.
    private readonly long[] _cells;
    private readonly FactKey[] _keys;
    private readonly int _mask;

    /// <param name="capacity">At most how many keys will be added.</param>
    public FactTable(int capacity)
    {
        var size = 8;
        while (size < 2 * capacity)
        {
            size *= 2;
        }

        _cells = new long[size];
        _keys = new FactKey[capacity];
        _mask = size - 1;
    }

    /// <summary>How many keys the table holds; their slots are 0 to Count - 1, in the order they were added.</summary>
    public int Count { get; private set; }

    /// <summary>The key in <paramref name="slot"/>.</summary>
    public ref readonly FactKey this[int slot] => ref _keys[slot];

    /// <summary>The slot of <paramref name="key"/>, adding it in the next slot when the table does not hold it yet.</summary>
    /// <exception cref="InvalidOperationException">The table already holds as many keys as it was made for.</exception>
    public int Add(in FactKey key, out bool added)
    {
        var hash = key.GetHashCode();
        if (Locate(key, hash, out var empty) is var slot and >= 0)
        {
            added = false;
            return slot;
        }

        if (Count == _keys.Length)
        {
            throw new InvalidOperationException($"The table was made for {_keys.Length} keys.");
        }

        _keys[Count] = key;
        _cells[empty] = ((long)hash << 32) | (uint)(Count + 1);
        added = true;
        return Count++;
    }

    /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
    public int Find(in FactKey key) => Find(key, key.GetHashCode());

    /// <summary>The slot of <paramref name="key"/> whose hash is <paramref name="hash"/>, or -1.</summary>
    public int Find(in FactKey key, int hash) => Locate(key, hash, out _);

    /// <summary>
    /// The slot of <paramref name="key"/> given the slot <see cref="Probe"/> found for its hash: that one when it holds the
    /// key, none when the probe found none, else the look-up in full.
    /// </summary>
    public int Confirm(int probed, in FactKey key, int hash) =>
        probed < 0 ? -1 : _keys[probed].Equals(key) ? probed : Find(key, hash);

    /// <summary>The slot of the first key with <paramref name="hash"/> (probably the key sought; confirm with <see cref="this"/>), or -1.</summary>
    public int Probe(int hash)
    {
        for (var i = hash & _mask; _cells[i] is var cell and not 0; i = (i + 1) & _mask)
        {
            if ((int)(cell >> 32) == hash)
            {
                return (int)cell - 1;
            }
        }

        return -1;
    }

    /// <summary>Fetches the cell a look-up of <paramref name="hash"/> reads first into the cache.</summary>
    public void PrefetchCell(int hash) => CacheLines.Prefetch(ref _cells[hash & _mask]);

    /// <summary>Fetches the key in <paramref name="slot"/> into the cache.</summary>
    public void PrefetchKey(int slot) => CacheLines.Prefetch(ref _keys[slot]);

    // Walks the probe chain of hash: the key's slot, or -1 with the empty cell the chain ends at.
    private int Locate(in FactKey key, int hash, out int empty)
    {
        var i = hash & _mask;
        for (; _cells[i] is var cell and not 0; i = (i + 1) & _mask)
        {
            if ((int)(cell >> 32) == hash && _keys[(int)cell - 1].Equals(key))
            {
                empty = -1;
                return (int)cell - 1;
            }
        }

        empty = i;
        return -1;
    }
}
