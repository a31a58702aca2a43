namespace TargetRules.Cli;

/// <summary>A progress bar on stderr for large plans, redrawn in place every few thousand rows.</summary>
internal static class ProgressBar
{
    /// <summary>Plans larger than this (4 MiB, some 40,000 rows) show a progress bar when stderr is a terminal.</summary>
    public const long LargePlanBytes = 4L << 20;

    private const int Every = 5000;
    private const int Width = 30;

    public static IEnumerable<T> Track<T>(IEnumerable<T> rows, Func<double?> position, TextWriter stderr)
    {
        var count = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (++count % Every == 0)
            {
                if (position() is { } share)
                {
                    var done = (int)(share * Width);
                    stderr.Write($"\r[{new string('#', done)}{new string('.', Width - done)}] {share * 100,3:0}% {count:N0} rows");
                }
                else
                {
                    // A workbook cannot tell how far through it the reader is: the count alone.
                    stderr.Write($"\r{count:N0} rows");
                }
            }
        }

        stderr.Write($"\r{new string(' ', Width + 30)}\r");
    }
}
