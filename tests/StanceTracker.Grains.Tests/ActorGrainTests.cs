using Orleans.Streams;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using static StanceTracker.Grains.Tests.Statements;

namespace StanceTracker.Grains.Tests;

public sealed class ActorGrainTests
{
    [Fact]
    public async Task Statements_accumulate_into_per_bucket_aggregates()
    {
        await using var stance = await StanceCluster.StartAsync();
        var russia = stance.Grains.GetGrain<IActorGrain>("russia");

        var added = await russia.RecordAsync(Russia, [
            About("s1", "2020-01-06", "haftar", StanceKind.Support, 0.8),
            About("s2", "2020-01-09", "haftar", StanceKind.Support, 0.6),
            About("s3", "2020-01-09", "gna", StanceKind.Oppose, -0.5),
            About("s4", "2020-06-15", "haftar", StanceKind.Oppose, -0.9),
        ]);
        Assert.Equal(4, added);

        var monthly = await russia.GetTimelineAsync("haftar", TimeBucket.Month, null, null);
        Assert.Collection(monthly,
            january =>
            {
                Assert.Equal(new DateTime(2020, 1, 1), january.BucketStart);
                Assert.Equal(2, january.Support);
                Assert.Equal(0, january.Oppose);
                Assert.Equal(0.7, january.NetScore, 6);
                Assert.Equal(StanceKind.Support, january.Dominant);
            },
            june =>
            {
                Assert.Equal(new DateTime(2020, 6, 1), june.BucketStart);
                Assert.Equal(1, june.Oppose);
                Assert.Equal(-0.9, june.NetScore, 6);
                Assert.Equal(StanceKind.Oppose, june.Dominant);
            });

        var weekly = await russia.GetTimelineAsync("haftar", TimeBucket.Week, null, null);
        // 2020-01-06 and 2020-01-09 fall in the week starting Monday 6 January.
        Assert.Equal([new DateTime(2020, 1, 6), new DateTime(2020, 6, 15)], weekly.Select(p => p.BucketStart));

        var daily = await russia.GetTimelineAsync(null, TimeBucket.Day, DateTimeOffset.Parse("2020-01-09"), DateTimeOffset.Parse("2020-01-31"));
        Assert.Equal(["gna", "haftar"], daily.Select(p => p.TargetId));

        var summary = await russia.GetSummaryAsync();
        Assert.NotNull(summary);
        Assert.Equal(4, summary.Statements);
        Assert.Equal(new DateTimeOffset(2020, 1, 6, 12, 0, 0, TimeSpan.Zero), summary.FirstSeen);
        Assert.Equal(new DateTimeOffset(2020, 6, 15, 12, 0, 0, TimeSpan.Zero), summary.LastSeen);
    }

    [Fact]
    public async Task A_shift_comes_with_its_evidence_whatever_order_the_statements_arrive_in()
    {
        await using var stance = await StanceCluster.StartAsync();
        var russia = stance.Grains.GetGrain<IActorGrain>("russia");
        // The later opposition arrives first, the earlier support after it (late articles).
        await russia.RecordAsync(Russia, [
            About("late-1", "2020-06-10", "haftar", StanceKind.Oppose, -0.8),
            About("late-2", "2020-07-02", "haftar", StanceKind.Oppose, -0.9),
            About("late-3", "2020-07-03", "haftar", StanceKind.Neutral, 0),
        ]);
        Assert.Empty(await russia.GetShiftsAsync("haftar", null, null));
        await russia.RecordAsync(Russia, [
            About("early-1", "2020-03-05", "haftar", StanceKind.Support, 0.8),
            About("early-2", "2020-04-16", "haftar", StanceKind.Support, 0.7),
        ]);

        var shift = Assert.Single(await russia.GetShiftsAsync("haftar", null, null));
        Assert.Equal((StanceKind.Support, StanceKind.Oppose), (shift.From, shift.To));
        Assert.Equal(new DateTime(2020, 6, 10), shift.VisibleOn);
        Assert.Equal(["early-1", "early-2"], shift.EvidenceBefore.Select(s => s.Id).Order());
        Assert.Equal(["late-1", "late-2"], shift.EvidenceAfter.Select(s => s.Id).Order());
        Assert.Empty(await russia.GetShiftsAsync("haftar", DateTimeOffset.Parse("2020-07-01"), null));
        Assert.Empty(await russia.GetShiftsAsync("gna", null, null));
    }

