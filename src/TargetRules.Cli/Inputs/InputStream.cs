namespace TargetRules.Cli.Inputs;

/// <summary>
/// An input file read at most <see cref="InputLimits.Bytes"/> bytes far. A regular file over the limit is refused
/// before it is read; a device or a FIFO, whose size is not known (<c>/dev/zero</c>), when reading passes the
/// limit. A directory is named as one, not as a missing file. The stream is read once, from the start, so a
/// FIFO works: <see cref="Head"/> looks at the first bytes without consuming them.
/// </summary>
internal sealed class InputStream : Stream
{
    private readonly FileStream _inner;
    private readonly string _name;
    private readonly InputLimits _limits;
    private byte[] _head = [];
    private int _headRead;
    private long _read;

    private InputStream(FileStream inner, string name, InputLimits limits)
    {
        _inner = inner;
        _name = name;
        _limits = limits;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    /// <summary>The file's size when it has one (a regular file), else 0.</summary>
    public override long Length => _inner.CanSeek ? _inner.Length : 0;

    /// <summary>How far reading is (bytes looked at by <see cref="Head"/> but not yet read are not counted).</summary>
    public override long Position
    {
        get => _read - (_head.Length - _headRead);
        set => throw new NotSupportedException();
    }

    /// <summary>Opens <paramref name="path"/>, or throws a <see cref="UsageException"/> saying why not; <paramref name="what"/> names the input ("plan file").</summary>
    public static InputStream Open(string path, string what, InputLimits limits)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{what} '{path}' is a directory");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{what} '{path}' not found");
        }

        var name = Path.GetFileName(path);
        try
        {
            if (new FileInfo(path).Length > limits.Bytes)
            {
                throw new UsageException($"{name}: {limits.TooLarge}");
            }

            return new InputStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), name, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>The file itself when it can seek (a regular file, not a FIFO), unbounded: an .xlsx reader seeks, and bounds its parts itself.</summary>
    public Stream? Seekable => _inner.CanSeek ? _inner : null;

    /// <summary>Up to the first <paramref name="count"/> bytes, which reading then still returns; call before reading.</summary>
    public byte[] Head(int count)
    {
        var head = new byte[count];
        var length = 0;
        while (length < count && Next(head.AsSpan(length)) is > 0 and var read)
        {
            length += read;
        }

        _head = head[..length];
        return _head;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_headRead < _head.Length)
        {
            var from = _head.AsSpan(_headRead, Math.Min(buffer.Length, _head.Length - _headRead));
            from.CopyTo(buffer);
            _headRead += from.Length;
            if (_headRead == _head.Length)
            {
                // Read through: the megabyte need not stay alive while the rest of the plan streams.
                (_head, _headRead) = ([], 0);
            }

            return from.Length;
        }

        return Next(buffer);
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Next(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        _read += read;
        return _read > _limits.Bytes ? throw new UsageException($"{_name}: {_limits.TooLarge}") : read;
    }
}
