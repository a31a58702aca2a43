using System.Collections.Immutable;
using TargetRules.Quantities;

namespace TargetRules.Targets;

/// <summary>
/// A point a project reaches, or is to reach: a <see cref="Targets.Stage"/>, optionally with the share of the
/// work done (完成 60%工程量, 完成建设进度 45%), the stage finished (全面完成腾地), a preparatory step started
/// (启动高压铁塔搬迁) or the stage reached by part of the project only (部分竣工). Built by the factories here.
/// </summary>
public readonly record struct Milestone
{
    private Milestone(Stage stage, bool finished, decimal? progress, bool approximate, bool partial, string? activity)
    {
        Stage = stage;
        Finished = finished;
        Progress = progress;
        Approximate = approximate;
        Partial = partial;
        Activity = activity;
    }

    /// <summary>The stage.</summary>
    public Stage Stage { get; }

    /// <summary>
    /// True when a stage that lasts (前期, 腾地, 招标, 主体施工) is finished (全面完成腾地, 主体结构封顶), which ranks
    /// above being under way in it. Always false for the other stages.
    /// </summary>
    public bool Finished { get; }

    /// <summary>The share of the work done, in percent (完成 60%工程量, 完成建设进度 45%); null when not given.</summary>
    public decimal? Progress { get; }

    /// <summary>True for an approximate share (约完成 40%工程量).</summary>
    public bool Approximate { get; }

    /// <summary>True when only part of the project is to reach (or has reached) the stage (部分竣工).</summary>
    public bool Partial { get; }

    /// <summary>
    /// The preparatory step named with 启动 (高压铁塔搬迁), or null. In a status, the step it says was started: the words
    /// before 已启动, or the target's step when the status names it.
    /// </summary>
    public string? Activity { get; }

    /// <summary>The stage reached (开工, 竣工 …).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public static Milestone Reached(Stage stage)
    {
        Validate.Defined(stage);
        return new Milestone(stage, false, null, false, false, null);
    }

    /// <summary>
    /// A stage finished (全面完成腾地, 完成招标, 主体结构封顶). For 基本竣工, 竣工 and 竣工验收, which are
    /// events, this is the stage reached.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is construction, which is finished at 竣工.</exception>
    public static Milestone FinishedStage(Stage stage)
    {
        Validate.Defined(stage);
        if (stage == Stage.Construction)
        {
            throw new ArgumentException("Construction is finished at 竣工; use Reached(Stage.Completion).", nameof(stage));
        }

        return new Milestone(stage, stage < Stage.BasicCompletion, null, false, false, null);
    }

    /// <summary>Construction with a share of the work done (完成 60%工程量; 约完成 40%工程量 when approximate).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100].</exception>
    public static Milestone AtProgress(decimal percent, bool approximate = false)
    {
        if (percent is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A share of the work lies in (0, 100].");
        }

        return new Milestone(Stage.Construction, false, percent, approximate, false, null);
    }

    /// <summary>A preparatory step started (启动高压铁塔搬迁).</summary>
    /// <exception cref="ArgumentException"><paramref name="activity"/> is blank.</exception>
    public static Milestone Starting(string activity)
    {
        Validate.Text(activity, nameof(activity));
        return new Milestone(Stage.Preparation, false, null, false, false, Target.Normalize(activity));
    }

    /// <summary>A stage reached by part of the project (部分竣工, 部分开工).</summary>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is before construction: parts are told apart only once building starts.</exception>
    public static Milestone PartlyReached(Stage stage)
    {
        Validate.Defined(stage);
        if (stage < Stage.Construction)
        {
            throw new ArgumentException("Only a stage from construction on can be reached by part of a project.", nameof(stage));
        }

        return new Milestone(stage, false, null, false, true, null);
    }

    /// <summary>The same milestone, saying which preparatory step it started (高压铁塔搬迁已启动).</summary>
    internal Milestone WithActivity(string activity) => new(Stage, Finished, Progress, Approximate, Partial, activity);

    /// <summary>The same milestone, marked approximate (约, 左右).</summary>
    public Milestone AsApproximate() => new(Stage, Finished, Progress, true, Partial, Activity);

    /// <summary>Orders milestones by stage, a finished stage above one under way.</summary>
    internal int Rank => RankOf(Stage) + (Finished ? 1 : 0);

    /// <summary>The rank of a stage reached but not finished.</summary>
    internal static int RankOf(Stage stage) => (int)stage * 2;

    /// <summary>The milestone in the plan's own words: 施工, 完成 60%工程量, 全面完成腾地, 启动高压铁塔搬迁, 部分竣工.</summary>
    public override string ToString() =>
        Activity is not null ? $"启动{Activity}"
        : Progress is { } p ? $"{(Approximate ? "约" : "")}完成 {Unit.Format(p)}%工程量"
        : Partial ? $"部分{Stage.Chinese()}"
        : Finished ? $"完成{Stage.Chinese()}"
        : Stage.Chinese();

    /// <summary>The milestone in English.</summary>
    public string ToEnglish() =>
        Activity is not null ? $"{Activity} started"
        : Progress is { } p ? $"{(Approximate ? "about " : "")}{Unit.Format(p)}% of the work done"
        : Partial ? $"{Stage.English()} of part of the project"
        : Finished ? $"{Stage.English()} finished"
        : Stage.English();
}

