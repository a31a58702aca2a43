using System.Runtime.ExceptionServices;

namespace TargetRules.Reporting;

/// <summary>
/// Ordered work ahead of the reader: items of a sequence are worked on by the thread pool, a few at a time
/// ahead of the one being read, and read back in order. No barrier waits for a whole round of work, so a
/// busy machine that holds up one worker holds up only the items behind it, and the reader never spins.
/// </summary>
internal static class Ahead
{
    /// <summary>
    /// <paramref name="work"/> applied to every item, in order, with up to 2 × <paramref name="workers"/> items
    /// in flight (1: each item in turn on the calling thread). An item the reader waits for that no worker has
    /// started is worked on by the reader itself. When reading <paramref name="source"/> fails, the items read
    /// before are returned, then the failure is thrown.
    /// </summary>
    public static IEnumerable<TOut> Select<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int workers)
    {
        if (workers <= 1)
        {
            foreach (var item in source)
            {
                yield return work(item);
            }

            yield break;
        }

        var window = new Queue<Item<TIn, TOut>>();
        ExceptionDispatchInfo? failure = null;
        var done = false;
        using (var items = source.GetEnumerator())
        {
            while (true)
            {
                while (!done && window.Count < 2 * workers)
                {
                    (done, failure) = Next(items);
                    if (!done)
                    {
                        var item = new Item<TIn, TOut>(items.Current, work);
                        ThreadPool.UnsafeQueueUserWorkItem(item, preferLocal: false);
                        window.Enqueue(item);
                    }
                }

                if (window.Count == 0)
                {
                    break;
                }

                yield return window.Dequeue().Result();
            }
        }

        failure?.Throw();
    }

    /// <summary>The items of <paramref name="source"/> in lists of up to <paramref name="size"/>; a failure to read comes after the items before it.</summary>
    public static IEnumerable<List<T>> Chunks<T>(IEnumerable<T> source, int size)
    {
        using var items = source.GetEnumerator();
        while (true)
        {
            var chunk = new List<T>(size);
            ExceptionDispatchInfo? failure = null;
            var done = false;
            while (chunk.Count < size && !done)
            {
                (done, failure) = Next(items);
                if (!done)
                {
                    chunk.Add(items.Current);
                }
            }

            if (chunk.Count > 0)
            {
                yield return chunk;
            }

            failure?.Throw();
            if (done)
            {
                yield break;
            }
        }
    }

    /// <summary>Moves to the next item: done at the end or on a failure, which is returned to throw later.</summary>
    private static (bool Done, ExceptionDispatchInfo? Failure) Next<T>(IEnumerator<T> items)
    {
        try
        {
            return (!items.MoveNext(), null);
        }
        catch (Exception e)
        {
            return (true, ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>
    /// One item's work, done once by whichever comes first: a pool thread, or the reader wanting the result.
    /// The reader waits without spinning: on a busy machine a spinning reader takes the core from the worker it waits for.
    /// </summary>
    private sealed class Item<TIn, TOut>(TIn input, Func<TIn, TOut> work) : IThreadPoolWorkItem
    {
        private readonly object _gate = new();
        private int _taken;
        private bool _done;
        private TOut? _result;
        private ExceptionDispatchInfo? _failure;

        public void Execute()
        {
            if (Interlocked.Exchange(ref _taken, 1) == 0)
            {
                Run();
            }
        }

        /// <summary>The result, worked out here if no pool thread has started on it; the work's exception is rethrown.</summary>
        public TOut Result()
        {
            if (Interlocked.Exchange(ref _taken, 1) == 0)
            {
                Run();
            }
            else
            {
                lock (_gate)
                {
                    while (!_done)
                    {
                        Monitor.Wait(_gate);
                    }
                }
            }

            _failure?.Throw();
            return _result!;
        }

        private void Run()
        {
            try
            {
                _result = work(input);
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }

            lock (_gate)
            {
                _done = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
