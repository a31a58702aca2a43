using Microsoft.Extensions.Logging;
using TargetRules.Benchmarks.Plans;
using TargetRules.Evaluation;
using TargetRules.Facts;
using TargetRules.Plans;
using TargetRules.Tests.Text;

namespace TargetRules.Tests.Plans;

/// <summary>
/// Rows judged a batch at a time on several threads give, row for row and in order, what judging them one at a
/// time on one thread gives: peers across batch boundaries, bad rows mixed in, failures of the source.
/// </summary>
public sealed class PlanEvaluatorBatchTests
{
    private static readonly PlanEvaluator OneAtATime = new() { BatchRows = 1, Workers = 1 };

    public static TheoryData<int, int> Batches => new()
    {
        { 2, 2 }, { 3, 2 }, { 7, 4 }, { 64, 2 }, { 1024, 8 },
    };

    [Theory]
    [MemberData(nameof(Batches))]
    public void Evaluate_PeerRowsAcrossBatchBoundaries_SameAsOneAtATime(int batchRows, int workers)
    {
        // The rows that name a peer sit at every offset from their peer, and before it as well as after.
        var rows = Numbered(
            ("居民人均可支配收入", "增长与经济增长基本同步", "增长 4%"),
            ("地区生产总值", "可比增长 6%", "可比增长 5%"),
            ("居民人均可支配收入", "增长与经济增长基本同步", "增长 4.8%"),
            ("区级一般公共预算收入", "增长 6%", "增长 0.5%"),
            ("工业总产值", "增长与区级一般公共预算收入同步", "增长 0.4%"),
            ("工业总产值", "增长与区级一般公共预算收入同步", "增长 0.7%"),
            ("工业总产值", "增长与工业投资同步", "增长 3%"),
            ("工业投资", "120 亿元", "143.16 亿元"),
            ("工业总产值", "增长与工业投资同步", "增长 3%"),
            ("居民人均可支配收入", "增长与经济增长基本同步", "增长 2%"));

        var batched = new PlanEvaluator { BatchRows = batchRows, Workers = workers }.Evaluate(rows).Select(Describe).ToArray();

        batched.ShouldBe(OneAtATime.Evaluate(rows).Select(Describe).ToArray());
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(1024, 8)]
    public void Evaluate_PeerRows_JudgedAgainstEarlierRowsOnly(int batchRows, int workers)
    {
        var rows = Numbered(
            ("居民人均可支配收入", "增长与经济增长基本同步", "增长 4%"),
            ("地区生产总值", "可比增长 6%", "可比增长 5%"),
            ("居民人均可支配收入", "增长与经济增长基本同步", "增长 4.8%"),
            ("工业总产值", "增长与工业投资同步", "增长 3%"),
            ("工业投资", "增长 10%", "增长 2%"),
            ("工业总产值", "增长与工业投资同步", "增长 3%"));

        var results = new PlanEvaluator { BatchRows = batchRows, Workers = workers }.Evaluate(rows).ToArray();

        results.Select(r => (r.State, r.Attainment.Explanation.Chinese)).ShouldBe(
        [
            (AttainmentState.Undetermined, "增长 4%；本计划中没有“经济增长”对应的指标"),
            (AttainmentState.Missed, "可比增长 5%，低于目标 6%，差 1 个百分点"),
            (AttainmentState.Met, "增长 4.8%，经济增长 5%，与经济增长基本同步"),
            (AttainmentState.Undetermined, "增长 3%；本计划中没有“工业投资”对应的指标"),
            (AttainmentState.Missed, "增长 2%，低于目标 10%，差 8 个百分点"),
            (AttainmentState.Met, "增长 3%，工业投资 增长 2%，与工业投资同步"),
        ]);
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Evaluate_BadRowsMixedIn_OneResultPerRowInOrderSameAsOneAtATime(int batchRows, int workers)
    {
        var phrases = new (string Indicator, string Target, string Actual)[]
        {
            ("地区生产总值", "可比增长 6%", "可比下降 0.5%"),
            ("城镇污水处理率", "？？目标", "97%"),
            ("公共泊位", "新增 1000 个", "（说明见附件"),
            ("工业投资", "120 亿元", ""),
            ("新增就业岗位", "", "见附件"),
            ("居民人均可支配收入", "增长与经济增长基本同步", "增长 4%"),
            ("重大项目", "施工", "完成建设进度 45%"),
        };
        var rows = Numbered(Enumerable.Range(0, 1000).Select(i => phrases[i * 3 % phrases.Length]).ToArray());

        var batched = new PlanEvaluator { BatchRows = batchRows, Workers = workers }.Evaluate(rows).ToArray();

        batched.Select(r => r.Row.Row).ShouldBe(Enumerable.Range(1, 1000));
        batched.Select(Describe).ShouldBe(OneAtATime.Evaluate(rows).Select(Describe));
        // The unreadable target and the two unreadable actuals (one under a blank target): rows i with 3i mod 7 = 1, 2 or 4.
        batched.Count(r => r.Diagnostics.Length > 0).ShouldBe(143 + 143 + 142);
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Evaluate_GeneratedPlanWithReferences_SameAsOneAtATime(int batchRows, int workers)
    {
        var plan = PlanGenerator.Generate(3_000);
        var rows = plan.Rows.Select(r => r.ToPlanRow()).Where(r => r.Kind == RowKind.Indicator).ToArray();

        var batched = new PlanEvaluator { BatchRows = batchRows, Workers = workers }.Evaluate(rows, plan.References).Select(Describe);

        batched.ShouldBe(OneAtATime.Evaluate(rows, plan.References).Select(Describe));
    }

    [Theory]
    [InlineData("baoshan-2022-indicators.tsv")]
    [InlineData("baoshan-2023-indicators.tsv")]
    [InlineData("baoshan-2022-projects.tsv")]
    public void Evaluate_BaoshanTable_SameAsOneAtATime(string file)
    {
        var kind = file.Contains("projects", StringComparison.Ordinal) ? RowKind.Project : RowKind.Indicator;
        var rows = PlanTables.Rows(file).Select((r, i) => new PlanRow(i + 1, r.Id, "", r.Indicator, r.Target, r.Actual, kind)).ToArray();

        var batched = new PlanEvaluator { BatchRows = 4, Workers = 4 }.Evaluate(rows).Select(Describe);

        batched.ShouldBe(OneAtATime.Evaluate(rows).Select(Describe));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 2)]
    [InlineData(1024, 8)]
    public void Evaluate_SourceThrowsPartWayThroughABatch_RowsReadBeforeAreReturnedThenTheSameException(int batchRows, int workers)
    {
        var returned = new List<int>();

        var thrown = Should.Throw<IOException>(() =>
        {
            foreach (var result in new PlanEvaluator { BatchRows = batchRows, Workers = workers }.Evaluate(FailingAfter(6)))
            {
                returned.Add(result.Row.Row);
            }
        });

        thrown.Message.ShouldBe("disk gone after row 6");
        returned.ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 4)]
    [InlineData(256, 2)]
    public void Evaluate_ReaderStopsEarly_RowsTakenInOrderAndTheRestNeverRead(int batchRows, int workers)
    {
        var read = 0;
        IEnumerable<PlanRow> Rows()
        {
            for (var i = 1; i <= 100_000; i++)
            {
                read++;
                yield return new PlanRow(i, $"{i}", "", "公共泊位", "新增 1000 个", "新增 1002 个");
            }
        }

        var taken = new PlanEvaluator { BatchRows = batchRows, Workers = workers }.Evaluate(Rows()).Take(5).Select(r => r.Row.Row).ToArray();

        taken.ShouldBe([1, 2, 3, 4, 5]);
        // The batches in flight when the reader stopped: at most two per worker, plus the one being read.
        read.ShouldBeLessThanOrEqualTo(Math.Max(batchRows, 5) * (2 * workers + 1));
    }

