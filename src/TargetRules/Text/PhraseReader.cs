using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Text;

/// <summary>
/// Reads target and actual text for a host that takes its services from a container; the same parsers as
/// <see cref="TargetParser"/> and <see cref="ObservationParser"/>. Stateless and safe to share between threads.
/// </summary>
public sealed class PhraseReader
{
    /// <summary>Reads a target (可比增长 6%以上, 180 亿元/120 亿元); never throws on bad text.</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="indicator">The indicator's name, which settles what a bare figure means and names slash components.</param>
    public ParseResult<Target> ReadTarget(string text, string? indicator = null) => TargetParser.Parse(text, indicator);

    /// <summary>Reads an actual (可比下降 0.5%, 60109 万美元, 待市级部门反馈); never throws on bad text.</summary>
    /// <param name="text">The actual as reported.</param>
    /// <param name="indicator">The indicator's name, which splits slash components and settles bare figures.</param>
    public ParseResult<Observation> ReadActual(string text, string? indicator = null) => ObservationParser.Parse(text, indicator);
}
