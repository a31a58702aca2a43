using System.Collections.Immutable;

namespace TargetRules.Targets;

/// <summary>
/// The ordered stages of a major project (DESIGN.md): a later stage includes every earlier one, so a
/// target stage is met once the project has reached it or gone past it.
/// </summary>
public enum Stage
{
    /// <summary>前期/启动: preparatory work (approvals, design, moving pylons or pipes).</summary>
    Preparation,
    /// <summary>腾地/动迁: land clearance and resident relocation.</summary>
    LandClearance,
    /// <summary>招标/施工许可: tendering and the construction permit.</summary>
    Tendering,
    /// <summary>开工/进场/施工: construction under way (one stage: a 施工 target is met by 开工 or 进场施工).</summary>
    Construction,
    /// <summary>主体施工: the main structure is being built.</summary>
    MainStructure,
    /// <summary>基本竣工/基本完工: basically completed.</summary>
    BasicCompletion,
    /// <summary>竣工/完工: completed.</summary>
    Completion,
    /// <summary>竣工验收: completion accepted.</summary>
    CompletionAcceptance,
}

/// <summary>Names and synonyms of the <see cref="Stage"/>s.</summary>
public static class Stages
{
    // The words a plan writes for each stage, the canonical name first.
    private static readonly ImmutableArray<ImmutableArray<string>> Words =
    [
        ["前期", "启动", "前期工作"],
        ["腾地", "动迁", "征收", "拆迁"],
        ["招标", "施工许可", "施工招标", "取得施工许可"],
        ["施工", "开工", "进场", "进场施工", "开工建设", "在建"],
        ["主体施工", "主体结构施工"],
        ["基本竣工", "基本完工", "基本建成"],
        ["竣工", "完工", "建成"],
        ["竣工验收"],
    ];

    private static readonly ImmutableDictionary<string, Stage> ByWord = Words
        .SelectMany((words, i) => words.Select(w => KeyValuePair.Create(w, (Stage)i)))
        .ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The stage's canonical Chinese name (前期, 腾地, 招标, 施工, 主体施工, 基本竣工, 竣工, 竣工验收).</summary>
    public static string Chinese(this Stage stage) => stage.Synonyms()[0];

    /// <summary>The stage's English name.</summary>
    public static string English(this Stage stage) => stage switch
    {
        Stage.Preparation => "preparation",
        Stage.LandClearance => "land clearance",
        Stage.Tendering => "tendering/permit",
        Stage.Construction => "construction",
        Stage.MainStructure => "main structure",
        Stage.BasicCompletion => "basic completion",
        Stage.Completion => "completion",
        _ => "completion acceptance",
    };

    /// <summary>Every word that names <paramref name="stage"/>, the canonical name first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined stage.</exception>
    internal static ImmutableArray<string> Synonyms(this Stage stage)
    {
        Validate.Defined(stage);
        return Words[(int)stage];
    }

    /// <summary>
    /// Reads one stage word (开工, 基本完工, 竣工验收 …), ignoring surrounding spaces and full-width forms;
    /// false for anything else.
    /// </summary>
    internal static bool TryParse(string? word, out Stage stage)
    {
        stage = default;
        return word is not null && ByWord.TryGetValue(Target.Normalize(word), out stage);
    }
}
