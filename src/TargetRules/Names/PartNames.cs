namespace TargetRules.Names;

/// <summary>
/// Which part of an actual or a status a target's part name refers to: the part of that very name, else the first
/// whose name and the target's lie one in the other, the way <see cref="PartMatch"/> allows. The judges look parts up
/// here rather than each searching names its own way.
/// </summary>
internal static class PartNames
{
    /// <summary>The index in <paramref name="parts"/> of the part <paramref name="name"/> refers to; -1 when none does.</summary>
    /// <param name="parts">The parts, in the order written; the first that matches is taken.</param>
    /// <param name="nameOf">A part's name; null for a part without one, which no name refers to.</param>
    /// <param name="name">The name the target gives the part.</param>
    /// <param name="match">How else a part's name may refer to the same part.</param>
    public static int Find<T>(ReadOnlySpan<T> parts, Func<T, string?> nameOf, string name, PartMatch match)
    {
        for (var k = 0; k < parts.Length; k++)
        {
            if (nameOf(parts[k]) == name)
            {
                return k;
            }
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (nameOf(parts[k]) is { } label && Refers(label, name, match))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool Refers(string label, string name, PartMatch match) => match switch
    {
        PartMatch.Ending => label.EndsWith(name, StringComparison.Ordinal) || name.EndsWith(label, StringComparison.Ordinal),
        PartMatch.Within => label.Contains(name, StringComparison.Ordinal) || name.Contains(label, StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(match), match, null),
    };
}

/// <summary>How a part's name that is not the target's may still refer to the same part.</summary>
internal enum PartMatch
{
    /// <summary>
    /// One name ends the other: 新增国家、市级 in an actual is the part 国家、市级 of a scoped target (words before a scope
    /// qualify it; 市级以上 is not 市级).
    /// </summary>
    Ending,

    /// <summary>One name holds the other: 海江路段 in a project's status is the road 海江路 of its target.</summary>
    Within,
}
