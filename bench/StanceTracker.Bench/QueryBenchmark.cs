using System.Diagnostics;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Api.Network;
using StanceTracker.Api.Queries;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Grains.Shifts;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace StanceTracker.Bench;

/// <summary>
/// The analyst's questions against StanceTracker and against the SQL baseline, on the same synthetic statements, in
/// the same process and run. Load path: statements go into StanceTracker through its own statement log
/// (<see cref="SpeakerLog.AppendAsync"/>, each speaker's in chunks of 500 one after another, as its grain appends, and
/// many speakers in flight, so the group commit batches them) and actors through the directory grain; actor grains build their aggregates when first activated,
/// by replaying the log (the recovery path, timed here as "activate every actor"). The baseline gets the same rows
/// by bulk insert, then its indexes. Each query kind runs over the same sample of questions on both systems: one
/// untimed pass (activations, page cache), a timed pass one query at a time (latency percentiles), and a pass with
/// 16 queries in flight (throughput).
/// </summary>
public static class QueryBenchmark
{
    private const int InFlight = 16;

    /// <summary>Speakers listed per side in the target question: what the HTTP API and the console list by default.</summary>
    private const int StandingTop = StanceQueries.DefaultStandingTop;

    /// <summary>Wall-clock time the throughput pass of one kind on one system may take.</summary>
    private static readonly TimeSpan ThroughputBudget = TimeSpan.FromSeconds(15);

