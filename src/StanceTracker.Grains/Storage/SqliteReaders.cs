using Microsoft.Data.Sqlite;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The embedded database's reader connections, kept open with their prepared statements (<see cref="SqliteReader"/>).
/// A read leases one for the length of a synchronous callback, which binds, steps and reads columns; the statement is
/// reset on every way out, so no read transaction outlives the callback and the writer's checkpoints never wait for a
/// reader. Opening a pooled ADO.NET connection, building a command and letting SQLite parse and plan the query again on
/// every read was most of the readers' share of the ingest profile.
/// </summary>
/// <remarks>
/// At most <see cref="Capacity"/> connections are kept. A read that finds none idle opens one rather than waiting: reads
/// run on the grains' scheduler threads, and blocking one of those for a connection would stall every grain queued
/// behind it, while an extra connection costs only an open and a first prepare. Past the capacity a returned connection
/// is closed. A connection whose SQLite call failed is closed, never returned, whatever the error was.
/// </remarks>
public sealed class SqliteReaders : IDisposable
{
    private readonly Func<SqliteConnection> _open;
    private readonly string _file;
    private readonly Stack<SqliteReader> _idle = new();
    private readonly object _gate = new();
    private bool _disposed;
    private long _opened;

    internal SqliteReaders(Func<SqliteConnection> open, string file, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _open = open;
        _file = file;
        Capacity = capacity;
    }

    /// <summary>Idle connections kept open at most.</summary>
    public int Capacity { get; }

    /// <summary>Connections opened so far, and how many are idle now: opened − idle − leased were closed.</summary>
    public (long Opened, int Idle) Counts
    {
        get
        {
            lock (_gate)
                return (Interlocked.Read(ref _opened), _idle.Count);
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> with the statement for <paramref name="sql"/> prepared on a leased connection, values
    /// unbound; whatever the callback returns is the result. The callback must not keep the statement or await.
    /// <paramref name="args"/> is passed through so that a static lambda needs no closure per read.
    /// </summary>
    public T Read<TArgs, T>(string sql, TArgs args, Func<PreparedSql, TArgs, T> read)
    {
        var reader = Lease();
        PreparedSql? statement = null;
        var broken = false;
        try
        {
            statement = reader.Prepared(sql);
            return read(statement, args);
        }
        catch (SqliteException)
        {
            broken = true;
            throw;
        }
        finally
        {
            // Ends the read transaction whether the rows were read to the end, left early or abandoned by an exception.
            statement?.Reset();
            Return(reader, broken);
        }
    }

    private SqliteReader Lease()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryPop(out var idle))
                return idle;
        }
        var connection = _open();
        Interlocked.Increment(ref _opened);
        return new SqliteReader(connection, _file);
    }

    private void Return(SqliteReader reader, bool broken)
    {
        if (!broken)
        {
            lock (_gate)
            {
                if (!_disposed && _idle.Count < Capacity)
                {
                    _idle.Push(reader);
                    return;
                }
            }
        }
        reader.Dispose();
    }

    /// <summary>Closes the idle connections; a read still running closes its own when it ends.</summary>
    public void Dispose()
    {
        SqliteReader[] idle;
        lock (_gate)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }
        foreach (var reader in idle)
            reader.Dispose();
    }
}
