using System.Collections.Immutable;
using TargetRules.Facts;
using TargetRules.Names;
using TargetRules.Quantities;

namespace TargetRules.Text;

/// <summary>Reads actual text (可比下降 0.5%, 60109 万美元, 待市级部门反馈) into an <see cref="Observation"/>.</summary>
public static class ObservationParser
{
    /// <summary>
    /// Reads <paramref name="text"/>; the indicator name, when given, splits slash components and settles bare
    /// figures. Never throws on bad text: the failure carries the column, the position and what was expected.
    /// </summary>
    public static ParseResult<Observation> Parse(string text, string? indicator = null, string column = "actual_text") =>
        ObservationReader.Read(text ?? string.Empty, indicator, column ?? "actual_text");

    /// <summary>Reads <paramref name="text"/> or throws <see cref="PhraseFormatException"/> with the position.</summary>
    public static Observation ParseOrThrow(string text, string? indicator = null, string column = "actual_text") =>
        Parse(text, indicator, column).OrThrow();
}

/// <summary>A hand-written reader for one actual text.</summary>
internal sealed class ObservationReader
{
    private static readonly string[] NoLongerAssessedWords = ["国家已不再评定", "已不再评定", "不再评定", "不再考核", "已取消", "取消"];

    private static readonly (string Words, string Canonical)[] Statements =
    [
        ("未完成市下达目标", Assertion.MissesCityQuota), ("未完成市下达指标", Assertion.MissesCityQuota), ("未达标", Assertion.MissesCityQuota),
        ("完成市下达目标", Assertion.MeetsCityQuota), ("完成市下达指标", Assertion.MeetsCityQuota), ("达标", Assertion.MeetsCityQuota),
        ("控制在市下达目标以内", Assertion.MeetsCityQuota), ("控制在市下达指标以内", Assertion.MeetsCityQuota),
        ("控制在市下达目标内", Assertion.MeetsCityQuota), ("控制在市下达指标内", Assertion.MeetsCityQuota),
        ("高于全市平均水平", Assertion.AboveCity), ("不低于全市平均水平", Assertion.NotBelowCity),
        ("与全市保持同步", Assertion.InSyncWithCity), ("与市保持同步", Assertion.InSyncWithCity),
        ("基本完成", Assertion.BasicallyCompleted),
    ];

    // As for targets: each thread keeps one reader, its scanner and its lists.
    [ThreadStatic]
    private static ObservationReader? t_spare;

    private readonly PhraseScanner _s = new(string.Empty);
    private string _column = string.Empty;
    private IndicatorKind _kind;
    private bool _barePercentIsGrowth;
    private ParseError? _error;

    private ObservationReader Reset(string text, string column)
    {
        _s.Reset(text);
        _column = column;
        _kind = default;
        _barePercentIsGrowth = false;
        _error = null;
        _facts.Reset();
        return this;
    }

    public static ParseResult<Observation> Read(string text, string? indicator, string column)
    {
        // Project statuses (进场施工, 完成建设进度 45%) are the milestone parser's.
        if (Phrases.FindMilestone(text) is var milestone and >= 0)
        {
            return ParseResult<Observation>.Failure(new ParseError(column, milestone, text, Phrases.MilestoneStatus));
        }

        var reader = (t_spare ?? new ObservationReader()).Reset(text, column);
        t_spare = null;
        var result = reader.ReadAll(indicator) is { } observation
            ? ParseResult<Observation>.Success(observation)
            : ParseResult<Observation>.Failure(reader._error!);
        t_spare = reader.Reset(string.Empty, column);
        return result;
    }

    private Observation? ReadAll(string? indicator)
    {
        var text = _s.Text;
        if (Phrases.IsBlank(text, 0, text.Length))
        {
            return text.Length == 0 ? Observation.NotReported : Observation.NotReported with { Text = text.Trim() };
        }

        var parts = Phrases.SplitComponents(_s);
        if (parts is null)
        {
            _kind = Phrases.Classify(indicator);
            return ReadComponent(0, text.Length);
        }

        if (parts.Count > Phrases.MaxComponents)
        {
            return Fail(Phrases.ExpectedFewerComponents, parts[Phrases.MaxComponents].Start - 1);
        }

        var named = IndicatorNames.HasParts(indicator, parts.Count);
        var components = new Observation[parts.Count];
        for (var i = 0; i < components.Length; i++)
        {
            _kind = Phrases.Classify(IndicatorNames.Part(indicator, parts.Count, i));

            // 1248.3亿元 / 9.1% on a one-part indicator: a level and its growth.
            _barePercentIsGrowth = i == 1 && !named && parts.Count == 2 && IsPureLevel(components[0]);
            if (ReadComponent(parts[i].Start, parts[i].End) is not { } component)
            {
                return null;
            }

            components[i] = component;
        }

        if (!named && parts.Count == 2 && IsPureLevel(components[0])
            && components[1] is { Status: ObservationStatus.Reported, Level: null, ComparableGrowth: null, PointChange: null, Growth: { } growth } second
            && second.Assertions.IsEmpty && second.Parts.IsEmpty)
        {
            return components[0] with { Text = _s.Slice(0, text.Length), Growth = growth, Provisional = components[0].Provisional || second.Provisional };
        }

        return new Observation { Text = _s.Slice(0, text.Length), Components = [.. components] };
    }

