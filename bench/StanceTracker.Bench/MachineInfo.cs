using System.Runtime.InteropServices;

namespace StanceTracker.Bench;

/// <summary>The machine a run was made on, read from the OS, and how busy it was (other processes share the cores).</summary>
public static class MachineInfo
{
    public static string Cpu() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        ?? RuntimeInformation.ProcessArchitecture.ToString();

    public static string Memory()
    {
        var line = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal));
        return line is null ? "unknown" : $"{long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F1} GiB";
    }

    /// <summary>The 1-, 5- and 15-minute load averages: above the core count, other work was competing with the run.</summary>
    public static string Load() => ReadLines("/proc/loadavg").FirstOrDefault() is { } line ? string.Join(' ', line.Split(' ').Take(3)) : "unknown";

    public static double LoadOneMinute() =>
        ReadLines("/proc/loadavg").FirstOrDefault() is { } line ? double.Parse(line.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) : double.NaN;

    public static void Describe(BenchReport report)
    {
        report.Table(["machine", " value"],
        [
            ["cores", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ["CPU", Cpu()],
            ["RAM", Memory()],
            ["OS", RuntimeInformation.OSDescription],
            [".NET", RuntimeInformation.FrameworkDescription],
            ["GC", System.Runtime.GCSettings.IsServerGC ? "server" : "workstation"],
            ["load average at start (1, 5, 15 min)", Load()],
        ]);
        report.Add("machine.cores", Environment.ProcessorCount, "cores");
        report.Add("machine.load_at_start", LoadOneMinute(), "runnable processes (1-min average)");
    }

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
