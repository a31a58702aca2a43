using System.Buffers;
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
        ("微克/立方米", Unit.MicrogramPerCubicMetre), ("立方米", Unit.CubicMetre), ("吨标准煤", Unit.TonneOfCoalEquivalent), ("吨", Unit.Tonne),
        ("千瓦时", Unit.KilowattHour),

        // The one classifier of two characters (食品安全抽样检验5.48万批次).
        ("批次", Unit.Count("批次")),
    ];

    // The first characters of the named units, so a figure with a classifier or none passes them by with one lookup.
    private static readonly SearchValues<char> NamedUnitStarts = SearchValues.Create(string.Concat(NamedUnits.Select(u => u.Symbol[0]).Distinct()));

    // The named units written with a slash of their own (微克/立方米), which never separates components.
    private static readonly (string Symbol, int Slash)[] SlashUnits =
        [.. NamedUnits.Where(u => u.Symbol.Contains('/')).Select(u => (u.Symbol, u.Symbol.IndexOf('/')))];

    // Where a percent written before its figure (百分之六点五) or after it as tenths (两成) ends: TryUnit reads it there.
    private int _percentAt = -1;
    private int _percentLength;

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
        _percentAt = -1;
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
        _percentAt = -1;
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
            // The digits are the common case, tested first; Chinese numerals (六点五, 三千, 两成, 百分之六) are read only where no digit is written.
            return start < End && IsChineseNumeralStart(TextNormalizer.Fold(Text[start])) && TryChineseNumber(out value);
        }

        value = new decimal((int)(mantissa & 0xFFFF_FFFF), (int)(mantissa >> 32), 0, false, scale);
        Position = i;
        return true;
    }

    /// <summary>
    /// Reads a number with a sign written before it (-0.9, +3, −0.9 with U+2212, full-width forms): what <see cref="TryNumber"/>
    /// reads, negated after '-'. <paramref name="signed"/> says whether a sign was written. False, with the position
    /// unchanged, when no number follows.
    /// </summary>
    public bool TrySignedNumber(out decimal value, out bool signed)
    {
        var start = Position;
        var sign = Peek;
        signed = sign is '+' or '-';
        if (signed)
        {
            Position++;
        }

        if (!TryNumber(out value))
        {
            Position = start;
            signed = false;
            return false;
        }

        value = sign == '-' ? -value : value;
        return true;
    }

    private static bool IsChineseNumeralStart(char c) => c is '百' or '半' or '十' || ChineseDigit(c) >= 0;

    // 零 and 〇 are 0, 两 is 2; -1 for any other character.
    private static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>
    /// Reads a number in Chinese numerals: 六点五, 三千, 一万二千, 十五, 一千零五, 半 (0.5, alone), after 百分之 (a percent
    /// written before its figure) or before 成 (tenths: 两成 is 20%). A numeral must be followed by a unit (三千万元, 一个百分点,
    /// 五家), so words that begin with one (一般, 十分) are not figures. False, with the position unchanged, otherwise.
    /// </summary>
    private bool TryChineseNumber(out decimal value)
    {
        value = 0;
        var i = Position;
        var percent = At(i, "百分之");
        if (percent)
        {
            i += 3;
        }

        if (PeekAt(i) == '半')
        {
            value = 0.5m;
            i++;
        }
        else if (!TryChineseFigure(ref i, out value))
        {
            return false;
        }

        var tenths = !percent && PeekAt(i) == '成';
        if (!percent && !tenths)
        {
            var save = Position;
            Position = i;
            SkipSpaces();
            var unitFollows = TryUnit(out var unit) && unit.Dimension != Dimension.Number;
            Position = save;
            if (!unitFollows)
            {
                value = 0;
                return false;
            }
        }

        if (tenths)
        {
            value *= 10;
        }

        _percentAt = percent || tenths ? i : -1;
        _percentLength = tenths ? 1 : 0;
        Position = i;
        return true;
    }

    // 三千五百 is 3500; 一万二千 12000 (万 only between numerals: 三千万元 is 3000 and then 万元); 六点五 6.5. Under 10^18.
    private bool TryChineseFigure(ref int index, out decimal value)
    {
        value = 0;
        var i = index;
        long total = 0, section = 0;
        var digit = -1;
        var read = false;
        while (i < End)
        {
            var c = TextNormalizer.Fold(Text[i]);
            var d = ChineseDigit(c);
            if (d >= 0)
            {
                if (digit > 0)
                {
                    // Two digits in a row (二零二二) are a year or a code, not a figure.
                    return false;
                }

                digit = d == 0 ? -1 : d;
                read = true;
                i++;
                continue;
            }

            var place = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (place > 0 && (digit > 0 || (c == '十' && !read)))
            {
                section += (digit > 0 ? digit : 1) * place;
                digit = -1;
                read = true;
                i++;
                continue;
            }

            if (c == '万' && read && i + 1 < End && ChineseDigit(TextNormalizer.Fold(Text[i + 1])) > 0 && total == 0)
            {
                total = (section + Math.Max(digit, 0)) * 1_0000;
                section = 0;
                digit = -1;
                i++;
                continue;
            }

            break;
        }

        if (!read)
        {
            return false;
        }

        value = total + section + Math.Max(digit, 0);
        if (PeekAt(i) == '点' && ChineseDigit(PeekAt(i + 1)) >= 0)
        {
            i++;
            var scale = 0.1m;
            int d;
            while ((d = ChineseDigit(PeekAt(i))) >= 0 && scale >= 0.000001m)
            {
                value += d * scale;
                scale /= 10;
                i++;
            }
        }

        index = i;
        return true;
    }

    /// <summary>
    /// Reads a unit written at the position: 亿元, %, 个百分点, 家, 万人, a rate such as 人/亿元. False, with the
    /// position unchanged, when none is written.
    /// </summary>
    public bool TryUnit(out Unit unit)
    {
        if (_percentAt >= 0 && _percentAt <= Position && OnlySpaces(_percentAt, Position) && _percentLength == 0)
        {
            // 百分之六点五: the percent was written before the figure.
            _percentAt = -1;
            unit = Unit.Percent;
            return true;
        }

        var c = Peek;
        if (c == '%' || (c == '成' && Position == _percentAt))
        {
            Position++;
            _percentAt = -1;
            unit = Unit.Percent;
            return true;
        }

        // Most units are one classifier (家, 个, 台); only 个百分点 among the named units starts with one.
        if ((!IsClassifier(c) || c == '个') && NamedUnitStarts.Contains(c))
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

        // 万亿元, 千万元, 万吨标准煤, 20万公里, 1.2万家, or a magnitude alone (1000万).
        if (c is '万' or '亿' or '千' or '百')
        {
            foreach (var (prefix, factor) in Unit.Magnitudes)
            {
                if (Match(prefix))
                {
                    // 万人 counts people; a rate is never scaled (万人/亿元 is 万人 and then a slash).
                    if (IsClassifier(Peek))
                    {
                        unit = Unit.CountOf(Text[Position])!.Value.WithMagnitude(prefix, factor);
                        Position++;
                        return true;
                    }

                    var after = Position;
                    unit = TryUnit(out var scaled) && scaled.TakesMagnitude ? scaled.WithMagnitude(prefix, factor) : Unit.Magnitude(prefix, factor);
                    if (unit.Dimension == Dimension.Number)
                    {
                        Position = after;
                    }

                    return true;
                }
            }
        }

        if (IsClassifier(c))
        {
            var count = Unit.CountOf(Text[Position])!.Value;
            Position++;
            if (Peek == '/' && MoneyAt(Position + 1) is { } money)
            {
                Position += 1 + money.Symbol.Length;
                unit = Unit.CountPer(count.Symbol, money);
                return true;
            }

            unit = count;
            return true;
        }

        unit = default;
        return false;
    }

    private bool OnlySpaces(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!IsSpace(TextNormalizer.Fold(Text[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a '/' at <paramref name="index"/> belongs to a rate unit (人/亿元) rather than separating components.</summary>
    public bool IsUnitSlash(int index)
    {
        if (index > 0 && IsClassifier(TextNormalizer.Fold(Text[index - 1])) && MoneyAt(index + 1) is not null)
        {
            return true;
        }

        foreach (var (symbol, slash) in SlashUnits)
        {
            if (index >= slash && At(index - slash, symbol))
            {
                return true;
            }
        }

        return false;
    }

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

    public static bool IsClassifier(char c) => c is '家' or '个' or '台' or '人' or '名' or '件' or '户' or '幢' or '套' or '张' or '所' or '项' or '座' or '条'
        or '场' or '例' or '辆' or '处';

    /// <summary>A CJK ideograph, which names parts (市级, 义务教育阶段) and statements.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/> as written, trimmed, with odd spaces (全角空格,
    /// no-break) made plain: explanations quote it, so 待市级部门测算，预计… keeps its Chinese comma.
    /// </summary>
    public string Slice(int start, int end) =>
        TextNormalizer.PlainSpaces(start == 0 && end == Text.Length ? Text : Text[start..end]).Trim();
}
