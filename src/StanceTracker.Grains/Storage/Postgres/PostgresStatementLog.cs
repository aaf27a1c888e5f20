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
/// and one per relay (a statement repeating another already logged; decided by the same <see cref="RelayMatcher"/> as SQLite).
/// </summary>
/// <remarks>
/// Readers catch up by log position ("everything after seq N"), which is only safe if positions become visible in
/// order. PostgreSQL hands out identity values at insert time, not at commit, so two silos appending at once could
/// commit seq 11 before seq 10 and a reader would skip 10 for ever. Appends therefore take a transaction-scoped
/// advisory lock: they queue for the few milliseconds an append takes, and commit order equals seq order.
/// </remarks>
public sealed class PostgresStatementLog(PostgresDatabase database, RelayMatcher relays) : IStatementLog
{
    private const long AppendLock = 0x5354_414E_4345_02;

    // Statements that are not relays: the votes every aggregate counts.
    private const string NotRelay = "NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)";

    private readonly SemaphoreSlim _preparing = new(1, 1);
    private volatile bool _prepared;

    public async Task<IReadOnlyList<LoggedStatement>> AppendAsync(string actorId, IReadOnlyList<StatementRecord> statements)
    {
        var appended = new List<LoggedStatement>(statements.Count);
        if (statements.Count == 0)
            return appended;
        if (!_prepared)
            await PrepareRelayIndexAsync();
        var tokens = statements.Select(s => ContentTokens.Of(s.Content)).ToArray();

        return await database.RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AppendLock})", connection, transaction))
                await lockCommand.ExecuteNonQueryAsync();

            await using var insert = new NpgsqlCommand("""
                INSERT INTO statements (actor_id, statement_id, article_id, published, outlet, kind, cue, content, payload, tokens)
                VALUES (@a, @id, @art, @pub, @out, @kind, @cue, @content, @payload, @tokens)
                ON CONFLICT (actor_id, statement_id) DO NOTHING
                RETURNING seq
                """, connection, transaction);
            var pActor = insert.Parameters.Add("a", NpgsqlDbType.Text);
            var pId = insert.Parameters.Add("id", NpgsqlDbType.Text);
            var pArticle = insert.Parameters.Add("art", NpgsqlDbType.Text);
            var pPublished = insert.Parameters.Add("pub", NpgsqlDbType.TimestampTz);
            var pOutlet = insert.Parameters.Add("out", NpgsqlDbType.Text);
            var pKind = insert.Parameters.Add("kind", NpgsqlDbType.Text);
            var pCue = insert.Parameters.Add("cue", NpgsqlDbType.Text);
            var pContent = insert.Parameters.Add("content", NpgsqlDbType.Text);
            var pPayload = insert.Parameters.Add("payload", NpgsqlDbType.Jsonb);
            var pTokens = insert.Parameters.Add("tokens", NpgsqlDbType.Text);

            await using var target = new NpgsqlCommand("""
                INSERT INTO statement_targets (seq, actor_id, target_id, stance, score, confidence)
                VALUES (@seq, @a, @t, @s, @score, @c)
                ON CONFLICT (seq, target_id) DO NOTHING
                """, connection, transaction);
            var tSeq = target.Parameters.Add("seq", NpgsqlDbType.Bigint);
            var tActor = target.Parameters.Add("a", NpgsqlDbType.Text);
            var tTarget = target.Parameters.Add("t", NpgsqlDbType.Text);
            var tStance = target.Parameters.Add("s", NpgsqlDbType.Text);
            var tScore = target.Parameters.Add("score", NpgsqlDbType.Double);
            var tConfidence = target.Parameters.Add("c", NpgsqlDbType.Double);

            // Only statements sharing a key with the new one can be relayed by it: index seeks, not a scan of the window.
            await using var candidates = new NpgsqlCommand("""
                SELECT s.seq, s.article_id, s.published, s.tokens FROM statement_relay_keys k JOIN statements s ON s.seq = k.seq
                WHERE k.actor_id = @a AND k.token = ANY(@keys) AND k.published >= @from AND k.published < @to
                """, connection, transaction);
            var cActor = candidates.Parameters.Add("a", NpgsqlDbType.Text);
            var cKeys = candidates.Parameters.Add("keys", NpgsqlDbType.Array | NpgsqlDbType.Text);
            var cFrom = candidates.Parameters.Add("from", NpgsqlDbType.TimestampTz);
            var cTo = candidates.Parameters.Add("to", NpgsqlDbType.TimestampTz);

            await using var key = new NpgsqlCommand("""
                INSERT INTO statement_relay_keys (actor_id, token, published, seq)
                SELECT @a, k, @pub, @seq FROM unnest(@keys) AS k ON CONFLICT DO NOTHING
                """, connection, transaction);
            var kActor = key.Parameters.Add("a", NpgsqlDbType.Text);
            var kPublished = key.Parameters.Add("pub", NpgsqlDbType.TimestampTz);
            var kSeq = key.Parameters.Add("seq", NpgsqlDbType.Bigint);
            var kKeys = key.Parameters.Add("keys", NpgsqlDbType.Array | NpgsqlDbType.Text);

            await using var relay = new NpgsqlCommand(
                "INSERT INTO statement_relays (seq, original_seq, similarity) VALUES (@seq, @original, @similarity)", connection, transaction);
            var rSeq = relay.Parameters.Add("seq", NpgsqlDbType.Bigint);
            var rOriginal = relay.Parameters.Add("original", NpgsqlDbType.Bigint);
            var rSimilarity = relay.Parameters.Add("similarity", NpgsqlDbType.Double);

            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                pActor.Value = actorId;
                pId.Value = statement.Id;
                pArticle.Value = statement.ArticleId;
                pPublished.Value = statement.Published.ToUniversalTime();
                pOutlet.Value = (object?)statement.Outlet ?? DBNull.Value;
                pKind.Value = statement.Kind;
                pCue.Value = statement.Cue;
                pContent.Value = statement.Content;
                pPayload.Value = JsonSerializer.Serialize(statement, StorageJson.Options);
                pTokens.Value = tokens[i].Stored;
                if (await insert.ExecuteScalarAsync() is not long seq)
                    continue; // already logged: a retried or repeated ingest must not count it twice

                foreach (var stance in statement.Stances)
                {
                    tSeq.Value = seq;
                    tActor.Value = actorId;
                    tTarget.Value = stance.TargetId;
                    tStance.Value = stance.Stance.ToString().ToLowerInvariant();
                    tScore.Value = stance.Score;
                    tConfidence.Value = stance.Confidence;
                    await target.ExecuteNonQueryAsync();
                }

                var keys = relays.Keys(tokens[i]).ToArray();
                var found = new List<RelayCandidate>();
                if (keys.Length > 0)
                {
                    var day = UtcDay(statement.Published.UtcDateTime);
                    cActor.Value = actorId;
                    cKeys.Value = keys;
                    cFrom.Value = day.AddDays(-relays.Settings.WithinDays);
                    cTo.Value = day.AddDays(relays.Settings.WithinDays + 1);
                    await using var reader = await candidates.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                        found.Add(new RelayCandidate(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3)));
                }
                if (relays.Find(statement.ArticleId, tokens[i], found) is { } match)
                {
                    rSeq.Value = seq;
                    rOriginal.Value = match.OriginalSequence;
                    rSimilarity.Value = match.Similarity;
                    await relay.ExecuteNonQueryAsync();
                    appended.Add(new LoggedStatement(seq, statement, match.OriginalSequence, match.OriginalPublished));
                }
                else
                {
                    // Not a relay, so a later statement may relay this one: key it (relays never are).
                    if (keys.Length > 0)
                    {
                        kActor.Value = actorId;
                        kPublished.Value = statement.Published.ToUniversalTime();
                        kSeq.Value = seq;
                        kKeys.Value = keys;
                        await key.ExecuteNonQueryAsync();
                    }
                    appended.Add(new LoggedStatement(seq, statement));
                }
            }
            await transaction.CommitAsync();
            return appended;
        });
    }

    /// <summary>
    /// Makes the relay index match the relay settings before this silo's first append: statements logged before
    /// schema step 4 get their words, and when the settings differ from those the keys were made with (or none were
    /// made yet) every statement that can be relayed is keyed again. Under the append lock, in one transaction, so no
    /// silo appends against a half-built index; on a database that is up to date it reads one row. Retried on the next
    /// append if the database could not be reached.
    /// </summary>
    private async Task PrepareRelayIndexAsync()
    {
        await _preparing.WaitAsync();
        try
        {
            if (_prepared)
                return;
            await database.RunAsync(RebuildStaleRelayIndexAsync);
            _prepared = true;
        }
        finally
        {
            _preparing.Release();
        }
    }

    private async Task RebuildStaleRelayIndexAsync(NpgsqlConnection connection)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AppendLock})", connection, transaction))
            await lockCommand.ExecuteNonQueryAsync();
        await using (var current = new NpgsqlCommand("SELECT min_similarity, min_tokens FROM relay_index WHERE id = 1", connection, transaction))
        await using (var reader = await current.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync() && reader.GetDouble(0) == relays.Settings.MinSimilarity && reader.GetInt32(1) == relays.Settings.MinTokens)
                return;
        }

        var untokenised = new List<(long Seq, string Content)>();
        await using (var select = new NpgsqlCommand("SELECT seq, content FROM statements WHERE tokens IS NULL", connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                untokenised.Add((reader.GetInt64(0), reader.GetString(1)));
        }
        foreach (var chunk in untokenised.Chunk(1000))
        {
            await using var update = new NpgsqlCommand("""
                UPDATE statements SET tokens = u.tokens FROM unnest(@seqs, @tokens) AS u(seq, tokens) WHERE statements.seq = u.seq
                """, connection, transaction);
            update.Parameters.AddWithValue("seqs", chunk.Select(c => c.Seq).ToArray());
            update.Parameters.AddWithValue("tokens", chunk.Select(c => ContentTokens.Of(c.Content).Stored).ToArray());
            await update.ExecuteNonQueryAsync();
        }

        await using (var clear = new NpgsqlCommand("DELETE FROM statement_relay_keys", connection, transaction))
            await clear.ExecuteNonQueryAsync();
        var keys = new List<(string Actor, string Token, DateTimeOffset Published, long Seq)>();
        await using (var select = new NpgsqlCommand($"SELECT s.actor_id, s.seq, s.published, s.tokens FROM statements s WHERE {NotRelay}",
            connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                foreach (var token in relays.Keys(ContentTokens.Parse(reader.GetString(3))))
                    keys.Add((reader.GetString(0), token, reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt64(1)));
        }
        foreach (var chunk in keys.Chunk(1000))
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO statement_relay_keys (actor_id, token, published, seq)
                SELECT * FROM unnest(@actors, @tokens, @published, @seqs) ON CONFLICT DO NOTHING
                """, connection, transaction);
            insert.Parameters.AddWithValue("actors", chunk.Select(k => k.Actor).ToArray());
            insert.Parameters.AddWithValue("tokens", chunk.Select(k => k.Token).ToArray());
            insert.Parameters.AddWithValue("published", chunk.Select(k => k.Published.UtcDateTime).ToArray());
            insert.Parameters.AddWithValue("seqs", chunk.Select(k => k.Seq).ToArray());
            await insert.ExecuteNonQueryAsync();
        }

        await using (var remember = new NpgsqlCommand("""
            INSERT INTO relay_index (id, min_similarity, min_tokens) VALUES (1, @similarity, @tokens)
            ON CONFLICT (id) DO UPDATE SET min_similarity = excluded.min_similarity, min_tokens = excluded.min_tokens
            """, connection, transaction))
        {
            remember.Parameters.AddWithValue("similarity", relays.Settings.MinSimilarity);
            remember.Parameters.AddWithValue("tokens", relays.Settings.MinTokens);
            await remember.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

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
                    ? new LoggedStatement(reader.GetInt64(0), Deserialize(reader.GetString(1)))
                    : new LoggedStatement(reader.GetInt64(0), Deserialize(reader.GetString(1)), reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3)));
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
            command.Parameters.AddWithValue("stance", stance.ToString().ToLowerInvariant());
            command.Parameters.AddWithValue("from", UtcDay(firstDay));
            command.Parameters.AddWithValue("to", UtcDay(lastDay).AddDays(1));
            command.Parameters.AddWithValue("limit", limit);
            var found = new List<(long, StatementRecord)>(limit);
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    found.Add((reader.GetInt64(0), Deserialize(reader.GetString(1))));
            }
            return await WithRelaysAsync(connection, found);
        });
    }

    public async Task<StatementPage> QueryAsync(string actorId, StatementQuery query)
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

            await using var count = new NpgsqlCommand($"SELECT count(*) FROM statements s WHERE {where}", connection);
            Bind(count);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync());

            await using var select = new NpgsqlCommand(
                $"SELECT s.seq, s.payload::text FROM statements s WHERE {where} ORDER BY s.published, s.seq LIMIT @limit OFFSET @offset", connection);
            Bind(select);
            select.Parameters.AddWithValue("limit", pageSize);
            select.Parameters.AddWithValue("offset", (long)(page - 1) * pageSize);
            var found = new List<(long, StatementRecord)>(Math.Min(pageSize, total));
            await using (var reader = await select.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    found.Add((reader.GetInt64(0), Deserialize(reader.GetString(1))));
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

    public async Task<WindowPositions> PositionsAsync(DateTimeOffset? from, DateTimeOffset? to)
    {
        return await database.RunAsync(async connection =>
        {
            // One repeatable-read transaction: the positions and the statement counts come from the same snapshot.
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
            var window = new StringBuilder(NotRelay);
            if (from is not null) window.Append(" AND s.published >= @from");
            if (to is not null) window.Append(" AND s.published < @to");
            void Bind(NpgsqlCommand command)
            {
                if (from is { } f) command.Parameters.AddWithValue("from", UtcDay(f.UtcDateTime));
                if (to is { } t) command.Parameters.AddWithValue("to", UtcDay(t.UtcDateTime).AddDays(1));
            }

            await using var positions = new NpgsqlCommand($"""
                SELECT t.actor_id, t.target_id,
                       count(*) FILTER (WHERE t.stance = 'support'), count(*) FILTER (WHERE t.stance = 'oppose'),
                       count(*) FILTER (WHERE t.stance = 'neutral'),
                       sum(t.score * t.confidence), sum(t.confidence)
                FROM statement_targets t JOIN statements s ON s.seq = t.seq
                WHERE {window}
                GROUP BY t.actor_id, t.target_id ORDER BY t.actor_id, t.target_id
                """, connection, transaction);
            Bind(positions);
            var found = new List<ActorTargetPosition>();
            await using (var reader = await positions.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    found.Add(new ActorTargetPosition(reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3),
                        (int)reader.GetInt64(4), StanceSeries.NetScore(reader.GetDouble(5), reader.GetDouble(6))));
            }

            await using var counts = new NpgsqlCommand($"SELECT s.actor_id, count(*) FROM statements s WHERE {window} GROUP BY s.actor_id",
                connection, transaction);
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

    private static StatementRecord Deserialize(string payload) =>
        JsonSerializer.Deserialize<StatementRecord>(payload, StorageJson.Options)
        ?? throw new InvalidOperationException("A logged statement is empty.");

    // Day boundaries are UTC midnights; Npgsql maps only UTC DateTimes to timestamptz.
    private static DateTime UtcDay(DateTime day) => DateTime.SpecifyKind(day.Date, DateTimeKind.Utc);
}
