using Npgsql;
using Orleans.Runtime;
using Orleans.Storage;

namespace StanceTracker.Grains.Storage.Postgres;

/// <summary>
/// Orleans grain storage on the cluster's PostgreSQL database, with an integer version as ETag so that a stale writer
/// (a duplicate activation after a silo failure) is refused instead of overwriting newer state.
/// </summary>
public sealed class PostgresGrainStorage(PostgresDatabase database, IStateFormat format) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand(
                "SELECT version, payload FROM grain_state WHERE state_name = @s AND grain_id = @g", connection);
            command.Parameters.AddWithValue("s", stateName);
            command.Parameters.AddWithValue("g", grainId.ToString());
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                grainState.ETag = reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                grainState.State = format.Read<T>(reader.GetString(1));
                grainState.RecordExists = true;
            }
            else
            {
                grainState.ETag = null;
                grainState.RecordExists = false;
            }
        });
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = format.Write(grainState.State);
        await database.RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            long next;
            if (grainState.ETag is null)
            {
                next = 1;
                command.CommandText = """
                    INSERT INTO grain_state (state_name, grain_id, version, payload, updated_at) VALUES (@s, @g, 1, @p, now())
                    ON CONFLICT (state_name, grain_id) DO NOTHING
                    """;
            }
            else
            {
                var expected = long.Parse(grainState.ETag, System.Globalization.CultureInfo.InvariantCulture);
                next = expected + 1;
                command.CommandText = """
                    UPDATE grain_state SET version = @n, payload = @p, updated_at = now()
                    WHERE state_name = @s AND grain_id = @g AND version = @e
                    """;
                command.Parameters.AddWithValue("e", expected);
                command.Parameters.AddWithValue("n", next);
            }
            command.Parameters.AddWithValue("s", stateName);
            command.Parameters.AddWithValue("g", grainId.ToString());
            command.Parameters.AddWithValue("p", payload);
            if (await command.ExecuteNonQueryAsync() != 1)
                throw new InconsistentStateException(
                    $"State '{stateName}' of {grainId} was changed by another writer (expected version {grainState.ETag ?? "none"}).");
            grainState.ETag = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        });
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM grain_state WHERE state_name = @s AND grain_id = @g", connection);
            command.Parameters.AddWithValue("s", stateName);
            command.Parameters.AddWithValue("g", grainId.ToString());
            await command.ExecuteNonQueryAsync();
            grainState.ETag = null;
            grainState.RecordExists = false;
        });
    }
}
