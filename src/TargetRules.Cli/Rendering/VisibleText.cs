using System.Globalization;
using System.Text;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// Cell text made safe for where it is written. A plan is someone else's file: its cells must not drive the
/// terminal (ESC, OSC, BEL, C1 controls clear the screen, retitle the window or draw a fake link) nor break
/// the XML of a workbook.
/// </summary>
internal static class VisibleText
{
    /// <summary>
    /// The text with every control character a terminal would act on written as <c>\u001B</c>: C0 but the
    /// line feed and tab, DEL, C1, and the bidirectional overrides that make text read in another order.
    /// </summary>
    public static string ForTerminal(string text)
    {
        var first = 0;
        while (first < text.Length && !ActsOnTerminal(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (ActsOnTerminal(c))
            {
                visible.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }

    /// <summary>
    /// The text with every character XML 1.0 cannot hold (controls but tab, LF and CR, U+FFFE, U+FFFF, a lone
    /// surrogate) written as Excel writes them, <c>_x001B_</c>, which Excel shows as the character again.
    /// </summary>
    public static string ForXml(string text)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var legal = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? 2
                : XmlLegal(c) ? 1 : 0;
            if (legal > 0 && safe is null)
            {
                i += legal - 1;
                continue;
            }

            safe ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            if (legal == 0)
            {
                safe.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                safe.Append(text, i, legal);
                i += legal - 1;
            }
        }

        return safe?.ToString() ?? text;
    }

    private static bool ActsOnTerminal(char c) =>
        (c < ' ' && c is not '\n' and not '\t') || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    private static bool XmlLegal(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE');

    /// <summary>The longest string a <see cref="TerminalWriter"/> writes whole, in characters.</summary>
    public const int MaxMessage = 2_000;

    /// <summary>
    /// The text, or when it is longer than <see cref="MaxMessage"/> its start and its end around how many characters
    /// are left out: a message quoting a cell or a header (a 40 MB file of one line) stays a line a terminal can show.
    /// </summary>
    public static string Clipped(string text)
    {
        const int Start = 1_600, End = 300;
        return text.Length <= MaxMessage
            ? text
            : string.Concat(text.AsSpan(0, Start), $" … ({text.Length - Start - End:N0} characters left out) … ", text.AsSpan(text.Length - End));
    }

    /// <summary>
    /// A writer for the terminal that passes every string through <see cref="ForTerminal"/>, clipped as
    /// <see cref="Clipped"/> says; its own line ends stay.
    /// </summary>
    public sealed class TerminalWriter(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override string NewLine
        {
#pragma warning disable CS8765 // TextWriter.NewLine's setter takes null to mean the default.
            get => inner.NewLine;
            set => inner.NewLine = value;
#pragma warning restore CS8765
        }

        public override void Write(char value) => inner.Write(value == '\r' ? "\r" : ForTerminal(value.ToString()));

        public override void Write(string? value) => inner.Write(value is null || value == NewLine ? value : ForTerminal(Clipped(value)));

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value)
        {
            Write(value);
            inner.WriteLine();
        }

        public override void WriteLine() => inner.WriteLine();

        public override void Flush() => inner.Flush();

        protected override void Dispose(bool disposing)
        {
            // The inner writer is the caller's (stderr): flushed, never closed here.
            if (disposing)
            {
                inner.Flush();
            }

            base.Dispose(disposing);
        }
    }
}
