using System.Globalization;
using System.Text;
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
    private const string Select = "SELECT version, payload FROM grain_state WHERE state_name = ?1 AND grain_id = ?2";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // The payload is parsed after the connection is given back: the read holds it no longer than SQLite needs.
        var (version, payload) = database.Reads.Read(Select, (stateName, grainId.ToString()), static (query, args) =>
        {
            query.Text(1, args.stateName).Text(2, args.Item2);
            return query.Step() ? (query.ColumnInteger(0), query.ColumnText(1)) : (0L, (string?)null);
        });
        if (payload is not null)
        {
            grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
            grainState.State = format.Read<T>(payload);
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
        // Every value is made here, so the single writer thread only binds and runs SQL.
        var payload = format.WriteUtf8(grainState.State);
        var grain = grainId.ToString();
        var etag = grainState.ETag is { } e ? long.Parse(e, CultureInfo.InvariantCulture) : (long?)null;
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var next = await database.Writes.WriteAsync(writer => Write(writer, stateName, grain, etag, payload, now));
        grainState.ETag = next.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    private const string Insert = """
        INSERT INTO grain_state (state_name, grain_id, version, payload, updated_at) VALUES (?1, ?2, 1, ?3, ?4)
        ON CONFLICT (state_name, grain_id) DO NOTHING
        """;

    private const string Update = """
        UPDATE grain_state SET version = ?5, payload = ?3, updated_at = ?4
        WHERE state_name = ?1 AND grain_id = ?2 AND version = ?6
        """;

    private static long Write(SqliteWriter writer, string stateName, string grain, long? expected, byte[] payload, string now)
    {
        var changed = expected is { } version
            ? writer.Prepared(Update).Text(1, stateName).Text(2, grain).Text(3, payload).Text(4, now)
                .Integer(5, version + 1).Integer(6, version).Run()
            : writer.Prepared(Insert).Text(1, stateName).Text(2, grain).Text(3, payload).Text(4, now).Run();
        if (changed != 1)
            throw new InconsistentStateException(
                $"State '{stateName}' of {grain} was changed by another writer (expected version {expected?.ToString(CultureInfo.InvariantCulture) ?? "none"}).");
        return (expected ?? 0) + 1;
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