    private static readonly DateTimeOffset WindowFrom = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowTo = new(2019, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(BenchOptions options, BenchReport report)
    {
        report.Heading("Queries: StanceTracker and the SQL baseline");
        var extractor = StanceExtractor.Load();
        var templates = SyntheticLoad.Templates(extractor, options.Corpora().Select(c => c.Path));
        var load = new SyntheticLoad(templates, options.Actors);
        report.Text($"""
            Synthetic statements from {templates.Count} real ones (both corpora), over {options.Actors:N0} actors (Zipf speakers and targets) and {SyntheticLoad.Days} days from {SyntheticLoad.FirstDay:yyyy-MM-dd}.
            Latency: one query at a time, {options.QueriesPerKind} questions per kind (the same on both systems), after one untimed pass. Throughput: {InFlight} in flight, up to 2,000 questions or {ThroughputBudget.TotalSeconds:N0} s per kind and system.
            Network export: the positions network of one calendar month (every month of the synthetic years), built by the client host's NetworkBuilder and written as GraphML; both systems give the builder the same grouped positions.
            """);
        foreach (var scale in options.Scales)
        {
            // One table per scale, printed as soon as it is measured: a long run stopped early keeps what it finished.
            var rows = new List<IReadOnlyList<string>>();
            await RunScaleAsync(options, report, load, scale, rows);
            string[] columns = ["statements", " query", "StanceTracker p50 / p95 / p99 µs", "queries/s", "SQLite baseline p50 / p95 / p99 µs", "queries/s", "SQLite/StanceTracker p50", "p99"];
            report.Table(options.Postgres is null
                ? columns
                : [.. columns, "PostgreSQL baseline p50 / p95 / p99 µs", "queries/s", "PostgreSQL/StanceTracker p50", "p99"], rows);
        }
    }

    // Returns the speaker's log head after the parts: where its next append starts from, as its grain's applied position.
    private static async Task<(string Speaker, long Head)> AppendInPartsAsync(SpeakerLog speaker, long head, IEnumerable<StatementRecord> statements)
    {
        foreach (var part in statements.Chunk(500))
        {
            var appended = await speaker.AppendAsync(head, part);
            if (appended.Count > 0)
                head = appended[^1].Sequence;
        }
        return (speaker.ActorId, head);
    }

    private static async Task RunScaleAsync(BenchOptions options, BenchReport report, SyntheticLoad load, int scale, List<IReadOnlyList<string>> rows)
    {
        await using var silo = await BenchmarkSilo.StartAsync();
        var log = silo.Services.GetRequiredService<IStatementLog>();
        var matcher = silo.Services.GetRequiredService<RelayMatcher>();
        var settings = silo.Services.GetRequiredService<ShiftSettings>();
        var prefix = $"queries.{scale}";

        // Load StanceTracker through its log, the baseline by bulk insert.
        var loadClock = new CpuClock();
        await silo.Grains.GetGrain<IActorDirectoryGrain>(0).RegisterAsync(load.Actors);
        var pending = new List<Task<(string Speaker, long Head)>>();
        var heads = new Dictionary<string, long>(StringComparer.Ordinal);
        var sample = new List<(string Actor, string Target)>();
        var random = new Random(11);
        var seen = 0;
        foreach (var chunk in load.Statements(scale).Chunk(20_000))
        {
            foreach (var statement in chunk)
            {
                // Questions follow the data: a uniform sample of (speaker, target) pairs of statements (reservoir).
                foreach (var stance in statement.Stances.Take(1))
                {
                    seen++;
                    if (sample.Count < options.QueriesPerKind) sample.Add((statement.SpeakerId, stance.TargetId));
                    else if (random.Next(seen) < options.QueriesPerKind) sample[random.Next(options.QueriesPerKind)] = (statement.SpeakerId, stance.TargetId);
                }
            }
            // One speaker's parts one after another, as its actor grain appends them; many speakers at once.
            foreach (var speaker in chunk.GroupBy(s => s.SpeakerId))
                pending.Add(AppendInPartsAsync(new SpeakerLog(log, matcher, speaker.Key), heads.GetValueOrDefault(speaker.Key), speaker));
            foreach (var (speaker, head) in await Task.WhenAll(pending))
                heads[speaker] = head;
            pending.Clear();
        }
        var (loadSeconds, loadCpu) = (loadClock.Seconds, loadClock.CpuSeconds);

        await using var baseline = new SqliteBaseline(silo.DataDirectory);
        var clock = Stopwatch.StartNew();
        await baseline.LoadAsync(load.Statements(scale), load.Actors);
        var baselineSeconds = clock.Elapsed.TotalSeconds;
        await using var postgres = options.Postgres is { } server ? await PostgresBaseline.CreateAsync(server) : null;
        var postgresSeconds = 0.0;
        if (postgres is not null)
        {
            clock.Restart();
            await postgres.LoadAsync(load.Statements(scale), load.Actors);
            postgresSeconds = clock.Elapsed.TotalSeconds;
            report.Add($"{prefix}.postgres_baseline_load_s", postgresSeconds, "s");
        }

        // Every actor active, so the silo holds the whole model: the memory figures below are per active actor grain.
        var memoryBefore = Heap();
        clock.Restart();
        await Parallel.ForEachAsync(load.Actors, new ParallelOptions { MaxDegreeOfParallelism = InFlight },
            async (actor, _) => await silo.Grains.GetGrain<IActorGrain>(actor.Id).GetSummaryAsync());
        var activateSeconds = clock.Elapsed.TotalSeconds;
        var memoryAfter = Heap();
        var perGrain = (memoryAfter - memoryBefore) / (double)load.Actors.Count;

        report.Text($"""

            **{scale:N0} statements.** Loaded into StanceTracker's log in {loadSeconds:F1} s ({scale / loadSeconds:N0} statements/s, {scale / loadCpu:N0} per CPU-second); into the SQLite baseline in {baselineSeconds:F1} s with its indexes{(postgres is null ? "" : $", into the PostgreSQL baseline (COPY) in {postgresSeconds:F1} s")}.
            Activating all {load.Actors.Count:N0} actor grains (each replays its log) took {activateSeconds:F1} s; managed heap {memoryBefore / 1048576.0:N0} → {memoryAfter / 1048576.0:N0} MB, {perGrain / 1024:N1} KB per active actor grain; process working set {Environment.WorkingSet / 1048576.0:N0} MB.
            """);
        report.Add($"{prefix}.load.statements_per_s", scale / loadSeconds, "statements/s");
        report.Add($"{prefix}.load.statements_per_cpu_s", scale / loadCpu, "statements per CPU-second");
        report.Add($"{prefix}.baseline_load_s", baselineSeconds, "s");
        report.Add($"{prefix}.activate_all_actors_s", activateSeconds, "s");
        report.Add($"{prefix}.memory_per_actor_grain", perGrain / 1024, "KB");
        report.Add($"{prefix}.silo_heap", memoryAfter / 1048576.0, "MB");
        report.Add($"{prefix}.silo_working_set", Environment.WorkingSet / 1048576.0, "MB");

        var grains = silo.Grains;
        var kinds = new (string Name, string Label, Func<(string Actor, string Target), Task> Ours, Func<SqlBaseline, (string Actor, string Target), Task> Theirs)[]
        {
            ("summary", " actor summary: statements, first and last seen (the floor: one call, no aggregation)",
                q => grains.GetGrain<IActorGrain>(q.Actor).GetSummaryAsync(),
                (b, q) => b.SummaryAsync(q.Actor)),
            ("timeline", " actor timeline toward one target, by month",
                q => grains.GetGrain<IActorGrain>(q.Actor).GetTimelineAsync(q.Target, TimeBucket.Month, null, null),
                (b, q) => b.TimelineAsync(q.Actor, q.Target)),
            ("timeline_all", " actor timeline toward all targets, by month",
                q => grains.GetGrain<IActorGrain>(q.Actor).GetTimelineAsync(null, TimeBucket.Month, null, null),
                (b, q) => b.TimelineAllAsync(q.Actor)),
            ("statements_page", " actor statements, first page of 50",
                q => grains.GetGrain<IActorGrain>(q.Actor).GetStatementsAsync(new StatementQuery()),
                (b, q) => b.StatementsPageAsync(q.Actor)),
            ("supporters", $" target supporters and opponents, strongest {StandingTop} per side and the totals",
                q => grains.GetGrain<ITargetGrain>(q.Target).GetStandingAsync(null, null, top: StandingTop),
                (b, q) => b.SupportersAsync(q.Target, StandingTop)),
            ("shifts", " actor shifts visible in 2019, with evidence",
                q => grains.GetGrain<IActorGrain>(q.Actor).GetShiftsAsync(null, WindowFrom, WindowTo),
                (b, q) => b.ShiftsAsync(q.Actor, WindowFrom, WindowTo, settings)),
        };

        await CheckAnswersAsync(report, grains, baseline, sample.Take(25).ToList());
        var months = Enumerable.Range(0, SyntheticLoad.Days / 30).Select(m => SyntheticLoad.FirstDay.AddMonths(m)).ToList();
        var actorsById = load.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        await CheckNetworkAsync(report, grains, baseline, actorsById, months[months.Count / 2]);

        if (postgres is not null)
        {
            await CheckAnswersAsync(report, grains, postgres, sample.Take(25).ToList());
            await CheckNetworkAsync(report, grains, postgres, actorsById, months[months.Count / 2]);
        }

        // Each kind: how to ask StanceTracker, and how to ask a baseline (the same question, given the baseline).
        var measured = kinds.Select(k => (k.Name, k.Label,
                Ours: (Func<Task<(LatencyStats, double)>>)(() => MeasureAsync(sample, k.Ours)),
                Theirs: (Func<SqlBaseline, Task<(LatencyStats, double)>>)(b => MeasureAsync(sample, q => k.Theirs(b, q)))))
            .Append(("network", " positions network of one month, as GraphML",
                () => MeasureAsync(months, async month => NetworkGraphMl.Write(NetworkBuilder.Build(
                    await grains.GetGrain<IPositionsGrain>(0).GetPositionsAsync(month, month.AddMonths(1).AddDays(-1)), actorsById, month, month.AddMonths(1)))),
                b => MeasureAsync(months, async month => NetworkGraphMl.Write(NetworkBuilder.Build(
                    await b.PositionsAsync(month, month.AddMonths(1)), actorsById, month, month.AddMonths(1))))));
        foreach (var (name, label, ours, theirs) in measured)
        {
            var (oursStats, oursRate) = await ours();
            var (theirsStats, theirsRate) = await theirs(baseline);
            var row = new List<string>
            {
                BenchReport.N(scale), label,
                $"{oursStats.Percentile(0.5):N0} / {oursStats.Percentile(0.95):N0} / {oursStats.Percentile(0.99):N0}", BenchReport.N(oursRate),
                $"{theirsStats.Percentile(0.5):N0} / {theirsStats.Percentile(0.95):N0} / {theirsStats.Percentile(0.99):N0}", BenchReport.N(theirsRate),
                $"{theirsStats.Percentile(0.5) / oursStats.Percentile(0.5):N1}×", $"{theirsStats.Percentile(0.99) / oursStats.Percentile(0.99):N1}×",
            };
            if (postgres is not null)
            {
                var (pgStats, pgRate) = await theirs(postgres);
                row.AddRange([
                    $"{pgStats.Percentile(0.5):N0} / {pgStats.Percentile(0.95):N0} / {pgStats.Percentile(0.99):N0}", BenchReport.N(pgRate),
                    $"{pgStats.Percentile(0.5) / oursStats.Percentile(0.5):N1}×", $"{pgStats.Percentile(0.99) / oursStats.Percentile(0.99):N1}×"]);
                report.Add($"{prefix}.{name}.postgres_p50", pgStats.Percentile(0.5) / 1000, "ms");
                report.Add($"{prefix}.{name}.postgres_p99", pgStats.Percentile(0.99) / 1000, "ms");
                report.Add($"{prefix}.{name}.postgres_queries_per_s", pgRate, "queries/s");
                report.Add($"{prefix}.{name}.postgres_ratio_p50", pgStats.Percentile(0.5) / oursStats.Percentile(0.5), "PostgreSQL baseline/StanceTracker");
                report.Add($"{prefix}.{name}.postgres_ratio_p99", pgStats.Percentile(0.99) / oursStats.Percentile(0.99), "PostgreSQL baseline/StanceTracker");
            }
            rows.Add(row);
            report.Add($"{prefix}.{name}.p50", oursStats.Percentile(0.5) / 1000, "ms");
            report.Add($"{prefix}.{name}.p95", oursStats.Percentile(0.95) / 1000, "ms");
            report.Add($"{prefix}.{name}.p99", oursStats.Percentile(0.99) / 1000, "ms");
            report.Add($"{prefix}.{name}.queries_per_s", oursRate, "queries/s");
            report.Add($"{prefix}.{name}.baseline_p50", theirsStats.Percentile(0.5) / 1000, "ms");
            report.Add($"{prefix}.{name}.baseline_p99", theirsStats.Percentile(0.99) / 1000, "ms");
            report.Add($"{prefix}.{name}.baseline_queries_per_s", theirsRate, "queries/s");
            report.Add($"{prefix}.{name}.ratio_p50", theirsStats.Percentile(0.5) / oursStats.Percentile(0.5), "baseline/StanceTracker");
            report.Add($"{prefix}.{name}.ratio_p99", theirsStats.Percentile(0.99) / oursStats.Percentile(0.99), "baseline/StanceTracker");
        }
    }

    private static async Task<(LatencyStats Latency, double PerSecond)> MeasureAsync<TQuestion>(List<TQuestion> sample, Func<TQuestion, Task> query)
    {
        foreach (var question in sample)
            await query(question); // activations, caches
        var stats = new LatencyStats();
        foreach (var question in sample)
        {
            var start = Stopwatch.GetTimestamp();
            await query(question);
            stats.Add(Stopwatch.GetElapsedTime(start));
        }
        // Throughput: up to 2,000 questions, but no more than the budget, so a slow kind (the month network at 10^6
        // statements takes a second or more per export) cannot stretch one pass to an hour; the rate is over what ran.
        var clock = Stopwatch.StartNew();
        var rounds = Math.Max(1, 2000 / sample.Count);
        var work = Enumerable.Range(0, rounds).SelectMany(_ => sample).ToList();
        var done = 0;
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (question, _) =>
        {
            if (clock.Elapsed > ThroughputBudget) return;
            await query(question);
            Interlocked.Increment(ref done);
        });
        return (stats, done / clock.Elapsed.TotalSeconds);
    }