    private static bool IsPureLevel(Observation? o) =>
        o is { Status: ObservationStatus.Reported, Level: not null, Growth: null, ComparableGrowth: null, PointChange: null }
        && o.Assertions.IsEmpty && o.Parts.IsEmpty;

    /// <summary>A figure of an actual, kept apart until it is known whether it names a part (市级 80 个).</summary>
    private readonly record struct Figure(string? Label, string? Verb, int Start, int End, Quantity? Level, bool Provisional, Observation? Growth = null);

    /// <summary>What the comma-separated items of one actual component say.</summary>
    private sealed class Facts
    {
        public ObservationStatus Status = ObservationStatus.Reported;
        public decimal? Growth;
        public decimal? ComparableGrowth;
        public decimal? PointChange;
        public string? Expected;
        public bool Provisional;
        public List<string>? Assertions;
        public List<Figure>? Figures;

        /// <summary>Clears what the previous component said; the lists are kept for reuse.</summary>
        public Facts Reset()
        {
            Status = ObservationStatus.Reported;
            Growth = ComparableGrowth = PointChange = null;
            Expected = null;
            Provisional = false;
            Assertions?.Clear();
            Figures?.Clear();
            return this;
        }
    }

    private readonly Facts _facts = new();

    private Observation? ReadComponent(int start, int end)
    {
        if (Phrases.IsBlank(_s.Text, start, end))
        {
            return Observation.NotReported with { Text = _s.Slice(start, end) };
        }

        _s.Position = start;
        _s.End = end;
        var facts = _facts.Reset();
        string? inheritedVerb = null;
        while (true)
        {
            _s.SkipSpaces();
            if (!ReadItem(facts, ref inheritedVerb))
            {
                return null;
            }

            _s.SkipSpaces();
            if (_s.AtEnd)
            {
                break;
            }

            if (_s.Peek is not (',' or ';' or '、'))
            {
                return Fail(Phrases.ExpectedSeparator);
            }

            _s.Position++;
        }

        return Build(facts, start, end);
    }

    private Observation? Build(Facts facts, int start, int end)
    {
        var level = default(Quantity?);
        var provisional = facts.Provisional;
        var parts = ImmutableArray<ObservationPart>.Empty;
        if (facts.Figures is { Count: > 0 } figures)
        {
            var labelled = figures.Count > 1;
            foreach (var figure in figures)
            {
                labelled |= figure.Label is not null;
            }

            if (!labelled)
            {
                level = figures[0].Level;
                provisional |= figures[0].Provisional;
            }
            else
            {
                // 市级 80 个、区级 104 个 or 新增 639 台、完工 207 台: each figure is a part named by its label or verb.
                var builder = ImmutableArray.CreateBuilder<ObservationPart>(figures.Count);
                foreach (var figure in figures)
                {
                    var label = figure.Label ?? (figures.Count > 1 ? figure.Verb : null);
                    if (label is null)
                    {
                        return Fail(Phrases.ExpectedPartName, figure.Start);
                    }

                    var text = _s.Slice(figure.Start, figure.End);
                    builder.Add(new ObservationPart(label, figure.Growth is { } growth
                        ? growth with { Text = text }
                        : new Observation { Text = text, Level = figure.Level, Provisional = figure.Provisional }));
                }

                parts = builder.MoveToImmutable();
            }
        }

        return new Observation
        {
            Text = _s.Slice(start, end),
            Status = facts.Status,
            Level = level,
            Growth = facts.Growth,
            ComparableGrowth = facts.ComparableGrowth,
            PointChange = facts.PointChange,
            Expected = facts.Expected,
            Provisional = provisional,
            Assertions = facts.Assertions is { Count: > 0 } said ? [.. said] : [],
            Parts = parts,
        };
    }

