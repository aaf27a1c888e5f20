using Microsoft.Data.Sqlite;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The embedded SQLite database: created with its schema on first use, in WAL mode so readers never wait for the writer.
/// Connections are pooled and opened per operation because a SqliteConnection is not thread-safe and grains run concurrently.
/// Every write goes through <see cref="Writes"/> (group commit): one writer connection, many writes per transaction.
/// The frequent reads go through <see cref="Reads"/>: connections kept open with their queries prepared.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteDurability _durability;
    private readonly Lazy<SqliteGroupCommit> _writes;
    private readonly string _readerConnectionString;
    private readonly int _walCheckpointPages;

    public SqliteDatabase(StanceStorageOptions options)
    {
        Directory.CreateDirectory(options.DataDirectory);
        Path = System.IO.Path.GetFullPath(options.DatabasePath);
        _durability = options.Durability;
        if (options.WalCheckpointPages < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.WalCheckpointPages, "WalCheckpointPages must be at least 1");
        _walCheckpointPages = options.WalCheckpointPages;
        _writes = new Lazy<SqliteGroupCommit>(() => new SqliteGroupCommit(this, syncBeforeAcknowledging: _durability == SqliteDurability.PowerLoss));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Several silos on one machine (or a silo and a test) may share the file: wait for the lock instead of failing.
            DefaultTimeout = 30,
        }.ToString();
        // Not pooled by ADO.NET: Reads keeps these open itself, and closing one must let the file go.
        _readerConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
        Reads = new SqliteReaders(OpenReader, Path, options.ReaderConnections);
        using var connection = Open();
        Execute(connection, Schema);
        Migrate(connection);
    }

    public string Path { get; }

    /// <summary>The group-commit writer: the one way to change the database.</summary>
    public SqliteGroupCommit Writes => _writes.Value;

    /// <summary>The reader connections with their prepared queries, for reads run often (see <see cref="SqliteReaders"/>).</summary>
    public SqliteReaders Reads { get; }

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_readerConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The writer's own connection. It never waits for the disk at commit (synchronous=NORMAL): for
    /// <see cref="SqliteDurability.PowerLoss"/> the group commit syncs the WAL on another thread before acknowledging
    /// (see <see cref="WalSync"/>), which is what synchronous=FULL would do on the writer's own time.
    /// </summary>
    internal SqliteConnection OpenWriter()
    {
        var connection = Open();
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;" + WriterCache
            + $" PRAGMA wal_autocheckpoint={_walCheckpointPages}; PRAGMA journal_size_limit={JournalSizeLimit(_walCheckpointPages)};");
        return connection;
    }

    // After a checkpoint the WAL is written again from its start, but the file keeps the size it reached. A checkpoint
    // held back by a long read lets it grow past the checkpoint size; back at the start it is cut to that size again.
    private static long JournalSizeLimit(int walPages) => (long)walPages * 4096;

    // The writer touches index pages all over the file; with SQLite's default 2 MB cache it re-read them from the OS
    // (a twentieth of its time in the profile), so it keeps up to 64 MB. Temporary b-trees (sorts, IN lists) stay in memory
    // instead of in files opened and deleted per statement.
    private const string WriterCache = " PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;";

    public void Dispose()
    {
        Reads.Dispose();
        if (_writes.IsValueCreated)
            _writes.Value.Dispose();
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // No per-open PRAGMAs: readers need none, and every query opens a (pooled) connection. The writer sets its own.
        return connection;
    }

    /// <summary>
    /// Brings a database made by an earlier release up to the current schema, step by step; the step reached is kept in
    /// <c>PRAGMA user_version</c>. Each step runs in a write transaction that first re-reads the version, so two silos
    /// opening one file together apply it once. Released steps are never edited, only appended.
    /// </summary>
    private static void Migrate(SqliteConnection connection)
    {
        for (var step = 0; step < Steps.Length; step++)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var version = connection.CreateCommand();
            version.Transaction = transaction;
            version.CommandText = "PRAGMA user_version";
            var current = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (current > Steps.Length)
                throw new InvalidOperationException(
                    $"the database {connection.DataSource} is at schema version {current}, newer than this program knows ({Steps.Length}): upgrade the program");
            if (current == step)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"{Steps[step]}\nPRAGMA user_version = {step + 1};";
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    private static readonly string[] Steps =
    [
        // 1: relay detection at constant cost. Each statement keeps its normalised words (filled in by the statement
        // log for statements logged before this step), and statements that can be relayed are keyed by the first words
        // of that set (see Relays/ContentTokens.Prefix): a new statement looks up its own keys within the day window
        // and compares words with the few statements found, instead of re-reading and re-tokenising every statement
        // of the speaker in the window.
        """
        ALTER TABLE statements ADD COLUMN tokens TEXT;  -- the content's words (ContentTokens.Stored)

        CREATE TABLE statement_relay_keys (
            actor_id  TEXT NOT NULL,
            token     TEXT NOT NULL,
            published TEXT NOT NULL,
            seq       INTEGER NOT NULL REFERENCES statements (seq),
            PRIMARY KEY (actor_id, token, published, seq)
        ) WITHOUT ROWID;

        -- The relay settings the keys were made with: a lower similarity or word minimum needs longer prefixes or
        -- more statements keyed, so the statement log rebuilds the keys when the settings change.
        CREATE TABLE relay_index (
            id             INTEGER PRIMARY KEY CHECK (id = 1),
            min_similarity REAL NOT NULL,
            min_tokens     INTEGER NOT NULL
        );
        """,
        // 2: relay keys clustered by day. Keyed by speaker first, each new statement's keys landed on pages all over the
        // index, and every commit wrote each of those pages whole: the keys were half of the writer's time and of the
        // bytes written. Keyed by day first, the keys of the statements of one commit (mostly of the same few days)
        // share pages; a lookup seeks each day of the window for each key instead of one range per key. The rebuild
        // happens on the next start: forgetting the settings the keys were made with makes the statement log re-key.
        """
        DROP TABLE statement_relay_keys;

        CREATE TABLE relay_keys (
            day      INTEGER NOT NULL,  -- the statement's publication day (StanceCalendar.DayNumber)
            actor_id TEXT NOT NULL,
            token    TEXT NOT NULL,
            seq      INTEGER NOT NULL REFERENCES statements (seq),
            PRIMARY KEY (day, actor_id, token, seq)
        ) WITHOUT ROWID;

        DELETE FROM relay_index;
        """,
        // 3: no relay index. Each speaker's actor grain now holds the days around its new statements in memory (read
        // once from the statements' (actor_id, published) index, with the words stored since step 1) and decides relays
        // itself; the writer only inserts the decision. Keys were ~4 index entries and a 7-day lookup per statement on
        // the single writer: a third of its time.
        """
        DROP TABLE relay_keys;
        DROP TABLE relay_index;
        """,
        // 4: each actor's log head, the highest position logged for it, moved by every append only from the position
        // the appending activation has applied (see SqliteStatementLog.AppendAsync). In a cluster two activations of one
        // actor can live for a moment after a silo failure; without the head, the new one's appends moved its applied
        // position past a statement the old one logged meanwhile, and its aggregates lacked that statement for ever.
        // Filled from the log for a database made before.
        """
        CREATE TABLE actor_heads (
            actor_id TEXT PRIMARY KEY,
            last_seq INTEGER NOT NULL
        ) WITHOUT ROWID;

        INSERT INTO actor_heads (actor_id, last_seq) SELECT actor_id, max(seq) FROM statements GROUP BY actor_id;
        """,
        // 5: month tallies, kept by every append in its own transaction. The positions network and window comparisons
        // group a period's statements by speaker and target; from the statements that was a join, a relay check and a
        // sort per question, slower than a plain table at 10^6 statements. Whole months now come from here, in key
        // order; only the days of a part-covered month at either end of a window are read from the statements.
        // Relays are never counted, as in every aggregate. Filled from the log for a database made before.
        """
        CREATE TABLE month_positions (
            month      TEXT NOT NULL,  -- yyyy-MM of the statement's publication, UTC
            actor_id   TEXT NOT NULL,
            target_id  TEXT NOT NULL,
            supports   INTEGER NOT NULL,
            opposes    INTEGER NOT NULL,
            neutrals   INTEGER NOT NULL,
            weighted   REAL NOT NULL,   -- sum of score × confidence
            confidence REAL NOT NULL,   -- sum of confidence
            PRIMARY KEY (month, actor_id, target_id)
        ) WITHOUT ROWID;

        CREATE TABLE month_statements (
            month      TEXT NOT NULL,
            actor_id   TEXT NOT NULL,
            statements INTEGER NOT NULL,
            PRIMARY KEY (month, actor_id)
        ) WITHOUT ROWID;

        INSERT INTO month_positions (month, actor_id, target_id, supports, opposes, neutrals, weighted, confidence)
        SELECT substr(s.published, 1, 7), t.actor_id, t.target_id, SUM(t.stance = 'support'), SUM(t.stance = 'oppose'),
               SUM(t.stance = 'neutral'), SUM(t.score * t.confidence), SUM(t.confidence)
        FROM statements s JOIN statement_targets t ON t.seq = s.seq
        WHERE NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)
        GROUP BY 1, 2, 3;

        INSERT INTO month_statements (month, actor_id, statements)
        SELECT substr(s.published, 1, 7), s.actor_id, COUNT(*) FROM statements s
        WHERE NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)
        GROUP BY 1, 2;
        """,
    ];

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private const string Schema = """
        PRAGMA journal_mode=WAL;

        -- Orleans grain state: small aggregates and metadata, one row per grain and state name.
        CREATE TABLE IF NOT EXISTS grain_state (
            state_name TEXT NOT NULL,
            grain_id   TEXT NOT NULL,
            version    INTEGER NOT NULL,
            payload    TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (state_name, grain_id)
        );

        -- Every actor that has spoken or been spoken about, for listing and search.
        CREATE TABLE IF NOT EXISTS actors (
            id      TEXT PRIMARY KEY,
            name    TEXT NOT NULL,
            type    TEXT NOT NULL,
            aliases TEXT NOT NULL  -- JSON array
        );

        -- The statement log: append-only, one row per attributed statement and speaker.
        CREATE TABLE IF NOT EXISTS statements (
            seq          INTEGER PRIMARY KEY AUTOINCREMENT,
            actor_id     TEXT NOT NULL,
            statement_id TEXT NOT NULL,
            article_id   TEXT NOT NULL,
            published    TEXT NOT NULL,  -- ISO 8601 UTC, sortable as text
            outlet       TEXT,
            kind         TEXT NOT NULL,
            cue          TEXT NOT NULL,
            content      TEXT NOT NULL,
            payload      TEXT NOT NULL,  -- the whole record as JSON
            UNIQUE (actor_id, statement_id)
        );
        CREATE INDEX IF NOT EXISTS ix_statements_actor_published ON statements (actor_id, published);
        -- Window queries over every actor (the positions network, window comparison) read one period, not the log.
        CREATE INDEX IF NOT EXISTS ix_statements_published ON statements (published);

        -- Each statement's stance toward each of its targets, for filtering by target and for SQL users.
        CREATE TABLE IF NOT EXISTS statement_targets (
            seq        INTEGER NOT NULL REFERENCES statements (seq),
            actor_id   TEXT NOT NULL,
            target_id  TEXT NOT NULL,
            stance     TEXT NOT NULL,
            score      REAL NOT NULL,
            confidence REAL NOT NULL,
            PRIMARY KEY (seq, target_id)
        );
        CREATE INDEX IF NOT EXISTS ix_statement_targets_actor_target ON statement_targets (actor_id, target_id);
        CREATE INDEX IF NOT EXISTS ix_statement_targets_target_seq ON statement_targets (target_id, seq);

        -- Relays: a statement repeating one already logged for the same speaker (near-identical content, another
        -- article, within days). Written with the statement, in the same transaction, and never changed: a relay is
        -- provenance of its original and not a vote, so every aggregate skips the statements listed here.
        CREATE TABLE IF NOT EXISTS statement_relays (
            seq          INTEGER PRIMARY KEY REFERENCES statements (seq),
            original_seq INTEGER NOT NULL REFERENCES statements (seq),
            similarity   REAL NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_statement_relays_original ON statement_relays (original_seq);
        """;
}
