using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// Group commit for the embedded database: every write (log appends, grain state, actor rows) is queued here and one
/// writer thread runs whatever has queued up in one transaction, then acknowledges each write after the commit. Under
/// load, the writes of many concurrent grains share one commit and one WAL sync instead of paying one each, and
/// SQLite has a single writer anyway. A write that fails (a stale ETag, a log that moved on, a constraint) is rolled
/// back and reported to its caller alone while the others in the batch commit (see <see cref="Commit"/>).
/// </summary>
public sealed class SqliteGroupCommit : IDisposable
{
    /// <summary>Writes per transaction at most, so one commit never holds the others' acknowledgements for long.</summary>
    public const int MaxBatch = 512;

    /// <summary>The writer thread's name, so its CPU time can be told apart from the grains' (see the ingest bench).</summary>
    public const string WriterThreadName = "stance-sqlite-writer";

    // A plain monitor, not a channel: the writer blocks without spinning, which on a small shared machine would burn
    // the CPU the grains need (the profile showed the channel's synchronous wait spinning).
    private readonly Queue<PendingWrite> _queue = new();
    private readonly object _gate = new();
    private bool _closed;
    private readonly SqliteDatabase _database;
    private readonly Thread _writer;
    private long _transactions;
    private long _writes;
    private long _runTicks;
    private long _commitTicks;
    private long _reruns;

    // Power-loss durability: commits are synced and acknowledged here, off the writer thread (null: acknowledged at commit).
    private readonly WalSync? _sync;

    public SqliteGroupCommit(SqliteDatabase database, bool syncBeforeAcknowledging)
    {
        _database = database;
        _sync = syncBeforeAcknowledging ? new WalSync(database.Path) : null;
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = WriterThreadName };
        _writer.Start();
    }

    /// <summary>WAL syncs done so far and the time they took (none when commits are not synced before acknowledging).</summary>
    public (long Syncs, TimeSpan Syncing) SyncCounts => _sync?.Counts ?? (0, TimeSpan.Zero);

    /// <summary>Transactions committed so far, and writes they carried: writes / transactions is the mean batch size.</summary>
    public (long Transactions, long Writes) Counts => (Interlocked.Read(ref _transactions), Interlocked.Read(ref _writes));

    /// <summary>Batches run a second time, each write in a savepoint, because one of their writes failed.</summary>
    public long Reruns => Interlocked.Read(ref _reruns);

    /// <summary>
    /// The writer thread's time so far, split into running the writes' SQL and committing (the WAL sync): which of the
    /// two bounds ingest, and whether the writer is the bound at all, is read from these against the wall clock.
    /// </summary>
    public (TimeSpan RunningWrites, TimeSpan Committing) WriterTime =>
        (Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _runTicks)), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _commitTicks)));

    /// <summary>Runs <paramref name="write"/> in the next group transaction; completes once that transaction is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteWriter, T> write)
    {
        var pending = new PendingWrite<T>(write);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _queue.Enqueue(pending);
            // The writer only waits on an empty queue, so only the first write after it emptied needs to wake it.
            if (_queue.Count == 1)
                Monitor.Pulse(_gate);
        }
        return pending.Task;
    }

    private void WriteLoop()
    {
        using var connection = _database.OpenWriter();
        using var writer = new SqliteWriter(connection);
        var batch = new List<PendingWrite>(MaxBatch);
        while (true)
        {
            lock (_gate)
            {
                while (_queue.Count == 0 && !_closed)
                    Monitor.Wait(_gate);
                if (_queue.Count == 0)
                    return; // closed and drained
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
                    batch.Add(next);
            }
            Commit(writer, batch);
            batch.Clear();
        }
    }

    /// <remarks>
    /// The batch runs first as plain statements in one transaction. Only if a write fails is that transaction rolled
    /// back and the batch run again with each write in a savepoint of its own, so that the failed one alone is undone:
    /// failures are rare, and a savepoint around every write made SQLite copy each page a write touched into its
    /// statement journal before changing it, a tenth of the writer's time in the profile. Writes are functions of the
    /// values they were given and of the database, so running one again after the rollback does the same thing.
    /// </remarks>
    private void Commit(SqliteWriter writer, List<PendingWrite> batch)
    {
        var done = new List<PendingWrite>(batch.Count);
        var started = Stopwatch.GetTimestamp();
        var committing = started;
        try
        {
            writer.Begin();
            if (RunAll(writer, batch))
                done.AddRange(batch);
            else
            {
                writer.RollbackIfOpen();
                Interlocked.Increment(ref _reruns);
                writer.Begin();
                RunEachInSavepoint(writer, batch, done);
            }
            committing = Stopwatch.GetTimestamp();
            writer.Commit();
        }
        catch (Exception ex)
        {
            // The transaction itself failed (disk full, I/O error, the lock not had in time): nothing in it is durable,
            // so no write is acknowledged. Every write of the batch is told, also those it never reached (a failed
            // BEGIN, or one during the re-run), which would otherwise wait for ever; one already failed alone keeps
            // its own error.
            writer.RollbackIfOpen();
            foreach (var write in batch)
                write.Fail(ex);
            return;
        }
        var committed = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _runTicks, committing - started);
        Interlocked.Add(ref _commitTicks, committed - committing);
        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _writes, done.Count);
        if (_sync is null)
        {
            foreach (var write in done)
                write.Complete();
            return;
        }
        _sync.AfterCommit(error =>
        {
            foreach (var write in done)
            {
                if (error is null) write.Complete();
                else write.Fail(error);
            }
        });
    }

    // Whether every write of the batch ran; false at the first that threw (what it and the others did is then undone).
    private static bool RunAll(SqliteWriter writer, List<PendingWrite> batch)
    {
        foreach (var write in batch)
        {
            try
            {
                write.Run(writer);
            }
            catch (Exception)
            {
                return false;
            }
        }
        return true;
    }

    private static void RunEachInSavepoint(SqliteWriter writer, List<PendingWrite> batch, List<PendingWrite> done)
    {
        foreach (var write in batch)
        {
            writer.Savepoint();
            try
            {
                write.Run(writer);
                writer.Release();
                done.Add(write);
            }
            catch (Exception ex)
            {
                writer.RollbackToSavepoint();
                write.Fail(ex);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.PulseAll(_gate);
        }
        _writer.Join();
        _sync?.Dispose();
    }

    private abstract class PendingWrite
    {
        public abstract void Run(SqliteWriter writer);

        public abstract void Complete();

        public abstract void Fail(Exception error);
    }

    private sealed class PendingWrite<T>(Func<SqliteWriter, T> write) : PendingWrite
    {
        // Continuations run on the thread pool, never on the writer thread, which must go straight back to writing.
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public override void Run(SqliteWriter writer) => _result = write(writer);

        public override void Complete() => _done.TrySetResult(_result);

        public override void Fail(Exception error) => _done.TrySetException(error);
    }
}
