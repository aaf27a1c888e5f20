using System.Diagnostics;

namespace StanceTracker.Bench;

/// <summary>
/// Wall-clock and process CPU time of one piece of work. On a machine whose cores are shared with other work, the
/// wall clock counts their time too; work per CPU-second does not, and times the core count bounds what dedicated
/// cores would do.
/// </summary>
public sealed class CpuClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Cpu();

    public double Seconds => _wall.Elapsed.TotalSeconds;

    public double CpuSeconds => (Cpu() - _cpuAtStart).TotalSeconds;

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
