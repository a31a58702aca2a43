using System.Runtime.CompilerServices;

namespace TargetRules.Quantities;

/// <summary>A number with its unit: 563.49 亿元, 60109 万美元, 40.77 平方米/每千人, 6 %.</summary>
public readonly struct Quantity : IEquatable<Quantity>, ISpanFormattable
{
    /// <summary>Creates a quantity.</summary>
    public Quantity(decimal value, Unit unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>The number as written in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit the number is written in.</summary>
    public Unit Unit { get; }

    /// <summary>A percentage.</summary>
    public static Quantity Percent(decimal value) => new(value, Unit.Percent);

    /// <summary>Converts to <paramref name="unit"/> when the dimensions agree.</summary>
    public bool TryConvertTo(Unit unit, out Quantity converted)
    {
        if (!Unit.IsCompatibleWith(unit))
        {
            converted = default;
            return false;
        }

        // The same factor and basis need no arithmetic (the common case: a figure in the target's own unit).
        if ((Unit.Factor == unit.Factor && Unit.PerPeople == unit.PerPeople) || Unit.BaseFactor == unit.BaseFactor)
        {
            converted = new Quantity(Value, unit);
            return true;
        }

        try
        {
            converted = new Quantity(Value * Unit.BaseFactor / unit.BaseFactor, unit);
            return true;
        }
        catch (OverflowException)
        {
            converted = default;
            return false;
        }
    }

    /// <summary>Converts to <paramref name="unit"/>.</summary>
    /// <exception cref="UnitMismatchException">The units measure different dimensions.</exception>
    public Quantity ConvertTo(Unit unit) =>
        TryConvertTo(unit, out var converted) ? converted : throw new UnitMismatchException(Unit, unit);

    /// <summary>
    /// Compares with <paramref name="other"/> after converting it into this quantity's unit;
    /// null when the two cannot be compared (different dimensions, or a value too large to convert).
    /// </summary>
    public int? CompareTo(Quantity other) =>
        other.TryConvertTo(Unit, out var converted) ? Value.CompareTo(converted.Value) : null;

    /// <summary>The quantity as written: "563.49 亿元", "6%".</summary>
    public override string ToString()
    {
        var text = new DefaultInterpolatedStringHandler(0, 1);
        text.AppendFormatted(this);
        return text.ToStringAndClear();
    }

    /// <summary>The quantity as <see cref="ToString()"/> writes it; <paramref name="format"/> and <paramref name="formatProvider"/> are not used.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>
    /// Writes the quantity as <see cref="ToString()"/> does into <paramref name="destination"/>, so that a reason
    /// quoting it builds no string for it; <paramref name="format"/> and <paramref name="provider"/> are not used.
    /// </summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var figure = new FigureText(Value);
        return Unit.Dimension switch
        {
            // A bare magnitude keeps its word: 1000 万.
            Dimension.Number when Unit.Symbol.Length == 0 => destination.TryWrite($"{figure}", out charsWritten),
            Dimension.Percent => destination.TryWrite($"{figure}%", out charsWritten),
            _ when Unit.IsPerCapita => destination.TryWrite($"{(Unit.PerPeople == 1000 ? "每千人" : "每万人")} {figure} {Unit.Symbol}", out charsWritten),
            _ => destination.TryWrite($"{figure} {Unit.Symbol}", out charsWritten),
        };
    }

    /// <inheritdoc />
    public bool Equals(Quantity other) => Value == other.Value && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Equality of value and unit (6 亿美元 is not equal to 60000 万美元; compare with <see cref="CompareTo"/>).</summary>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Inequality of value or unit.</summary>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);
}

/// <summary>Raised when a quantity is converted into a unit of another dimension.</summary>
public sealed class UnitMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for the two units.</summary>
    public UnitMismatchException(Unit from, Unit to)
        : base($"Cannot convert {Describe(from)} ({from.Dimension}) to {Describe(to)} ({to.Dimension}): they measure different things.")
    {
        From = from;
        To = to;
    }

    /// <summary>The unit converted from.</summary>
    public Unit From { get; }

    /// <summary>The unit asked for.</summary>
    public Unit To { get; }

    private static string Describe(Unit unit) => unit.ToString() is { Length: > 0 } s ? s : "a bare number";
}
