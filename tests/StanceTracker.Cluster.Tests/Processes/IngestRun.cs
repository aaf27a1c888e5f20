using System.Text.Json;
using StanceTracker.EndToEnd.Tests;

namespace StanceTracker.Cluster.Tests.Processes;

/// <summary>
/// A `stance ingest --report FILE` process, with its report lines collected as they appear and stamped with the time
/// they were seen, so a test can act mid-ingest and measure when retried articles landed.
/// </summary>
public sealed class IngestRun : IAsyncDisposable
{
    private readonly RunningProcess _process;
    private readonly string _reportPath;
    private readonly List<(DateTime SeenAt, IngestLine Line)> _lines = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watcher;
    private int _consumed;

    private IngestRun(RunningProcess process, string reportPath)
    {
        _process = process;
        _reportPath = reportPath;
        _watcher = Task.Run(WatchAsync);
    }

    public static IngestRun Start(SiloCluster cluster, params string[] paths)
    {
        var report = Path.Combine(Directory.CreateTempSubdirectory("stance-report-").FullName, "report.jsonl");
        var process = cluster.Console(["ingest", .. paths, "--report", report]);
        return new IngestRun(process, report);
    }

    public string Output => _process.Output;

    public IReadOnlyList<(DateTime SeenAt, IngestLine Line)> Lines
    {
        get { lock (_lines) return [.. _lines]; }
    }

    public async Task WaitForReportedAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Lines.Count < count)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The console ended after {Lines.Count} articles, before {count}:\n{Output}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Only {Lines.Count} of {count} articles reported within {timeout}:\n{Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for the console to finish; returns its exit code once every report line has been read.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        var exit = await _process.WaitForExitAsync(timeout);
        await _stop.CancelAsync();
        await _watcher;
        ReadNew(); // the last lines, written just before exit
        return exit;
    }

    private async Task WatchAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            ReadNew();
            try { await Task.Delay(100, _stop.Token); } catch (OperationCanceledException) { }
        }
    }

    private void ReadNew()
    {
        if (!File.Exists(_reportPath)) return;
        string text;
        using (var stream = new FileStream(_reportPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream))
            text = reader.ReadToEnd();
        var complete = text.LastIndexOf('\n') + 1; // a line still being written waits for the next read
        var now = DateTime.UtcNow;
        lock (_lines)
        {
            foreach (var line in text[_consumed..complete].Split('\n', StringSplitOptions.RemoveEmptyEntries))
                _lines.Add((now, JsonSerializer.Deserialize<IngestLine>(line, IngestLine.Json)!));
            _consumed = complete;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watcher;
        await _process.DisposeAsync();
    }
}

/// <summary>One line of the console's ingest report.</summary>
public sealed record IngestLine(string Article, string? Path, string Status, int Statements, int Attempts, string? Reason)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The console told the user this article is in the cluster (new now, or found already there).</summary>
    public bool ReportedStored => Status is "Stored" or "AlreadyKnown";
}
