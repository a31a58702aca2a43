using System.Text;
using TargetRules.Cli.Inputs;
using TargetRules.Plans;
using TargetRules.Reporting;

namespace TargetRules.Cli.Tests.Plans;

/// <summary>Rows stream from the plan file to the report: nothing waits for the whole plan to be read.</summary>
/// <remarks>
/// Alone in its collection: the managed heap it samples is the whole process's, and a test running beside it
/// (a generated megabyte plan, an xlsx bomb) would be counted as this run's.
/// </remarks>
[Collection(nameof(StreamingTests))]
public sealed class StreamingTests
{
    private const int Rows = 200_000;

    [Fact]
    public void Evaluate_LargeTsvToJson_FirstBytesWrittenBeforeMostOfThePlanIsRead()
    {
        using var folder = new TempFolder();
        var path = Generate(folder, Rows);
        using var plan = PlanFile.Open(path);
        var output = new Probe(plan.Position);

        var summary = JsonReport.Write(new PlanEvaluator().Evaluate(plan.Rows), output);

        summary.Total.ShouldBe(Rows);
        output.ReadWhenFirstWritten.ShouldNotBeNull();
        output.ReadWhenFirstWritten.Value.ShouldBeLessThan(0.05);
    }

    [Fact]
    public void Evaluate_LargeTsvToJson_EveryRowOnceWithBoundedMemory()
    {
        using var folder = new TempFolder();
        var path = Generate(folder, Rows);
        var output = new Probe(() => null);
        using var stderr = new StringWriter();

        // What earlier tests left alive (pooled buffers, library caches: some 30 MB after the xlsx bombs) is not this run's.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var code = TargetRulesCommand.Run(["evaluate", path, "--format", "json"], output, stderr);

        code.ShouldBe(0, stderr.ToString());
        output.Count("\"row\": ").ShouldBe(Rows);
        // Holding the 200,000 rows alone keeps some 60 MB alive; streaming keeps about 2 MB.
        (output.PeakManagedBytes - before).ShouldBeLessThan(16L << 20);
    }

    /// <summary>A TSV of <paramref name="rows"/> rows cycling through phrases of the Baoshan tables.</summary>
    internal static string Generate(TempFolder folder, int rows)
    {
        var phrases = new (string Indicator, string Target, string Actual)[]
        {
            ("地区生产总值", "可比增长 6%", "可比下降 0.5%"),
            ("城镇污水处理率", "97%", "97%"),
            ("公共泊位", "新增 1000 个", "新增 1002 个"),
            ("工业投资", "120 亿元", "143.16 亿元"),
            ("环境空气质量（AQI）优良率", "达到 90%", "87.4%"),
        };
        var path = folder.File("large.tsv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("# generated\nid\tcategory\tindicator\ttarget_text\tactual_text\n");
        for (var i = 1; i <= rows; i++)
        {
            var (indicator, target, actual) = phrases[i % phrases.Length];
            writer.Write($"{i}\t生成\t{indicator}{i % 100}\t{target}\t{actual}\n");
        }

        return path;
    }

    /// <summary>Counts what is written, without keeping it, and samples the managed heap as it goes.</summary>
    private sealed class Probe(Func<double?> position) : Stream
    {
        private readonly List<byte> _tail = [];
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private long _writes;

        public double? ReadWhenFirstWritten { get; private set; }

        public long PeakManagedBytes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public int Count(string text) => _counts.GetValueOrDefault(text);

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ReadWhenFirstWritten ??= position() ?? 0;
            // A full collection now and then measures what is alive, not garbage awaiting collection.
            if (++_writes % 128 == 0)
            {
                PeakManagedBytes = Math.Max(PeakManagedBytes, GC.GetTotalMemory(forceFullCollection: true));
            }

            // Count "row": markers across buffer boundaries by keeping a short tail.
            _tail.AddRange(buffer);
            var text = Encoding.UTF8.GetString([.. _tail]);
            var marker = "\"row\": ";
            var index = 0;
            while ((index = text.IndexOf(marker, index, StringComparison.Ordinal)) >= 0)
            {
                _counts[marker] = _counts.GetValueOrDefault(marker) + 1;
                index += marker.Length;
            }

            var keep = Math.Min(_tail.Count, marker.Length - 1);
            _tail.RemoveRange(0, _tail.Count - keep);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

public sealed class ProgressBarTests
{
    [Fact]
    public void Track_EveryFiveThousandRows_RedrawsTheBarInPlaceAndClearsItAtTheEnd()
    {
        using var stderr = new StringWriter();
        var share = 0.0;

        var rows = ProgressBar.Track(Enumerable.Range(1, 12_000), () => share += 0.4, stderr).ToList();

        rows.Count.ShouldBe(12_000);
        stderr.ToString().ShouldBe(
            "\r[############..................]  40% 5,000 rows" +
            "\r[########################......]  80% 10,000 rows" +
            "\r" + new string(' ', 60) + "\r");
    }

    [Fact]
    public void Track_PositionUnknown_CountsRowsWithoutABar()
    {
        using var stderr = new StringWriter();

        ProgressBar.Track(Enumerable.Range(1, 5_000), () => null, stderr).Count().ShouldBe(5_000);

        stderr.ToString().ShouldBe("\r5,000 rows\r" + new string(' ', 60) + "\r");
    }
}

/// <summary>Runs <see cref="StreamingTests"/> after the parallel collections, with nothing beside it.</summary>
[CollectionDefinition(nameof(StreamingTests), DisableParallelization = true)]
public sealed class StreamingCollection;
