using TargetRules.Evaluation;

namespace TargetRules.Text;

/// <summary>Reads actual text (可比下降 0.5%, 60109 万美元, 待市级部门反馈) into an <see cref="Observation"/>.</summary>
public static class ObservationParser
{
    /// <summary>Reads <paramref name="text"/>; the indicator name, when given, splits slash components and settles bare figures.</summary>
    public static ParseResult<Observation> Parse(string text, string? indicator = null, string column = "actual_text") =>
        ParseResult<Observation>.Failure(new ParseError(column, 0, text ?? string.Empty, "the actual parser is not built yet"));

    /// <summary>Reads <paramref name="text"/> or throws <see cref="PhraseFormatException"/> with the position.</summary>
    public static Observation ParseOrThrow(string text, string? indicator = null, string column = "actual_text") =>
        Parse(text, indicator, column).OrThrow();
}
