using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Extraction.Model;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Bench;

/// <summary>
/// The whole ingest path as `stance ingest` drives it, timed from the first article sent to the last acknowledged:
/// the client sends each article to its article grain, which extracts it in the silo, has each speaker's actor grain
/// append to the log (acknowledged after the group commit that carries it), registers new actors and marks the
/// article stored. The load is the two real corpora plus re-dated copies of them (new ids, dates moved 97 days per
/// copy), so the same actors gain statements over years. Re-ingesting the same articles is timed too.
/// </summary>
public static class IngestBenchmark
{
    public static async Task RunAsync(BenchOptions options, BenchReport report)
    {
        report.Heading("Ingest end to end");
        var real = options.Corpora().SelectMany(c => CorpusArticles.Read(c.Path)).ToList();
        var articles = CorpusArticles.WithCopies(real, options.IngestCopies);
        report.Text($"{articles.Count} articles: the {real.Count} of both corpora and {options.IngestCopies} re-dated copies; {options.Parallelism} articles in flight from the client.");
        var rows = new List<IReadOnlyList<string>>();

        // A silo runs for days; a bench process runs for minutes, and its first passes mostly measure the JIT. Not only the
        // first pass of the process: every new silo compiles thousands of methods of its own (its container's resolvers
        // among them), and the tiered compiler recompiles hot methods in the background, lagging on a loaded machine (a
        // profile of a timed pass on a fresh silo after a warm-up on another gave a quarter of the CPU to its thread).
        // So each timed silo is warmed itself: the real articles, re-dated years back with fresh ids, pass after pass until
        // a pass compiles few methods. The timed pass reports how many methods it compiled.
        // The process's first silo has the most to compile: a throwaway silo takes that first.
        var warmUps = new List<string>();
        await using (var throwaway = await BenchmarkSilo.StartAsync())
            warmUps.Add("throwaway silo " + await WarmUpAsync(throwaway.Grains, real, options));

        foreach (var durability in new[] { SqliteDurability.PowerLoss, SqliteDurability.ProcessCrash }
            .Where(d => options.IngestTargets.Contains(d == SqliteDurability.PowerLoss ? "full" : "normal")))
        {
            await using var silo = await BenchmarkSilo.StartAsync(durability);
            warmUps.Add(await WarmUpAsync(silo.Grains, real, options));
            var name = durability == SqliteDurability.PowerLoss ? "embedded" : "embedded_normal_sync";
            var label = durability == SqliteDurability.PowerLoss
                ? " embedded silo, SQLite, power-loss durability (acknowledged once the WAL is synced, off the writer thread)"
                : " embedded silo, SQLite, synchronous=NORMAL (acknowledged = survives a process crash)";
            var before = silo.Database.Writes.Counts;
            var writerBefore = silo.Database.Writes.WriterTime;
            var syncBefore = silo.Database.Writes.SyncCounts;
            var writerCpuBefore = ThreadCpu.SecondsOf(SqliteGroupCommit.WriterThreadName);
            var runtimeCpuBefore = RuntimeThreadsCpu();
            var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            var first = await IngestAsync(silo.Grains, articles, options.Parallelism);
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore;
            var after = silo.Database.Writes.Counts;
            var writerAfter = silo.Database.Writes.WriterTime;
            var syncAfter = silo.Database.Writes.SyncCounts;
            var writerCpu = ThreadCpu.SecondsOf(SqliteGroupCommit.WriterThreadName) - writerCpuBefore;
            var runtimeCpuAfter = RuntimeThreadsCpu();
            var jitCpu = ThreadCpu.Since(runtimeCpuBefore.Jit, runtimeCpuAfter.Jit);
            var gcCpu = ThreadCpu.Since(runtimeCpuBefore.Gc, runtimeCpuAfter.Gc);
            var again = await IngestAsync(silo.Grains, articles, options.Parallelism);
            var transactions = after.Transactions - before.Transactions;
            var batch = transactions == 0 ? 0 : (after.Writes - before.Writes) / (double)transactions;
            var running = (writerAfter.RunningWrites - writerBefore.RunningWrites).TotalSeconds;
            var committing = (writerAfter.Committing - writerBefore.Committing).TotalSeconds;
            var syncs = syncAfter.Syncs - syncBefore.Syncs;
            var syncMs = syncs == 0 ? 0 : 1000 * (syncAfter.Syncing - syncBefore.Syncing).TotalSeconds / syncs;
            var outsideWriter = 1000 * (first.CpuSeconds - writerCpu) / first.Articles;
            var rest = 1000 * (first.CpuSeconds - writerCpu - jitCpu - gcCpu) / first.Articles;
            rows.Add([label, BenchReport.N(first.ArticlesPerSecond), BenchReport.N(first.ArticlesPerCpuSecond), BenchReport.N(first.Statements / first.Seconds),
                BenchReport.N(transactions), BenchReport.N(batch, 1), BenchReport.Percent((running + committing) / first.Seconds),
                BenchReport.N(transactions == 0 ? 0 : 1000 * committing / transactions, 1),
                syncs == 0 ? "—" : $"{BenchReport.N(syncs)} × {BenchReport.N(syncMs, 1)} ms", BenchReport.N(1000 * writerCpu / first.Articles, 2),
                BenchReport.N(outsideWriter, 2), BenchReport.N(1000 * jitCpu / first.Articles, 2), BenchReport.N(1000 * gcCpu / first.Articles, 2),
                BenchReport.N(rest, 2), BenchReport.N(first.AllocatedKbPerArticle), BenchReport.N(jitted), BenchReport.N(again.ArticlesPerSecond)]);
            report.Add($"ingest.{name}.outside_writer_cpu_ms_per_article", outsideWriter, "ms of CPU per article on every thread but the writer");
            report.Add($"ingest.{name}.jit_thread_cpu_ms_per_article", 1000 * jitCpu / first.Articles, "ms of CPU per article on the tiered compiler's background thread");
            report.Add($"ingest.{name}.gc_threads_cpu_ms_per_article", 1000 * gcCpu / first.Articles, "ms of CPU per article on the garbage collector's threads");
            report.Add($"ingest.{name}.other_threads_cpu_ms_per_article", rest, "ms of CPU per article on the remaining threads (silo and client work)");
            report.Add($"ingest.{name}.allocated_kb_per_article", first.AllocatedKbPerArticle, "KB allocated per article (whole process)");
            report.Add($"ingest.{name}.methods_jitted", jitted, "methods compiled during the timed pass");
            report.Add($"ingest.{name}.writer_cpu_ms_per_article", 1000 * writerCpu / first.Articles, "ms of writer-thread CPU per article");
            report.Add($"ingest.{name}.writer_busy", (running + committing) / first.Seconds, "share of wall clock");
            report.Add($"ingest.{name}.commit_ms", transactions == 0 ? 0 : 1000 * committing / transactions, "ms per commit on the writer thread");
            report.Add($"ingest.{name}.syncs", syncs, "WAL syncs off the writer thread");
            report.Add($"ingest.{name}.sync_ms", syncMs, "ms per WAL sync");
            report.Add($"ingest.{name}.articles_per_s", first.ArticlesPerSecond, "articles/s");
            report.Add($"ingest.{name}.statements_per_s", first.Statements / first.Seconds, "statements/s");
            report.Add($"ingest.{name}.articles_per_cpu_s", first.ArticlesPerCpuSecond, "articles per CPU-second");
            report.Add($"ingest.{name}.writes_per_commit", batch, "writes/transaction");
            report.Add($"ingest.{name}.reingest_articles_per_s", again.ArticlesPerSecond, "articles/s");
            if (durability == SqliteDurability.PowerLoss && ExtractionBenchmark.AllCoresArticlesPerSecond > 0)
                report.Add("ingest.embedded.share_of_extraction", first.ArticlesPerSecond / ExtractionBenchmark.AllCoresArticlesPerSecond, "ratio");
        }

        foreach (var profile in options.IngestTargets.Contains("cluster") ? options.ClusterProfiles : [])
        {
            await using var cluster = await ClusterProfile.StartAsync(profile, options);
            warmUps.Add($"{profile}: " + await WarmUpAsync(cluster.Grains, real, options));
            var serversBefore = ServerCpu.ByProcess();
            var first = await IngestAsync(cluster.Grains, articles, options.Parallelism);
            var serversCpu = ThreadCpu.Since(serversBefore, ServerCpu.ByProcess());
            var again = await IngestAsync(cluster.Grains, articles, options.Parallelism);
            var counts = cluster.Databases.Select(d => d.Writes.Counts).ToList();
            var transactions = counts.Sum(c => c.Transactions);
            var batch = transactions == 0 ? 0 : counts.Sum(c => c.Writes) / (double)transactions;
            // On the server profile the log's writes run in PostgreSQL's backends: count their CPU beside this process's.
            var withServers = first.Articles / (first.CpuSeconds + serversCpu);
            var perCpu = profile == ClusterProfile.RedisPostgres
                ? $"{BenchReport.N(first.ArticlesPerCpuSecond)} ({BenchReport.N(withServers)} with the servers' CPU)"
                : BenchReport.N(first.ArticlesPerCpuSecond);
            rows.Add([$" {profile}: {cluster.Description}", BenchReport.N(first.ArticlesPerSecond), perCpu,
                BenchReport.N(first.Statements / first.Seconds), counts.Count == 0 ? "—" : BenchReport.N(transactions), counts.Count == 0 ? "—" : BenchReport.N(batch, 1),
                "", "", "", "", "", "", "", "", BenchReport.N(first.AllocatedKbPerArticle), "", BenchReport.N(again.ArticlesPerSecond)]);
            // The shared-SQLite keys keep their old names, so summaries of earlier rounds compare.
            var key = profile == ClusterProfile.SharedSqlite ? "ingest.two_silos" : "ingest.cluster_redis_postgres";
            report.Add($"{key}.articles_per_s", first.ArticlesPerSecond, "articles/s");
            report.Add($"{key}.statements_per_s", first.Statements / first.Seconds, "statements/s");
            report.Add($"{key}.articles_per_cpu_s", first.ArticlesPerCpuSecond, "articles per CPU-second");
            report.Add($"{key}.reingest_articles_per_s", again.ArticlesPerSecond, "articles/s");
            if (profile == ClusterProfile.RedisPostgres)
            {
                report.Add($"{key}.server_cpu_ms_per_article", 1000 * serversCpu / first.Articles, "ms of CPU per article in the local PostgreSQL and Redis processes");
                report.Add($"{key}.articles_per_cpu_s_with_servers", withServers, "articles per CPU-second, this process and the local servers");
            }
        }

        report.Text($"Warm-up of each silo before its timed pass: {string.Join("; ", warmUps)}.");
        report.Table([" target", "articles/s", "articles per CPU-s", "statements/s", "commits", "writes/commit", "writer busy", "ms per commit", "WAL syncs", "writer CPU ms per article", "CPU ms per article outside the writer", "of which JIT thread", "of which GC threads", "of which the rest", "KB allocated per article", "methods JIT-compiled", "re-ingest articles/s"], rows);
        if (ExtractionBenchmark.AllCoresArticlesPerSecond > 0)
            report.Text($"Extraction alone on all cores managed {BenchReport.N(ExtractionBenchmark.AllCoresArticlesPerSecond)} articles/s on the real corpora.");
        report.Text("Articles per CPU-second: divided by the process's CPU time (all its threads: client, silo, extraction, SQLite writer), so other processes' use of the shared cores does not count; on the Redis and PostgreSQL profile also with the CPU the local server processes spent in the timed pass (PostgreSQL's backends run the log's writes there). CPU outside the writer: the process's CPU less the writer thread's, per article; of it, the tiered compiler's background thread (methods still being recompiled after the warm-up: a cost of the bench's short life, not of a running silo), the garbage collector's threads, and the rest (extraction, Orleans messaging and activation, serialisation, allocation, the bench's client). Allocated: bytes allocated by the whole process during the timed pass (GC.GetTotalAllocatedBytes), per article.");
    }

