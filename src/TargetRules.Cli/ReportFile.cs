namespace TargetRules.Cli;

/// <summary>
/// The file <c>--output</c> names, written beside it under a temporary name and renamed over it only once the
/// report is complete: a run that fails leaves an existing report as it was, not truncated or half written.
/// </summary>
internal sealed class ReportFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private bool _committed;

    private ReportFile(string path, string temporary, FileStream stream)
    {
        _path = path;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>Where the report is written until <see cref="Commit"/>.</summary>
    public FileStream Stream { get; }

    /// <summary>Opens a temporary file in <paramref name="path"/>'s folder; a usage error when it cannot be written.</summary>
    public static ReportFile Create(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"cannot write '{path}': it is a directory");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            return new ReportFile(path, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message.ReplaceLineEndings(" ").Trim()}");
        }
    }

    /// <summary>Closes the report and puts it in place of <c>--output</c>'s file.</summary>
    public void Commit()
    {
        Stream.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed)
        {
            File.Delete(_temporary);
        }
    }
}
