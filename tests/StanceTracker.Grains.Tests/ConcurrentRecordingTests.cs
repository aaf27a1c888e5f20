using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Abstractions.Failures;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using static StanceTracker.Grains.Tests.Statements;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// Many articles quoting one speaker at once: the actor grain puts calls that arrive during an append into the next
/// one, and still counts every statement once, tells each caller about its own statements, and recovers from a failed
/// append as a single call would.
/// </summary>
public sealed class ConcurrentRecordingTests
{
    private static StatementRecord Numbered(int i) =>
        About($"s{i}", $"2020-03-{1 + i % 28:D2}", i % 2 == 0 ? "haftar" : "gna", i % 3 == 0 ? StanceKind.Oppose : StanceKind.Support,
            i % 3 == 0 ? -0.6 : 0.6, article: $"article-{i}");

    [Fact]
    public async Task Concurrent_calls_for_one_actor_count_each_statement_once_and_each_caller_its_own()
    {
        var data = Directory.CreateTempSubdirectory("stance-concurrent-").FullName;
        var statements = Enumerable.Range(0, 60).Select(Numbered).ToList();
        await using (var stance = await StanceCluster.StartAsync(data))
        {
            var russia = stance.Grains.GetGrain<IActorGrain>("russia");
            // Every article twice at the same moment (a re-ingest racing the first), plus one call carrying two articles.
            var calls = statements.Take(50).SelectMany(s => new[] { russia.RecordAsync(Russia, [s]), russia.RecordAsync(Russia, [s]) })
                .Append(russia.RecordAsync(Russia, [.. statements.Skip(50)]))
                .ToList();
            var counts = await Task.WhenAll(calls);

            // Of each pair exactly one caller was told its statement was new.
            for (var i = 0; i < 50; i++)
                Assert.Equal(1, counts[2 * i] + counts[2 * i + 1]);
            Assert.Equal(10, counts[^1]);
            await CountedOnce.AssertAsync(russia, statements);
        }
        // The snapshot and the log agree after a restart: nothing applied twice, nothing lost.
        await using (var stance = await StanceCluster.StartAsync(data))
            await CountedOnce.AssertAsync(stance.Grains.GetGrain<IActorGrain>("russia"), statements);
    }

    [Fact]
    public async Task A_failed_append_fails_its_callers_and_their_retries_count_nothing_twice()
    {
        var failing = new FailsOnceAfterCommit("s7");
        await using var stance = await StanceCluster.StartAsync(configure: services => services.AddSingleton<IStatementLog>(provider =>
            failing.Wrapping(new SqliteStatementLog(provider.GetRequiredService<SqliteDatabase>()))));
        var russia = stance.Grains.GetGrain<IActorGrain>("russia");
        var statements = Enumerable.Range(0, 40).Select(Numbered).ToList();

        var calls = statements.Select(s => (Statement: s, Call: russia.RecordAsync(Russia, [s]))).ToList();
        var failed = new List<StatementRecord>();
        var counted = 0;
        foreach (var (statement, call) in calls)
        {
            try
            {
                counted += await call;
            }
            catch (StorageUnavailableException)
            {
                failed.Add(statement);
            }
        }
        // The append that carried s7 committed, then reported a failure to every caller in its batch.
        Assert.Contains(failed, s => s.Id == "s7");
        Assert.True(failing.Tripped);

        // The callers retry, as ingestion does: their statements are in the log already, so they count nothing again.
        foreach (var statement in failed)
            counted += await russia.RecordAsync(Russia, [statement]);
        Assert.Equal(40 - failed.Count, counted);
        await CountedOnce.AssertAsync(russia, statements);
    }

    /// <summary>A log whose append carrying one statement commits and then reports a failure, once: an error after COMMIT.</summary>
    private sealed class FailsOnceAfterCommit(string statementId)
    {
        private int _tripped;

        public string StatementId => statementId;

        public bool Tripped => _tripped == 1;

        public IStatementLog Wrapping(IStatementLog inner) => new Log(this, inner);

        private sealed class Log(FailsOnceAfterCommit owner, IStatementLog inner) : ForwardingStatementLog(inner)
        {
            public override async Task<IReadOnlyList<LoggedStatement>> AppendAsync(string actorId, long expectedHead, IReadOnlyList<StatementToAppend> statements)
            {
                var appended = await Inner.AppendAsync(actorId, expectedHead, statements);
                if (statements.Any(s => s.Statement.Id == owner.StatementId) && Interlocked.Exchange(ref owner._tripped, 1) == 0)
                    throw new StorageUnavailableException("the connection dropped after COMMIT");
                return appended;
            }
        }
    }
}
