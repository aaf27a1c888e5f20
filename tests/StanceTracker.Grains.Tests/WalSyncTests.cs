using Microsoft.Data.Sqlite;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Tests;

/// <summary>Power-loss durability off the writer thread: writes are acknowledged after a WAL sync, or fail when it fails.</summary>
public sealed class WalSyncTests
{
    [Fact]
    public async Task Acknowledges_every_commit_queued_with_one_sync_and_drains_on_dispose()
    {
        var data = Directory.CreateTempSubdirectory("stance-wal-sync-").FullName;
        var database = Path.Combine(data, "stance.db");
        await File.WriteAllBytesAsync(database + "-wal", [1, 2, 3]);
        var acknowledged = new List<Exception?>();
        using (var sync = new WalSync(database))
        {
            var first = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
            sync.AfterCommit(first.SetResult);
            Assert.Null(await first.Task.WaitAsync(TimeSpan.FromSeconds(10)));
            for (var i = 0; i < 5; i++)
                sync.AfterCommit(error => { lock (acknowledged) acknowledged.Add(error); });
        }
        // Dispose syncs and acknowledges what was waiting before it returns.
        Assert.Equal(5, acknowledged.Count);
        Assert.All(acknowledged, Assert.Null);
    }

    [Fact]
    public async Task A_sync_that_fails_fails_the_writes_it_carried_naming_the_file()
    {
        var missing = Path.Combine(Directory.CreateTempSubdirectory("stance-wal-sync-").FullName, "gone", "stance.db");
        using var sync = new WalSync(missing);
        var done = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        sync.AfterCommit(done.SetResult);
        var error = Assert.IsType<IOException>(await done.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(missing + "-wal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Power_loss_durability_acknowledges_writes_after_a_sync_and_they_are_there()
    {
        var data = Directory.CreateTempSubdirectory("stance-wal-sync-").FullName;
        using (var database = new SqliteDatabase(new StanceStorageOptions(data) { Durability = SqliteDurability.PowerLoss }))
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => database.Writes.WriteAsync(writer =>
            {
                var insert = writer.Command("INSERT INTO actors (id, name, type, aliases) VALUES ($id, $id, 'person', '[]')");
                insert.Parameters.AddWithValue("$id", $"actor-{i}");
                return insert.ExecuteNonQuery();
            })));
            Assert.InRange(database.Writes.SyncCounts.Syncs, 1, 20);
        }
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "stance.db")};Pooling=false");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM actors";
        Assert.Equal(20L, count.ExecuteScalar());
    }
}
