using System.Collections.Immutable;
using TargetRules.Targets;

namespace TargetRules.Facts;

/// <summary>
/// What a project's status text reports (已竣工, 完成建设进度 45%, 双城路: 取得施工许可 海江路: 进场施工中):
/// the milestone reached by the whole project or by each named part. Read by
/// <c>TargetRules.Text.MilestoneParser</c> into <see cref="Observation.Milestone"/>.
/// </summary>
public sealed record MilestoneStatus
{
    private MilestoneStatus(ImmutableArray<MilestonePart> parts) => Parts = parts;

    /// <summary>The parts, in the order written; a part without a name speaks for the project as a whole.</summary>
    public ImmutableArray<MilestonePart> Parts { get; }

    /// <summary>True when the status says the project lags (进度滞后, 偏慢, 延期): a stage not reached mid-year is then missed.</summary>
    internal bool Behind { get; init; }

    /// <summary>The whole project has reached <paramref name="milestone"/>.</summary>
    public static MilestoneStatus Whole(Milestone milestone, string? text = null) => new([MilestonePart.Whole(milestone, text)]);

    /// <summary>A status of one or more parts.</summary>
    /// <exception cref="ArgumentException">No part, two parts with one name, or more than one part for the whole project.</exception>
    public static MilestoneStatus Of(params MilestonePart[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw new ArgumentException("A milestone status has at least one part.", nameof(parts));
        }

        if (Milestones.Conflict(parts) is { } problem)
        {
            throw new ArgumentException(problem.Message, nameof(parts));
        }

        return new MilestoneStatus([.. parts]);
    }

    /// <summary>An observation reporting this status, read from <paramref name="text"/>.</summary>
    public Observation Observe(string text) => new() { Text = text ?? string.Empty, Milestone = this };

    /// <inheritdoc />
    public bool Equals(MilestoneStatus? other) => other is not null && Parts.SequenceEqual(other.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => Sequence.Hash(Parts);
}
