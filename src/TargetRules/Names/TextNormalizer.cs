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

    /// <summary>
    /// Writes traditional characters in their simplified forms (增長 → 增长, 億 → 亿, 達到 → 达到), one character for
    /// one, so positions in the text stay where they were; the same string when it has none.
    /// </summary>
    /// <remarks>The table holds the characters plan and report tables use (mirrors of reports are often in traditional script).</remarks>
    public static string Simplified(string text)
    {
        if (text.AsSpan().IndexOfAny(TraditionalChars) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var at = TraditionalForms.IndexOf(source[i]);
                span[i] = at < 0 ? source[i] : SimplifiedForms[at];
            }
        });
    }

    private const string TraditionalForms =
        "國內產總長價漲為萬億業鎮記實際網絡費較減稅開辦時間設項審壓區財達預計資殘補貼標準發護農無礙戶劃務現動進經濟與兩點數據個們學醫療險養會環態綠車軌鐵線場廠電氣熱燈組織機構質術專創從規縣鄉級員職調統幣匯貿對額續穩確爭導轉礎權擔營積極綜夠雙單災糧鋼階層處衛傳體類頭飲廣參舊節約帶範圍門歲齡園優勞條樓嚴將讓認證監檢測驗試銷稱幫庫藥貧脫損勝東陽漢蘇滬陸華號書見視觀說話語議論請響顯須題領風館難離順邊遠運過還這連選適郵釋錄鏈閉問閱關隊隨靈頻餘騰後裡臺幹製穀於歷貫驅駐韌執勵獎紅鹽廢棄汙潔淨擴縮聯擁滿義儲備慶齊蓋築況紀兌竊貸債銀錢買賣貨購貢負責贊貴";

    private const string SimplifiedForms =
        "国内产总长价涨为万亿业镇记实际网络费较减税开办时间设项审压区财达预计资残补贴标准发护农无碍户划务现动进经济与两点数据个们学医疗险养会环态绿车轨铁线场厂电气热灯组织机构质术专创从规县乡级员职调统币汇贸对额续稳确争导转础权担营积极综够双单灾粮钢阶层处卫传体类头饮广参旧节约带范围门岁龄园优劳条楼严将让认证监检测验试销称帮库药贫脱损胜东阳汉苏沪陆华号书见视观说话语议论请响显须题领风馆难离顺边远运过还这连选适邮释录链闭问阅关队随灵频余腾后里台干制谷于历贯驱驻韧执励奖红盐废弃污洁净扩缩联拥满义储备庆齐盖筑况纪兑窃贷债银钱买卖货购贡负责赞贵";

    private static readonly System.Buffers.SearchValues<char> TraditionalChars = System.Buffers.SearchValues.Create(TraditionalForms);

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
