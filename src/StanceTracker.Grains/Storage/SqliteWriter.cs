using Microsoft.Data.Sqlite;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The group-commit writer's connection and its prepared statements. Writes ask for a command by its SQL and get the
/// same prepared one every time (parameters cleared), so SQLite parses each statement once per silo, not once per
/// write; transaction control is done with plain statements for the same reason. Used by the writer thread only.
/// </summary>
public sealed class SqliteWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PreparedSql> _prepared = new(StringComparer.Ordinal);
    private bool _open;

    internal SqliteWriter(SqliteConnection connection) => _connection = connection;

    /// <summary>The prepared command for <paramref name="sql"/>, with no parameters bound yet.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        return command;
    }

    /// <summary>
    /// The statement for <paramref name="sql"/> prepared on this connection, bound by position (see <see cref="PreparedSql"/>):
    /// for the statements run many times per transaction, where the command's per-run work shows.
    /// </summary>
    public PreparedSql Prepared(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var prepared))
            _prepared[sql] = prepared = new PreparedSql(_connection.Handle!, sql);
        return prepared;
    }

    /// <summary>
    /// The rowid of the last row this connection inserted. Read from the connection instead of with INSERT … RETURNING,
    /// which buffers its output in a temporary b-tree made and freed on every execution.
    /// </summary>
    public long LastInsertRowId => SQLitePCL.raw.sqlite3_last_insert_rowid(_connection.Handle);

    internal void Begin()
    {
        // BEGIN IMMEDIATE takes the write lock up front, so another process's writer makes us wait here (busy timeout)
        // rather than fail half-way through a batch.
        Execute("BEGIN IMMEDIATE");
        _open = true;
    }

    // Once per write: prepared, so a batch of small writes does not pay a command's per-run work twice for each.
    internal void Savepoint() => Prepared("SAVEPOINT w").Run();

    internal void Release() => Prepared("RELEASE w").Run();

    internal void RollbackToSavepoint()
    {
        Execute("ROLLBACK TO w");
        Execute("RELEASE w");
    }

    internal void Commit()
    {
        Execute("COMMIT");
        _open = false;
    }

    internal void RollbackIfOpen()
    {
        if (!_open || _connection.State != System.Data.ConnectionState.Open) return;
        _open = false;
        try
        {
            Execute("ROLLBACK");
        }
        catch (SqliteException)
        {
            // SQLite already rolled back (it does on some I/O errors); there is nothing left to undo.
        }
    }

    private void Execute(string sql) => Command(sql).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        _commands.Clear();
        foreach (var prepared in _prepared.Values)
            prepared.Dispose();
        _prepared.Clear();
    }
}
