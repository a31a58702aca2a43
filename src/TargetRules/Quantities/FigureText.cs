namespace TargetRules.Quantities;

/// <summary>
/// A bare figure as reasons write it ("6", "6.5"), formatted straight into the text being built, where
/// <see cref="Unit.Format"/> would build a string of its own for it.
/// </summary>
internal readonly struct FigureText(decimal value) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Unit.TryFormat(value, destination, out charsWritten);

    public string ToString(string? format, IFormatProvider? formatProvider) => Unit.Format(value);

    public override string ToString() => Unit.Format(value);
}
