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
/// blocks of plain structs, found by name through a <see cref="PeerIndex"/> of row numbers. Kept as objects (an observation or a figure,
/// its text and its name per row), a million rows cost the collector more than judging them: every collection
/// walked them and moved the new ones twice.
/// </remarks>
internal sealed class PlanPeers
{
    private const int BlockChars = 1 << 16;
    private const int KeptPerBlock = 1 << 12;
    private const int FiguresPerBlock = 1 << 12;

    private readonly PeerIndex _index;
    private readonly List<char[]> _chars = [];
    private readonly List<Kept[]> _kept = [];
    private readonly List<decimal[]> _figures = [];
    private readonly List<Unit> _units = [];
    private readonly Dictionary<Unit, int> _unitIndex = [];
    private int _usedChars;
    private int _figureCount;

    /// <param name="hash">The names' hash; a test passes one that makes every name collide.</param>
    public PlanPeers(Func<string, int>? hash = null) => _index = new PeerIndex(NameOf, hash);

    /// <summary>Records <paramref name="actual"/> under <paramref name="indicator"/> unless a row before gave that name.</summary>
    public void Add(string indicator, Observation actual)
    {
        var index = _index.TryAdd(indicator);
        if (index < 0)
        {
            return;
        }

        if ((index & (KeptPerBlock - 1)) == 0)
        {
            _kept.Add(new Kept[KeptPerBlock]);
        }

        var (block, start) = Store(indicator, actual.Text);
        var figures = _figureCount;
        var present = Keep(Figure.Level, actual.Level?.Value) | Keep(Figure.Growth, actual.Growth)
            | Keep(Figure.ComparableGrowth, actual.ComparableGrowth) | Keep(Figure.PointChange, actual.PointChange);
        At(index) = new Kept
        {
            Block = block,
            Start = start,
            NameLength = indicator.Length,
            TextLength = actual.Text.Length,
            Figures = figures,
            Status = (byte)actual.Status,
            Present = present,
            LevelUnit = actual.Level is { } level ? UnitIndex(level.Unit) : -1,
        };
    }

    /// <summary>The actual of the earlier row <paramref name="peer"/> names, as a peer comparison reads it; null when none.</summary>
    public Observation? Find(string peer) => _index.Find(peer) is var found and >= 0 ? Restore(found) : null;

    private ReadOnlySpan<char> NameOf(int index)
    {
        ref var kept = ref At(index);
        return _chars[kept.Block].AsSpan(kept.Start, kept.NameLength);
    }

    private ref Kept At(int index) => ref _kept[index / KeptPerBlock][index & (KeptPerBlock - 1)];

    private Observation Restore(int index)
    {
        var kept = At(index);
        var next = kept.Figures;
        decimal? Read(Figure figure) => (kept.Present & figure) != 0 ? FigureAt(next++) : null;
        var level = Read(Figure.Level);
        return new Observation
        {
            Text = new string(_chars[kept.Block].AsSpan(kept.Start + kept.NameLength, kept.TextLength)),
            Status = (ObservationStatus)kept.Status,
            Level = level is { } value ? new Quantity(value, _units[kept.LevelUnit]) : null,
            Growth = Read(Figure.Growth),
            ComparableGrowth = Read(Figure.ComparableGrowth),
            PointChange = Read(Figure.PointChange),
        };
    }

    private decimal FigureAt(int index) => _figures[index / FiguresPerBlock][index & (FiguresPerBlock - 1)];

    // Only the figures an actual gives are kept, one after another: most actuals give one of the four.
    private Figure Keep(Figure figure, decimal? value)
    {
        if (value is not { } kept)
        {
            return 0;
        }

        if ((_figureCount & (FiguresPerBlock - 1)) == 0)
        {
            _figures.Add(new decimal[FiguresPerBlock]);
        }

        _figures[^1][_figureCount++ & (FiguresPerBlock - 1)] = kept;
        return figure;
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

    // The name and the text side by side, in the last block of characters.
    private (int Block, int Start) Store(string name, string text)
    {
        var length = name.Length + text.Length;
        if (_chars.Count == 0 || _usedChars + length > _chars[^1].Length)
        {
            // A row longer than a block gets a block of its own, which is then full.
            _chars.Add(new char[Math.Max(BlockChars, length)]);
            _usedChars = 0;
        }

        var chars = _chars[^1].AsSpan(_usedChars);
        name.CopyTo(chars);
        text.CopyTo(chars[name.Length..]);
        var start = _usedChars;
        _usedChars += length;
        return (_chars.Count - 1, start);
    }

    /// <summary>The figures a kept row has, in the order they are kept.</summary>
    [Flags]
    private enum Figure : byte
    {
        Level = 1,
        Growth = 2,
        ComparableGrowth = 4,
        PointChange = 8,
    }

    /// <summary>
    /// One kept row, 28 bytes (its name's hash is in the index): where its name and text are, its status, and where its
    /// figures are. No references, so the collector skips it. (Kept with its four figures in place, a row took 128 bytes.)
    /// </summary>
    private struct Kept
    {
        public int Block;
        public int Start;
        public int NameLength;
        public int TextLength;

        /// <summary>The first of the row's figures in the blocks of figures.</summary>
        public int Figures;
        public byte Status;
        public Figure Present;

        /// <summary>The level's unit (in the table of units seen), or -1 when the actual gives no level.</summary>
        public int LevelUnit;
    }
}