    [Fact]
    public void Evaluate_LookupOtherThanReferenceSet_CalledFromTheCallingThreadOnly()
    {
        var rows = Numbered(Enumerable.Range(0, 500).Select(_ => ("区级一般公共预算收入", "增长与全市保持同步", "增长 0.5%")).ToArray());
        var lookup = new ThreadRecordingLookup();

        var results = new PlanEvaluator { BatchRows = 64, Workers = 4 }.Evaluate(rows, lookup).ToArray();

        results.Length.ShouldBe(500);
        lookup.Threads.ShouldBe([Environment.CurrentManagedThreadId]);
    }

    [Fact]
    public void Evaluate_UnreadableRowsOnSeveralThreads_LoggedOncePerRowInRowOrder()
    {
        var rows = Numbered(Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? ("公共泊位", "？？目标", "1 个") : ("公共泊位", "新增 1000 个", "新增 1002 个")).ToArray());
        var logger = new RowLogger();

        var results = new PlanEvaluator(null, logger) { BatchRows = 64, Workers = 4 }.Evaluate(rows).ToArray();

        results.Length.ShouldBe(300);
        logger.Rows.ShouldBe(Enumerable.Range(0, 100).Select(i => 3 * i + 1));
    }

    private static PlanRow[] Numbered(params (string Indicator, string Target, string Actual)[] rows) =>
        rows.Select((r, i) => new PlanRow(i + 1, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "测试", r.Indicator, r.Target, r.Actual,
            r.Indicator == "重大项目" ? RowKind.Project : RowKind.Indicator)).ToArray();

    private static IEnumerable<PlanRow> FailingAfter(int rows)
    {
        for (var i = 1; i <= rows; i++)
        {
            yield return new PlanRow(i, $"{i}", "", "公共泊位", "新增 1000 个", "新增 1002 个");
        }

        throw new IOException($"disk gone after row {rows}");
    }

    private static string Describe(RowResult r) =>
        $"{r.Row.Row} {r.State} {r.Attainment.Explanation.Chinese} | {r.Attainment.Explanation.English} | " +
        string.Join(" ; ", r.Attainment.Components.Select(c => $"{c.Indicator} {c.State} {c.Explanation.Chinese}")) + " | " +
        string.Join(" ; ", r.Diagnostics);

    private sealed class ThreadRecordingLookup : IReferenceLookup
    {
        private readonly HashSet<int> _threads = [];

        public IEnumerable<int> Threads
        {
            get
            {
                lock (_threads)
                {
                    return [.. _threads];
                }
            }
        }

        public Reference? Find(string indicator, ReferenceKind kind)
        {
            lock (_threads)
            {
                _threads.Add(Environment.CurrentManagedThreadId);
            }

            return new Reference(indicator, kind, Observation.OfGrowth(1.7m));
        }
    }

    private sealed class RowLogger : ILogger<PlanEvaluator>
    {
        private readonly List<int> _rows = [];

        public IReadOnlyList<int> Rows => _rows;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var row = ((IReadOnlyList<KeyValuePair<string, object?>>)state!).First(p => p.Key == "Row").Value;
            lock (_rows)
            {
                _rows.Add((int)row!);
            }
        }
    }
}
