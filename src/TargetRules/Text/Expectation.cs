namespace TargetRules.Text;

/// <summary>
/// What a parser expected where it stopped, in English (<see cref="ParseError.Expected"/>) and in Chinese (the Chinese
/// reason of a row that could not be read): one message, one identity, both wordings side by side.
/// </summary>
internal sealed class Expectation(string english, string chinese)
{
    public string English { get; } = english;

    public string Chinese { get; } = chinese;

    /// <summary>The same message, saying what was written instead.</summary>
    public Expectation Got(string text) => new($"{English}; got '{text}'", $"{Chinese}，实为“{text}”");

    public override string ToString() => English;
}