    // A warm-up pass that compiles no more than this many methods counts as warm; a few passes at most, so a machine
    // whose compiler never settles still gets measured (the timed passes report what they compiled).
    private const int QuietJit = 100;
    private const int MaxWarmUpPasses = 3;

    // Warms a silo with the real articles moved years before the timed load, under fresh ids, until a pass compiles
    // few methods; returns what it did, for the report.
    private static async Task<string> WarmUpAsync(IGrainFactory grains, IReadOnlyList<ArticleText> real, BenchOptions options)
    {
        var clock = new CpuClock();
        var passes = 0;
        long compiled;
        do
        {
            passes++;
            var round = passes;
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            await IngestAsync(grains, [.. real.Select(a => a with { Id = $"{ArticleIdentity.For(a)}-warm{round}", Published = a.Published?.AddDays(-1000 * round) })],
                options.Parallelism);
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
        } while (compiled > QuietJit && passes < (options.Quick ? 1 : MaxWarmUpPasses));
        var settled = await JitSettledAsync(options.Quick ? TimeSpan.FromSeconds(2) : MaxJitSettle);
        return $"{passes} pass{(passes == 1 ? "" : "es")} in {BenchReport.N(clock.Seconds, 1)} s, the last compiling {BenchReport.N(compiled)} methods, "
            + $"then {BenchReport.N(settled.Compiled)} more compiled in {BenchReport.N(settled.Seconds, 1)} s idle";
    }

