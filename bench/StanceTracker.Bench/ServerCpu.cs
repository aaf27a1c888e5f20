namespace StanceTracker.Bench;

/// <summary>
/// CPU time of the database and membership servers running on this machine (processes named <c>postgres</c> and
/// <c>redis-server</c>), read from /proc. On the server profile the statement log's writes run in PostgreSQL's
/// backends, not in this process: articles per CPU-second that left them out would make that profile look cheaper
/// than it is. Servers on other machines are not seen, and say so by reading zero.
/// </summary>
public static class ServerCpu
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "postgres", "redis-server" };

    /// <summary>CPU seconds of each live server process, by process id.</summary>
    public static Dictionary<string, double> ByProcess()
    {
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc"))
            return found;
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            var id = Path.GetFileName(process);
            if (!id.All(char.IsAsciiDigit))
                continue;
            try
            {
                if (!Names.Contains(File.ReadAllText(Path.Combine(process, "comm")).TrimEnd('\n')))
                    continue;
                found[id] = ThreadCpu.SecondsInStat(File.ReadAllText(Path.Combine(process, "stat")));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Ended between listing and reading, or not ours to read: its time is not counted.
            }
        }
        return found;
    }
}