    private bool ReadItem(Facts facts, ref string? inheritedVerb)
    {
        var start = _s.Position;
        if (_s.AtEnd || _s.Peek is ',' or ';' or '、')
        {
            Fail(Phrases.ExpectedActual);
            return false;
        }

        var provisional = false;
        while (_s.Match("预计") || _s.Match("约"))
        {
            provisional = true;
            _s.SkipSpaces();
        }

        if (_s.MatchAny(NoLongerAssessedWords) >= 0)
        {
            facts.Status = ObservationStatus.NoLongerAssessed;
            return true;
        }

        if (_s.Match("年度指标"))
        {
            facts.Status = ObservationStatus.AnnualOnly;
            return true;
        }

        // 待市级部门反馈, 待市级部门测算: the city has yet to give the figure.
        if (_s.Peek == '待')
        {
            SkipToSeparator();
            facts.Status = ObservationStatus.AwaitingCity;
            return true;
        }

        if (TryStatement(out var statement))
        {
            if (provisional && facts.Status == ObservationStatus.AwaitingCity)
            {
                // 待市级部门测算，预计高于全市平均水平: an expectation kept for the report, not a claim.
                facts.Expected ??= statement;
                facts.Provisional = true;
                return true;
            }

            (facts.Assertions ??= new List<string>(1)).Add(statement);
            facts.Provisional |= provisional;
            return true;
        }

        var label = Phrases.TryScope(_s);
        _s.SkipSpaces();
        var growth = Vocabulary.Match(_s, Vocabulary.GrowthInActuals);
        if (growth is not null && label is not null)
        {
            // 市级增长 5%: the growth of one named part.
            var part = new Facts { Provisional = provisional };
            if (!Growth(part, growth))
            {
                return false;
            }

            (facts.Figures ??= new(1)).Add(new Figure(label, null, start, _s.Position, null, part.Provisional, new Observation
            {
                Growth = part.Growth, ComparableGrowth = part.ComparableGrowth, PointChange = part.PointChange, Provisional = part.Provisional,
            }));
            return true;
        }

        if (growth is not null)
        {
            facts.Provisional |= provisional;
            return Growth(facts, growth);
        }

        var verb = Vocabulary.Match(_s, Vocabulary.LevelVerbsInActuals)?.Text;

        _s.SkipSpaces();
        if (verb is not null && label is null && !_s.AtDigit)
        {
            label = Phrases.TryScope(_s);
            _s.SkipSpaces();
        }

        var perCapita = Phrases.TryPerCapita(_s);
        _s.SkipSpaces();
        var numberAt = _s.Position;
        if (!_s.TryNumber(out var value))
        {
            Fail(_s.AtDigit ? Phrases.NumberTooLarge : verb is null && label is null && perCapita == 0 && !provisional ? Phrases.ExpectedActual : Phrases.ExpectedNumber);
            return false;
        }

        _s.SkipSpaces();
        var unitAt = _s.Position;
        var unit = _s.TryUnit(out var written) ? written : Unit.None;
        if (perCapita > 0)
        {
            if (unit.Dimension is Dimension.Number or Dimension.Percent or Dimension.PercentagePoint or Dimension.CountPerMoney)
            {
                Fail(Phrases.ExpectedPerCapitaUnit, unitAt);
                return false;
            }

            unit = unit.PerCapita(perCapita);
        }

        _s.SkipSpaces();
        if (Vocabulary.MatchApproximation(_s))
        {
            provisional = true;
        }

        _s.SkipSpaces();
        if (!TryComparable(out var comparable))
        {
            return false;
        }

        if (unit.Dimension == Dimension.PercentagePoint)
        {
            Fail(Phrases.ExpectedPointsVerb, unitAt);
            return false;
        }

        // A bare figure is growth or a level by the indicator's name; 10.9(可比7.0) is growth with its comparable rate.
        var isGrowth = false;
        if (comparable is not null)
        {
            if (_kind is not (IndicatorKind.Level or IndicatorKind.GrowthRate) || unit.Dimension is not (Dimension.Number or Dimension.Percent))
            {
                Fail(Phrases.UndeterminedComparable, numberAt);
                return false;
            }

            isGrowth = true;
        }
        else if (unit.Dimension is Dimension.Percent or Dimension.Number && !unit.IsPerCapita)
        {
            if (_kind == IndicatorKind.GrowthRate || (unit.Dimension == Dimension.Percent && verb is null && label is null && _barePercentIsGrowth))
            {
                isGrowth = true;
            }
            else if (unit.Dimension == Dimension.Percent && _kind == IndicatorKind.Level)
            {
                if (verb is not null)
                {
                    Fail(Phrases.UndeterminedVerbPercent, numberAt);
                    return false;
                }

                isGrowth = true;
            }
            else if (unit.Dimension == Dimension.Percent && _kind == IndicatorKind.Unknown && verb is null && label is null)
            {
                Fail(Phrases.UndeterminedPercent, numberAt);
                return false;
            }
        }

        facts.Provisional |= provisional && isGrowth;
        if (isGrowth)
        {
            return SetOnce(ref facts.Growth, value, numberAt) && (comparable is null || SetOnce(ref facts.ComparableGrowth, comparable.Value, numberAt));
        }

        verb ??= inheritedVerb;
        inheritedVerb = verb;
        (facts.Figures ??= new(1)).Add(new Figure(label, verb, start, _s.Position, new Quantity(value, unit), provisional));
        return true;
    }

