using Microsoft.Data.Sqlite;

namespace StanceTracker.Grains.Tests;

/// <summary>Reads a test silo's SQLite database directly, on a connection of its own (no pooling, so the file is let go).</summary>
internal static class DatabaseFile
{
    public static long Scalar(string dataDirectory, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "stance.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return (long)command.ExecuteScalar()!;
    }
}