    // Both systems must give the same answer, or the comparison means nothing: stance counts per month and the
    // number of supporters and opponents are compared on a few questions.
    private static async Task CheckAnswersAsync(BenchReport report, IGrainFactory grains, SqlBaseline baseline, List<(string Actor, string Target)> questions)
    {
        var agree = 0;
        foreach (var (actor, target) in questions)
        {
            var ours = await grains.GetGrain<IActorGrain>(actor).GetTimelineAsync(target, TimeBucket.Month, null, null);
            var theirs = await baseline.TimelineAsync(actor, target);
            var standing = await grains.GetGrain<ITargetGrain>(target).GetStandingAsync(null, null, top: StandingTop);
            var sql = await baseline.SupportersAsync(target, StandingTop);
            var summary = await grains.GetGrain<IActorGrain>(actor).GetSummaryAsync();
            var counted = await baseline.SummaryAsync(actor);
            var sameCount = summary?.Statements == counted.Statements;
            var sameTimeline = ours.Count == theirs.Count
                && ours.Zip(theirs).All(p => p.First.BucketStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == p.Second.Month
                    && p.First.Support == p.Second.Support && p.First.Oppose == p.Second.Oppose && p.First.Neutral == p.Second.Neutral
                    && Math.Abs(p.First.NetScore - p.Second.Net) < 1e-9);
            static IEnumerable<string> Ids(IReadOnlyList<SpeakerPosition> side) => side.Select(p => p.ActorId);
            var sameTotals = (standing.SupportersTotal, standing.OpponentsTotal, standing.NeutralTotal) == (sql.SupportersTotal, sql.OpponentsTotal, sql.NeutralTotal);
            var sameListed = Ids(standing.Supporters).SequenceEqual(sql.Supporters) && Ids(standing.Opponents).SequenceEqual(sql.Opponents)
                && Ids(standing.Neutral).SequenceEqual(sql.Neutral);
            var sameStanding = sameTotals && sameListed;
            if (sameCount && sameTimeline && sameStanding)
                agree++;
            else
                // Said, not hidden: which part differs is where to look (a net score on the ±0.1 line summed in another
                // order, a relay, a count).
                report.Text($"Differs from the {baseline.Name} baseline: {actor} toward {target}: " + string.Join("; ", new[]
                {
                    sameCount ? null : $"statements {summary?.Statements} against {counted.Statements}",
                    sameTimeline ? null : $"timeline of {ours.Count} points against {theirs.Count}, first difference "
                        + string.Join(" against ", ours.Zip(theirs).Select(p => new[]
                        {
                            $"{p.First.BucketStart:yyyy-MM} {p.First.Support}/{p.First.Oppose}/{p.First.Neutral} {p.First.NetScore:F6}",
                            $"{p.Second.Month} {p.Second.Support}/{p.Second.Oppose}/{p.Second.Neutral} {p.Second.Net:F6}",
                        }).FirstOrDefault(pair => pair[0] != pair[1]) ?? ["(none in the common part)"]),
                    sameTotals ? null : $"supporters/opponents/neutral {standing.SupportersTotal}/{standing.OpponentsTotal}/{standing.NeutralTotal} against {sql.SupportersTotal}/{sql.OpponentsTotal}/{sql.NeutralTotal}"
                        + $" (listed net scores within 1e-9 of ±0.1: {standing.Supporters.Concat(standing.Opponents).Concat(standing.Neutral).Count(p => Math.Abs(Math.Abs(p.NetScore) - 0.1) < 1e-9)})",
                    sameListed ? null : "strongest listed differ, first at " + string.Join("; ", new[]
                    {
                        FirstDifference("supporters", Ids(standing.Supporters), sql.Supporters),
                        FirstDifference("opponents", Ids(standing.Opponents), sql.Opponents),
                        FirstDifference("neutral", Ids(standing.Neutral), sql.Neutral),
                    }.Where(d => d is not null)),
                }.Where(d => d is not null)) + ".");
        }
        report.Text($"Same answers (statement count, monthly stance counts and net score, supporter/opponent/neutral totals and the ids of the strongest {StandingTop} per side in order) from StanceTracker and the {baseline.Name} baseline on {agree} of {questions.Count} questions checked.");
        report.Add($"queries.answers_agree.{baseline.Name.ToLowerInvariant()}", agree / (double)Math.Max(1, questions.Count), "share of checked questions");
    }

