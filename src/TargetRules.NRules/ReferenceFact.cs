using global::NRules.RuleModel;
using TargetRules.Facts;

namespace TargetRules.NRules;

/// <summary>
/// A figure from outside the district's table: the city's figure, a quota the city set, a baseline or the
/// city's verdict. Its identity is the indicator (as written) and the kind, so a revised city figure is an
/// <c>Update</c> of the same fact; retracting it withdraws the figure.
/// </summary>
/// <remarks><see cref="Facts.Reference"/> is a record, which NRules would compare by value; this wrapper compares by identity.</remarks>
public sealed class ReferenceFact : IIdentityProvider
{
    private readonly Identity _identity;

    /// <summary>Creates the fact of <paramref name="reference"/>.</summary>
    /// <exception cref="ArgumentException">The reference's indicator is blank.</exception>
    public ReferenceFact(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference.Indicator, nameof(reference));
        ArgumentNullException.ThrowIfNull(reference.Value, nameof(reference));
        _identity = new Identity(reference.Indicator, reference.Kind);
        Reference = reference;
    }

    /// <summary>The reference.</summary>
    public Reference Reference { get; }

    /// <inheritdoc />
    public object GetIdentity() => _identity;

    /// <inheritdoc />
    public override string ToString() => $"{Reference.Indicator} {Reference.Kind}: {Reference.Value.Text}";

    private readonly record struct Identity(string Indicator, ReferenceKind Kind);
}
