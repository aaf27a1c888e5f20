using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// A statements page's total comes from the actor's day counts, not from the log: it must still be the number of
/// statements the log lists for the page's window, relays left out, and survive snapshots from before the counts.
/// </summary>
public sealed class StatementPageTotalTests
{
    private const string Rejection = "Moscow rejects the military offensive that Haftar's forces launched on Tripoli and calls for talks";

    // Nine statements of Russia's over four months; two of them relayed by other outlets (two relays), one with no target.
    private static readonly StatementRecord[] Said =
    [
        By("russia", "s1", "2020-01-31", "haftar", StanceKind.Support, 0.8, content: "Russia supports the army led by Khalifa Haftar against militias"),
        By("russia", "s2", "2020-02-01", "haftar", StanceKind.Support, 0.6, content: "Moscow sees Haftar as a partner in any settlement"),
        By("russia", "s3", "2020-02-14", "gna", StanceKind.Neutral, 0, content: "Russia keeps its embassy with the Tripoli government closed for now"),
        By("russia", "s4", "2020-02-14", "haftar", StanceKind.Support, 0.5, content: "The Kremlin welcomed the meeting with the commander in Moscow"),
        By("russia", "o1", "2020-06-10", "haftar", StanceKind.Oppose, -0.8, "wire-a", "Wire A", Rejection),
        By("russia", "o1-b", "2020-06-11", "haftar", StanceKind.Oppose, -0.8, "wire-b", "Wire B", Rejection.Replace("launched", "started", StringComparison.Ordinal)),
        By("russia", "o1-c", "2020-06-12", "haftar", StanceKind.Oppose, -0.8, "wire-c", "Wire C",
            "Moscow calls for talks and rejects the military offensive that Haftar's forces launched on Tripoli"),
        By("russia", "o2", "2020-06-12", "haftar", StanceKind.Oppose, -0.6, content: "The foreign ministry said foreign backing for Haftar prolongs the war") with { Stances = [] },
        By("russia", "o3", "2020-06-30", "gna", StanceKind.Support, 0.7, content: "Russia is ready to work with the government of national accord"),
        By("russia", "o4", "2020-07-01", "gna", StanceKind.Support, 0.7, content: "Lavrov told his Turkish counterpart that a ceasefire must come first"),
    ];

    private static readonly (DateTimeOffset? From, DateTimeOffset? To, int Expected)[] Windows =
    [
        (null, null, 8),
        (Day("2020-02-01"), null, 7),
        (null, Day("2020-02-14"), 4),
        (Day("2020-02-14"), Day("2020-02-14"), 2),
        (Day("2020-06-01"), Day("2020-06-30"), 3),   // o1, o2, o3; o1's two relays left out
        (Day("2020-06-11"), Day("2020-06-11"), 0),   // only a relay that day
        (Day("2020-03-01"), Day("2020-05-31"), 0),
        (Day("2020-07-02"), null, 0),
        (Day("2020-02-14"), Day("2020-02-01"), 0),   // reversed
        // Days are UTC: 02:00 at +03:00 on 1 February is still 31 January there.
        (DateTimeOffset.Parse("2020-02-01T02:00:00+03:00", CultureInfo.InvariantCulture), DateTimeOffset.Parse("2020-02-01T23:00:00+03:00", CultureInfo.InvariantCulture), 2),
    ];

    private static async Task AssertTotalsAsync(IActorGrain russia)
    {
        foreach (var (from, to, expected) in Windows)
        {
            // A page big enough for every statement: its items are what the log holds for the window, so the total,
            // counted apart from them, must equal their number.
            var all = await russia.GetStatementsAsync(new StatementQuery(From: from, To: to, PageSize: 500));
            Assert.True(expected == all.Total, $"{from:O} to {to:O}: total {all.Total}, expected {expected}");
            Assert.Equal(all.Total, all.Items.Count);
            var small = await russia.GetStatementsAsync(new StatementQuery(From: from, To: to, Page: 2, PageSize: 2));
            Assert.Equal(expected, small.Total);
            Assert.Equal(Math.Clamp(expected - 2, 0, 2), small.Items.Count);
        }
        // About one target the log still counts: a statement with no target is not about it.
        Assert.Equal(4, (await russia.GetStatementsAsync(new StatementQuery(Target: "haftar"))).Total);
    }

    [Fact]
    public async Task Totals_equal_what_the_log_lists_for_every_window_relays_left_out()
    {
        await using var stance = await StanceCluster.StartAsync();
        await RecordAsync(stance.Grains, Said);
        var russia = stance.Grains.GetGrain<IActorGrain>("russia");
        Assert.Equal(10, (await russia.GetSummaryAsync())!.Statements);
        await AssertTotalsAsync(russia);
        // Recorded again: nothing new, nothing counted twice.
        await RecordAsync(stance.Grains, Said);
        await AssertTotalsAsync(russia);
    }

    [Fact]
    public async Task An_actor_whose_snapshot_predates_the_day_counts_rebuilds_them_from_the_log_once()
    {
        string dataDirectory;
        await using (var first = await StanceCluster.StartAsync())
        {
            dataDirectory = first.DataDirectory;
            await RecordAsync(first.Grains, Said);
        } // stopping deactivates the actor, which writes its snapshot

        var database = Path.Combine(dataDirectory, "stance.db");
        string Snapshot()
        {
            using var db = new SqliteConnection($"Data Source={database};Pooling=False");
            db.Open();
            using var read = db.CreateCommand();
            read.CommandText = "SELECT payload FROM grain_state WHERE state_name = 'actor' AND grain_id LIKE '%russia%'";
            return (string)read.ExecuteScalar()!;
        }
        // Back to the form an earlier release wrote: every aggregate, but no day counts.
        var earlier = JsonNode.Parse(Snapshot())!.AsObject();
        Assert.True(earlier.Remove("statementDays"));
        Assert.Equal(10, earlier["statements"]!.GetValue<int>());
        using (var db = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            db.Open();
            using var write = db.CreateCommand();
            write.CommandText = "UPDATE grain_state SET payload = $p WHERE state_name = 'actor' AND grain_id LIKE '%russia%'";
            write.Parameters.AddWithValue("$p", earlier.ToJsonString());
            Assert.Equal(1, write.ExecuteNonQuery());
        }

        await using (var second = await StanceCluster.StartAsync(dataDirectory))
        {
            var russia = second.Grains.GetGrain<IActorGrain>("russia");
            await AssertTotalsAsync(russia);
            // Rebuilt, not added to what the snapshot held.
            Assert.Equal(10, (await russia.GetSummaryAsync())!.Statements);
            var june = Assert.Single(await russia.GetTimelineAsync("haftar", TimeBucket.Month, Day("2020-06-01"), Day("2020-06-30")));
            Assert.Equal((0, 1, 0), (june.Support, june.Oppose, june.Neutral));
            var january = await russia.GetTimelineAsync("haftar", TimeBucket.Month, Day("2020-01-01"), Day("2020-01-31"));
            Assert.Equal(1, Assert.Single(january).Support);
        }
        // The rebuilt snapshot was written at once: the next activation does not replay again.
        var rebuilt = JsonNode.Parse(Snapshot())!.AsObject();
        Assert.Equal(10, rebuilt["statements"]!.GetValue<int>());
        Assert.Equal(8, rebuilt["statementDays"]!.AsObject().Sum(d => d.Value!.GetValue<int>()));
    }
}
