using Npgsql;
using NpgsqlTypes;

namespace StanceTracker.Grains.Storage.Postgres;

/// <summary>
/// The advisory locks one append to the PostgreSQL log holds until it commits: its speaker's and one per target its
/// statements name. Two kinds of reader catch up by log position: an actor over its own statements, a target grain over
/// the stances toward it ("everything after seq N"). Each needs positions to become visible in order within what it
/// reads, and PostgreSQL hands out identity values at insert time, not at commit. An append therefore takes the locks
/// of everything it will write before it takes a position, and keeps them until its commit: an append that writes for
/// the same speaker or target waits, takes later positions and commits later. Appends with nothing in common run at
/// once and share the server's WAL flushes, where one log-wide lock made every append in the cluster wait for the one
/// before it, WAL flush included.
/// </summary>
/// <remarks>
/// Locks are taken in ascending (space, key) order, so two appends can never wait for each other in a cycle. Keys are
/// 32-bit hashes of the ids: two ids that share one only make their appends take turns. Releases before this one held
/// a single log-wide lock exclusively; appends now hold it shared, so an older silo on the same database still never
/// appends beside a newer one.
/// </remarks>
public static class AppendLocks
{
    /// <summary>The log-wide lock: taken shared by every append (exclusive by releases before per-id locks).</summary>
    public const long LogWide = 0x5354_414E_4345_02;

    // Lock spaces of the two-key form (a separate space from single-key locks like the log-wide and migration locks).
    private const int SpeakerSpace = 0x5354_0001;
    private const int TargetSpace = 0x5354_0002;

    /// <summary>The locks an append of <paramref name="statements"/> by <paramref name="actorId"/> takes, in the order it takes them.</summary>
    public static (int Space, int Key)[] For(string actorId, IReadOnlyList<StatementToAppend> statements)
    {
        var locks = new HashSet<(int, int)> { (SpeakerSpace, Hash(actorId)) };
        foreach (var statement in statements)
            foreach (var stance in statement.Statement.Stances)
                locks.Add((TargetSpace, Hash(stance.TargetId)));
        var ordered = locks.ToArray();
        Array.Sort(ordered);
        return ordered;
    }

    /// <summary>Adds the taking of <paramref name="locks"/> (from <see cref="For"/>), in their order, to a batch run before the inserts.</summary>
    public static void AddTo(NpgsqlBatch batch, (int Space, int Key)[] locks)
    {
        var logWide = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock_shared(@logWide)");
        logWide.Parameters.AddWithValue("logWide", LogWide);
        batch.BatchCommands.Add(logWide);
        // unnest walks the arrays in order, and each row's lock is taken as the row is produced.
        var each = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(s, k) FROM unnest(@spaces, @keys) AS l(s, k)");
        each.Parameters.Add(new NpgsqlParameter("spaces", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = locks.Select(l => l.Space).ToArray() });
        each.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = locks.Select(l => l.Key).ToArray() });
        batch.BatchCommands.Add(each);
    }

    // FNV-1a over the UTF-16 code units: the same key on every silo and every run (string.GetHashCode is per process).
    internal static int Hash(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return unchecked((int)hash);
    }
}