    // Where two ranked lists of ids part: the place and the id on each side.
    private static string? FirstDifference(string side, IEnumerable<string> ours, IReadOnlyList<string> theirs)
    {
        var mine = ours.ToList();
        var place = Enumerable.Range(0, Math.Max(mine.Count, theirs.Count))
            .FirstOrDefault(i => i >= mine.Count || i >= theirs.Count || mine[i] != theirs[i], -1);
        return place < 0 ? null : $"{side} #{place + 1}: {mine.ElementAtOrDefault(place) ?? "(none)"} against {theirs.ElementAtOrDefault(place) ?? "(none)"}";
    }

    // The network from both systems for one month: the same nodes and edges with the same weights.
    private static async Task CheckNetworkAsync(BenchReport report, IGrainFactory grains, SqlBaseline baseline,
        IReadOnlyDictionary<string, ActorInfo> actors, DateTimeOffset month)
    {
        var ours = NetworkBuilder.Build(await grains.GetGrain<IPositionsGrain>(0).GetPositionsAsync(month, month.AddMonths(1).AddDays(-1)), actors, month, month.AddMonths(1));
        var theirs = NetworkBuilder.Build(await baseline.PositionsAsync(month, month.AddMonths(1)), actors, month, month.AddMonths(1));
        // Net scores are sums of doubles taken in different row orders, so weights are compared to 1e-9, not as text.
        static bool SameEdge(NetworkEdge a, NetworkEdge b) => a.Source == b.Source && a.Target == b.Target && a.Kind == b.Kind
            && Math.Abs(a.Weight - b.Weight) < 1e-9 && a.Support == b.Support && a.Oppose == b.Oppose && a.Neutral == b.Neutral;
        var differing = ours.Edges.Zip(theirs.Edges).FirstOrDefault(p => !SameEdge(p.First, p.Second));
        var same = ours.Nodes.SequenceEqual(theirs.Nodes) && ours.Edges.Count == theirs.Edges.Count && differing == default;
        report.Text($"Same positions network (nodes, edges, weights) from StanceTracker and the {baseline.Name} baseline for {month:yyyy-MM}: {(same ? "yes" : $"no (first difference: {differing.First} against {differing.Second}; nodes {ours.Nodes.Count} and {theirs.Nodes.Count})")}, {ours.Nodes.Count:N0} nodes and {ours.Edges.Count:N0} edges.");
        report.Add($"queries.network_agrees.{baseline.Name.ToLowerInvariant()}", same ? 1 : 0, "1 when both systems export the same network");
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
