using System.Diagnostics;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Grains.Articles;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Bench;

/// <summary>
/// The storage stage of ingest alone: the statements of the corpora (extracted once, before the clock starts) appended
/// to the embedded statement log as the actor grains append them, one speaker's statements of one article per append,
/// many appends in flight so the group commit batches them. No silo, no extraction: what is left is the log's own
/// cost, and the writer thread's CPU per statement, which bounds ingest, can be compared between storage designs in
/// seconds and on a busy machine.
/// </summary>
public static class LogAppendBenchmark
{
    public static async Task RunAsync(BenchOptions options, BenchReport report)
    {
        report.Heading("Statement log appends (the storage stage of ingest)");
        var extractor = StanceExtractor.Load();
        var articles = CorpusArticles.WithCopies(options.Corpora().SelectMany(c => CorpusArticles.Read(c.Path)).ToList(), options.IngestCopies);
        var appends = new List<(string Speaker, IReadOnlyList<StatementRecord> Records)>();
        foreach (var article in articles)
        {
            var extracted = extractor.Extract(article);
            var published = article.Published ?? DateTimeOffset.UnixEpoch;
            foreach (var bySpeaker in extracted.Statements.GroupBy(s => s.Speaker.Id))
                appends.Add((bySpeaker.Key, [.. bySpeaker.Select(s => StatementMapping.ToRecord(extracted, s, published))]));
        }
        var statements = appends.Sum(a => a.Records.Count);
        report.Text($"{articles.Count} articles ({options.IngestCopies} re-dated copies of both corpora), {appends.Count} appends, {statements} statements; {options.Parallelism} appends in flight.");

        // A first pass on a throwaway database warms the code, as the ingest bench does.
        await AppendAllAsync(SqliteDurability.PowerLoss, appends.Take(Math.Min(appends.Count, 2_000)).ToList(), options.Parallelism);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var durability in new[] { SqliteDurability.PowerLoss, SqliteDurability.ProcessCrash })
        {
            var pass = await AppendAllAsync(durability, appends, options.Parallelism);
            var name = durability == SqliteDurability.PowerLoss ? "full" : "normal";
            rows.Add([durability == SqliteDurability.PowerLoss ? " power loss (WAL synced before acknowledging)" : " process crash (synchronous=NORMAL)", BenchReport.N(statements / pass.Seconds), BenchReport.N(1e6 * pass.WriterCpuSeconds / statements, 1),
                BenchReport.N(1e6 * pass.CpuSeconds / statements, 1), BenchReport.N(pass.Commits), BenchReport.N(appends.Count / (double)pass.Commits, 1),
                BenchReport.N(pass.DatabaseBytes / 1e6, 1), BenchReport.N(pass.WalBytesWritten / 1e6, 1)]);
            report.Add($"log_append.{name}.statements_per_s", statements / pass.Seconds, "statements/s");
            report.Add($"log_append.{name}.writer_cpu_us_per_statement", 1e6 * pass.WriterCpuSeconds / statements, "µs of writer-thread CPU per statement");
            report.Add($"log_append.{name}.cpu_us_per_statement", 1e6 * pass.CpuSeconds / statements, "µs of process CPU per statement");
            report.Add($"log_append.{name}.appends_per_commit", appends.Count / (double)pass.Commits, "speaker appends/commit");
            report.Add($"log_append.{name}.bytes_written_per_statement", pass.WalBytesWritten / (double)statements, "bytes written per statement");
        }
        report.Table([" durability", "statements/s", "writer CPU µs per statement", "process CPU µs per statement", "commits", "speaker appends per commit", "database MB", "MB written"], rows);
        report.Text("MB written: bytes the process wrote to files during the pass (/proc/self/io), WAL and checkpoints included.");
    }

    private sealed record Pass(double Seconds, double CpuSeconds, double WriterCpuSeconds, long Commits, long DatabaseBytes, long WalBytesWritten);

    private static async Task<Pass> AppendAllAsync(SqliteDurability durability, IReadOnlyList<(string Speaker, IReadOnlyList<StatementRecord> Records)> appends, int parallelism)
    {
        var data = Directory.CreateTempSubdirectory("stance-log-bench-").FullName;
        try
        {
            using var database = new SqliteDatabase(new StanceStorageOptions(data) { Durability = durability });
            var log = new SqliteStatementLog(database);
            var matcher = new RelayMatcher(new RelaySettings());
            var before = database.Writes.Counts;
            var writerBefore = ThreadCpu.SecondsOf(SqliteGroupCommit.WriterThreadName);
            var written = BytesWritten();
            var clock = new CpuClock();
            // As an actor grain does: one append in flight per speaker, and the calls that arrive meanwhile go into its next
            // append together.
            var speakers = new Dictionary<string, SpeakerQueue>(StringComparer.Ordinal);
            foreach (var (speaker, _) in appends)
                speakers.TryAdd(speaker, new SpeakerQueue(new SpeakerLog(log, matcher, speaker)));
            await Parallel.ForEachAsync(appends, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                async (append, _) => await speakers[append.Speaker].AppendAsync(append.Records));
            var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);
            var writerCpu = ThreadCpu.SecondsOf(SqliteGroupCommit.WriterThreadName) - writerBefore;
            var commits = database.Writes.Counts.Transactions - before.Transactions;
            var bytes = BytesWritten() - written;
            return new Pass(seconds, cpu, writerCpu, commits, new FileInfo(database.Path).Length, bytes);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    // write_bytes of /proc/self/io: what this process sent to the block layer (0 where there is no /proc).
    private static long BytesWritten()
    {
        const string io = "/proc/self/io";
        if (!File.Exists(io)) return 0;
        foreach (var line in File.ReadLines(io))
            if (line.StartsWith("write_bytes:", StringComparison.Ordinal))
                return long.Parse(line.AsSpan("write_bytes:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return 0;
    }

    /// <summary>One speaker's appends, batched as <c>ActorGrain.RecordAsync</c> batches them, relays decided as it decides them.</summary>
    private sealed class SpeakerQueue(SpeakerLog log)
    {
        private readonly object _gate = new();
        private List<(IReadOnlyList<StatementRecord> Records, TaskCompletionSource Done)> _queued = [];
        private bool _appending;

        // The speaker's highest logged position, where its next append starts from (as its grain's applied position).
        // Only the one drain running at a time touches it.
        private long _head;

        public Task AppendAsync(IReadOnlyList<StatementRecord> records)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _queued.Add((records, done));
                if (_appending)
                    return done.Task;
                _appending = true;
            }
            _ = DrainAsync();
            return done.Task;
        }

        private async Task DrainAsync()
        {
            while (true)
            {
                List<(IReadOnlyList<StatementRecord> Records, TaskCompletionSource Done)> batch;
                lock (_gate)
                {
                    if (_queued.Count == 0)
                    {
                        _appending = false;
                        return;
                    }
                    batch = _queued;
                    _queued = [];
                }
                try
                {
                    var appended = await log.AppendAsync(_head, [.. batch.SelectMany(b => b.Records)]);
                    if (appended.Count > 0)
                        _head = appended[^1].Sequence;
                    foreach (var (_, done) in batch)
                        done.SetResult();
                }
                catch (Exception ex)
                {
                    foreach (var (_, done) in batch)
                        done.SetException(ex);
                }
            }
        }
    }
}
