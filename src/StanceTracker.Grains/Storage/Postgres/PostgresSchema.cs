using Npgsql;

namespace StanceTracker.Grains.Storage.Postgres;

/// <summary>
/// The project's own PostgreSQL schema, applied in numbered steps recorded in schema_version. Every silo runs this on
/// start; a transaction-scoped advisory lock makes silos that start together take turns, so each step runs once and
/// the others find it done. Steps are only ever appended: a released step is never edited.
/// </summary>
public static class PostgresSchema
{
    // Any constant both silos agree on; "stance-schema" spelled as a number so the lock shows up recognisably in pg_locks.
    private const long MigrationLock = 0x5354_414E_4345_01;

    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> Steps =
    [
        (1, "grain state, actor catalog, statement log", """
            -- Orleans grain state: small aggregates and metadata, one row per grain and state name.
            CREATE TABLE grain_state (
                state_name text NOT NULL,
                grain_id   text NOT NULL,
                version    bigint NOT NULL,
                payload    text NOT NULL,  -- JSON (Orleans' own grains: its serializer's JSON, with type names)
                updated_at timestamptz NOT NULL,
                PRIMARY KEY (state_name, grain_id)
            );

            -- Every actor that has spoken or been spoken about.
            CREATE TABLE actors (
                id      text PRIMARY KEY,
                name    text NOT NULL,
                type    text NOT NULL,
                aliases jsonb NOT NULL
            );

            -- The statement log: append-only, one row per attributed statement and speaker; the unique key makes
            -- a retried append a no-op.
            CREATE TABLE statements (
                seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                actor_id     text NOT NULL,
                statement_id text NOT NULL,
                article_id   text NOT NULL,
                published    timestamptz NOT NULL,
                outlet       text,
                kind         text NOT NULL,
                cue          text NOT NULL,
                content      text NOT NULL,
                payload      jsonb NOT NULL,  -- the whole record
                logged_at    timestamptz NOT NULL DEFAULT now(),
                UNIQUE (actor_id, statement_id)
            );
            CREATE INDEX ix_statements_actor_published ON statements (actor_id, published);
            CREATE INDEX ix_statements_article ON statements (article_id);

            -- Each statement's stance toward each of its targets.
            CREATE TABLE statement_targets (
                seq        bigint NOT NULL REFERENCES statements (seq),
                actor_id   text NOT NULL,
                target_id  text NOT NULL,
                stance     text NOT NULL CHECK (stance IN ('support', 'oppose', 'neutral')),
                score      double precision NOT NULL,
                confidence double precision NOT NULL,
                PRIMARY KEY (seq, target_id)
            );
            CREATE INDEX ix_statement_targets_actor_target ON statement_targets (actor_id, target_id);
            CREATE INDEX ix_statement_targets_target_seq ON statement_targets (target_id, seq);
            """),
        (2, "analyst views stance_statements and stance_articles", """
            -- One row per statement and target (a statement with no target appears once, with no target):
            -- the view documented in docs/POSTGRES.md for people who query with SQL.
            CREATE VIEW stance_statements AS
            SELECT s.seq,
                   s.statement_id,
                   s.actor_id                              AS speaker_id,
                   coalesce(sp.name, s.payload->>'speakerName') AS speaker_name,
                   t.target_id,
                   coalesce(tg.name, t.target_id)          AS target_name,
                   t.stance                                AS polarity,
                   t.score,
                   t.confidence,
                   s.published,
                   (s.published AT TIME ZONE 'UTC')::date  AS published_day,
                   s.article_id,
                   s.outlet,
                   s.payload->>'articleTitle'              AS article_title,
                   s.payload->>'language'                  AS language,
                   s.kind,
                   s.cue,
                   s.content,
                   s.payload->>'sentence'                  AS evidence
            FROM statements s
            LEFT JOIN statement_targets t ON t.seq = s.seq
            LEFT JOIN actors sp ON sp.id = s.actor_id
            LEFT JOIN actors tg ON tg.id = t.target_id;

            -- One row per stored article (the article grains' state), with what ingestion drew from it.
            CREATE VIEW stance_articles AS
            SELECT substr(g.grain_id, strpos(g.grain_id, '/') + 1)      AS article_id,
                   p->>'title'                                          AS title,
                   p->>'source'                                         AS outlet,
                   p->>'url'                                            AS url,
                   (p->>'published')::timestamptz                       AS published,
                   p->>'language'                                       AS language,
                   p->>'path'                                           AS path,
                   (p->>'ingestedAt')::timestamptz                      AS ingested_at,
                   jsonb_array_length(p->'statementIds')                AS statements,
                   ARRAY(SELECT jsonb_array_elements_text(p->'speakers')) AS speakers
            FROM grain_state g
            CROSS JOIN LATERAL (SELECT g.payload::jsonb AS p) AS state
            WHERE g.state_name = 'article' AND (p->>'stored')::boolean;
            """),
        (3, "relays: statements that repeat one already logged for the same speaker", """
            -- A relay is kept as provenance of its original and never counted as a vote of its own.
            CREATE TABLE statement_relays (
                seq          bigint PRIMARY KEY REFERENCES statements (seq),
                original_seq bigint NOT NULL REFERENCES statements (seq),
                similarity   double precision NOT NULL
            );
            CREATE INDEX ix_statement_relays_original ON statement_relays (original_seq);

            -- The analyst view says which rows are relays, so a count of votes can leave them out.
            CREATE OR REPLACE VIEW stance_statements AS
            SELECT s.seq,
                   s.statement_id,
                   s.actor_id                              AS speaker_id,
                   coalesce(sp.name, s.payload->>'speakerName') AS speaker_name,
                   t.target_id,
                   coalesce(tg.name, t.target_id)          AS target_name,
                   t.stance                                AS polarity,
                   t.score,
                   t.confidence,
                   s.published,
                   (s.published AT TIME ZONE 'UTC')::date  AS published_day,
                   s.article_id,
                   s.outlet,
                   s.payload->>'articleTitle'              AS article_title,
                   s.payload->>'language'                  AS language,
                   s.kind,
                   s.cue,
                   s.content,
                   s.payload->>'sentence'                  AS evidence,
                   r.original_seq                          AS relay_of
            FROM statements s
            LEFT JOIN statement_targets t ON t.seq = s.seq
            LEFT JOIN actors sp ON sp.id = s.actor_id
            LEFT JOIN actors tg ON tg.id = t.target_id
            LEFT JOIN statement_relays r ON r.seq = s.seq;
            """),
        (4, "relay index: each statement's words, and keys that find relay candidates at constant cost", """
            -- The content's words (ContentTokens.Stored). Statements logged before this step get theirs from the
            -- statement log when a silo starts (the tokenizer is the program's, not SQL's).
            ALTER TABLE statements ADD COLUMN tokens text;

            -- Statements that can be relayed, keyed by the first words of their word set (prefix filtering): a new
            -- statement looks up its own keys within the day window, so the cost does not grow with the speaker's history.
            CREATE TABLE statement_relay_keys (
                actor_id  text NOT NULL,
                token     text NOT NULL,
                published timestamptz NOT NULL,
                seq       bigint NOT NULL REFERENCES statements (seq),
                PRIMARY KEY (actor_id, token, published, seq)
            );

            -- The relay settings the keys were made with; the statement log rebuilds the keys when they change.
            CREATE TABLE relay_index (
                id             integer PRIMARY KEY CHECK (id = 1),
                min_similarity double precision NOT NULL,
                min_tokens     integer NOT NULL
            );
            """),
        (5, "statements by publication date, for window queries over every actor", """
            -- The positions network and window comparison group one period of the whole log; without this they scan it.
            CREATE INDEX statements_published ON statements (published);
            """),
        (6, "no relay index: each speaker's actor grain holds its recent statements' words and decides relays itself", """
            -- Relay candidates are now read per speaker and day range from ix_statements_actor_published, with the words
            -- stored since step 4; the keys and the settings they were made with are no longer kept.
            DROP TABLE statement_relay_keys;
            DROP TABLE relay_index;
            """),
        (7, "actor heads: each actor's highest log position, moved by an append only from the position its appender has applied", """
            -- Two activations of one actor can live for a moment after a silo failure; without the head, the new one's
            -- appends moved its applied position past a statement the old one logged meanwhile, and its aggregates
            -- lacked that statement for ever. Filled from the log for a database made before.
            CREATE TABLE actor_heads (
                actor_id text PRIMARY KEY,
                last_seq bigint NOT NULL
            );
            INSERT INTO actor_heads (actor_id, last_seq) SELECT actor_id, max(seq) FROM statements GROUP BY actor_id;
            """),
        (8, "month tallies: each month's votes by speaker and target, and statements by speaker, kept by every append", """
            -- The positions network and window comparison group a period's statements by speaker and target: a join, a
            -- relay check and a sort over every statement of the period. Whole months now come from these tallies, which
            -- every append updates in its own transaction; only the days of a part-covered month at either end of a
            -- window are read from the statements. Relays are never counted, as in every aggregate.
            -- The month is a date (its first day, UTC) rather than SQLite's yyyy-MM text: four bytes, compared without
            -- the database's collation, and no malformed value can be stored.
            CREATE TABLE month_positions (
                month      date NOT NULL,              -- first day of the statement's publication month, UTC
                actor_id   text NOT NULL,
                target_id  text NOT NULL,
                supports   integer NOT NULL,
                opposes    integer NOT NULL,
                neutrals   integer NOT NULL,
                weighted   double precision NOT NULL,  -- sum of score × confidence
                confidence double precision NOT NULL,  -- sum of confidence
                PRIMARY KEY (month, actor_id, target_id)
            );

            CREATE TABLE month_statements (
                month      date NOT NULL,
                actor_id   text NOT NULL,
                statements integer NOT NULL,
                PRIMARY KEY (month, actor_id)
            );

            -- Filled from the log for a database made before; statement_targets holds each (statement, target) once.
            INSERT INTO month_positions (month, actor_id, target_id, supports, opposes, neutrals, weighted, confidence)
            SELECT date_trunc('month', s.published AT TIME ZONE 'UTC')::date, t.actor_id, t.target_id,
                   count(*) FILTER (WHERE t.stance = 'support'), count(*) FILTER (WHERE t.stance = 'oppose'),
                   count(*) FILTER (WHERE t.stance = 'neutral'), sum(t.score * t.confidence), sum(t.confidence)
            FROM statements s JOIN statement_targets t ON t.seq = s.seq
            WHERE NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)
            GROUP BY 1, 2, 3;

            INSERT INTO month_statements (month, actor_id, statements)
            SELECT date_trunc('month', s.published AT TIME ZONE 'UTC')::date, s.actor_id, count(*) FROM statements s
            WHERE NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)
            GROUP BY 1, 2;
            """),
    ];

    /// <summary>Applies the steps not applied yet; returns how many it applied (0 when another silo got there first).</summary>
    public static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     integer PRIMARY KEY,
                description text NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        await using var current = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection, transaction);
        var version = Convert.ToInt32(await current.ExecuteScalarAsync(cancellationToken));
        var latest = Steps[^1].Version;
        if (version > latest)
            throw new InvalidOperationException(
                $"the database schema is at version {version}, newer than this program knows ({latest}): upgrade the program");

        var applied = 0;
        foreach (var (stepVersion, description, sql) in Steps.Where(s => s.Version > version))
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, description) VALUES (@v, @d)", connection, transaction);
            record.Parameters.AddWithValue("v", stepVersion);
            record.Parameters.AddWithValue("d", description);
            await record.ExecuteNonQueryAsync(cancellationToken);
            applied++;
        }
        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
