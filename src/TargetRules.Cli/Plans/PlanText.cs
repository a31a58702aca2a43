using System.Buffers;
using System.Text;

namespace TargetRules.Cli.Plans;

/// <summary>
/// Opens a delimited or YAML plan as text. UTF-8 unless a BOM says otherwise; a file that is not UTF-8 but
/// reads cleanly as GB18030 (a superset of GBK and GB2312, what Chinese Excel saves as "Unicode text" is
/// not) is read as such, with a note; anything else fails naming the first bad byte. Invalid bytes never
/// turn silently into U+FFFD.
/// </summary>
internal static class PlanText
{
    private const int SniffBytes = 1 << 20;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A reader of <paramref name="stream"/> (which it owns) in the encoding its first megabyte shows; an encoding other than UTF-8 is said to <paramref name="warn"/>.</summary>
    public static StreamReader Open(InputStream stream, string name, Action<string> warn)
    {
        try
        {
            var head = stream.Head(SniffBytes);
            var encoding = StrictUtf8;
            if (!HasByteOrderMark(head) && Scan(head, complete: head.Length < SniffBytes) is { } bad)
            {
                if (bad.Invalid > bad.MultiByte && IsGb18030(head))
                {
                    encoding = Gb18030;
                    warn($"{name} is not UTF-8; read it as GBK (GB18030)");
                }
                else
                {
                    throw new UsageException($"{name}: not valid UTF-8 (byte 0x{head[bad.Offset]:X2} at offset {bad.Offset}); save it as UTF-8");
                }
            }

            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, 1 << 16);
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

    private static bool HasByteOrderMark(byte[] head) =>
        head is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

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

    private static bool IsGb18030(byte[] head)
    {
        try
        {
            // flush: false, so a character cut at the end of the sniffed bytes is not an error.
            Gb18030.GetDecoder().GetCharCount(head, 0, head.Length, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
