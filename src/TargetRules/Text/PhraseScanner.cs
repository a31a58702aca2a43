using TargetRules.Names;
using TargetRules.Quantities;

namespace TargetRules.Text;

/// <summary>
/// Walks a phrase as written, folding full-width forms on the fly, so positions in errors point into the
/// original text. Tokens are matched literally; spaces between tokens are skipped by the caller.
/// </summary>
internal sealed class PhraseScanner
{
    private static readonly string[] MoneyUnits = ["亿美元", "万美元", "美元", "亿元", "万元", "元"];

    // Longest first: 个百分点 before 个, 平方米 before 米, 万美元 before 万.
    private static readonly (string Symbol, Unit Unit)[] NamedUnits =
    [
        ("个百分点", Unit.PercentagePoint), ("百分点", Unit.PercentagePoint),
        ("万平方米", Unit.WanSquareMetre), ("平方米", Unit.SquareMetre),
        ("亿美元", Unit.YiUsDollar), ("万美元", Unit.WanUsDollar), ("美元", Unit.UsDollar),
        ("亿元", Unit.YiYuan), ("万元", Unit.WanYuan), ("元", Unit.Yuan),
        ("公顷", Unit.Hectare), ("公里", Unit.Kilometre), ("亩", Unit.Mu), ("米", Unit.Metre), ("岁", Unit.Year),
    ];

    public PhraseScanner(string text)
    {
        Text = text;
        End = text.Length;
    }

    public string Text { get; private set; }

    /// <summary>Starts over on <paramref name="text"/>: a reader reused for the next phrase keeps its scanner.</summary>
    public void Reset(string text)
    {
        Text = text;
        Position = 0;
        End = text.Length;
    }

    public int Position { get; set; }

    /// <summary>The end of the slice being read (exclusive).</summary>
    public int End { get; set; }

    public bool AtEnd => Position >= End;

    /// <summary>The folded character at the position, or '\0' at the end.</summary>
    public char Peek => Position < End ? TextNormalizer.Fold(Text[Position]) : '\0';

    public char PeekAt(int index) => index < End ? TextNormalizer.Fold(Text[index]) : '\0';

    public void SkipSpaces()
    {
        while (Position < End && IsSpace(TextNormalizer.Fold(Text[Position])))
        {
            Position++;
        }
    }

    public static bool IsSpace(char c) => c is ' ' or '\r' or '\n';

    /// <summary>True when <paramref name="literal"/> is written at <paramref name="index"/> (full-width forms fold).</summary>
    public bool At(int index, string literal)
    {
        if (index + literal.Length > End)
        {
            return false;
        }

        for (var k = 0; k < literal.Length; k++)
        {
            var c = Text[index + k];
            if (c != literal[k] && TextNormalizer.Fold(c) != literal[k])
            {
                return false;
            }
        }

        return true;
    }

    public bool At(string literal) => At(Position, literal);

    /// <summary>Consumes <paramref name="literal"/> when it is written at the position.</summary>
    public bool Match(string literal)
    {
        if (!At(Position, literal))
        {
            return false;
        }

        Position += literal.Length;
        return true;
    }

    /// <summary>Consumes the first of <paramref name="literals"/> written at the position; its index, or -1.</summary>
    public int MatchAny(string[] literals)
    {
        for (var i = 0; i < literals.Length; i++)
        {
            if (Match(literals[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public bool AtDigit => char.IsAsciiDigit(Peek);

    /// <summary>
    /// Reads an unsigned decimal number (full-width digits and thousands separators allowed). False, with
    /// the position unchanged, when no digit is written or the number has more than 19 significant digits.
    /// </summary>
    public bool TryNumber(out decimal value)
    {
        value = 0;
        var start = Position;
        var i = Position;
        ulong mantissa = 0;
        byte scale = 0;
        var digits = 0;
        var fraction = false;
        while (i < End)
        {
            var c = TextNormalizer.Fold(Text[i]);
            if (char.IsAsciiDigit(c))
            {
                if (digits == 19)
                {
                    return false;
                }

                if (mantissa != 0 || c != '0')
                {
                    digits++;
                }

                mantissa = (mantissa * 10) + (ulong)(c - '0');
                if (fraction)
                {
                    if (scale == 28)
                    {
                        return false;
                    }

                    scale++;
                }

                i++;
            }
            else if (c == '.' && !fraction && i + 1 < End && char.IsAsciiDigit(TextNormalizer.Fold(Text[i + 1])) && i > start)
            {
                fraction = true;
                i++;
            }
            else if (c == ',' && !fraction && i > start && TextNormalizer.IsThousandsSeparator(Text, i, End))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (i == start)
        {
            return false;
        }

        value = new decimal((int)(mantissa & 0xFFFF_FFFF), (int)(mantissa >> 32), 0, false, scale);
        Position = i;
        return true;
    }

    /// <summary>
    /// Reads a unit written at the position: 亿元, %, 个百分点, 家, 万人, a rate such as 人/亿元. False, with the
    /// position unchanged, when none is written.
    /// </summary>
    public bool TryUnit(out Unit unit)
    {
        var c = Peek;
        if (c == '%')
        {
            Position++;
            unit = Unit.Percent;
            return true;
        }

        // Most units are one classifier (家, 个, 台); only 个百分点 among the named units starts with one.
        if (!IsClassifier(c) || c == '个')
        {
            foreach (var (symbol, named) in NamedUnits)
            {
                if (Match(symbol))
                {
                    unit = named;
                    return true;
                }
            }
        }

        var start = Position;
        var wan = c == '万';
        var at = wan ? Position + 1 : Position;
        if (at < End && IsClassifier(TextNormalizer.Fold(Text[at])))
        {
            var classifier = Text[at].ToString();
            Position = at + 1;
            if (!wan && Peek == '/' && MoneyAt(Position + 1) is { } money)
            {
                Position += 1 + money.Symbol.Length;
                unit = Unit.CountPer(classifier, money);
                return true;
            }

            unit = wan ? Unit.WanCount(classifier) : Unit.Count(classifier);
            return true;
        }

        Position = start;
        unit = default;
        return false;
    }

    /// <summary>True when a '/' at <paramref name="index"/> belongs to a rate unit (人/亿元) rather than separating components.</summary>
    public bool IsUnitSlash(int index) =>
        index > 0 && IsClassifier(TextNormalizer.Fold(Text[index - 1])) && MoneyAt(index + 1) is not null;

    private Unit? MoneyAt(int index)
    {
        foreach (var symbol in MoneyUnits)
        {
            if (At(index, symbol))
            {
                Unit.TryFind(symbol, out var money);
                return money;
            }
        }

        return null;
    }

    public static bool IsClassifier(char c) => c is '家' or '个' or '台' or '人' or '名' or '件' or '户' or '幢' or '套' or '张' or '所' or '项' or '座' or '条';

    /// <summary>A CJK ideograph, which names parts (市级, 义务教育阶段) and statements.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/> as written, trimmed, with odd spaces (全角空格,
    /// no-break) made plain: explanations quote it, so 待市级部门测算，预计… keeps its Chinese comma.
    /// </summary>
    public string Slice(int start, int end) =>
        TextNormalizer.PlainSpaces(start == 0 && end == Text.Length ? Text : Text[start..end]).Trim();
}
