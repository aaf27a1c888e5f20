using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Storage.Postgres;

namespace StanceTracker.Cluster.Tests;

/// <summary>
/// Appends from many speakers at once, as a cluster's actor grains make them, against a target grain's way of reading:
/// everything toward the target after the highest position it has applied. Appends no longer wait for one another
/// log-wide, only for those writing for the same speaker or target (<see cref="AppendLocks"/>); positions must still
/// become visible in order within each target, or the reader steps past one for ever.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresAppendOrderTests(ClusterServers servers)
{
    [Fact]
    public async Task A_target_reader_catching_up_by_position_misses_nothing_while_speakers_append_at_once()
    {
        var database = await StanceDatabase.CreateAsync(servers);
        await using var postgres = new PostgresDatabase(database.ConnectionString);
        var log = new PostgresStatementLog(postgres);
        var matcher = new RelayMatcher(new RelaySettings());
        var published = new DateTimeOffset(2020, 6, 4, 10, 0, 0, TimeSpan.Zero);
        // Every statement is about Haftar; every other speaker's also about the GNA, so appends hold different lock sets.
        StatementRecord Said(int speaker, int append, int index)
        {
            var id = $"s{speaker}-{append}-{index}";
            TargetStanceRecord[] stances = speaker % 2 == 0
                ? [new("haftar", "Khalifa Haftar", "person", StanceKind.Oppose, -0.7, 0.9)]
                : [new("haftar", "Khalifa Haftar", "person", StanceKind.Support, 0.6, 0.8), new("gna", "GNA", "organization", StanceKind.Oppose, -0.5, 0.7)];
            // Words of its own, so that no statement is taken for a relay of another.
            var content = $"{id} {Guid.NewGuid():N} {Guid.NewGuid():N} {Guid.NewGuid():N}";
            return new StatementRecord(id, $"article-{speaker}-{append}", $"speaker-{speaker}", $"Speaker {speaker}", published.AddDays(append),
                "Wire", "title", "en", "indirect", "said", content, 0, 9, content, 0, stances);
        }

        const int speakers = 12, appendsEach = 12, perAppend = 3;
        var seen = new HashSet<long>();
        long applied = 0;
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var stance in await log.ReadTargetAfterAsync("haftar", applied))
                {
                    seen.Add(stance.Sequence);
                    applied = Math.Max(applied, stance.Sequence);
                }
            }
        });
        var writers = Enumerable.Range(0, speakers).Select(speaker => Task.Run(async () =>
        {
            var speakerLog = new SpeakerLog(log, matcher, $"speaker-{speaker}");
            long head = 0;
            for (var append = 0; append < appendsEach; append++)
            {
                var appended = await speakerLog.AppendAsync(head, [.. Enumerable.Range(0, perAppend).Select(i => Said(speaker, append, i))]);
                Assert.Equal(perAppend, appended.Count);
                head = appended[^1].Sequence;
            }
        })).ToList();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await reader;
        foreach (var stance in await log.ReadTargetAfterAsync("haftar", applied))
            seen.Add(stance.Sequence);

        // What the reader gathered piece by piece is all there is: it stepped past nothing.
        var all = await log.ReadTargetAfterAsync("haftar", 0);
        Assert.Equal(speakers * appendsEach * perAppend, all.Count);
        Assert.Equal(all.Select(s => s.Sequence).Order(), seen.Order());
        Assert.Equal(speakers / 2 * appendsEach * perAppend, (await log.ReadTargetAfterAsync("gna", 0)).Count);
    }

    [Fact]
    public void An_append_takes_its_speaker_and_each_target_once_in_one_order()
    {
        StatementToAppend About(params string[] targets) => new(new StatementRecord("id", "article", "russia", "Russia", DateTimeOffset.UnixEpoch,
            null, null, "en", "indirect", "said", "content", 0, 1, "content", 0,
            [.. targets.Select(t => new TargetStanceRecord(t, t, "person", StanceKind.Oppose, -0.5, 0.5))]), ContentTokens.Of("content"));

        var locks = AppendLocks.For("russia", [About("haftar", "gna"), About("gna"), About()]);
        Assert.Equal(3, locks.Length);
        Assert.Equal(locks.Order(), locks);
        // The same ids give the same locks in every process: a silo's and another's appends must meet on them.
        Assert.Equal(locks, AppendLocks.For("russia", [About("gna"), About("haftar")]));
        Assert.NotEqual(AppendLocks.For("russia", []), AppendLocks.For("turkey", []));
    }
}
