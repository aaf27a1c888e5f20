using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Tests;

/// <summary>The group commit: many writes in one transaction, and a failing write undone and reported alone.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task A_failing_write_is_undone_and_reported_alone_while_the_rest_of_its_batch_commits_once()
    {
        var data = Directory.CreateTempSubdirectory("stance-group-commit-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data));
        // Holds the writer in a first batch of its own, so that every write queued meanwhile goes into the next one.
        using var gate = new ManualResetEventSlim();
        using var running = new ManualResetEventSlim();
        var before = database.Writes.Counts;
        var holding = database.Writes.WriteAsync(_ =>
        {
            running.Set();
            return gate.Wait(TimeSpan.FromSeconds(30));
        });
        // Only once the writer runs it is its batch closed: writes queued before that would join it.
        Assert.True(running.Wait(TimeSpan.FromSeconds(30)));
        var writes = Enumerable.Range(0, 9).Select(i => database.Writes.WriteAsync(writer =>
        {
            Insert(writer, $"actor-{i}");
            // The fifth inserts its row and then fails: its row must go, the others' must stay, each once.
            if (i == 4)
                throw new InvalidOperationException("the fifth write fails");
            return i;
        })).ToList();
        gate.Set();
        Assert.True(await holding);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => writes[4]);
        Assert.Equal("the fifth write fails", failure.Message);
        foreach (var i in new[] { 0, 1, 2, 3, 5, 6, 7, 8 })
            Assert.Equal(i, await writes[i]);
        Assert.Equal(8, DatabaseFile.Scalar(data, "SELECT count(*) FROM actors"));
        Assert.Equal(0, DatabaseFile.Scalar(data, "SELECT count(*) FROM actors WHERE id = 'actor-4'"));
        var after = database.Writes.Counts;
        // The holding write's transaction, then one with the eight that succeeded; that batch ran a second time.
        Assert.Equal((2L, 9L), (after.Transactions - before.Transactions, after.Writes - before.Writes));
        Assert.Equal(1, database.Writes.Reruns);
    }

    [Fact]
    public async Task A_batch_without_failures_runs_once()
    {
        var data = Directory.CreateTempSubdirectory("stance-group-commit-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data));
        var runs = 0;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => database.Writes.WriteAsync(writer =>
        {
            Interlocked.Increment(ref runs);
            Insert(writer, $"actor-{i}");
            return i;
        })));
        Assert.Equal(20, runs);
        Assert.Equal(20, DatabaseFile.Scalar(data, "SELECT count(*) FROM actors"));
        Assert.Equal(0, database.Writes.Reruns);
    }

    private static void Insert(SqliteWriter writer, string id)
    {
        var insert = writer.Command("INSERT INTO actors (id, name, type, aliases) VALUES ($id, $id, 'person', '[]')");
        insert.Parameters.AddWithValue("$id", id);
        insert.ExecuteNonQuery();
    }
}
