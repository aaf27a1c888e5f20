using System.Runtime.InteropServices;

namespace StanceTracker.Bench;

/// <summary>
/// CPU time of the calling thread to the nanosecond (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), for micro-measures that
/// take milliseconds: /proc's clock ticks (10 ms) are too coarse for them, and the process's time counts the compiler's
/// and the collector's threads too. Elsewhere it reads zero and callers report the wall clock only.
/// </summary>
public static class ThreadClock
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport, not LibraryImport: the generated marshaller would need unsafe code enabled for this project, for one
    // blittable struct that needs no marshalling.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ThreadCpuTime, out var time) != 0)
            return 0;
        return time.Seconds + time.Nanoseconds / 1e9;
    }
}
