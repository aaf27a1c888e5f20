using System.Text.Json;
using Microsoft.Data.Sqlite;
using StanceTracker.Abstractions.Actors;

namespace StanceTracker.Grains.Storage;

/// <summary>The actor catalog in the embedded SQLite database (table actors).</summary>
public sealed class SqliteActorCatalog(SqliteDatabase database) : IActorCatalog
{
    public Task<IReadOnlyList<ActorInfo>> LoadAllAsync()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, type, aliases FROM actors";
        var actors = new List<ActorInfo>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            actors.Add(new ActorInfo(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(3), StorageJson.Options) ?? []));
        return Task.FromResult<IReadOnlyList<ActorInfo>>(actors);
    }

    public Task SaveAsync(IReadOnlyList<ActorInfo> actors) => database.Writes.WriteAsync(writer => Save(writer, actors));

    private const string Upsert = """
        INSERT INTO actors (id, name, type, aliases) VALUES ($id, $name, $type, $aliases)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases
        """;

    private static int Save(SqliteWriter writer, IReadOnlyList<ActorInfo> actors)
    {
        foreach (var actor in actors)
        {
            var command = writer.Command(Upsert);
            command.Parameters.Add("$id", SqliteType.Text).Value = actor.Id;
            command.Parameters.Add("$name", SqliteType.Text).Value = actor.Name;
            command.Parameters.Add("$type", SqliteType.Text).Value = actor.Type;
            command.Parameters.Add("$aliases", SqliteType.Text).Value = JsonSerializer.Serialize(actor.Aliases, StorageJson.Options);
            command.ExecuteNonQuery();
        }
        return actors.Count;
    }
}
