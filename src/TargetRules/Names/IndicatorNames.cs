namespace TargetRules.Names;

/// <summary>
/// The slash parts of an indicator name (全社会固定资产投资总额/产业类投资额/工业投资, with / or ／), which name the
/// components of a slash target: read here once, by the parsers, the compiler and the judge alike.
/// </summary>
internal static class IndicatorNames
{
    /// <summary>The slash between parts, ASCII or full-width.</summary>
    public static readonly char[] Slashes = ['/', '／'];

    /// <summary>True when the indicator name has exactly <paramref name="count"/> slash parts.</summary>
    public static bool HasParts(string? indicator, int count) => indicator.AsSpan().Count('/') + indicator.AsSpan().Count('／') == count - 1;

    /// <summary>
    /// The name of component <paramref name="index"/> of <paramref name="count"/>: that part of the name, trimmed, when
    /// the name has as many parts, else the whole name. Allocates nothing: the parsers call it for every component.
    /// </summary>
    public static ReadOnlySpan<char> Part(string? indicator, int count, int index)
    {
        var name = indicator.AsSpan();
        if (!HasParts(indicator, count))
        {
            return name;
        }

        for (var i = 0; i < index; i++)
        {
            name = name[(name.IndexOfAny(Slashes) + 1)..];
        }

        var end = name.IndexOfAny(Slashes);
        return (end < 0 ? name : name[..end]).Trim();
    }

    /// <summary><see cref="Part"/> as a slice of <paramref name="indicator"/> that a reader can keep.</summary>
    public static ReadOnlyMemory<char> PartMemory(string? indicator, int count, int index)
    {
        var name = Part(indicator, count, index);
        return indicator.AsSpan().Overlaps(name, out var offset) ? indicator.AsMemory(offset, name.Length) : default;
    }

    /// <summary>
    /// The names of all <paramref name="count"/> components: the slash parts, or, when the name has another number of
    /// parts, the whole name numbered ("工业投资 [1]", "工业投资 [2]") so that each component has a name of its own.
    /// </summary>
    public static string[] Split(string indicator, int count)
    {
        var parts = indicator.Split(Slashes, StringSplitOptions.TrimEntries);
        if (parts.Length == count)
        {
            return parts;
        }

        var numbered = new string[count];
        for (var i = 0; i < count; i++)
        {
            numbered[i] = $"{indicator} [{i + 1}]";
        }

        return numbered;
    }
}
