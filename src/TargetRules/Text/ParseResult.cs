namespace TargetRules.Text;

/// <summary>Why a text could not be read: where, what was there, and what was expected.</summary>
/// <param name="Column">The plan column the text came from (target_text, actual_text), or "text" for a lone phrase.</param>
/// <param name="Position">The zero-based offset in the text where reading stopped.</param>
/// <param name="Text">The whole text that was read.</param>
/// <param name="Expected">What the parser expected at <paramref name="Position"/>, as a message.</param>
public sealed record ParseError(string Column, int Position, string Text, string Expected)
{
    private readonly Expectation? _expectation;

    internal ParseError(string column, int position, string text, Expectation expected)
        : this(column, position, text, expected.English) => _expectation = expected;

    /// <summary>
    /// What was expected, in Chinese: a parser's own message has its translation; any other message (one built by hand,
    /// or changed with <c>with</c>) stays as written.
    /// </summary>
    internal string ExpectedChinese => _expectation is { } e && e.English == Expected ? e.Chinese : Expected;

    /// <summary>Errors are equal when they say the same in English: the Chinese follows from the message.</summary>
    public bool Equals(ParseError? other) =>
        other is not null && Column == other.Column && Position == other.Position && Text == other.Text && Expected == other.Expected;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Column, Position, Text, Expected);

    /// <summary>"target_text, position 5: expected a number or 以上 in '可比增长 x%'".</summary>
    public override string ToString() => $"{Column}, position {Position}: {Expected} in '{Text}'";
}

/// <summary>The outcome of reading text: a value, or the error with its position. Never thrown on bad input.</summary>
public readonly struct ParseResult<T>
    where T : class
{
    private readonly T? _value;

    private ParseResult(T? value, ParseError? error, ParseError? skipped = null)
    {
        _value = value;
        Error = error;
        Skipped = skipped;
    }

    /// <summary>A successful result.</summary>
    internal static ParseResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A successful result that left text unread (prose after a complete figure), said by <paramref name="skipped"/>.</summary>
    internal static ParseResult<T> Success(T value, ParseError? skipped) => new(value ?? throw new ArgumentNullException(nameof(value)), null, skipped);

    /// <summary>A failed result.</summary>
    internal static ParseResult<T> Failure(ParseError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>True when the text was read.</summary>
    public bool IsSuccess => _value is not null;

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The text could not be read; see <see cref="Error"/>.</exception>
    public T Value => _value ?? throw new InvalidOperationException($"No value: {Error}");

    /// <summary>Why the text could not be read, or null on success.</summary>
    public ParseError? Error { get; }

    /// <summary>
    /// On success, the text that was left unread and why (增长 5%，城市经济规模进入全国前列: the prose after the figure judges
    /// nothing), or null when every word was read.
    /// </summary>
    public ParseError? Skipped { get; }

    /// <summary>The value, or a <see cref="PhraseFormatException"/> carrying the position.</summary>
    public T OrThrow() => _value ?? throw new PhraseFormatException(Error!);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Success({_value})" : $"Failure({Error})";
}

/// <summary>Raised by <see cref="ParseResult{T}.OrThrow"/> when a phrase cannot be read; carries the position.</summary>
public sealed class PhraseFormatException : FormatException
{
    /// <summary>Creates the exception from the parse error.</summary>
    internal PhraseFormatException(ParseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString()) => Error = error;

    /// <summary>Where and why reading failed.</summary>
    public ParseError Error { get; }
}
