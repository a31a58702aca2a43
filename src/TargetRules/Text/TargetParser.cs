using TargetRules.Targets;

namespace TargetRules.Text;

/// <summary>Reads target text (可比增长 6%（增长高于全市平均水平）, 180 亿元/120 亿元) into a <see cref="Target"/>.</summary>
public static class TargetParser
{
    /// <summary>
    /// Reads <paramref name="text"/>. The indicator name, when given, settles what a bare number or percent
    /// means (比重/率: a level; 总值/额: growth) and names the slash components.
    /// </summary>
    public static ParseResult<Target> Parse(string text, string? indicator = null, string column = "target_text") =>
        ParseResult<Target>.Failure(new ParseError(column, 0, text ?? string.Empty, "the target parser is not built yet"));

    /// <summary>Reads <paramref name="text"/> or throws <see cref="PhraseFormatException"/> with the position.</summary>
    public static Target ParseOrThrow(string text, string? indicator = null, string column = "target_text") =>
        Parse(text, indicator, column).OrThrow();
}
