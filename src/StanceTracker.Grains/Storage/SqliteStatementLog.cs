using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Relays;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The statement log in the embedded SQLite database: one row per statement, one per (statement, target), and one
/// per relay (a statement repeating another already logged).
/// </summary>
public sealed class SqliteStatementLog(SqliteDatabase database) : IStatementLog
{
    // Statements that are not relays: the votes every aggregate counts.
    private const string NotRelay = "NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)";

    /// <remarks>
    /// Acknowledged after the group commit that carries it (see <see cref="SqliteGroupCommit"/>). A refused append
    /// (<see cref="LogMovedOnException"/>) is rolled back to its savepoint; the other writes of the commit go through.
    /// </remarks>
    public async Task<IReadOnlyList<LoggedStatement>> AppendAsync(string actorId, long expectedHead, IReadOnlyList<StatementToAppend> statements)
    {
        if (statements.Count == 0)
            return [];
        // Every value is made here, on the caller's thread, so the single writer thread only binds and runs SQL.
        var rows = new StatementRow[statements.Count];
        for (var i = 0; i < statements.Count; i++)
            rows[i] = StatementRow.Of(statements[i]);
        return await database.Writes.WriteAsync(writer => Append(writer, actorId, expectedHead, statements, rows));
    }

    private const string InsertStatement = """
        INSERT INTO statements (actor_id, statement_id, article_id, published, outlet, kind, cue, content, payload, tokens)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        ON CONFLICT (actor_id, statement_id) DO NOTHING
        """;

    private const string InsertTarget = """
        INSERT INTO statement_targets (seq, actor_id, target_id, stance, score, confidence)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (seq, target_id) DO NOTHING
        """;

    // A vote's share of its month's tallies (see MonthWindow), in the statement's own write: never a relay's.
    private const string TallyPosition = """
        INSERT INTO month_positions (month, actor_id, target_id, supports, opposes, neutrals, weighted, confidence)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        ON CONFLICT (month, actor_id, target_id) DO UPDATE SET supports = supports + excluded.supports,
            opposes = opposes + excluded.opposes, neutrals = neutrals + excluded.neutrals,
            weighted = weighted + excluded.weighted, confidence = confidence + excluded.confidence
        """;

    private const string TallyStatement = """
        INSERT INTO month_statements (month, actor_id, statements) VALUES (?1, ?2, 1)
        ON CONFLICT (month, actor_id) DO UPDATE SET statements = statements + 1
        """;

    private const string InsertRelay = "INSERT INTO statement_relays (seq, original_seq, similarity) VALUES (?1, ?2, ?3)";

    private const string LoggedSequence = "SELECT seq FROM statements WHERE actor_id = ?1 AND statement_id = ?2";

    // The actor's head moves only from where the appender believes it is: one statement per append, run after the
    // inserts, whose last position is the new head. Checking first would cost a second statement on every append; a
    // refusal is rare, and rolls its inserts back. An actor without a head row has no statements: the appender must
    // believe 0, and makes the row.
    private const string MoveHead = "UPDATE actor_heads SET last_seq = ?2 WHERE actor_id = ?1 AND last_seq = ?3";

    private const string FirstHead = "INSERT INTO actor_heads (actor_id, last_seq) VALUES (?1, ?2) ON CONFLICT (actor_id) DO NOTHING";

    private const string StoredHead = "SELECT last_seq FROM actor_heads WHERE actor_id = ?1";

