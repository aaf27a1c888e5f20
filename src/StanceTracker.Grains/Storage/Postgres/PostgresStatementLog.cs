using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;

namespace StanceTracker.Grains.Storage.Postgres;

/// <summary>
/// The statement log in PostgreSQL, shared by every silo of the cluster: one row per statement, one per (statement, target),
/// and one per relay (a statement repeating another already logged; decided before the append by the speaker's
/// <see cref="SpeakerLog"/>, as for SQLite).
/// </summary>
/// <remarks>
/// Readers catch up by log position ("everything after seq N"), which is only safe if positions become visible in
/// order within what they read. PostgreSQL hands out identity values at insert time, not at commit, so two silos
/// appending at once could commit seq 11 before seq 10 and a reader would skip 10 for ever. Appends therefore hold
/// advisory locks for their speaker and their targets until they commit (<see cref="AppendLocks"/>).
/// </remarks>
public sealed class PostgresStatementLog(PostgresDatabase database) : IStatementLog
{
    // Statements that are not relays: the votes every aggregate counts.
    private const string NotRelay = "NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)";

    /// <remarks>
    /// The actor's head moves in the same transaction, only from where the appender believes it is (one statement, after
    /// the inserts, as in <see cref="SqliteStatementLog"/>); a refused append rolls back and throws <see cref="LogMovedOnException"/>.
    /// </remarks>
    public async Task<IReadOnlyList<LoggedStatement>> AppendAsync(string actorId, long expectedHead, IReadOnlyList<StatementToAppend> statements)
    {
        var appended = new List<LoggedStatement>(statements.Count);
        if (statements.Count == 0)
            return appended;

        var locks = AppendLocks.For(actorId, statements);
        return await database.RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var start = new NpgsqlBatch(connection, transaction))
            {
                AppendLocks.AddTo(start, locks);
                await start.ExecuteNonQueryAsync();
            }

            // Four round trips whatever the size: the locks, the statements, their targets and relays, the head and
            // tallies. A round trip per row kept each append's locks through dozens of them.
            var positions = await InsertStatementsAsync(connection, transaction, actorId, statements);
            await using var rows = new NpgsqlBatch(connection, transaction);
            for (var i = 0; i < statements.Count; i++)
            {
                if (positions[i] is not { } seq)
                    continue; // already logged: a retried or repeated ingest must not count it twice
                var (statement, _, relayOf) = statements[i];
                foreach (var stance in statement.Stances)
                {
                    var target = new NpgsqlBatchCommand("""
                        INSERT INTO statement_targets (seq, actor_id, target_id, stance, score, confidence)
                        VALUES (@seq, @a, @t, @s, @score, @c)
                        ON CONFLICT (seq, target_id) DO NOTHING
                        """);
                    target.Parameters.Add(new NpgsqlParameter<long>("seq", seq));
                    target.Parameters.Add(new NpgsqlParameter<string>("a", actorId));
                    target.Parameters.Add(new NpgsqlParameter<string>("t", stance.TargetId));
                    target.Parameters.Add(new NpgsqlParameter<string>("s", StoredStance.Name(stance.Stance)));
                    target.Parameters.Add(new NpgsqlParameter<double>("score", stance.Score));
                    target.Parameters.Add(new NpgsqlParameter<double>("c", stance.Confidence));
                    rows.BatchCommands.Add(target);
                }

                if (relayOf is not { } link)
                {
                    appended.Add(new LoggedStatement(seq, statement));
                    continue;
                }
                var original = link.LoggedSequence
                    ?? positions[link.EarlierInAppend!.Value]
                    ?? await SequenceOfAsync(connection, transaction, actorId, statements[link.EarlierInAppend.Value].Statement.Id);
                var relay = new NpgsqlBatchCommand("INSERT INTO statement_relays (seq, original_seq, similarity) VALUES (@seq, @original, @similarity)");
                relay.Parameters.Add(new NpgsqlParameter<long>("seq", seq));
                relay.Parameters.Add(new NpgsqlParameter<long>("original", original));
                relay.Parameters.Add(new NpgsqlParameter<double>("similarity", link.Similarity));
                rows.BatchCommands.Add(relay);
                appended.Add(new LoggedStatement(seq, statement, original, link.OriginalPublished));
            }
            if (rows.BatchCommands.Count > 0)
            {
                await rows.PrepareAsync();
                await rows.ExecuteNonQueryAsync();
            }

