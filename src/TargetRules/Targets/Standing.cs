using System.Collections.Immutable;

namespace TargetRules.Targets;

/// <summary>
/// Where a qualitative statement places the district among the city's districts: 领先水平 and 前列 say more than
/// 较好水平. Read once, where a statement becomes a fact (a <see cref="QualitativeTarget"/>, an actual's assertions),
/// so that judging compares two values instead of searching one text for the words of another.
/// </summary>
/// <remarks>
/// The words live here, below the parsers, because the fluent factories (<see cref="Target.Qualitative"/>,
/// <c>Observation.Asserting</c>) take a statement as text too and must rank it the way a parsed one is ranked.
/// </remarks>
internal enum Standing : byte
{
    /// <summary>No standing the judge can order (达到国际先进水平, 有所提升): met only by the same words.</summary>
    Unranked,
    /// <summary>较好水平.</summary>
    Good,
    /// <summary>领先 (领先水平), 前列 (位居全市前列).</summary>
    Leading,
}

/// <summary>Reads a statement's <see cref="Standing"/>.</summary>
internal static class Standings
{
    /// <summary>The standing <paramref name="statement"/> claims; the stronger words win (领先 in 较好水平，部分领先).</summary>
    public static Standing Of(string statement) =>
        statement.Contains("领先", StringComparison.Ordinal) || statement.Contains("前列", StringComparison.Ordinal) ? Standing.Leading
        : statement.Contains("较好水平", StringComparison.Ordinal) ? Standing.Good
        : Standing.Unranked;

    /// <summary>The strongest standing among <paramref name="statements"/>: an actual asserting any of them claims it.</summary>
    public static Standing Highest(ImmutableArray<string> statements)
    {
        var highest = Standing.Unranked;
        if (statements.IsDefault)
        {
            // An initializer may hand the default array: it ranks nothing, rather than failing where the observation is built.
            return highest;
        }

        foreach (var statement in statements)
        {
            var standing = Of(statement);
            if (standing > highest)
            {
                highest = standing;
            }
        }

        return highest;
    }
}