    private static IReadOnlyList<LoggedStatement> Append(SqliteWriter writer, string actorId, long expectedHead,
        IReadOnlyList<StatementToAppend> statements, StatementRow[] rows)
    {
        var appended = InsertStatements(writer, actorId, statements, rows);
        bool moved;
        if (appended.Count == 0)
            moved = StoredHeadOf(writer, actorId) == expectedHead; // nothing new: the head stays, but must be the caller's
        else if (expectedHead == 0)
            moved = writer.Prepared(FirstHead).Text(1, actorId).Integer(2, appended[^1].Sequence).Run() == 1;
        else
            moved = writer.Prepared(MoveHead).Text(1, actorId).Integer(2, appended[^1].Sequence).Integer(3, expectedHead).Run() == 1;
        // Thrown inside the write: the group commit rolls this append back to its savepoint, so nothing of it is logged.
        if (!moved)
            throw new LogMovedOnException(actorId, expectedHead, StoredHeadOf(writer, actorId));
        return appended;
    }

    private static long StoredHeadOf(SqliteWriter writer, string actorId) => writer.Prepared(StoredHead).Text(1, actorId).FirstInteger() ?? 0;

    // In log order: the last one appended has the highest position, the actor's new head.
    private static List<LoggedStatement> InsertStatements(SqliteWriter writer, string actorId, IReadOnlyList<StatementToAppend> statements,
        StatementRow[] rows)
    {
        var appended = new List<LoggedStatement>(statements.Count);
        var insert = writer.Prepared(InsertStatement);
        var insertTarget = writer.Prepared(InsertTarget);
        // Log positions of this append's statements, for relays of an earlier one of them (null: it was logged before).
        var positions = new long?[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var (statement, _, relayOf) = statements[i];
            var row = rows[i];
            var inserted = insert.Text(1, actorId).Text(2, statement.Id).Text(3, statement.ArticleId).Text(4, row.Published)
                .Text(5, statement.Outlet).Text(6, statement.Kind).Text(7, statement.Cue).Text(8, row.Content)
                .Text(9, row.Payload).Text(10, row.Words).Run();
            if (inserted == 0)
                continue; // already logged: re-ingestion must not count it twice
            var seq = writer.LastInsertRowId;
            positions[i] = seq;

            var tally = relayOf is null ? writer.Prepared(TallyPosition) : null;
            for (var t = 0; t < statement.Stances.Count; t++)
            {
                var stance = statement.Stances[t];
                var added = insertTarget.Integer(1, seq).Text(2, actorId).Text(3, stance.TargetId).Text(4, row.Stances[t])
                    .Real(5, stance.Score).Real(6, stance.Confidence).Run();
                // A target named twice in one statement is one row, so it is tallied once.
                if (added == 1 && tally is not null)
                    tally.Text(1, row.Month).Text(2, actorId).Text(3, stance.TargetId)
                        .Integer(4, stance.Stance == StanceKind.Support ? 1 : 0).Integer(5, stance.Stance == StanceKind.Oppose ? 1 : 0)
                        .Integer(6, stance.Stance == StanceKind.Neutral ? 1 : 0)
                        .Real(7, stance.Score * stance.Confidence).Real(8, stance.Confidence).Run();
            }

            if (relayOf is not { } link)
            {
                writer.Prepared(TallyStatement).Text(1, row.Month).Text(2, actorId).Run();
                appended.Add(new LoggedStatement(seq, statement));
                continue;
            }
            var original = link.LoggedSequence
                ?? positions[link.EarlierInAppend!.Value]
                ?? SequenceOf(writer, actorId, statements[link.EarlierInAppend.Value].Statement.Id);
            writer.Prepared(InsertRelay).Integer(1, seq).Integer(2, original).Real(3, link.Similarity).Run();
            appended.Add(new LoggedStatement(seq, statement, original, link.OriginalPublished));
        }
        return appended;
    }

    // The log position of a statement this append found already logged (a repeated ingest) that a new one relays.
    private static long SequenceOf(SqliteWriter writer, string actorId, string statementId) =>
        writer.Prepared(LoggedSequence).Text(1, actorId).Text(2, statementId).FirstInteger()
            ?? throw new InvalidOperationException($"statement {statementId} of {actorId} is neither appended nor logged");

