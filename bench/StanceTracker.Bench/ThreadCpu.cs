namespace StanceTracker.Bench;

/// <summary>
/// CPU time of this process's threads with a given name, read from /proc (Linux). The SQLite writer is one named
/// thread, so its CPU time says how much of ingest's bound is its own work, apart from the time it waited for a sync
/// or for a core shared with other processes. Elsewhere (no /proc) it reads zero.
/// </summary>
public static class ThreadCpu
{
    // Linux keeps the first 15 bytes of a thread's name.
    private const int NameLength = 15;

    // utime and stime are in clock ticks; 100 per second on every Linux this runs on (sysconf(_SC_CLK_TCK)).
    private const double TicksPerSecond = 100;

    public static double SecondsOf(string threadName) => ByThread(threadName).Values.Sum();

    /// <summary>
    /// CPU time of each live thread with one of the given names, by thread id. The runtime ends some of its threads when
    /// idle (the tiered compiler's worker) and starts new ones: compare two of these per thread id (<see cref="Since"/>).
    /// </summary>
    public static Dictionary<string, double> ByThread(params string[] threadNames)
    {
        var names = threadNames.Select(n => n.Length > NameLength ? n[..NameLength] : n).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        const string tasks = "/proc/self/task";
        if (!Directory.Exists(tasks))
            return found;
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                if (!names.Contains(File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n')))
                    continue;
                found[Path.GetFileName(task)] = SecondsInStat(File.ReadAllText(Path.Combine(task, "stat")));
            }
            catch (IOException)
            {
                // The thread ended between listing and reading: its time is no longer counted anywhere.
            }
        }
        return found;
    }

    /// <summary>User plus system CPU seconds in the text of a /proc stat file (a process's or a thread's).</summary>
    public static double SecondsInStat(string stat)
    {
        // The command field may hold spaces; the fields after it start past its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }

    /// <summary>CPU time the threads alive now spent since <paramref name="before"/> (a thread that ended in between is lost).</summary>
    public static double Since(Dictionary<string, double> before, Dictionary<string, double> now) =>
        now.Sum(t => t.Value - before.GetValueOrDefault(t.Key));
}
