using System.Diagnostics;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Bench;

/// <summary>
/// Does recording a statement get slower as an actor's history grows? Records statements to one actor one call at a
/// time (the worst case: every call waits for its own commit, with nothing to share it with) spread over 40 targets
/// and two years of days, and reports the latency of the 200 calls after each history length. Then how long the
/// actor takes to re-activate with that history, from its snapshot and the log. Every statement says something
/// different (words drawn from a vocabulary), as a talkative speaker does: identical contents would make almost every
/// statement a relay of the first one, and relay detection would compare against almost nothing.
/// </summary>
public static class RecordGrowthBenchmark
{
    private const int Window = 200;

    public static async Task RunAsync(BenchOptions options, BenchReport report)
    {
        var total = options.GrowthTo;
        report.Heading("Cost growth: recording as one actor's history grows");
        await using var silo = await BenchmarkSilo.StartAsync();
        var actor = silo.Grains.GetGrain<IActorGrain>("bench-actor");
        var info = new ActorInfo("bench-actor", "Bench Actor", "state", []);
        var start = new DateTimeOffset(2019, 1, 1, 12, 0, 0, TimeSpan.Zero);

        var warm = silo.Grains.GetGrain<IActorGrain>("warm-up");
        for (var i = 0; i < 200; i++)
            await warm.RecordAsync(info, [Statement("w", i, start)]);

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var latencies = new double[total + Window];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < latencies.Length; i++)
        {
            var before = Stopwatch.GetTimestamp();
            await actor.RecordAsync(info, [Statement("s", i, start)]);
            latencies[i] = Stopwatch.GetElapsedTime(before).TotalMicroseconds;
        }
        var elapsed = clock.Elapsed;
        var heapGrowth = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1e6;

        report.Text($"{latencies.Length:N0} statements, one per call, to one actor over 40 targets and 730 days: {elapsed.TotalSeconds:F1} s, {latencies.Length / elapsed.TotalSeconds:N0} statements/s. Each call waits for its own commit and its WAL sync (power-loss durability).");
        var rows = new List<IReadOnlyList<string>>();
        for (var history = 10; history <= total; history *= 10)
        {
            var window = latencies.AsSpan(history, Window).ToArray();
            Array.Sort(window);
            rows.Add([BenchReport.N(history), BenchReport.N(window.Average()), BenchReport.N(P(window, 0.5)), BenchReport.N(P(window, 0.95)), BenchReport.N(P(window, 0.99))]);
            report.Add($"growth.record_at_{history}.mean", window.Average() / 1000, "ms/statement");
            report.Add($"growth.record_at_{history}.p50", P(window, 0.5) / 1000, "ms/statement");
        }
        report.Table(["statements already recorded", "mean µs", "p50 µs", "p95 µs", "p99 µs"], rows);
        report.Text($"Managed heap after the run, less before it (full collections): {heapGrowth:F1} MB for the one active actor: its aggregates and the relay window holding its statements' words.");
        report.Add("growth.heap_growth_mb", heapGrowth, "MB of managed heap for one actor with the whole history");
        report.Text("The p99 holds the aggregate snapshot, written every 64th statement or, for a large aggregate, once per half as many statements as it has (target, day) cells; its size grows with targets × days (here at most 40 × 730), not with statements.");

        var timeline = Stopwatch.StartNew();
        var points = await actor.GetTimelineAsync(null, TimeBucket.Month, null, null);
        report.Text($"Monthly timeline over all 40 targets with that history: {points.Count} points in {timeline.Elapsed.TotalMilliseconds:F1} ms.");
        report.Add("growth.timeline_all_targets", timeline.Elapsed.TotalMilliseconds, "ms");
    }

    // 14 words out of 300, chosen by a fixed pseudo-random walk from the statement's number: two statements share
    // a word or two at most, far from the 0.8 similarity of a relay, so each one is a vote and a relay candidate.
    private static readonly string[] Vocabulary = [.. Enumerable.Range(0, 300).Select(w => $"word{w:D3}")];

    private static string Content(int i)
    {
        var words = new string[14];
        var state = (uint)i * 2654435761u + 1;
        for (var w = 0; w < words.Length; w++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            words[w] = Vocabulary[state % (uint)Vocabulary.Length];
        }
        return string.Join(' ', words);
    }

    private static double P(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static StatementRecord Statement(string prefix, int i, DateTimeOffset start) => new(
        $"{prefix}-{i}", $"article-{i / 5}", "bench-actor", "Bench Actor", start.AddDays(i % 730), "Bench Wire", "A title",
        "en", "indirect", "said", Content(i), 0, 70, $"Bench Actor said {Content(i)}.", 0,
        [new TargetStanceRecord($"target-{i % 40}", $"Target {i % 40}", "state", (i % 3) switch
        {
            0 => StanceKind.Support,
            1 => StanceKind.Oppose,
            _ => StanceKind.Neutral,
        }, (i % 3) switch { 0 => 0.8, 1 => -0.8, _ => 0 }, 0.7)]);
}
