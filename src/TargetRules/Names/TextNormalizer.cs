using System.Text;

namespace TargetRules.Names;

/// <summary>
/// Folds the ways people type the same text into one: full-width digits, letters and punctuation
/// become ASCII, ideographic and no-break spaces become spaces, thousands separators inside numbers go.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsWork(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            if (c == ',' && IsThousandsSeparator(text, i, text.Length))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Makes odd spaces (ideographic, no-break, en, thin, tab) plain spaces and leaves everything else as written.</summary>
    public static string PlainSpaces(string text)
    {
        if (!text.AsSpan().ContainsAny(OddSpaces))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = OddSpaces.Contains(source[i]) ? ' ' : source[i];
            }
        });
    }

    private static readonly System.Buffers.SearchValues<char> OddSpaces = System.Buffers.SearchValues.Create("\u3000\u00A0\u2002\u2003\u2009\t");

    /// <summary>Folds one character: full-width forms to ASCII, odd spaces to a space.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < '\u00A0' && c != '\t' ? c : c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\t' => ' ',
        '\u2014' or '\u2015' or '\u2013' or '\u2212' => '-',
        '\u301C' => '~',
        _ => c,
    };

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\uFF01' || c == '\u00A0' || c == '\u3000' || c == ',' || c == '\t' || c is >= '\u2002' and <= '\u2212')
            {
                return true;
            }
        }

        return false;
    }

    // "26,000" is a number; "5,海江路" and "1, 2" are lists.
    public static bool IsThousandsSeparator(string text, int i, int end)
    {
        if (i == 0 || !char.IsAsciiDigit(Fold(text[i - 1])))
        {
            return false;
        }

        for (var k = 1; k <= 3; k++)
        {
            if (i + k >= end || !char.IsAsciiDigit(Fold(text[i + k])))
            {
                return false;
            }
        }

        return i + 4 >= end || !char.IsAsciiDigit(Fold(text[i + 4]));
    }
}
