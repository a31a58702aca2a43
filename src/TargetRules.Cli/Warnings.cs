namespace TargetRules.Cli;

/// <summary>
/// Says warnings of one kind about one file. A file meant for another plan names no row on any of its lines, and a
/// generator's slip repeats a key in every row: the first <see cref="Listed"/> say what it is, one more line how much
/// more there is, so stderr is not a second copy of the file (131,927 such lines took 1.2 s to write).
/// </summary>
internal static class Warnings
{
    public const int Listed = 10;

    /// <summary>
    /// The warnings <paramref name="text"/> words of the first <see cref="Listed"/> <paramref name="items"/> to
    /// <paramref name="warn"/>, then, when there are more, what <paramref name="rest"/> makes of how many more and the
    /// last. Only what is said is worded.
    /// </summary>
    public static void Say<T>(IReadOnlyList<T> items, Func<T, string> text, Action<string> warn, Func<int, T, string> rest)
    {
        foreach (var item in items.Take(Listed))
        {
            warn(text(item));
        }

        if (items.Count > Listed)
        {
            warn(rest(items.Count - Listed, items[^1]));
        }
    }
}
