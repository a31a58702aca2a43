using CsCheck;

namespace TargetRules.Tests.Robustness;

/// <summary>Random text for the parsers: raw characters of every troublesome kind, and shuffles of the phrases' own words.</summary>
internal static class RandomText
{
    // The words and marks the parsers look for, so random text reaches deep into them rather than failing at position 0.
    private static readonly string[] Words =
    [
        "可比增长", "可比下降", "同比增长", "增长", "下降", "提升", "个百分点", "以上", "以内", "以下", "左右", "达到", "完成", "新增", "完工",
        "超过", "高于", "不低于", "不超过", "控制在", "内", "全市", "平均水平", "与全市保持同步", "基本同步", "与经济增长", "市下达目标", "市下达指标",
        "待市级部门反馈", "预计", "国家已不再评定", "年度指标", "持平", "稳定增长", "每千人", "每万人", "常住人口", "市级", "区级", "国家、", "义务教育阶段",
        "亿元", "万元", "万美元", "亿美元", "平方米", "公顷", "家", "个", "台", "人", "%", "％", "/", "／", "、", "，", ",", "；", "（", "）", "(", ")",
        "-", "~", "—", " ", "　", "6", "０", "９", "12", ".", "．", "5", "1e400", "NaN", "-0", "99999999999999999999999999999", "亿", "万",
    ];

    /// <summary>Characters the tables never hold: controls, lone surrogates, noncharacters, CJK, full-width forms.</summary>
    public static readonly Gen<char> Troublesome = Gen.Frequency(
        (3, Gen.Char['\u4E00', '\u9FFF']),
        (2, Gen.Char['0', '9']),
        (2, Gen.Char['\uFF01', '\uFF5E']),
        (2, Gen.Char[' ', '~']),
        (1, Gen.Char['\u0000', '\u001F']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.OneOf('\u3000', '\u00A0', '\u200B', '\uFEFF', '\uFFFD', '\uFFFF', '\u2028', '\u0085', '、', '，', '（', '）', '％', '／')));

    public static readonly Gen<string> Chars = Troublesome.Array[0, 60].Select(chars => new string(chars));

    public static readonly Gen<string> Phrases = Gen.Frequency(
            (4, Gen.OneOf(Words)),
            (1, Troublesome.Select(c => c.ToString())),
            (1, Gen.Decimal[-1_000_000m, 1_000_000m].Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        .Array[0, 14].Select(parts => string.Concat(parts));

    /// <summary>Either kind, half and half.</summary>
    public static readonly Gen<string> Any = Gen.OneOf(Chars, Phrases);

    public static readonly Gen<string?> Indicators = Gen.OneOf<string?>(
        Gen.Const((string?)null),
        Gen.OneOf<string?>("地区生产总值", "规模以上工业总产值", "战略性新兴产业制造业产值占规模以上工业产值的比重", "全社会固定资产投资总额/产业类投资额/工业投资",
            "社会消费品零售总额/商品销售总额", "城镇调查失业率", "人均公共体育场地面积", "", "/", "//"),
        Any.Select(s => (string?)s));
}
