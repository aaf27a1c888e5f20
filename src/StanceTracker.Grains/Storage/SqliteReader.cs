using Microsoft.Data.Sqlite;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// One open reader connection and the statements prepared on it, by SQL text: a query is parsed and planned once per
/// connection instead of once per read. Leased to one thread at a time by <see cref="SqliteReaders"/>. The SQL given is
/// constant text from the code, so the statements kept stay a handful.
/// </summary>
internal sealed class SqliteReader(SqliteConnection connection, string file) : IDisposable
{
    private readonly Dictionary<string, PreparedSql> _prepared = new(StringComparer.Ordinal);

    public PreparedSql Prepared(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var prepared))
            _prepared[sql] = prepared = new PreparedSql(connection.Handle!, sql, file);
        return prepared;
    }

    public void Dispose()
    {
        // Statements first: a connection closes cleanly only once none of its statements is left.
        foreach (var prepared in _prepared.Values)
            prepared.Dispose();
        _prepared.Clear();
        connection.Dispose();
    }
}
