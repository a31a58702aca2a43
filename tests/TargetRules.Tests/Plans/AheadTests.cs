using System.Collections.Concurrent;
using TargetRules.Plans;

namespace TargetRules.Tests.Plans;

/// <summary>
/// The ordered work-ahead that the batch evaluator and the JSON report share: results in order from background workers of its own, at most two items
/// per worker in flight, nothing started once the reader stops, failures of the work rethrown in order, chunks of
/// the size asked. Waits are bounded, so a broken Ahead fails these tests instead of hanging them.
/// </summary>
public sealed class AheadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    // Two items are worked on at the same time (each waits for the other), on named background threads that
    // end, woken from their wait for work, once every item is read.
    [Fact]
    public void Select_TwoWorkers_ItemsWorkedAtOnceOnBackgroundWorkersThatEnd()
    {
        using var both = new CountdownEvent(2);
        var workers = new ConcurrentBag<(Thread Thread, bool Background)>();

        var results = Ahead.Select(Enumerable.Range(1, 6), i =>
        {
            if (Thread.CurrentThread.Name == "TargetRules worker")
            {
                workers.Add((Thread.CurrentThread, Thread.CurrentThread.IsBackground));
            }

            if (i <= 2)
            {
                both.Signal();
                return both.Wait(Patience) ? i * 10 : -1;
            }

            return i * 10;
        }, workers: 2).ToList();

        results.ShouldBe([10, 20, 30, 40, 50, 60]);
        workers.ShouldNotBeEmpty();
        workers.ShouldAllBe(w => w.Background);
        workers.ShouldAllBe(w => w.Thread.Join(Patience));
    }

    // The source pauses before its end, so the workers have run out of work and wait for more: the end of the
    // sequence wakes them, and they end.
    [Fact]
    public void Select_WorkersIdleWhenTheSourceEnds_WorkersWokenAndEnd()
    {
        var workers = new ConcurrentBag<Thread>();

        var results = Ahead.Select(PausingBeforeTheEnd(4), i =>
        {
            if (Thread.CurrentThread.Name == "TargetRules worker")
            {
                workers.Add(Thread.CurrentThread);
            }

            return i;
        }, workers: 2).ToList();

        results.ShouldBe([1, 2, 3, 4]);
        workers.ShouldNotBeEmpty();
        workers.ShouldAllBe(w => w.Join(Patience));
    }

    // One worker: every item in turn on the calling thread, none on a thread of its own.
    [Fact]
    public void Select_OneWorker_EveryItemOnTheCallingThread()
    {
        var caller = Environment.CurrentManagedThreadId;

        var threads = Ahead.Select(Enumerable.Range(1, 20), _ =>
        {
            Thread.Sleep(2);
            return Environment.CurrentManagedThreadId;
        }, workers: 1).ToList();

        threads.ShouldAllBe(t => t == caller);
    }

    // The first result comes once two items per worker have been read, not more.
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Select_FirstResult_TwoItemsPerWorkerReadAhead(int workers)
    {
        var read = 0;

        var first = Ahead.Select(Counting(100, () => read++), i => i, workers).First();

        first.ShouldBe(1);
        read.ShouldBe(2 * workers);
    }

    // The reader stops after the first result: items still queued are dropped, not worked on, and the workers end.
    [Fact]
    public void Select_ReaderStopsEarly_QueuedItemsNotWorkedAndWorkersEnd()
    {
        using var release = new ManualResetEventSlim();
        var worked = 0;
        var threads = new ConcurrentBag<Thread>();

        var first = Ahead.Select(Enumerable.Range(1, 100), i =>
        {
            Interlocked.Increment(ref worked);
            threads.Add(Thread.CurrentThread);
            if (i > 1)
            {
                release.Wait(Patience);
            }

            return i;
        }, workers: 2).First();
        release.Set();

        first.ShouldBe(1);
        threads.Where(t => t.Name == "TargetRules worker").ShouldAllBe(t => t.Join(Patience));
        worked.ShouldBeLessThanOrEqualTo(3);
    }

    // Work that fails fails the read of its item, after the items before it.
    [Fact]
    public void Select_WorkFails_ItemsBeforeThenTheSameException()
    {
        var seen = new List<int>();

        var thrown = Should.Throw<InvalidOperationException>(() =>
        {
            foreach (var result in Ahead.Select(Enumerable.Range(1, 50), i => i == 30 ? throw new InvalidOperationException("item 30") : i, workers: 2))
            {
                seen.Add(result);
            }
        });

        thrown.Message.ShouldBe("item 30");
        seen.ShouldBe(Enumerable.Range(1, 29));
    }

    [Theory]
    [InlineData(10, 3, new[] { 3, 3, 3, 1 })]
    [InlineData(6, 3, new[] { 3, 3 })]
    [InlineData(0, 3, new int[0])]
    public void Chunks_Items_ListsOfTheSizeAskedLastOneShorter(int items, int size, int[] sizes)
    {
        var chunks = Ahead.Chunks(Enumerable.Range(1, items), size).ToList();

        chunks.Select(c => c.Count).ShouldBe(sizes);
        chunks.SelectMany(c => c).ShouldBe(Enumerable.Range(1, items));
    }

    private static IEnumerable<int> PausingBeforeTheEnd(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return i;
        }

        Thread.Sleep(300);
    }

    private static IEnumerable<int> Counting(int count, Action read)
    {
        for (var i = 1; i <= count; i++)
        {
            read();
            yield return i;
        }
    }
}
