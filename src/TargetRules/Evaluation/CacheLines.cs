using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace TargetRules.Evaluation;

/// <summary>Asks the processor to bring an object into the cache before it is read.</summary>
internal static class CacheLines
{
    private const int LineBytes = 64;

    /// <summary>Fetches the first <paramref name="lines"/> cache lines of <paramref name="item"/>; nothing where the processor has no prefetch instruction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch(object item, int lines)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        // A reference is the object's address. The collector may move the object before the line arrives; a
        // prefetch of an address that no longer holds it costs a wasted fetch, never a fault or a wrong read.
        var address = Unsafe.As<object, nint>(ref item);
        for (var i = 0; i < lines; i++)
        {
            Sse.Prefetch0((void*)(address + (i * LineBytes)));
        }
    }

    /// <summary>Fetches the cache line that holds <paramref name="element"/> (an array element, say).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref T element)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref element));
        }
    }
}
