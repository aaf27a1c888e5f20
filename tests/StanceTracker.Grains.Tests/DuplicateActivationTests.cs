using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using static StanceTracker.Grains.Tests.Statements;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// Two activations of one actor, as a silo failure can leave for a moment: the log moves the actor's head only from the
/// position an appender has applied, so an activation behind the log is refused, catches up, and its aggregates count
/// every logged statement exactly once, instead of jumping past the other activation's statement for ever.
/// </summary>
public sealed class DuplicateActivationTests
{
    [Fact]
    public async Task A_stale_appender_is_refused_writes_nothing_and_appends_after_catching_up()
    {
        var data = Directory.CreateTempSubdirectory("stance-heads-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data));
        var log = new SqliteStatementLog(database);
        var matcher = new RelayMatcher(new RelaySettings());
        // Two activations of Russia; the second activated before the first appended, so it has applied nothing.
        var first = new SpeakerLog(log, matcher, "russia");
        var second = new SpeakerLog(log, matcher, "russia");
        // Another actor's statements move the global positions, never Russia's head.
        await new SpeakerLog(log, matcher, "turkey").AppendAsync(0, [About("t1", "2020-06-01", "haftar", StanceKind.Oppose, -0.5) with { SpeakerId = "turkey" }]);

        var logged = await first.AppendAsync(0, [About("s1", "2020-06-02", "haftar", StanceKind.Oppose, -0.6, "a-1")]);
        var head = Assert.Single(logged).Sequence;

        var refused = await Assert.ThrowsAsync<LogMovedOnException>(() =>
            second.AppendAsync(0, [About("s2", "2020-06-02", "gna", StanceKind.Support, 0.6, "a-2"), About("s3", "2020-06-03", "gna", StanceKind.Support, 0.4, "a-3")]));
        Assert.Equal((0L, head), (refused.ExpectedHead, refused.StoredHead));
        // Nothing of the refused append is logged: no statement, no target row, the head where it was.
        Assert.Equal(["s1"], (await log.ReadAfterAsync("russia", 0)).Select(e => e.Statement.Id));
        Assert.Equal(2L, DatabaseFile.Scalar(data, "SELECT count(*) FROM statement_targets"));
        Assert.Equal(head, DatabaseFile.Scalar(data, "SELECT last_seq FROM actor_heads WHERE actor_id = 'russia'"));
        // A repeat of what is logged appends nothing, but is refused all the same: the appender learns it is behind at once.
        await Assert.ThrowsAsync<LogMovedOnException>(() => second.AppendAsync(0, [About("s1", "2020-06-02", "haftar", StanceKind.Oppose, -0.6, "a-1")]));

        // Caught up (it applies what the log holds past its position), the second appends, and moves the head.
        var caughtUp = await log.ReadAfterAsync("russia", 0);
        var appended = await second.AppendAsync(caughtUp[^1].Sequence,
            [About("s1", "2020-06-02", "haftar", StanceKind.Oppose, -0.6, "a-1"), About("s2", "2020-06-02", "gna", StanceKind.Support, 0.6, "a-2")]);
        Assert.Equal(["s2"], appended.Select(e => e.Statement.Id));
        Assert.Equal(appended[^1].Sequence, DatabaseFile.Scalar(data, "SELECT last_seq FROM actor_heads WHERE actor_id = 'russia'"));
        // Now the first is behind.
        var behind = await Assert.ThrowsAsync<LogMovedOnException>(() => first.AppendAsync(head, [About("s3", "2020-06-03", "gna", StanceKind.Support, 0.4, "a-3")]));
        Assert.Equal(appended[^1].Sequence, behind.StoredHead);
        Assert.Equal(["s1", "s2"], (await log.ReadAfterAsync("russia", 0)).Select(e => e.Statement.Id));
        // A head ahead of the log (grain state from another time than the log) is refused too, with that said.
        var ahead = await Assert.ThrowsAsync<LogMovedOnException>(() => first.AppendAsync(appended[^1].Sequence + 5, [About("s3", "2020-06-03", "gna", StanceKind.Support, 0.4, "a-3")]));
        Assert.Contains("newer than the log", ahead.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_statement_appended_by_another_activation_after_activation_is_counted_once_also_after_a_restart(bool sameArticle)
    {
        var data = Directory.CreateTempSubdirectory("stance-duplicate-").FullName;
        var history = new[]
        {
            About("s1", "2020-03-02", "haftar", StanceKind.Oppose, -0.6, "a-1"),
            About("s2", "2020-03-03", "gna", StanceKind.Support, 0.6, "a-2"),
        };
        var batch = new[]
        {
            About("s3", "2020-03-04", "haftar", StanceKind.Oppose, -0.4, "a-3"),
            About("s4", "2020-03-05", "gna", StanceKind.Support, 0.5, "a-4"),
        };
        // The other activation logs a statement of its own, or one of the very articles this one is about to record.
        var intruder = sameArticle ? batch[1] : About("x1", "2020-03-04", "haftar", StanceKind.Support, 0.3, "a-x");
        var all = history.Concat(batch).Append(intruder).DistinctBy(s => s.Id).ToList();

        await using (var stance = await StanceCluster.StartAsync(data))
            Assert.Equal(2, await stance.Grains.GetGrain<IActorGrain>("russia").RecordAsync(Russia, history));

        var other = new AnotherActivation("russia", intruder);
        await using (var stance = await StanceCluster.StartAsync(data, configure: services => services.AddSingleton<IStatementLog>(provider =>
            other.Wrapping(new SqliteStatementLog(provider.GetRequiredService<SqliteDatabase>()), provider.GetRequiredService<RelayMatcher>()))))
        {
            var russia = stance.Grains.GetGrain<IActorGrain>("russia");
            // Activation reads the log, then the other activation appends; this one's append is refused, catches up, retries.
            var counted = await russia.RecordAsync(Russia, batch);
            Assert.True(other.Appended);
            // Each caller counts the statements it logged: the intruder is the other activation's caller's.
            Assert.Equal(sameArticle ? 1 : 2, counted);
            await CountedOnce.AssertAsync(russia, all);
        }
        await using (var stance = await StanceCluster.StartAsync(data))
            await CountedOnce.AssertAsync(stance.Grains.GetGrain<IActorGrain>("russia"), all);
    }

    /// <summary>
    /// Another activation of the actor, on a silo about to die: right after the grain's activation has read the log, it
    /// appends a statement for the actor (once), as that activation's last append would land after a silo failure.
    /// </summary>
    private sealed class AnotherActivation(string actorId, StatementRecord statement)
    {
        private int _appended;

        public string ActorId => actorId;

        public StatementRecord Statement => statement;

        public bool Appended => _appended == 1;

        public IStatementLog Wrapping(IStatementLog inner, RelayMatcher matcher) => new Log(this, inner, matcher);

        private sealed class Log(AnotherActivation owner, IStatementLog inner, RelayMatcher matcher) : ForwardingStatementLog(inner)
        {
            public override async Task<IReadOnlyList<LoggedStatement>> ReadAfterAsync(string actorId, long afterSequence)
            {
                var read = await Inner.ReadAfterAsync(actorId, afterSequence);
                if (actorId == owner.ActorId && Interlocked.Exchange(ref owner._appended, 1) == 0)
                {
                    // The other activation has applied everything logged for the actor, so its append goes through.
                    var head = (await Inner.ReadAfterAsync(actorId, 0)).Select(e => e.Sequence).DefaultIfEmpty().Max();
                    Assert.Single(await new SpeakerLog(Inner, matcher, actorId).AppendAsync(head, [owner.Statement]));
                }
                return read;
            }
        }
    }
}