    [Fact]
    public async Task A_new_shift_is_announced_once_on_the_shift_stream()
    {
        await using var stance = await StanceCluster.StartAsync();
        var received = new System.Collections.Concurrent.ConcurrentQueue<Shift>();
        var stream = stance.Cluster.Client.GetStreamProvider(StanceStreams.Provider).GetStream<Shift>(StanceStreams.Shifts);
        await stream.SubscribeAsync((shift, _) => { received.Enqueue(shift); return Task.CompletedTask; });

        var russia = stance.Grains.GetGrain<IActorGrain>("russia");
        await russia.RecordAsync(Russia, [
            About("s1", "2020-03-05", "haftar", StanceKind.Support, 0.8),
            About("s2", "2020-04-16", "haftar", StanceKind.Support, 0.7),
            About("o1", "2020-06-10", "haftar", StanceKind.Oppose, -0.8),
        ]);
        await russia.RecordAsync(Russia, [About("o2", "2020-07-02", "haftar", StanceKind.Oppose, -0.9)]);
        // Nothing new about the shift: no second announcement.
        await russia.RecordAsync(Russia, [About("o3", "2020-07-03", "gna", StanceKind.Support, 0.5)]);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (received.IsEmpty && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        await Task.Delay(500); // a duplicate would have arrived by now
        var shift = Assert.Single(received);
        Assert.Equal(("russia", "haftar", StanceKind.Support, StanceKind.Oppose), (shift.ActorId, shift.TargetId, shift.From, shift.To));
        Assert.Equal(new DateTime(2020, 6, 10), shift.VisibleOn);
        Assert.NotEmpty(shift.EvidenceAfter);
    }

    [Fact]
    public async Task Recording_the_same_statements_again_counts_them_once()
    {
        await using var stance = await StanceCluster.StartAsync();
        var russia = stance.Grains.GetGrain<IActorGrain>("russia");
        StatementRecord[] batch = [About("a#0", "2020-02-01", "haftar", StanceKind.Support, 0.5), About("a#1", "2020-02-01", "haftar", StanceKind.Support, 0.5)];

        Assert.Equal(2, await russia.RecordAsync(Russia, batch));
        Assert.Equal(0, await russia.RecordAsync(Russia, batch));
        Assert.Equal(1, await russia.RecordAsync(Russia, [batch[1], About("a#2", "2020-02-02", "haftar", StanceKind.Oppose, -0.5)]) );

        var summary = await russia.GetSummaryAsync();
        Assert.Equal(3, summary!.Statements);
        var points = await russia.GetTimelineAsync("haftar", TimeBucket.Month, null, null);
        Assert.Equal(2, Assert.Single(points).Support);
    }

    [Fact]
    public async Task Statements_are_queryable_by_target_date_and_page()
    {
        await using var stance = await StanceCluster.StartAsync();
        var russia = stance.Grains.GetGrain<IActorGrain>("russia");
        await russia.RecordAsync(Russia, [.. Enumerable.Range(1, 30).Select(i =>
            About($"q{i}", $"2020-03-{i:00}", i % 2 == 0 ? "haftar" : "gna", StanceKind.Neutral, 0))]);

        var aboutHaftar = await russia.GetStatementsAsync(new StatementQuery(Target: "haftar", PageSize: 10));
        Assert.Equal(15, aboutHaftar.Total);
        Assert.Equal(10, aboutHaftar.Items.Count);
        Assert.All(aboutHaftar.Items, s => Assert.Equal("haftar", Assert.Single(s.Stances).TargetId));

        var secondPage = await russia.GetStatementsAsync(new StatementQuery(Target: "haftar", Page: 2, PageSize: 10));
        Assert.Equal(5, secondPage.Items.Count);
        Assert.Empty(aboutHaftar.Items.Select(s => s.Id).Intersect(secondPage.Items.Select(s => s.Id)));

        var window = await russia.GetStatementsAsync(new StatementQuery(
            From: DateTimeOffset.Parse("2020-03-10"), To: DateTimeOffset.Parse("2020-03-12")));
        Assert.Equal(["q10", "q11", "q12"], window.Items.Select(s => s.Id));
        Assert.Equal("content of q10", window.Items[0].Content);
    }

    [Fact]
    public async Task Aggregates_survive_a_restart_of_the_cluster()
    {
        string dataDirectory;
        await using (var first = await StanceCluster.StartAsync())
        {
            dataDirectory = first.DataDirectory;
            await first.Grains.GetGrain<IActorGrain>("russia").RecordAsync(Russia, [
                About("r1", "2020-01-10", "haftar", StanceKind.Support, 0.8),
                About("r2", "2020-07-10", "haftar", StanceKind.Oppose, -0.8),
            ]);
        }

        await using var second = await StanceCluster.StartAsync(dataDirectory);
        var russia = second.Grains.GetGrain<IActorGrain>("russia");
        var points = await russia.GetTimelineAsync("haftar", TimeBucket.Month, null, null);
        Assert.Equal([StanceKind.Support, StanceKind.Oppose], points.Select(p => p.Dominant));
        Assert.Equal(2, (await russia.GetStatementsAsync(new StatementQuery())).Total);
        // Still idempotent after the restart: the log remembers what it holds.
        Assert.Equal(0, await russia.RecordAsync(Russia, [About("r1", "2020-01-10", "haftar", StanceKind.Support, 0.8)]));
    }

    [Fact]
    public async Task A_silo_killed_before_its_snapshot_loses_no_statement()
    {
        var first = await StanceCluster.StartAsync();
        var russia = first.Grains.GetGrain<IActorGrain>("russia");
        await russia.RecordAsync(Russia, [About("k0", "2020-01-01", "haftar", StanceKind.Support, 1)]);
        // Fewer than a snapshot's worth: these live only in the log and in memory when the silo dies.
        for (var i = 1; i <= 10; i++)
            await russia.RecordAsync(Russia, [About($"k{i}", "2020-01-02", "haftar", StanceKind.Support, 1)]);

        // Killed, not stopped: no deactivation runs, so no snapshot is written.
        await first.Cluster.KillSiloAsync(first.Cluster.Silos[0]);
        await first.Cluster.DisposeAsync();

        await using var second = await StanceCluster.StartAsync(first.DataDirectory);
        russia = second.Grains.GetGrain<IActorGrain>("russia");
        Assert.Equal(11, (await russia.GetSummaryAsync())!.Statements);
        var point = Assert.Single(await russia.GetTimelineAsync("haftar", TimeBucket.Month, null, null));
        Assert.Equal(11, point.Support);
    }

    [Fact]
    public async Task A_large_aggregate_is_snapshotted_less_often_and_a_kill_still_loses_nothing()
    {
        var first = await StanceCluster.StartAsync();
        var russia = first.Grains.GetGrain<IActorGrain>("russia");
        var day = new DateTime(2019, 1, 1);
        // Each statement on a day of its own: one more (target, day) cell each, so the aggregate grows with every one.
        for (var i = 0; i < 300; i++)
            await russia.RecordAsync(Russia, [About($"c{i}", day.AddDays(i).ToString("yyyy-MM-dd"), "haftar", StanceKind.Support, 1, $"art-{i}")]);

        // Written on the first statement (a new identity), then after 64 (65 cells), 64 (129 cells) and 129 statements
        // (258 cells, half as many statements as cells): four writes, where one every 64 statements would make five.
        Assert.Equal(4L, DatabaseFile.Scalar(first.DataDirectory,
            "SELECT version FROM grain_state WHERE state_name = 'actor' AND grain_id = $g", ("$g", "actor/russia")));

        await first.Cluster.KillSiloAsync(first.Cluster.Silos[0]);
        await first.Cluster.DisposeAsync();
        await using var second = await StanceCluster.StartAsync(first.DataDirectory);
        russia = second.Grains.GetGrain<IActorGrain>("russia");
        Assert.Equal(300, (await russia.GetSummaryAsync())!.Statements);
        Assert.Equal(300, (await russia.GetTimelineAsync("haftar", TimeBucket.Month, null, null)).Sum(p => p.Support));
    }
}
