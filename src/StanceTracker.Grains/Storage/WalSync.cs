using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// Makes committed transactions survive a power loss on a thread of its own: the writer commits without syncing
/// (synchronous=NORMAL, which in WAL mode never corrupts the file) and hands each commit's acknowledgements here; this
/// thread syncs the WAL file (one fsync for every commit that queued meanwhile) and only then acknowledges them. The
/// writer starts the next transaction while the disk works, instead of waiting 10–15 ms for each sync: under
/// synchronous=FULL the sync was half the writer's wall-clock time.
/// </summary>
/// <remarks>
/// fsync flushes the file, whichever descriptor asks, so a handle of our own on the WAL flushes every frame SQLite has
/// written to it, the WAL header included. The WAL is opened at the first sync, after the writer's first commit: while
/// the writer's connection is open, SQLite neither deletes nor replaces that file (it only rewrites it from the start
/// after a checkpoint, and a checkpoint syncs what it copies into the database first).
/// </remarks>
public sealed class WalSync : IDisposable
{
    /// <summary>The sync thread's name, so its CPU time can be told apart (see the ingest bench).</summary>
    public const string ThreadName = "stance-sqlite-sync";

    private readonly string _walPath;
    private readonly object _gate = new();
    private List<Action<Exception?>> _waiting = [];
    private bool _closed;
    private readonly Thread _thread;
    private SafeFileHandle? _wal;
    private long _syncs;
    private long _syncTicks;

    public WalSync(string databasePath)
    {
        _walPath = databasePath + "-wal";
        _thread = new Thread(SyncLoop) { IsBackground = true, Name = ThreadName };
        _thread.Start();
    }

    /// <summary>Syncs done so far and the time they took: what acknowledged writes waited for after their commit.</summary>
    public (long Syncs, TimeSpan Syncing) Counts => (Interlocked.Read(ref _syncs), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _syncTicks)));

    /// <summary>Calls <paramref name="acknowledge"/> once everything committed so far is on disk, or with the error that kept it from getting there.</summary>
    public void AfterCommit(Action<Exception?> acknowledge)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _waiting.Add(acknowledge);
            if (_waiting.Count == 1)
                Monitor.Pulse(_gate);
        }
    }

    private void SyncLoop()
    {
        while (true)
        {
            List<Action<Exception?>> synced;
            lock (_gate)
            {
                while (_waiting.Count == 0 && !_closed)
                    Monitor.Wait(_gate);
                if (_waiting.Count == 0)
                    return; // closed and drained
                synced = _waiting;
                _waiting = [];
            }
            var started = Stopwatch.GetTimestamp();
            Exception? error = null;
            try
            {
                _wal ??= File.OpenHandle(_walPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                RandomAccess.FlushToDisk(_wal);
            }
            catch (Exception ex)
            {
                // Committed but maybe not on disk: not acknowledged. The callers' retries find the rows logged and skip them.
                error = new IOException($"syncing the write-ahead log {_walPath} failed: {ex.Message}", ex);
            }
            Interlocked.Add(ref _syncTicks, Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref _syncs);
            foreach (var acknowledge in synced)
                acknowledge(error);
        }
    }

    /// <summary>Syncs and acknowledges what is waiting, then stops. Call after the writer has stopped.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.PulseAll(_gate);
        }
        _thread.Join();
        _wal?.Dispose();
    }
}
