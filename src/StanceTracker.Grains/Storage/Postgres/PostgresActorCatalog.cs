using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using StanceTracker.Abstractions.Actors;

namespace StanceTracker.Grains.Storage.Postgres;

/// <summary>The actor catalog in PostgreSQL (table actors), one row per actor.</summary>
public sealed class PostgresActorCatalog(PostgresDatabase database) : IActorCatalog
{
    public async Task<IReadOnlyList<ActorInfo>> LoadAllAsync()
    {
        return await database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT id, name, type, aliases::text FROM actors", connection);
            var actors = new List<ActorInfo>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                actors.Add(new ActorInfo(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    JsonSerializer.Deserialize<List<string>>(reader.GetString(3), StorageJson.Options) ?? []));
            return actors;
        });
    }

    public async Task SaveAsync(IReadOnlyList<ActorInfo> actors)
    {
        if (actors.Count == 0)
            return;
        // One row per id, the last one given: an upsert may not touch a row twice.
        var last = new Dictionary<string, ActorInfo>(StringComparer.Ordinal);
        foreach (var actor in actors)
            last[actor.Id] = actor;
        actors = [.. last.Values];
        await database.RunAsync(async connection =>
        {
            // One round trip for the whole set: unnest the columns as arrays. The rows go in id order: the reentrant
            // directory saves overlapping sets at once, and two saves locking shared rows in opposite orders deadlock.
            await using var command = new NpgsqlCommand("""
                INSERT INTO actors (id, name, type, aliases)
                SELECT * FROM unnest(@ids, @names, @types, @aliases::jsonb[]) ORDER BY 1
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases
                """, connection);
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = actors.Select(a => a.Id).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("names", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = actors.Select(a => a.Name).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = actors.Select(a => a.Type).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("aliases", NpgsqlDbType.Array | NpgsqlDbType.Text)
                { Value = actors.Select(a => JsonSerializer.Serialize(a.Aliases, StorageJson.Options)).ToArray() });
            await command.ExecuteNonQueryAsync();
        });
    }
}