    // Statements logged before words were stored (schema step 1) have none: their content is read and tokenised.
    private const string RelayCandidates = $"""
        SELECT s.seq, s.article_id, s.published, s.tokens, CASE WHEN s.tokens IS NULL THEN s.content END FROM statements s
        WHERE s.actor_id = ?1 AND s.published >= ?2 AND s.published < ?3 AND {NotRelay}
        """;

    public Task<IReadOnlyList<RelayCandidate>> ReadRelayCandidatesAsync(string actorId, DateTime firstDay, DateTime lastDay) =>
        Task.FromResult(database.Reads.Read(RelayCandidates, (actorId, Sortable(firstDay.Date), Sortable(lastDay.Date.AddDays(1))),
            static (query, args) =>
            {
                query.Text(1, args.Item1).Text(2, args.Item2).Text(3, args.Item3);
                var result = new List<RelayCandidate>();
                while (query.Step())
                    result.Add(new RelayCandidate(query.ColumnInteger(0), query.ColumnText(1), ParseSortable(query.ColumnText(2)),
                        query.ColumnIsNull(3) ? ContentTokens.Of(query.ColumnText(4)) : ContentTokens.Parse(query.ColumnText(3))));
                return (IReadOnlyList<RelayCandidate>)result;
            }));

    // Walks the speaker's part of the (actor_id, published) index, never the table: the day is the sortable date's first
    // ten characters.
    private const string StatementDays = "SELECT DISTINCT substr(published, 1, 10) FROM statements WHERE actor_id = ?1 ORDER BY 1";