    private bool Growth(Facts facts, GrowthWord word)
    {
        var decline = word.Sense == GrowthSense.Decline;
        _s.SkipSpaces();
        var numberAt = _s.Position;
        var negative = !decline && _s.Peek == '-' && char.IsAsciiDigit(_s.PeekAt(_s.Position + 1));
        if (negative)
        {
            _s.Position++;
        }

        if (!_s.TryNumber(out var value))
        {
            Fail(_s.AtDigit ? Phrases.NumberTooLarge : Phrases.ExpectedNumber);
            return false;
        }

        value = decline || negative ? -value : value;
        _s.SkipSpaces();
        var unitAt = _s.Position;
        if (!_s.TryUnit(out var unit) || unit.Dimension is not (Dimension.Percent or Dimension.PercentagePoint))
        {
            _s.Position = unitAt;
            Fail(Phrases.ExpectedGrowthUnit);
            return false;
        }

        _s.SkipSpaces();
        if (Vocabulary.MatchApproximation(_s))
        {
            facts.Provisional = true;
        }

        if (unit.Dimension == Dimension.PercentagePoint)
        {
            return SetOnce(ref facts.PointChange, value, numberAt);
        }

        if (word.Sense == GrowthSense.Points)
        {
            Fail(Phrases.ExpectedPoints, unitAt);
            return false;
        }

        if (word.IsComparable)
        {
            return SetOnce(ref facts.ComparableGrowth, value, numberAt);
        }

        // 增长 10.9%（可比增长 7%）: nominal growth with its comparable rate.
        return TryComparable(out var comparable) && SetOnce(ref facts.Growth, value, numberAt)
            && (comparable is null || SetOnce(ref facts.ComparableGrowth, comparable.Value, numberAt));
    }

    /// <summary>Reads a comparable rate in parentheses after a figure: (可比7.0), (可比增长 7%), (可比下降 1%).</summary>
    private bool TryComparable(out decimal? comparable)
    {
        comparable = null;
        _s.SkipSpaces();
        if (_s.Peek != '(')
        {
            return true;
        }

        _s.Position++;
        _s.SkipSpaces();
        var negative = _s.Match("可比下降");
        if (!negative && !_s.Match("可比增长") && !_s.Match("可比"))
        {
            Fail(Phrases.ExpectedComparable);
            return false;
        }

        _s.SkipSpaces();
        if (!_s.TryNumber(out var value))
        {
            Fail(Phrases.ExpectedComparable);
            return false;
        }

        _s.SkipSpaces();
        _s.Match("%");
        _s.SkipSpaces();
        if (!_s.Match(")"))
        {
            Fail(Phrases.ExpectedCloseParen);
            return false;
        }

        comparable = negative ? -value : value;
        return true;
    }

    private bool SetOnce(ref decimal? slot, decimal value, int position)
    {
        if (slot is not null)
        {
            Fail(Phrases.ExpectedOneFigure, position);
            return false;
        }

        slot = value;
        return true;
    }

    private bool TryStatement(out string statement)
    {
        var save = _s.Position;
        _ = _s.Match("增长") || _s.Match("可比增长");
        foreach (var (words, canonical) in Statements)
        {
            if (_s.Match(words))
            {
                statement = canonical;
                return true;
            }
        }

        _s.Position = save;
        if (_s.At("在全市") || _s.At("位居全市") || _s.At("保持全市"))
        {
            SkipToSeparator();
            var end = _s.Position;
            while (end > save && PhraseScanner.IsSpace(_s.PeekAt(end - 1)))
            {
                end--;
            }

            statement = _s.Slice(save, end);
            return true;
        }

        statement = string.Empty;
        return false;
    }

    private void SkipToSeparator()
    {
        while (!_s.AtEnd && _s.Peek is not (',' or ';'))
        {
            _s.Position++;
        }
    }

    private Observation? Fail(Expectation expected) => Fail(expected, _s.Position);

    private Observation? Fail(Expectation expected, int position)
    {
        _error ??= new ParseError(_column, position, _s.Text, expected);
        return null;
    }
}
