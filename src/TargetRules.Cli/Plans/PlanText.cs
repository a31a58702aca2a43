using System.Buffers;
using System.Text;

namespace TargetRules.Cli.Plans;

/// <summary>
/// Opens a delimited or YAML plan as text. UTF-8 unless a BOM says otherwise (UTF-16 or UTF-32); a file that is not
/// UTF-8 but reads cleanly as GB18030 (a superset of GBK and GB2312, what Chinese Excel saves as "Unicode text" is
/// not) is read as such, with a note; anything else fails naming the first bad byte. Invalid bytes never
/// turn silently into U+FFFD, behind a BOM either.
/// </summary>
internal static class PlanText
{
    private const int SniffBytes = 1 << 20;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // What a byte order mark declares, each strict, since a reader that finds a mark itself decodes with U+FFFD for bad
    // bytes (a UTF-8 file with a BOM read its 0xFF as U+FFFD, silently). UTF-32 LE before UTF-16 LE, whose mark starts it.
    private static readonly (byte[] Mark, string Name, Encoding Encoding)[] Marks =
    [
        ([0xEF, 0xBB, 0xBF], "UTF-8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true)),
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32", new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true)),
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32", new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true)),
        ([0xFF, 0xFE], "UTF-16", new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)),
        ([0xFE, 0xFF], "UTF-16", new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true)),
    ];

    /// <summary>A reader of <paramref name="stream"/> (which it owns) in the encoding its first megabyte shows; an encoding other than UTF-8 is said to <paramref name="warn"/>.</summary>
    public static StreamReader Open(InputStream stream, string name, Action<string> warn)
    {
        try
        {
            var head = stream.Head(SniffBytes);
            var complete = head.Length < SniffBytes;
            var encoding = StrictUtf8;
            if (Array.Find(Marks, m => head.AsSpan().StartsWith(m.Mark)) is { Encoding: { } marked } mark)
            {
                encoding = marked;
                if (FirstBad(marked, head.AsSpan(mark.Mark.Length), complete) is { } at)
                {
                    var offset = at + mark.Mark.Length;
                    throw new UsageException($"{name}: not valid {mark.Name} (byte 0x{head[offset]:X2} at offset {offset}); save it as UTF-8");
                }
            }
            else if (Scan(head, complete) is { } bad)
            {
                if (bad.Invalid > bad.MultiByte && FirstBad(Gb18030, head, complete) is null)
                {
                    encoding = Gb18030;
                    warn($"{name} is not UTF-8; read it as GBK (GB18030)");
                }
                else
                {
                    throw new UsageException($"{name}: not valid UTF-8 (byte 0x{head[bad.Offset]:X2} at offset {bad.Offset}); save it as UTF-8");
                }
            }

            // The reader skips the mark, which the encoding's preamble is.
            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, 1 << 16);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
    }

    /// <summary>The offset of the first byte <paramref name="encoding"/> cannot decode, or null; a character cut at the end of an incomplete head is not one.</summary>
    private static int? FirstBad(Encoding encoding, ReadOnlySpan<byte> bytes, bool complete)
    {
        try
        {
            encoding.GetDecoder().GetCharCount(bytes, flush: complete);
            return null;
        }
        catch (DecoderFallbackException e)
        {
            return Math.Clamp(e.Index, 0, bytes.Length - 1);
        }
    }

    /// <summary>Null when <paramref name="bytes"/> are UTF-8; else the first bad offset and how many sequences were valid multi-byte or invalid.</summary>
    private static (int Offset, int Invalid, int MultiByte)? Scan(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        int first = -1, invalid = 0, multiByte = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == OperationStatus.NeedMoreData && !complete)
            {
                break;
            }

            if (status == OperationStatus.Done)
            {
                multiByte += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
                first = first < 0 ? i : first;
            }

            i += Math.Max(consumed, 1);
        }

        return first < 0 ? null : (first, invalid, multiByte);
    }
}
