using System.Collections.Immutable;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Quantities;
using TargetRules.Targets;
using TargetRules.Text;

namespace TargetRules.Plans;

/// <summary>
/// Reads and judges plan rows one at a time: every row yields exactly one result, in input order, and a
/// row whose text cannot be read is judged <see cref="AttainmentState.Undetermined"/> with a diagnostic
/// rather than stopping the batch; so is a row with no cell for a column the judgement reads
/// (<see cref="PlanRow.MissingColumns"/>).
/// </summary>
public sealed partial class PlanEvaluator
{
    private const string TargetColumn = "target_text";

    private readonly Evaluator _evaluator;
    private readonly ILogger _logger;

    /// <summary>Creates a plan evaluator judging with <paramref name="evaluator"/> (the default policy when null).</summary>
    public PlanEvaluator(Evaluator? evaluator = null)
        : this(evaluator, null)
    {
    }

    /// <summary>
    /// Creates a plan evaluator that also logs, at Information, each row whose text could not be read
    /// (rows that are judged, whatever their state, are not logged).
    /// </summary>
    public PlanEvaluator(Evaluator? evaluator, ILogger<PlanEvaluator>? logger)
    {
        _evaluator = evaluator ?? Evaluator.Default;
        _logger = logger ?? NullLogger<PlanEvaluator>.Instance;
        var policy = _evaluator.Policy;
        _directions = IndicatorDirections.With(
            policy.LowerIsBetter.IsDefault ? [] : policy.LowerIsBetter, policy.HigherIsBetter.IsDefault ? [] : policy.HigherIsBetter);
    }

    private readonly IndicatorDirections _directions;

    /// <summary>
    /// Judges <paramref name="rows"/> lazily, in order, reading a few batches of rows ahead of the row returned.
    /// Targets that refer to another row of the plan (与经济增长同步) read the rows before them. With
    /// <paramref name="references"/> null or a <see cref="ReferenceSet"/> the batches are judged on all cores;
    /// any other lookup is only ever called from the enumerating thread, one row at a time.
    /// </summary>
    public IEnumerable<RowResult> Evaluate(IEnumerable<PlanRow> rows, IReferenceLookup? references = null, ReportingPeriod period = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Iterate(rows, references, period);
    }

    /// <summary>How many rows go to a worker at a time.</summary>
    internal int BatchRows { get; init; } = 256;

    /// <summary>How many threads judge rows (1: the calling thread alone, one row at a time).</summary>
    internal int Workers { get; init; } = Environment.ProcessorCount;

