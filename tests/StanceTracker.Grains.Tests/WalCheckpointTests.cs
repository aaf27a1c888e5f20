using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Tests;

/// <summary>When the writer copies the WAL back into the database (<see cref="StanceStorageOptions.WalCheckpointPages"/>).</summary>
public sealed class WalCheckpointTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(StanceStorageOptions.DefaultWalCheckpointPages)]
    public async Task The_writer_copies_the_wal_into_the_database_once_it_passes_the_checkpoint_size(int checkpointPages)
    {
        var data = Directory.CreateTempSubdirectory("stance-wal-checkpoint-").FullName;
        var file = Path.Combine(data, "stance.db");
        using var database = new SqliteDatabase(new StanceStorageOptions(data)
        {
            WalCheckpointPages = checkpointPages,
            Durability = SqliteDurability.ProcessCrash,
        });
        var before = new FileInfo(file).Length;
        // About 1,400 pages of rows, past SQLite's own checkpoint size of 1,000, one commit of 8 KB at a time.
        for (var i = 0; i < 700; i++)
            await database.Writes.WriteAsync(writer =>
            {
                var insert = writer.Command("INSERT INTO actors (id, name, type, aliases) VALUES ($id, $name, 'person', '[]')");
                insert.Parameters.AddWithValue("$id", $"actor-{i}");
                insert.Parameters.AddWithValue("$name", new string('x', 8_000));
                return insert.ExecuteNonQuery();
            });
        var walPages = new FileInfo(file + "-wal").Length / 4096;
        var grown = new FileInfo(file).Length - before;
        if (checkpointPages < 1_000)
        {
            // Checkpointed along the way: the rows reached the database file, and the WAL was cut back to the limit.
            Assert.True(grown > 600 * 8_000, $"the database grew {grown} bytes");
            Assert.InRange(walPages, 1, checkpointPages + 10);
        }
        else
        {
            // Not yet: every row is still only in the WAL.
            Assert.True(grown < 100 * 4096, $"the database grew {grown} bytes");
            Assert.True(walPages > 1_200, $"the WAL has {walPages} pages");
        }
    }

    [Fact]
    public void A_checkpoint_size_below_one_page_is_refused()
    {
        var data = Directory.CreateTempSubdirectory("stance-wal-checkpoint-").FullName;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteDatabase(new StanceStorageOptions(data) { WalCheckpointPages = 0 }));
        Assert.Contains("WalCheckpointPages", error.Message);
    }
}
