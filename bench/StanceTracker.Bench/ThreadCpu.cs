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

    public static double SecondsOf(string threadName)
    {
        var name = threadName.Length > NameLength ? threadName[..NameLength] : threadName;
        const string tasks = "/proc/self/task";
        if (!Directory.Exists(tasks))
            return 0;
        var total = 0.0;
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') != name)
                    continue;
                // The command field may hold spaces; the fields after it start past its closing parenthesis.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                total += (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
            }
            catch (IOException)
            {
                // The thread ended between listing and reading: its time is no longer counted anywhere.
            }
        }
        return total;
    }
}