            if (!await MoveHeadAndTallyAsync(connection, transaction, actorId, expectedHead, appended))
            {
                var stored = await StoredHeadAsync(connection, transaction, actorId);
                await transaction.RollbackAsync();
                throw new LogMovedOnException(actorId, expectedHead, stored);
            }
            await transaction.CommitAsync();
            return appended;
        });
    }

    // Inserts the statements in one round trip; each one's log position, or null where it was logged before.
    private static async Task<long?[]> InsertStatementsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string actorId,
        IReadOnlyList<StatementToAppend> statements)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (statement, words, _) in statements)
        {
            var insert = new NpgsqlBatchCommand("""
                INSERT INTO statements (actor_id, statement_id, article_id, published, outlet, kind, cue, content, payload, tokens)
                VALUES (@a, @id, @art, @pub, @out, @kind, @cue, @content, @payload, @tokens)
                ON CONFLICT (actor_id, statement_id) DO NOTHING
                RETURNING seq
                """);
            insert.Parameters.Add(new NpgsqlParameter<string>("a", actorId));
            insert.Parameters.Add(new NpgsqlParameter<string>("id", statement.Id));
            insert.Parameters.Add(new NpgsqlParameter<string>("art", statement.ArticleId));
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("pub", statement.Published.ToUniversalTime()));
            insert.Parameters.Add(new NpgsqlParameter("out", NpgsqlDbType.Text) { Value = (object?)statement.Outlet ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter<string>("kind", statement.Kind));
            insert.Parameters.Add(new NpgsqlParameter<string>("cue", statement.Cue));
            insert.Parameters.Add(new NpgsqlParameter<string>("content", statement.Content));
            insert.Parameters.Add(new NpgsqlParameter<string>("payload", NpgsqlDbType.Jsonb) { TypedValue = JsonSerializer.Serialize(statement, StorageJson.Options) });
            insert.Parameters.Add(new NpgsqlParameter<string>("tokens", words.Stored));
            batch.BatchCommands.Add(insert);
        }
        var positions = new long?[statements.Count];
        // Prepared: parsed once per pooled connection (a statement already prepared there is not sent again).
        await batch.PrepareAsync();
        await using var reader = await batch.ExecuteReaderAsync();
        for (var i = 0; i < statements.Count; i++)
        {
            if (await reader.ReadAsync())
                positions[i] = reader.GetInt64(0);
            await reader.NextResultAsync();
        }
        return positions;
    }

    // An actor without a head row has no statements: the appender must believe 0, and makes the row. With nothing new
    // the head stays, but must still be the appender's, so that an appender behind the log learns it at once. The new
    // votes' month tallies go in the same round trip as the head's move; a refused append rolls them back with the rest.
    private static async Task<bool> MoveHeadAndTallyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string actorId,
        long expectedHead, List<LoggedStatement> appended)
    {
        if (appended.Count == 0)
            return await StoredHeadAsync(connection, transaction, actorId) == expectedHead;
        await using var batch = new NpgsqlBatch(connection, transaction);
        var move = new NpgsqlBatchCommand(expectedHead == 0
            ? "INSERT INTO actor_heads (actor_id, last_seq) VALUES (@a, @head) ON CONFLICT (actor_id) DO NOTHING"
            : "UPDATE actor_heads SET last_seq = @head WHERE actor_id = @a AND last_seq = @expected");
        move.Parameters.AddWithValue("a", actorId);
        // In log order: the last one appended has the highest position (one append takes its positions in statement order).
        move.Parameters.AddWithValue("head", appended[^1].Sequence);
        if (expectedHead != 0)
            move.Parameters.AddWithValue("expected", expectedHead);
        batch.BatchCommands.Add(move);

        // Only what this append inserted (a statement found already logged is not in it), and never a relay.
        var votes = appended.Where(a => !a.IsRelay).Select(a => a.Sequence).ToArray();
        if (votes.Length > 0)
        {
            var tally = new NpgsqlBatchCommand(TallyVotes);
            tally.Parameters.AddWithValue("votes", votes);
            batch.BatchCommands.Add(tally);
        }
        // Planning the tally costs more than running it; prepared, it is planned once per pooled connection (a batch
        // already prepared on the connection is not sent again).
        await batch.PrepareAsync();
        await batch.ExecuteNonQueryAsync();
        return move.RecordsAffected == 1;
    }

    // The month tallies of schema step 8, added to from the rows just inserted rather than from the records: the month is
    // taken from the stored publication time as the step took it for older statements, and a target named twice in one
    // statement is the one statement_targets row its primary key kept. Grouped first, because one upsert may not touch
    // a row twice. The targets are picked by position as well as joined: the plan a prepared statement settles on
    // guesses ten votes and, knowing only the join, scanned all of statement_targets for them (23 ms at 26,000 rows,
    // and growing with the log, under the append's locks); picked by position, both sides are index ranges (0.14 ms).
    internal const string TallyVotes = """
        WITH votes AS (
            SELECT seq, actor_id, date_trunc('month', published AT TIME ZONE 'UTC')::date AS month
            FROM statements WHERE seq = ANY(@votes)
        ), positions AS (
            INSERT INTO month_positions (month, actor_id, target_id, supports, opposes, neutrals, weighted, confidence)
            SELECT v.month, t.actor_id, t.target_id,
                   count(*) FILTER (WHERE t.stance = 'support'), count(*) FILTER (WHERE t.stance = 'oppose'),
                   count(*) FILTER (WHERE t.stance = 'neutral'), sum(t.score * t.confidence), sum(t.confidence)
            FROM votes v JOIN statement_targets t ON t.seq = v.seq
            WHERE t.seq = ANY(@votes)
            GROUP BY 1, 2, 3
            ON CONFLICT (month, actor_id, target_id) DO UPDATE SET supports = month_positions.supports + excluded.supports,
                opposes = month_positions.opposes + excluded.opposes, neutrals = month_positions.neutrals + excluded.neutrals,
                weighted = month_positions.weighted + excluded.weighted, confidence = month_positions.confidence + excluded.confidence
        )
        INSERT INTO month_statements (month, actor_id, statements)
        SELECT month, actor_id, count(*) FROM votes GROUP BY 1, 2
        ON CONFLICT (month, actor_id) DO UPDATE SET statements = month_statements.statements + excluded.statements
        """;

    private static async Task<long> StoredHeadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string actorId)
    {
        await using var select = new NpgsqlCommand("SELECT last_seq FROM actor_heads WHERE actor_id = @a", connection, transaction);
        select.Parameters.AddWithValue("a", actorId);
        return await select.ExecuteScalarAsync() is long head ? head : 0;
    }

    // The log position of a statement this append found already logged (a repeated ingest) that a new one relays.
    private static async Task<long> SequenceOfAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string actorId, string statementId)
    {
        await using var select = new NpgsqlCommand("SELECT seq FROM statements WHERE actor_id = @a AND statement_id = @id", connection, transaction);
        select.Parameters.AddWithValue("a", actorId);
        select.Parameters.AddWithValue("id", statementId);
        return (long)(await select.ExecuteScalarAsync())!;
    }

    public async Task<IReadOnlyList<RelayCandidate>> ReadRelayCandidatesAsync(string actorId, DateTime firstDay, DateTime lastDay) =>
        await database.RunAsync<IReadOnlyList<RelayCandidate>>(async connection =>
        {
            // Statements logged before words were stored (schema step 4) have none: their content is read and tokenised.
            await using var command = new NpgsqlCommand($"""
                SELECT s.seq, s.article_id, s.published, s.tokens, CASE WHEN s.tokens IS NULL THEN s.content END FROM statements s
                WHERE s.actor_id = @a AND s.published >= @from AND s.published < @to AND {NotRelay}
                """, connection);
            command.Parameters.AddWithValue("a", actorId);
            command.Parameters.AddWithValue("from", UtcDay(firstDay));
            command.Parameters.AddWithValue("to", UtcDay(lastDay).AddDays(1));
            var result = new List<RelayCandidate>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                result.Add(new RelayCandidate(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                    reader.IsDBNull(3) ? ContentTokens.Of(reader.GetString(4)) : ContentTokens.Parse(reader.GetString(3))));
            return result;
        });

    public async Task<IReadOnlyList<DateTime>> ReadStatementDaysAsync(string actorId) =>
        await database.RunAsync<IReadOnlyList<DateTime>>(async connection =>
        {
            await using var command = new NpgsqlCommand(
                "SELECT DISTINCT (published AT TIME ZONE 'UTC')::date FROM statements WHERE actor_id = @a ORDER BY 1", connection);
            command.Parameters.AddWithValue("a", actorId);
            var result = new List<DateTime>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                result.Add(UtcDay(reader.GetDateTime(0)));
            return result;
        });

    public async Task<IReadOnlyList<LoggedStatement>> ReadAfterAsync(string actorId, long afterSequence)
    {
        return await database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                SELECT s.seq, s.payload::text, r.original_seq, o.published FROM statements s
                LEFT JOIN statement_relays r ON r.seq = s.seq
                LEFT JOIN statements o ON o.seq = r.original_seq
                WHERE s.actor_id = @a AND s.seq > @after ORDER BY s.seq
                """, connection);
            command.Parameters.AddWithValue("a", actorId);
            command.Parameters.AddWithValue("after", afterSequence);
            var result = new List<LoggedStatement>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                result.Add(reader.IsDBNull(2)
                    ? new LoggedStatement(reader.GetInt64(0), StatementPayload.Read(reader.GetString(1)))
                    : new LoggedStatement(reader.GetInt64(0), StatementPayload.Read(reader.GetString(1)), reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3)));
            return result;
        });
    }

    public async Task<IReadOnlyList<LoggedStance>> ReadTargetAfterAsync(string targetId, long afterSequence)
    {
        return await database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand($"""
                SELECT t.seq, t.actor_id, s.published, t.stance, t.score, t.confidence
                FROM statement_targets t JOIN statements s ON s.seq = t.seq
                WHERE t.target_id = @t AND t.seq > @after AND {NotRelay} ORDER BY t.seq
                """, connection);
            command.Parameters.AddWithValue("t", targetId);
            command.Parameters.AddWithValue("after", afterSequence);
            var result = new List<LoggedStance>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                result.Add(new LoggedStance(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                    Enum.Parse<StanceKind>(reader.GetString(3), ignoreCase: true), reader.GetDouble(4), reader.GetDouble(5)));
            return result;
        });
    }

    public async Task<IReadOnlyList<StatementRecord>> StrongestAsync(string actorId, string targetId, StanceKind stance,
        DateTime firstDay, DateTime lastDay, int limit)
    {
        return await database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand($"""
                SELECT s.seq, s.payload::text FROM statement_targets t JOIN statements s ON s.seq = t.seq
                WHERE t.actor_id = @a AND t.target_id = @t AND t.stance = @stance
                  AND s.published >= @from AND s.published < @to AND {NotRelay}
                ORDER BY abs(t.score) * t.confidence DESC, s.published LIMIT @limit
                """, connection);
            command.Parameters.AddWithValue("a", actorId);
            command.Parameters.AddWithValue("t", targetId);
            command.Parameters.AddWithValue("stance", StoredStance.Name(stance));
            command.Parameters.AddWithValue("from", UtcDay(firstDay));
            command.Parameters.AddWithValue("to", UtcDay(lastDay).AddDays(1));
            command.Parameters.AddWithValue("limit", limit);
            var found = new List<(long, StatementRecord)>(limit);
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    found.Add((reader.GetInt64(0), StatementPayload.Read(reader.GetString(1))));
            }
            return await WithRelaysAsync(connection, found);
        });
    }

    public async Task<StatementPage> QueryAsync(string actorId, StatementQuery query, int? knownTotal)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        return await database.RunAsync(async connection =>
        {

            var where = new StringBuilder($"s.actor_id = @a AND {NotRelay}");
            if (query.From is not null) where.Append(" AND s.published >= @from");
            if (query.To is not null) where.Append(" AND s.published < @to");
            if (query.Target is not null)
                where.Append(" AND EXISTS (SELECT 1 FROM statement_targets t WHERE t.seq = s.seq AND t.target_id = @t)");
            void Bind(NpgsqlCommand command)
            {
                command.Parameters.AddWithValue("a", actorId);
                if (query.From is { } from) command.Parameters.AddWithValue("from", UtcDay(from.UtcDateTime));
                if (query.To is { } to) command.Parameters.AddWithValue("to", UtcDay(to.UtcDateTime).AddDays(1));
                if (query.Target is { } t) command.Parameters.AddWithValue("t", t);
            }

            var total = knownTotal ?? await CountAsync();
            async Task<int> CountAsync()
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM statements s WHERE {where}", connection);
                Bind(count);
                return Convert.ToInt32(await count.ExecuteScalarAsync());
            }

            await using var select = new NpgsqlCommand(
                $"SELECT s.seq, s.payload::text FROM statements s WHERE {where} ORDER BY s.published, s.seq LIMIT @limit OFFSET @offset", connection);
            Bind(select);
            select.Parameters.AddWithValue("limit", pageSize);
            select.Parameters.AddWithValue("offset", (long)(page - 1) * pageSize);
            var found = new List<(long, StatementRecord)>(Math.Min(pageSize, total));
            await using (var reader = await select.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    found.Add((reader.GetInt64(0), StatementPayload.Read(reader.GetString(1))));
            }
            return new StatementPage(await WithRelaysAsync(connection, found), total, page, pageSize);
        });
    }

    public async Task<int> CountArticlesAsync(string actorId)
    {
        return await database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT count(DISTINCT article_id) FROM statements WHERE actor_id = @a", connection);
            command.Parameters.AddWithValue("a", actorId);
            return Convert.ToInt32(await command.ExecuteScalarAsync());
        });
    }

    /// <remarks>
    /// Whole months come from the month tallies (one row per month, speaker and target, kept by every append); the days
    /// of a part-covered month at either end from the statements, as in <see cref="SqliteStatementLog"/>. One calendar
    /// month, the network's usual question, is a single range of the tallies' primary key, already in speaker and target
    /// order.
    /// </remarks>
    public async Task<WindowPositions> PositionsAsync(DateTimeOffset? from, DateTimeOffset? to)
    {
        var window = MonthWindow.Of(from?.UtcDateTime.Date, to?.UtcDateTime.Date.AddDays(1));
        var months = new StringBuilder("true");
        if (window.IsOneMonth) months.Append(" AND month = @m1");
        else
        {
            if (window.FirstMonth is not null) months.Append(" AND month >= @m1");
            if (window.EndMonth is not null) months.Append(" AND month < @m2");
        }
        // Both edges in one condition: one bitmap scan of the publication-date index for the two day ranges.
        var edges = window.Edges.Count == 0 ? null
            : $"({string.Join(" OR ", window.Edges.Select((_, i) => $"s.published >= @e{i}a AND s.published < @e{i}b"))}) AND {NotRelay}";
        void Bind(NpgsqlCommand command)
        {
            if (window.FirstMonth is { } first) command.Parameters.AddWithValue("m1", DateOnly.FromDateTime(first));
            if (window.EndMonth is { } end) command.Parameters.AddWithValue("m2", DateOnly.FromDateTime(end));
            for (var i = 0; i < window.Edges.Count; i++)
            {
                command.Parameters.AddWithValue($"e{i}a", UtcDay(window.Edges[i].From));
                command.Parameters.AddWithValue($"e{i}b", UtcDay(window.Edges[i].To));
            }
        }

        var parts = new List<string>();
        var countParts = new List<string>();
        if (window.HasMonths)
        {
            parts.Add($"SELECT actor_id, target_id, supports, opposes, neutrals, weighted, confidence FROM month_positions WHERE {months}");
            countParts.Add($"SELECT actor_id, statements FROM month_statements WHERE {months}");
        }
        if (edges is not null)
        {
            // The edge statements' positions first, then their targets by primary key: as a join the planner scanned every
            // target row of the log for a few days' statements.
            parts.Add($"""
                SELECT t.actor_id, t.target_id, (t.stance = 'support')::integer, (t.stance = 'oppose')::integer,
                       (t.stance = 'neutral')::integer, t.score * t.confidence, t.confidence
                FROM statement_targets t WHERE t.seq = ANY(ARRAY(SELECT s.seq FROM statements s WHERE {edges}))
                """);
            countParts.Add($"SELECT s.actor_id, 1 FROM statements s WHERE {edges}");
        }
        // A window that ends before it starts holds nothing: no query.
        if (parts.Count == 0)
            return new WindowPositions([], new Dictionary<string, int>(StringComparer.Ordinal));

        return await database.RunAsync(async connection =>
        {
            // One repeatable-read transaction: the positions and the statement counts come from the same snapshot.
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
            // The integer columns widened to bigint, as the sums of the other shape give them.
            await using var positions = new NpgsqlCommand(window.IsOneMonth
                ? $"""
                    SELECT actor_id, target_id, supports::bigint, opposes::bigint, neutrals::bigint, weighted, confidence
                    FROM month_positions WHERE {months} ORDER BY actor_id, target_id
                    """
                : $"""
                    SELECT actor_id, target_id, sum(supports), sum(opposes), sum(neutrals), sum(weighted), sum(confidence)
                    FROM ({string.Join("\nUNION ALL\n", parts)}) AS votes (actor_id, target_id, supports, opposes, neutrals, weighted, confidence)
                    GROUP BY actor_id, target_id ORDER BY actor_id, target_id
                    """, connection, transaction);
            Bind(positions);
            var found = new List<ActorTargetPosition>();
            await using (var reader = await positions.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    found.Add(new ActorTargetPosition(reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3),
                        (int)reader.GetInt64(4), StanceSeries.NetScore(reader.GetDouble(5), reader.GetDouble(6))));
            }

            await using var counts = new NpgsqlCommand($"""
                SELECT actor_id, sum(statements)
                FROM ({string.Join("\nUNION ALL\n", countParts)}) AS counted (actor_id, statements) GROUP BY actor_id
                """, connection, transaction);
            Bind(counts);
            var byActor = new Dictionary<string, int>(StringComparer.Ordinal);
            await using (var reader = await counts.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    byActor[reader.GetString(0)] = (int)reader.GetInt64(1);
            }
            await transaction.CommitAsync();
            return new WindowPositions(found, byActor);
        });
    }

    // Each statement with the other articles that relayed it, earliest first: one query for the whole page.
    private static async Task<IReadOnlyList<StatementRecord>> WithRelaysAsync(NpgsqlConnection connection, List<(long Seq, StatementRecord Record)> statements)
    {
        if (statements.Count == 0)
            return [];
        await using var command = new NpgsqlCommand("""
            SELECT r.original_seq, s.statement_id, s.article_id, s.outlet, s.published, r.similarity
            FROM statement_relays r JOIN statements s ON s.seq = r.seq
            WHERE r.original_seq = ANY(@originals) ORDER BY s.published, s.seq
            """, connection);
        command.Parameters.AddWithValue("originals", statements.Select(s => s.Seq).ToArray());
        var bySeq = new Dictionary<long, List<RelaySource>>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var original = reader.GetInt64(0);
                if (!bySeq.TryGetValue(original, out var sources))
                    bySeq[original] = sources = [];
                sources.Add(new RelaySource(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4), reader.GetDouble(5)));
            }
        }
        return [.. statements.Select(s => s.Record with { RelayedBy = bySeq.TryGetValue(s.Seq, out var sources) ? sources : [] })];
    }

    // Day boundaries are UTC midnights; Npgsql maps only UTC DateTimes to timestamptz.
    private static DateTime UtcDay(DateTime day) => DateTime.SpecifyKind(day.Date, DateTimeKind.Utc);
}
