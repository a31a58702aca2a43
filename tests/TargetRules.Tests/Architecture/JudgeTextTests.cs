using System.Text.RegularExpressions;

namespace TargetRules.Tests.Architecture;

/// <summary>
/// What the judge needs from the words of a target or an actual is read when the fact is built (a statement's
/// standing, a milestone's stage) and carried in the fact; the judge compares values. A judge that searches a fact's
/// <c>Text</c>, or searches any text for Chinese words, is re-reading what a parser already read. This scans the
/// judge's source (Judge*.cs) rather than its IL: it sees a search written out (<c>reached.Text.Contains(…)</c>,
/// <c>said.Contains("领先")</c>), which is how such searches have been written here, and not one through a copy of the
/// text in a variable of another name. Each line still allowed says why; a new search fails, and so does a listed one
/// that is gone, so the list stays true. Names are not searched here either: which part a target's part name refers to
/// (国家、市级, 海江路) is <c>Names.PartNames</c>' rule, so any other string search in the judge fails too.
/// </summary>
public sealed partial class JudgeTextTests
{
    private const string WordingWhy = "wording only: the words decide how a reason reads, never a state";

    private static readonly (string File, string Line, string Why)[] FactTextSearches =
    [
        ("Judge.cs", "actual.Expected is { } e && !actual.Text.Contains(e, StringComparison.Ordinal) ? $\"{actual.Text}（预计{e}）\" : actual.Text,",
            WordingWhy + " (待市级部门测算，预计高于全市平均水平 already says what it expects)"),
    ];

    private static readonly (string File, string Line, string Why)[] ChineseWordSearches =
    [
        ("Judge.Milestone.cs", "if (text.StartsWith('已'))", WordingWhy + " (SaysStage: whether 已竣工 names its stage)"),
        ("Judge.Milestone.cs", "else if (text.StartsWith(\"正在\", StringComparison.Ordinal))", WordingWhy + " (SaysStage)"),
        ("Judge.Milestone.cs", "if (text.EndsWith('中'))", WordingWhy + " (SaysStage: 进场施工中)"),
        ("Judge.Peer.cs", "peer.EndsWith(\"增长\", StringComparison.Ordinal) && figure.StartsWith(\"增长 \", StringComparison.Ordinal)",
            WordingWhy + " (经济增长 3%, not 经济增长增长 3%)"),
        ("Judge.cs", "return s.Why.Chinese.StartsWith(\"完成情况称\" + quoted, StringComparison.Ordinal)",
            WordingWhy + " (a verdict's reason starts 市级反馈 instead)"),
    ];

    [GeneratedRegex(@"\.Text\s*\.\s*(Contains|IndexOf|IndexOfAny|LastIndexOf|StartsWith|EndsWith)\s*\(")]
    private static partial Regex SearchOfFactText();

    [GeneratedRegex(@"\.(Contains|IndexOf|IndexOfAny|LastIndexOf|StartsWith|EndsWith)\s*\(\s*(""[^""]*\p{IsCJKUnifiedIdeographs}|'\p{IsCJKUnifiedIdeographs}')")]
    private static partial Regex SearchForChineseWords();

    [GeneratedRegex(@"\.(Contains|IndexOf|IndexOfAny|LastIndexOf|StartsWith|EndsWith)\s*\([^;]*?(StringComparison\.|'[^']*'\s*\))")]
    private static partial Regex SearchOfAnyString();

    [Fact]
    public void Judge_SearchesNoFactsText_ButTheListedOnes() =>
        Matching(SearchOfFactText()).ShouldBe(FactTextSearches.Select(s => (s.File, s.Line)), ignoreOrder: true);

    [Fact]
    public void Judge_SearchesNoTextForChineseWords_ButTheListedOnes() =>
        Matching(SearchForChineseWords()).ShouldBe(ChineseWordSearches.Select(s => (s.File, s.Line)), ignoreOrder: true);

    [Fact]
    public void Judge_SearchesNoStringsAtAll_ButTheListedOnes() =>
        Matching(SearchOfAnyString()).ShouldBe(FactTextSearches.Concat(ChineseWordSearches).Select(s => (s.File, s.Line)), ignoreOrder: true);

    private static IEnumerable<(string File, string Line)> Matching(Regex search) =>
        Directory.GetFiles(Repository.File("src", "TargetRules", "Evaluation"), "Judge*.cs")
            .SelectMany(path => File.ReadLines(path).Select(line => line.Trim()).Where(line => search.IsMatch(line))
                .Select(line => (Path.GetFileName(path), line)))
            .ToList();
}
