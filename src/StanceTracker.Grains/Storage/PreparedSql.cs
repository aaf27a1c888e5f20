using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// One SQL statement prepared once on the writer's connection and run many times, its values bound by position through
/// SQLite's own API. The writer runs a handful of these per logged statement; an ADO.NET command looks every parameter
/// up by name, converts it and builds a reader on every run, which was a quarter of the single writer's time.
/// Values are bound with <see cref="Text(int, string?)"/>, <see cref="Integer"/> and <see cref="Real"/> (1-based, as
/// the <c>?NNN</c> placeholders of the SQL), then <see cref="Run"/> executes and clears them. Writer thread only.
/// </summary>
public sealed class PreparedSql : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    internal PreparedSql(sqlite3 db, string sql)
    {
        _db = db;
        Check(raw.sqlite3_prepare_v2(db, sql, out _statement));
    }

    public PreparedSql Text(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));
        return this;
    }

    /// <summary>Binds text already encoded as UTF-8 (made off the writer thread), so the writer does not transcode it.</summary>
    public PreparedSql Text(int index, ReadOnlySpan<byte> utf8)
    {
        Check(raw.sqlite3_bind_text(_statement, index, utf8));
        return this;
    }

    public PreparedSql Integer(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    public PreparedSql Real(int index, double value)
    {
        Check(raw.sqlite3_bind_double(_statement, index, value));
        return this;
    }

    /// <summary>Runs the statement to its end; returns the rows it changed. Its values are cleared for the next run.</summary>
    public int Run()
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }
            Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    /// <summary>Runs a query and returns the first column of its first row as an integer (null: no row).</summary>
    public long? FirstInteger()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW)
                return raw.sqlite3_column_int64(_statement, 0);
            Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();
}
