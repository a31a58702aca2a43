using System.Globalization;

namespace TargetRules.Cli.Inputs;

/// <summary>
/// How much the tool reads before it refuses an input: <see cref="Bytes"/> of a file (PLAN, --references,
/// --policy) and of an .xlsx part once inflated, <see cref="XlsxCharacters"/> of an .xlsx plan's text. A crafted
/// file can otherwise inflate or repeat itself until memory runs out.
/// </summary>
internal sealed record InputLimits(long Bytes, long XlsxCharacters)
{
    public const string BytesOption = "--max-input-mb";

    public const string CharactersOption = "--max-xlsx-chars";

    public static InputLimits Default { get; } = new(1L << 30, 20_000_000);

    /// <summary>The limits with <paramref name="megabytes"/> and <paramref name="characters"/> as given, or the defaults.</summary>
    public static InputLimits From(string? megabytes, string? characters) => new(
        megabytes is null ? Default.Bytes : Count(BytesOption, megabytes, long.MaxValue >> 20) << 20,
        characters is null ? Default.XlsxCharacters : Count(CharactersOption, characters, int.MaxValue));

    /// <summary>What to say of an input over <see cref="Bytes"/>: the limit and the option that sets it.</summary>
    public string TooLarge => $"over {Bytes >> 20:N0} MiB, the limit for an input (see {BytesOption})";

    /// <summary>What to say of an .xlsx plan over <see cref="XlsxCharacters"/>.</summary>
    public string TooManyCharacters => $"over {XlsxCharacters:N0} characters, the limit for an .xlsx plan (see {CharactersOption})";

    private static long Count(string option, string value, long most) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 && count <= most
            ? count
            : throw new UsageException($"{option} '{value}' is not a whole number from 1 to {most:N0}");
}