    public Task<IReadOnlyList<DateTime>> ReadStatementDaysAsync(string actorId) =>
        Task.FromResult(database.Reads.Read(StatementDays, actorId, static (query, actorId) =>
        {
            query.Text(1, actorId);
            var result = new List<DateTime>();
            while (query.Step())
                result.Add(DateTime.SpecifyKind(DateTime.ParseExact(query.ColumnText(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Utc));
            return (IReadOnlyList<DateTime>)result;
        }));

    private const string After = """
        SELECT s.seq, s.payload, r.original_seq, o.published FROM statements s
        LEFT JOIN statement_relays r ON r.seq = s.seq
        LEFT JOIN statements o ON o.seq = r.original_seq
        WHERE s.actor_id = ?1 AND s.seq > ?2 ORDER BY s.seq
        """;

    public Task<IReadOnlyList<LoggedStatement>> ReadAfterAsync(string actorId, long afterSequence) =>
        Task.FromResult(database.Reads.Read(After, (actorId, afterSequence), static (query, args) =>
        {
            query.Text(1, args.actorId).Integer(2, args.afterSequence);
            var result = new List<LoggedStatement>();
            while (query.Step())
                result.Add(query.ColumnIsNull(2)
                    ? new LoggedStatement(query.ColumnInteger(0), StatementPayload.Read(query.ColumnUtf8(1)))
                    : new LoggedStatement(query.ColumnInteger(0), StatementPayload.Read(query.ColumnUtf8(1)), query.ColumnInteger(2),
                        ParseSortable(query.ColumnText(3))));
            return (IReadOnlyList<LoggedStatement>)result;
        }));

    private const string TargetAfter = $"""
        SELECT t.seq, t.actor_id, s.published, t.stance, t.score, t.confidence
        FROM statement_targets t JOIN statements s ON s.seq = t.seq
        WHERE t.target_id = ?1 AND t.seq > ?2 AND {NotRelay} ORDER BY t.seq
        """;

    public Task<IReadOnlyList<LoggedStance>> ReadTargetAfterAsync(string targetId, long afterSequence) =>
        Task.FromResult(database.Reads.Read(TargetAfter, (targetId, afterSequence), static (query, args) =>
        {
            query.Text(1, args.targetId).Integer(2, args.afterSequence);
            var result = new List<LoggedStance>();
            while (query.Step())
                result.Add(new LoggedStance(query.ColumnInteger(0), query.ColumnText(1), ParseSortable(query.ColumnText(2)),
                    Enum.Parse<StanceKind>(query.ColumnText(3), ignoreCase: true), query.ColumnReal(4), query.ColumnReal(5)));
            return (IReadOnlyList<LoggedStance>)result;
        }));

    /// <remarks>
    /// Whole months come from the month tallies (one row per month, speaker and target, kept by every append); the days
    /// of a part-covered month at either end from the statements. One calendar month, the network's usual question, is
    /// a single range of the tallies already in speaker and target order.
    /// </remarks>
    public Task<WindowPositions> PositionsAsync(DateTimeOffset? from, DateTimeOffset? to)
    {
        var window = MonthWindow.Of(from?.UtcDateTime.Date, to?.UtcDateTime.Date.AddDays(1));
        using var connection = database.Open();
        // One read transaction: the positions and the statement counts come from the same snapshot of the log.
        using var transaction = connection.BeginTransaction(deferred: true);
        // One month by equality, so the rows come in key order; a range of months needs the GROUP BY's sort anyway.
        var months = new StringBuilder("1");
        if (window.IsOneMonth) months.Append(" AND month = $m1");
        else
        {
            if (window.FirstMonth is not null) months.Append(" AND month >= $m1");
            if (window.EndMonth is not null) months.Append(" AND month < $m2");
        }
        // An edge reads its days through the date index, statements first. Left to itself (the log keeps no
        // statistics) SQLite walks every target row in GROUP BY order instead: the whole log for a few days.
        var edges = window.Edges.Select((_, i) => $"s.published >= $e{i}a AND s.published < $e{i}b").ToList();
        void Bind(SqliteCommand command)
        {
            command.Transaction = transaction;
            if (window.FirstMonth is { } first) command.Parameters.AddWithValue("$m1", MonthWindow.Key(first));
            if (window.EndMonth is { } end) command.Parameters.AddWithValue("$m2", MonthWindow.Key(end));
            for (var i = 0; i < window.Edges.Count; i++)
            {
                command.Parameters.AddWithValue($"$e{i}a", Sortable(window.Edges[i].From));
                command.Parameters.AddWithValue($"$e{i}b", Sortable(window.Edges[i].To));
            }
        }

        var parts = new List<string>();
        if (window.HasMonths)
            parts.Add($"""
                SELECT actor_id, target_id, supports, opposes, neutrals, weighted, confidence FROM month_positions WHERE {months}
                """);
        parts.AddRange(edges.Select(edge => $"""
            SELECT t.actor_id AS actor_id, t.target_id AS target_id, t.stance = 'support' AS supports, t.stance = 'oppose' AS opposes,
                   t.stance = 'neutral' AS neutrals, t.score * t.confidence AS weighted, t.confidence AS confidence
            FROM statements s INDEXED BY ix_statements_published CROSS JOIN statement_targets t ON t.seq = s.seq
            WHERE {edge} AND {NotRelay}
            """));
        using var positions = connection.CreateCommand();
        positions.CommandText = window.IsOneMonth
            ? $"{parts[0]} ORDER BY actor_id, target_id"
            : $"""
                SELECT actor_id, target_id, SUM(supports), SUM(opposes), SUM(neutrals), SUM(weighted), SUM(confidence)
                FROM ({string.Join("\nUNION ALL\n", parts)}) GROUP BY actor_id, target_id ORDER BY actor_id, target_id
                """;
        var found = new List<ActorTargetPosition>();
        if (parts.Count > 0)
        {
            Bind(positions);
            using var reader = positions.ExecuteReader();
            while (reader.Read())
                found.Add(new ActorTargetPosition(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                    reader.GetInt32(4), StanceSeries.NetScore(reader.GetDouble(5), reader.GetDouble(6))));
        }

        var countParts = new List<string>();
        if (window.HasMonths)
            countParts.Add($"SELECT actor_id, statements FROM month_statements WHERE {months}");
        countParts.AddRange(edges.Select(edge => $"""
            SELECT s.actor_id AS actor_id, 1 AS statements FROM statements s INDEXED BY ix_statements_published WHERE {edge} AND {NotRelay}
            """));
        var byActor = new Dictionary<string, int>(StringComparer.Ordinal);
        if (countParts.Count > 0)
        {
            using var counts = connection.CreateCommand();
            counts.CommandText = $"SELECT actor_id, SUM(statements) FROM ({string.Join("\nUNION ALL\n", countParts)}) GROUP BY actor_id";
            Bind(counts);
            using var reader = counts.ExecuteReader();
            while (reader.Read())
                byActor[reader.GetString(0)] = reader.GetInt32(1);
        }
        transaction.Commit();
        return Task.FromResult(new WindowPositions(found, byActor));
    }

    public Task<IReadOnlyList<StatementRecord>> StrongestAsync(string actorId, string targetId, StanceKind stance,
        DateTime firstDay, DateTime lastDay, int limit)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT s.seq, s.payload FROM statement_targets t JOIN statements s ON s.seq = t.seq
            WHERE t.actor_id = $a AND t.target_id = $t AND t.stance = $stance
              AND s.published >= $from AND s.published < $to AND {NotRelay}
            ORDER BY abs(t.score) * t.confidence DESC, s.published LIMIT $limit
            """;
        command.Parameters.AddWithValue("$a", actorId);
        command.Parameters.AddWithValue("$t", targetId);
        command.Parameters.AddWithValue("$stance", StoredStance.Name(stance));
        command.Parameters.AddWithValue("$from", Sortable(firstDay.Date));
        command.Parameters.AddWithValue("$to", Sortable(lastDay.Date.AddDays(1)));
        command.Parameters.AddWithValue("$limit", limit);
        var found = new List<(long, StatementRecord)>(limit);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                found.Add((reader.GetInt64(0), StatementPayload.Read(reader.GetString(1))));
        }
        return Task.FromResult(WithRelays(found));
    }

    // The page's filters as positional values: ?1 speaker, ?2 from, ?3 to (exclusive), ?4 target; then ?5 limit, ?6 offset.
    // One SQL text per combination of filters, so each is prepared once per reader connection.
    private static readonly (string Count, string Page)[] PageQueries = [.. Enumerable.Range(0, 8).Select(filters =>
    {
        var where = new StringBuilder($"s.actor_id = ?1 AND {NotRelay}");
        if ((filters & 1) != 0) where.Append(" AND s.published >= ?2");
        if ((filters & 2) != 0) where.Append(" AND s.published < ?3");
        if ((filters & 4) != 0) where.Append(" AND EXISTS (SELECT 1 FROM statement_targets t WHERE t.seq = s.seq AND t.target_id = ?4)");
        return ($"SELECT COUNT(*) FROM statements s WHERE {where}",
            $"SELECT s.seq, s.payload FROM statements s WHERE {where} ORDER BY s.published, s.seq LIMIT ?5 OFFSET ?6");
    })];

    private readonly record struct PageArgs(string ActorId, string? From, string? To, string? Target, int Limit, long Offset)
    {
        public int Filters => (From is null ? 0 : 1) | (To is null ? 0 : 2) | (Target is null ? 0 : 4);

        public PreparedSql Bind(PreparedSql query)
        {
            query.Text(1, ActorId);
            if (From is not null) query.Text(2, From);
            if (To is not null) query.Text(3, To);
            if (Target is not null) query.Text(4, Target);
            return query;
        }
    }

    /// <remarks>Prepared reads: the count, the page (its JSON parsed from the bytes SQLite holds) and the page's relays.</remarks>
    public Task<StatementPage> QueryAsync(string actorId, StatementQuery query, int? knownTotal)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var args = new PageArgs(actorId, query.From is { } from ? Sortable(from.UtcDateTime.Date) : null,
            query.To is { } to ? Sortable(to.UtcDateTime.Date.AddDays(1)) : null, query.Target, pageSize, (long)(page - 1) * pageSize);
        var (countSql, pageSql) = PageQueries[args.Filters];
        var total = knownTotal ?? database.Reads.Read(countSql, args, static (query, args) =>
            args.Bind(query).Step() ? checked((int)query.ColumnInteger(0)) : throw new InvalidOperationException("COUNT returned no row"));
        var found = total == 0 ? [] : database.Reads.Read(pageSql, args, static (query, args) =>
        {
            args.Bind(query).Integer(5, args.Limit).Integer(6, args.Offset);
            var found = new List<(long, StatementRecord)>(args.Limit);
            while (query.Step())
                found.Add((query.ColumnInteger(0), StatementPayload.Read(query.ColumnUtf8(1))));
            return found;
        });
        return Task.FromResult(new StatementPage(WithRelays(found), total, page, pageSize));
    }

    private const string ArticleCount = "SELECT COUNT(DISTINCT article_id) FROM statements WHERE actor_id = ?1";

    public Task<int> CountArticlesAsync(string actorId) =>
        Task.FromResult(database.Reads.Read(ArticleCount, actorId, static (query, actorId) =>
        {
            query.Text(1, actorId);
            if (!query.Step())
                throw new InvalidOperationException("COUNT returned no row");
            return checked((int)query.ColumnInteger(0));
        }));

    // The relays of the statements whose positions ?1 lists (a JSON array): one prepared query for any number of them.
    private const string RelaysOf = """
        SELECT r.original_seq, s.statement_id, s.article_id, s.outlet, s.published, r.similarity
        FROM statement_relays r JOIN statements s ON s.seq = r.seq
        WHERE r.original_seq IN (SELECT value FROM json_each(?1)) ORDER BY s.published, s.seq
        """;

    // Each statement with the other articles that relayed it, earliest first: one query for the whole page.
    private IReadOnlyList<StatementRecord> WithRelays(List<(long Seq, StatementRecord Record)> statements)
    {
        if (statements.Count == 0)
            return [];
        var positions = $"[{string.Join(',', statements.Select(s => s.Seq))}]";
        var bySeq = database.Reads.Read(RelaysOf, positions, static (query, positions) =>
        {
            query.Text(1, positions);
            var bySeq = new Dictionary<long, List<RelaySource>>();
            while (query.Step())
            {
                var original = query.ColumnInteger(0);
                if (!bySeq.TryGetValue(original, out var sources))
                    bySeq[original] = sources = [];
                sources.Add(new RelaySource(query.ColumnText(1), query.ColumnText(2), query.ColumnIsNull(3) ? null : query.ColumnText(3),
                    ParseSortable(query.ColumnText(4)), query.ColumnReal(5)));
            }
            return bySeq;
        });
        return [.. statements.Select(s => s.Record with { RelayedBy = bySeq.TryGetValue(s.Seq, out var sources) ? sources : [] })];
    }

    private static DateTimeOffset ParseSortable(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    // Fixed-width UTC text sorts in time order, so range filters can use the index.
    private static string Sortable(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Sortable(DateTime date) =>
        Sortable(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Unspecified), TimeSpan.Zero));

    // A statement's values that take work to make (JSON, text forms, UTF-8 for the long ones), made before the write is
    // queued, on the caller's thread.
    private readonly record struct StatementRow(string Published, string Month, byte[] Content, byte[] Payload, byte[] Words, string[] Stances)
    {
        public static StatementRow Of(StatementToAppend entry)
        {
            var published = Sortable(entry.Statement.Published);
            // The month is the stored date's first seven characters, as schema step 5 took it for statements logged before.
            return new(published, published[..7], Encoding.UTF8.GetBytes(entry.Statement.Content), StoredJson.Utf8(entry.Statement),
                entry.Words.StoredUtf8(), [.. entry.Statement.Stances.Select(s => StoredStance.Name(s.Stance))]);
        }
    }
}