    private IEnumerable<RowResult> Iterate(IEnumerable<PlanRow> rows, IReferenceLookup? references, ReportingPeriod period)
    {
        var peers = new PlanPeers();
        var facts = new LookupFacts(references, peers.Find);
        var workers = references is null or ReferenceSet ? Workers : 1;
        foreach (var (batch, judged) in Ahead.Select(Ahead.Chunks(rows, BatchRows), batch => JudgeAhead(batch, references, period, workers), workers))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                // A row judged ahead is final unless it asked for a peer: only here, in order, are the rows before it known.
                var result = judged[i] ?? Judge(batch[i], facts, period);
                if (result.Target is not null && result.Attainment.Actual.Status != ObservationStatus.NotReported)
                {
                    foreach (var component in result.Attainment.Components)
                    {
                        peers.Add(component.Indicator, component.Actual);
                    }
                }

                Log(result);
                yield return result;
            }
        }
    }

    /// <summary>
    /// Judges a batch's rows with no peers known, on a worker. A row that asks for a peer, or that throws, is
    /// left null and judged again in order, where it finds its peers or throws as it would have one row at a time.
    /// With one worker nothing is judged ahead.
    /// </summary>
    private (List<PlanRow> Batch, RowResult?[] Judged) JudgeAhead(List<PlanRow> batch, IReferenceLookup? references, ReportingPeriod period, int workers)
    {
        var judged = new RowResult?[batch.Count];
        if (workers <= 1)
        {
            return (batch, judged);
        }

        // The references, and no peers: a row that asks for one is noted and judged again in order.
        var asked = false;
        var probe = new LookupFacts(references, _ =>
        {
            asked = true;
            return null;
        });
        for (var i = 0; i < batch.Count; i++)
        {
            asked = false;
            try
            {
                var result = Judge(batch[i], probe, period);
                judged[i] = asked ? null : result;
            }
            catch (Exception)
            {
                // Judged again in order, where the exception surfaces as it would one row at a time.
                judged[i] = null;
            }
        }

        return (batch, judged);
    }

    /// <summary>Judges one row against the given facts.</summary>
    public RowResult EvaluateRow(PlanRow row, IReferenceLookup? references = null, ReportingPeriod period = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var result = Judge(row, new LookupFacts(references, null), period);
        Log(result);
        return result;
    }

    private RowResult Judge(PlanRow row, IFacts facts, ReportingPeriod period)
    {
        // Mirrors of reports are often in traditional script (增長 6.5%): read as simplified, written as they came.
        var indicator = TextNormalizer.Simplified(row.Indicator);
        var (targetText, actualText) = (TextNormalizer.Simplified(row.TargetText), TextNormalizer.Simplified(row.ActualText));
        var (target, actual) = row.Kind == RowKind.Project
            ? ReadProject(indicator, targetText, actualText, !period.IsInterim)
            : ReadIndicator(indicator, targetText, actualText, !period.IsInterim);
        var missing = row.MissingColumns.IsDefault ? [] : row.MissingColumns;
        ImmutableArray<Diagnostic> diagnostics = [];
        if (missing.Length > 0 || !target.IsSuccess || !actual.IsSuccess || target.Skipped is not null || actual.Skipped is not null)
        {
            // Most rows read cleanly: the list is built only for a row that has something to say.
            var found = ImmutableArray.CreateBuilder<Diagnostic>(3);
            if (missing.Length > 0)
            {
                found.Add(new Diagnostic(DiagnosticSeverity.Error, Missing(missing).English, missing[0]));
            }

            if (!target.IsSuccess)
            {
                found.Add(new Diagnostic(DiagnosticSeverity.Error, target.Error!.ToString(), target.Error.Column));
            }
            else if (target.Skipped is { } skipped)
            {
                found.Add(new Diagnostic(DiagnosticSeverity.Warning, skipped.ToString(), skipped.Column));
            }

            if (!actual.IsSuccess)
            {
                found.Add(new Diagnostic(DiagnosticSeverity.Error, actual.Error!.ToString(), actual.Error.Column));
            }
            else if (actual.Skipped is { } prose)
            {
                found.Add(new Diagnostic(DiagnosticSeverity.Warning, prose.ToString(), prose.Column));
            }

            diagnostics = found.ToImmutable();
        }
        else if (actual.Value.Components.Length == 2 && Evaluation.Judge.FigureOrStatement(target.Value, actual.Value) is { } chosen)
        {
            var parts = actual.Value.Components;
            var (figure, statement) = parts[0].Level is not null ? (parts[0], parts[1]) : (parts[1], parts[0]);
            diagnostics = [new Diagnostic(DiagnosticSeverity.Info, chosen.ByStatement
                ? $"the actual gives a figure ({figure.Text}) and a statement ({statement.Text}) where the target has one part: judged by the statement, as the target is the city's quota or a statement"
                : $"the actual gives a figure ({figure.Text}) and a statement ({statement.Text}) where the target has one part: judged by the figure", "actual_text")];
        }

        // A cell the row does not have reads as empty, so its parse "succeeds"; it is still no target.
        var read = target.IsSuccess && !missing.Contains(TargetColumn) ? target.Value : null;
        Attainment attainment;
        if (missing.Length == 0 && target.IsSuccess && actual.IsSuccess)
        {
            attainment = _evaluator.Evaluate(indicator, target.Value, actual.Value, facts, period);
        }
        else if (missing.Length == 0 && actual.IsSuccess && _evaluator.EvaluateTask(indicator, targetText, actual.Value, period) is { } share)
        {
            // A prose target (优化就业创业服务) with the actual's share of the year's task or its verdict on it: that decides,
            // so the unread target is a warning, not an error.
            attainment = share;
            diagnostics = diagnostics.Select(d => d.Column == TargetColumn ? d with { Severity = DiagnosticSeverity.Warning } : d).ToImmutableArray();
        }
        else
        {
            var observation = actual.IsSuccess ? actual.Value : new Observation { Text = actualText };
            var (state, why) = missing.Length == 0 && observation.Status == ObservationStatus.NotReported
                ? (AttainmentState.NotReported, new Explanation("未报送完成情况（目标也无法识别）", "no actual reported (and the target could not be read)"))
                : (AttainmentState.Undetermined, Unreadable(missing, target.IsSuccess ? null : target.Error, actual.IsSuccess ? null : actual.Error));
            attainment = new Attainment(indicator, read ?? Target.None(), observation, state, why, observation.Expected, observation.Provisional, []);
        }

        return new RowResult(row, read, attainment, diagnostics);
    }

    // A project row whose target is no stage but a count or an amount (计划新开工22项, 年度计划投资853.8亿元) is read as an
    // indicator: the year's starts, completions and investment are judged on their pace like any count. Only where the
    // actual counts what the target does (已开工15项 under 新开工): 主体已完工6项 under 竣工项目13项 counts an earlier stage.
    private (ParseResult<Target>, ParseResult<Observation>) ReadProject(string indicator, string targetText, string actualText, bool wholeYear)
    {
        var project = MilestoneParser.ParseRow(targetText, actualText);
        if (project.Item1.IsSuccess || CountedStage(indicator, targetText) is not { } stage
            || !actualText.Contains(stage, StringComparison.Ordinal) || actualText.Contains("主体", StringComparison.Ordinal))
        {
            return project;
        }

        var counted = ReadIndicator(indicator, targetText, actualText, wholeYear);
        var read = counted.Item1.IsSuccess ? counted.Item1.Value : null;
        return (read is ScopedTarget scoped ? scoped.Inner : read) is ThresholdTarget
            { Measure: Measure.Level, Value.Unit.Dimension: not (Dimension.Percent or Dimension.PercentagePoint) }
            ? counted
            : project;
    }

    private static string? CountedStage(string indicator, string targetText)
    {
        foreach (var stage in Vocabulary.CountedStages)
        {
            if (targetText.Contains(stage, StringComparison.Ordinal) || indicator.Contains(stage, StringComparison.Ordinal))
            {
                return stage;
            }
        }

        return null;
    }

    // The actual is read knowing the target: under a growth target a bare percent (-0.9%, 8%左右) is the growth.
    private (ParseResult<Target>, ParseResult<Observation>) ReadIndicator(string indicator, string targetText, string actualText, bool wholeYear)
    {
        var strict = TargetReader.Read(targetText, indicator, TargetColumn, _directions);
        var target = strict.IsSuccess ? strict : Prose.ReadTarget(strict.Error!, indicator, _directions) ?? strict;
        return (target, ObservationParser.ParseForTarget(actualText, indicator, "actual_text", target.IsSuccess ? target.Value : null, wholeYear, targetText));
    }

    private void Log(RowResult result)
    {
        if (result.Diagnostics.Length > 0)
        {
            NotJudged(_logger, result.Row.Row, result.Row.Id, result.Row.Indicator, result.Attainment.Explanation.English);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Row {Row} (id {Id}, {Indicator}) could not be judged: {Reason}")]
    private static partial void NotJudged(ILogger logger, int row, string id, string indicator, string reason);

    private static Explanation Unreadable(ImmutableArray<string> missing, ParseError? target, ParseError? actual)
    {
        var parts = new List<Explanation>();
        if (missing.Length > 0)
        {
            parts.Add(Missing(missing));
        }

        if (target is not null)
        {
            parts.Add(new Explanation($"目标“{target.Text}”无法识别（第 {target.Position} 个字符处：{target.ExpectedChinese}）",
                $"the target \"{target.Text}\" could not be read (at {target.Position}: {target.Expected})"));
        }

        if (actual is not null)
        {
            parts.Add(new Explanation($"完成情况“{actual.Text}”无法识别（第 {actual.Position} 个字符处：{actual.ExpectedChinese}）",
                $"the actual \"{actual.Text}\" could not be read (at {actual.Position}: {actual.Expected})"));
        }

        return Explanation.Join(parts);
    }

    private static Explanation Missing(ImmutableArray<string> columns) =>
        new($"该行没有 {string.Join("、", columns)} 列",
            $"the row has no cell for {(columns.Length == 1 ? columns[0] : $"{string.Join(", ", columns[..^1])} and {columns[^1]}")}");
}