/// <summary>
/// One part of a project with its milestone: the whole project (<see cref="Name"/> null) or a named part
/// (海江路竣工, 室外观测场竣工, 西段已完成). <see cref="Text"/> keeps the words as written and is not part of equality:
/// 开工 and 施工 name the same milestone.
/// </summary>
public sealed record MilestonePart
{
    private MilestonePart(string? name, Milestone milestone, string text)
    {
        Name = name;
        Milestone = milestone;
        Text = text;
    }

    /// <summary>The part's name, or null for the whole project.</summary>
    public string? Name { get; }

    /// <summary>The milestone of the part.</summary>
    public Milestone Milestone { get; }

    /// <summary>The words as written (进场施工中, 约完成 40%工程量), for explanations.</summary>
    public string Text { get; }

    /// <summary>The whole project at <paramref name="milestone"/>; <paramref name="text"/> defaults to the plan's wording.</summary>
    public static MilestonePart Whole(Milestone milestone, string? text = null) =>
        new(null, milestone, string.IsNullOrWhiteSpace(text) ? milestone.ToString() : text.Trim());

    /// <summary>The part <paramref name="name"/> at <paramref name="milestone"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static MilestonePart Named(string name, Milestone milestone, string? text = null)
    {
        Validate.Text(name, nameof(name));
        return new(Target.Normalize(name), milestone, string.IsNullOrWhiteSpace(text) ? milestone.ToString() : text.Trim());
    }

    /// <inheritdoc />
    public bool Equals(MilestonePart? other) => other is not null && Name == other.Name && Milestone == other.Milestone;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Milestone);
}

/// <summary>
/// A major project's milestone target for the year (开工, 竣工, 完成 60%工程量, 时光大道、纬一路开工, 海江路竣工):
/// every part must reach its milestone. Built by <see cref="Milestones"/> or parsed by <c>TargetRules.Text.MilestoneParser</c>.
/// </summary>
public sealed record MilestoneTarget : Target
{
    internal MilestoneTarget(ImmutableArray<MilestonePart> Parts) => this.Parts = Parts;

    /// <summary>The parts, in the order written; a part without a name is the project as a whole.</summary>
    public ImmutableArray<MilestonePart> Parts { get; }

    /// <inheritdoc />
    public bool Equals(MilestoneTarget? other) => other is not null && Parts.SequenceEqual(other.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => Sequence.Hash(Parts);

    /// <summary>The target in the plan's own words.</summary>
    public override string ToString() => string.Join("，", Parts.Select(p => p.Name is null ? p.Milestone.ToString() : $"{p.Name}{p.Milestone}"));
}

/// <summary>Validating factories for <see cref="MilestoneTarget"/>.</summary>
public static class Milestones
{
    /// <summary>The whole project is to reach <paramref name="stage"/> (开工, 竣工).</summary>
    public static MilestoneTarget Reach(Stage stage) => Of(MilestonePart.Whole(Milestone.Reached(stage)));

    /// <summary>The whole project is to have done <paramref name="percent"/>% of its work (完成 60%工程量).</summary>
    public static MilestoneTarget Progress(decimal percent, bool approximate = false) =>
        Of(MilestonePart.Whole(Milestone.AtProgress(percent, approximate)));

    /// <summary>A target of one or more parts, each to reach its milestone.</summary>
    /// <exception cref="ArgumentException">No part, two parts with one name, or more than one part for the whole project.</exception>
    public static MilestoneTarget Of(params MilestonePart[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw new ArgumentException("A milestone target has at least one part.", nameof(parts));
        }

        if (Conflict(parts) is { } problem)
        {
            throw new ArgumentException(problem.Message, nameof(parts));
        }

        return new MilestoneTarget([.. parts]);
    }

    internal const string WholeTwice = "Only one part can stand for the whole project.";

    /// <summary>Why <paramref name="parts"/> cannot form a target, or null when they can.</summary>
    internal static MilestoneConflict? Conflict(IReadOnlyList<MilestonePart> parts)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var whole = 0;
        foreach (var part in parts)
        {
            ArgumentNullException.ThrowIfNull(part, nameof(parts));
            if (part.Name is null)
            {
                whole++;
            }
            else if (!names.Add(part.Name))
            {
                return new MilestoneConflict(part.Name);
            }
        }

        return whole > 1 ? new MilestoneConflict(null) : null;
    }
}

/// <summary>Why parts cannot form a milestone target or status: a part named twice, or two parts for the whole project.</summary>
/// <param name="NamedTwice">The name given twice, or null when two parts stand for the whole project.</param>
internal readonly record struct MilestoneConflict(string? NamedTwice)
{
    public string Message => NamedTwice is { } name ? $"The part '{name}' is named twice." : Milestones.WholeTwice;
}
