using TargetRules.Evaluation;
using TargetRules.Plans;

namespace TargetRules.Cli.Rendering;

/// <summary>
/// Watches rows on their way to a report that streams them under the first row's extra columns (CSV, Markdown, xlsx:
/// <see cref="ReportTraits.FirstRowColumns"/>), so a later row's cell beyond the plan's header (a ragged row's column9)
/// has no column there; the tool says so on stderr instead of dropping it silently.
/// </summary>
internal sealed class UnplacedCells
{
    private string[]? _headings;
    private int _count;
    private (int Row, string Column)? _first;

    /// <summary>The rows unchanged, counting the cells that have no column under the first row's headings.</summary>
    public IEnumerable<RowResult> Watch(IEnumerable<RowResult> results)
    {
        foreach (var result in results)
        {
            var extra = result.Row.Extra;
            _headings ??= [.. extra.Select(e => e.Key)];
            foreach (var (name, _) in extra)
            {
                if (Array.IndexOf(_headings, name) < 0)
                {
                    _count++;
                    _first ??= (result.Row.Row, name);
                }
            }

            yield return result;
        }
    }

    /// <summary>What was left out of the <paramref name="format"/> report, or null when nothing was.</summary>
    public string? Warning(string format) => _first is { } first
        ? $"{_count} {(_count == 1 ? "cell" : "cells")} beyond the plan's header left out of the {format} report, whose columns are the first row's (first: row {first.Row}, {first.Column}); --format {ReportFormats.Suggested(t => !t.HasFlag(ReportTraits.FirstRowColumns), Language.English)} keeps every cell"
        : null;
}
