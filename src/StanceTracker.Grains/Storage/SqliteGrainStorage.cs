using System.Globalization;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using Orleans.Storage;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// Orleans grain storage on the embedded SQLite database, with an integer version as ETag so that a stale
/// writer (e.g. a duplicate activation after a silo failure) is refused instead of overwriting newer state.
/// </summary>
public sealed class SqliteGrainStorage(SqliteDatabase database, IStateFormat format) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, payload FROM grain_state WHERE state_name = $s AND grain_id = $g";
        command.Parameters.AddWithValue("$s", stateName);
        command.Parameters.AddWithValue("$g", grainId.ToString());
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            grainState.ETag = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
            grainState.State = format.Read<T>(reader.GetString(1));
            grainState.RecordExists = true;
        }
        else
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
        return Task.CompletedTask;
    }

    /// <remarks>Acknowledged after the group commit that carries it; the ETag moves on only then.</remarks>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = format.Write(grainState.State);
        var grain = grainId.ToString();
        var etag = grainState.ETag;
        var next = await database.Writes.WriteAsync(writer => Write(writer, stateName, grain, etag, payload));
        grainState.ETag = next.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    private const string Insert = """
        INSERT INTO grain_state (state_name, grain_id, version, payload, updated_at) VALUES ($s, $g, 1, $p, $t)
        ON CONFLICT (state_name, grain_id) DO NOTHING
        """;

    private const string Update = """
        UPDATE grain_state SET version = $n, payload = $p, updated_at = $t
        WHERE state_name = $s AND grain_id = $g AND version = $e
        """;

    private static long Write(SqliteWriter writer, string stateName, string grain, string? etag, string payload)
    {
        SqliteCommand command;
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        long next;
        if (etag is null)
        {
            next = 1;
            command = writer.Command(Insert);
        }
        else
        {
            var expected = long.Parse(etag, CultureInfo.InvariantCulture);
            next = expected + 1;
            command = writer.Command(Update);
            command.Parameters.AddWithValue("$e", expected);
            command.Parameters.AddWithValue("$n", next);
        }
        command.Parameters.AddWithValue("$s", stateName);
        command.Parameters.AddWithValue("$g", grain);
        command.Parameters.AddWithValue("$p", payload);
        command.Parameters.AddWithValue("$t", now);
        if (command.ExecuteNonQuery() != 1)
            throw new InconsistentStateException(
                $"State '{stateName}' of {grain} was changed by another writer (expected version {etag ?? "none"}).");
        return next;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var grain = grainId.ToString();
        await database.Writes.WriteAsync(writer =>
        {
            var command = writer.Command("DELETE FROM grain_state WHERE state_name = $s AND grain_id = $g");
            command.Parameters.AddWithValue("$s", stateName);
            command.Parameters.AddWithValue("$g", grain);
            return command.ExecuteNonQuery();
        });
        grainState.ETag = null;
        grainState.RecordExists = false;
    }
}
