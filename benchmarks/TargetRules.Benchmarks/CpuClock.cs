using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TargetRules.Benchmarks;

/// <summary>
/// The CPU time of the calling thread, in nanoseconds. The machine the quick mode runs on is often shared;
/// CPU time leaves out the time other processes hold the core, which wall-clock time does not. Falls back to
/// the wall clock where the thread clock is not available (anything but Linux).
/// </summary>
public static class CpuClock
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    public static bool IsThreadTime { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static double Now() => IsThreadTime && TryRead(out var ns) ? ns : Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency);

    /// <summary>
    /// For work spread over threads: one warm-up run, then the best of <paramref name="runs"/> in the whole
    /// process's CPU time and in wall time, per item.
    /// </summary>
    public static (double Cpu, double Wall) ProcessPerItem(Action action, int items, int runs)
    {
        using var process = Process.GetCurrentProcess();
        action();
        var (cpu, wall) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            var wallNs = clock.Elapsed.TotalNanoseconds;
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - before).TotalNanoseconds / items);
            wall = Math.Min(wall, wallNs / items);
        }

        return (cpu, wall);
    }

    private static bool TryRead(out double nanoseconds)
    {
        try
        {
            if (clock_gettime(ThreadCpuTime, out var spec) == 0)
            {
                nanoseconds = spec.Seconds * 1e9 + spec.Nanoseconds;
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        nanoseconds = 0;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec spec);
}
