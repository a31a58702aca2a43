namespace TargetRules.Evaluation;

/// <summary>The language a reason or a report is read in.</summary>
/// <remarks>
/// An enum rather than a struct: a report writer takes it as an optional parameter, which needs a constant default
/// (<see cref="Chinese"/>, the language of the plans), and the tool maps <c>--lang zh|en</c> to it at the command line.
/// </remarks>
public enum Language
{
    /// <summary>中文: the plans' own language, and the default.</summary>
    Chinese,
    /// <summary>English.</summary>
    English,
}