    // The tiered compiler promotes hot methods in the background only once it has seen a short pause in new compilations,
    // so a silo busy compiling leaves a backlog (start-up code among it: the lexicon loader, the container's
    // registrations) that a timed pass right after the warm-up then pays for: 1,000-3,500 methods and a quarter of the
    // CPU outside the writer in the fifth round's timed passes. Idling until a second passes with (almost) nothing
    // compiled lets it drain, as it would in a silo that has run for a minute.
    private static readonly TimeSpan MaxJitSettle = TimeSpan.FromSeconds(30);

    private static async Task<(long Compiled, double Seconds)> JitSettledAsync(TimeSpan limit)
    {
        var clock = new CpuClock();
        var start = System.Runtime.JitInfo.GetCompiledMethodCount();
        var last = start;
        while (clock.Seconds < limit.TotalSeconds)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now - last <= 5)
                break;
            last = now;
        }
        return (System.Runtime.JitInfo.GetCompiledMethodCount() - start, clock.Seconds);
    }

    // The runtime's own named threads (Linux keeps the first 15 bytes of a name): the tiered compiler's background
    // worker (ended when idle and started again: counted per thread), and the server GC's and background GC's threads.
    private static (Dictionary<string, double> Jit, Dictionary<string, double> Gc) RuntimeThreadsCpu() =>
        (ThreadCpu.ByThread(".NET Tiered Compilation Worker"), ThreadCpu.ByThread(".NET Server GC", ".NET BGC"));

    private sealed record Pass(int Articles, int Statements, double Seconds, double CpuSeconds, long AllocatedBytes)
    {
        public double AllocatedKbPerArticle => AllocatedBytes / 1024.0 / Articles;

        public double ArticlesPerCpuSecond => Articles / CpuSeconds;

        public double ArticlesPerSecond => Articles / Seconds;
    }

    private static async Task<Pass> IngestAsync(IGrainFactory grains, IReadOnlyList<ArticleText> articles, int parallelism)
    {
        var statements = 0;
        var failures = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var clock = new CpuClock();
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (article, _) =>
        {
            var id = ArticleIdentity.For(article);
            var outcome = await grains.GetGrain<IArticleGrain>(id).IngestAsync(new ArticleSubmission(
                id, article.Title, article.Source, article.Url, article.Published, article.Language, article.Text, article.Path));
            if (outcome.Status == IngestStatus.Stored)
                Interlocked.Add(ref statements, outcome.Statements);
            else if (outcome.Status == IngestStatus.Rejected)
                Interlocked.Increment(ref failures);
        });
        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        if (failures > 0)
            Console.Error.WriteLine($"ingest: {failures} articles were rejected");
        return new Pass(articles.Count, statements, seconds, cpu, allocated);
    }
}
