using System.Diagnostics;
using System.Globalization;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Bench;

/// <summary>
/// Does recording a statement get slower as an actor's history grows? Records N statements one call at a time
/// (the worst case: one log transaction each) to one actor spread over 40 targets and two years of days, and
/// reports the latency of each window of calls; then how long the actor takes to re-activate with that history.
/// </summary>
public static class RecordGrowthBenchmark
{
    public static async Task RunAsync(int total)
    {
        await using var silo = await BenchmarkSilo.StartAsync();
        var actor = silo.Grains.GetGrain<IActorGrain>("bench-actor");
        var info = new ActorInfo("bench-actor", "Bench Actor", "state", []);
        var start = new DateTimeOffset(2019, 1, 1, 12, 0, 0, TimeSpan.Zero);

        // Warm up JIT, connection pool and the grain on another actor.
        var warm = silo.Grains.GetGrain<IActorGrain>("warm-up");
        for (var i = 0; i < 200; i++)
            await warm.RecordAsync(info, [Statement("w", i, start)]);

        var latencies = new double[total];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var before = Stopwatch.GetTimestamp();
            await actor.RecordAsync(info, [Statement("s", i, start)]);
            latencies[i] = Stopwatch.GetElapsedTime(before).TotalMicroseconds;
        }
        var elapsed = clock.Elapsed;

        Console.WriteLine($"record-growth: {total} statements, one per call, to one actor ({elapsed.TotalSeconds:F1} s, {total / elapsed.TotalSeconds:F0} statements/s)");
        Console.WriteLine("| statements already recorded | mean µs | p50 µs | p95 µs | p99 µs |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var from in Windows(total))
        {
            var window = latencies.AsSpan(from, Math.Min(500, total - from)).ToArray();
            Array.Sort(window);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {from}–{from + window.Length - 1} | {window.Average():F0} | {Percentile(window, 0.50):F0} | {Percentile(window, 0.95):F0} | {Percentile(window, 0.99):F0} |"));
        }

        var timeline = Stopwatch.StartNew();
        var points = await actor.GetTimelineAsync(null, TimeBucket.Month, null, null);
        Console.WriteLine($"timeline by month over all targets: {points.Count} points in {timeline.Elapsed.TotalMilliseconds:F1} ms");
    }

    private static IEnumerable<int> Windows(int total)
    {
        for (var from = 0; from < total; from += Math.Max(500, total / 10))
            yield return from;
        if (total > 500)
            yield return total - 500;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static StatementRecord Statement(string prefix, int i, DateTimeOffset start) => new(
        $"{prefix}-{i}", $"article-{i / 5}", "bench-actor", "Bench Actor", start.AddDays(i % 730), "Bench Wire", "A title",
        "en", "indirect", "said", "the content of the statement, about as long as a real one is in news text", 0, 70,
        "Bench Actor said the content of the statement, about as long as a real one is in news text.", 0,
        [new TargetStanceRecord($"target-{i % 40}", $"Target {i % 40}", "state", (i % 3) switch
        {
            0 => StanceKind.Support,
            1 => StanceKind.Oppose,
            _ => StanceKind.Neutral,
        }, (i % 3) switch { 0 => 0.8, 1 => -0.8, _ => 0 }, 0.7)]);
}
