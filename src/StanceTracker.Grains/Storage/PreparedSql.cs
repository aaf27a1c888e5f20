using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// One SQL statement prepared once on a connection and run many times, its values bound by position through SQLite's
/// own API. The writer runs a handful of these per logged statement; an ADO.NET command looks every parameter up by
/// name, converts it and builds a reader on every run, which was a quarter of the single writer's time, and on the
/// reader connections SQLite parsed and planned every query again.
/// Values are bound with <see cref="Text(int, string?)"/>, <see cref="Integer"/> and <see cref="Real"/> (1-based, as
/// the <c>?NNN</c> placeholders of the SQL), then <see cref="Run"/> executes and clears them; a query steps through
/// its rows with <see cref="Step"/> and the column getters (0-based) and is <see cref="Reset"/> after. Used by one
/// thread at a time: the writer thread, or the thread that leased its reader connection (<see cref="SqliteReaders"/>).
/// </summary>
public sealed class PreparedSql : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    // The database file errors name (null: SQLite's own message only, as the writer's errors have always been).
    private readonly string? _file;

    internal PreparedSql(sqlite3 db, string sql, string? file = null)
    {
        _db = db;
        _file = file;
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
            Reset();
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
            Reset();
        }
    }

    /// <summary>
    /// Moves to the query's next row: true while there is one. The first step opens the statement's read transaction,
    /// which lasts until <see cref="Reset"/>; in WAL mode a checkpoint cannot pass a reader's snapshot, so every path
    /// out of a query must reset it.
    /// </summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
            return true;
        Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
        return false;
    }

    public bool ColumnIsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long ColumnInteger(int column) => raw.sqlite3_column_int64(_statement, column);

    public double ColumnReal(int column) => raw.sqlite3_column_double(_statement, column);

    /// <summary>The column's text; a NULL column is refused, as a data reader's GetString refuses it.</summary>
    public string ColumnText(int column) =>
        raw.sqlite3_column_text(_statement, column).utf8_to_string()
            ?? throw new InvalidOperationException($"column {column} is NULL{Where}");

    /// <summary>
    /// The column's text as the UTF-8 bytes SQLite holds, valid until the next step or reset: for JSON read straight
    /// from them, without making a string first. A NULL column is refused.
    /// </summary>
    public ReadOnlySpan<byte> ColumnUtf8(int column)
    {
        if (ColumnIsNull(column))
            throw new InvalidOperationException($"column {column} is NULL{Where}");
        return raw.sqlite3_column_blob(_statement, column);
    }

    /// <summary>Ends the query (and its read transaction) and clears the bound values, ready for the next run.</summary>
    public void Reset()
    {
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
    }

    private string Where => _file is null ? "" : $" in {_file}";

    private void Check(int rc)
    {
        if (rc == raw.SQLITE_OK)
            return;
        if (_file is null)
            SqliteException.ThrowExceptionForRC(rc, _db);
        throw new SqliteException(
            $"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}' in {_file}", rc, raw.sqlite3_extended_errcode(_db));
    }

    public void Dispose() => _statement.Dispose();
}
