using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Grains.Storage;

/// <summary>The statement log in the embedded SQLite database: one row per statement, one per (statement, target).</summary>
public sealed class SqliteStatementLog(SqliteDatabase database) : IStatementLog
{
    /// <remarks>Acknowledged after the group commit that carries it (see <see cref="SqliteGroupCommit"/>).</remarks>
    public async Task<IReadOnlyList<LoggedStatement>> AppendAsync(string actorId, IReadOnlyList<StatementRecord> statements)
    {
        if (statements.Count == 0)
            return [];
        // Serialised here, on the caller's thread, so the single writer thread only runs SQL.
        var payloads = new string[statements.Count];
        for (var i = 0; i < statements.Count; i++)
            payloads[i] = JsonSerializer.Serialize(statements[i], StorageJson.Options);
        return await database.Writes.WriteAsync(writer => Append(writer, actorId, statements, payloads));
    }

    private const string InsertStatement = """
        INSERT INTO statements (actor_id, statement_id, article_id, published, outlet, kind, cue, content, payload)
        VALUES ($a, $id, $art, $pub, $out, $kind, $cue, $content, $payload)
        ON CONFLICT (actor_id, statement_id) DO NOTHING
        RETURNING seq
        """;

    private const string InsertTarget = """
        INSERT INTO statement_targets (seq, actor_id, target_id, stance, score, confidence)
        VALUES ($seq, $a, $t, $s, $score, $c)
        ON CONFLICT (seq, target_id) DO NOTHING
        """;

    private static IReadOnlyList<LoggedStatement> Append(SqliteWriter writer, string actorId, IReadOnlyList<StatementRecord> statements, string[] payloads)
    {
        var appended = new List<LoggedStatement>(statements.Count);
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var insert = writer.Command(InsertStatement);
            insert.Parameters.Add("$a", SqliteType.Text).Value = actorId;
            insert.Parameters.Add("$id", SqliteType.Text).Value = statement.Id;
            insert.Parameters.Add("$art", SqliteType.Text).Value = statement.ArticleId;
            insert.Parameters.Add("$pub", SqliteType.Text).Value = Sortable(statement.Published);
            insert.Parameters.Add("$out", SqliteType.Text).Value = (object?)statement.Outlet ?? DBNull.Value;
            insert.Parameters.Add("$kind", SqliteType.Text).Value = statement.Kind;
            insert.Parameters.Add("$cue", SqliteType.Text).Value = statement.Cue;
            insert.Parameters.Add("$content", SqliteType.Text).Value = statement.Content;
            insert.Parameters.Add("$payload", SqliteType.Text).Value = payloads[i];
            if (insert.ExecuteScalar() is not long seq)
                continue; // already logged: re-ingestion must not count it twice

            foreach (var stance in statement.Stances)
            {
                var target = writer.Command(InsertTarget);
                target.Parameters.Add("$seq", SqliteType.Integer).Value = seq;
                target.Parameters.Add("$a", SqliteType.Text).Value = actorId;
                target.Parameters.Add("$t", SqliteType.Text).Value = stance.TargetId;
                target.Parameters.Add("$s", SqliteType.Text).Value = stance.Stance.ToString().ToLowerInvariant();
                target.Parameters.Add("$score", SqliteType.Real).Value = stance.Score;
                target.Parameters.Add("$c", SqliteType.Real).Value = stance.Confidence;
                target.ExecuteNonQuery();
            }
            appended.Add(new LoggedStatement(seq, statement));
        }
        return appended;
    }

    public Task<IReadOnlyList<LoggedStatement>> ReadAfterAsync(string actorId, long afterSequence)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, payload FROM statements WHERE actor_id = $a AND seq > $after ORDER BY seq";
        command.Parameters.AddWithValue("$a", actorId);
        command.Parameters.AddWithValue("$after", afterSequence);
        var result = new List<LoggedStatement>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(new LoggedStatement(reader.GetInt64(0), Deserialize(reader.GetString(1))));
        return Task.FromResult<IReadOnlyList<LoggedStatement>>(result);
    }

    public Task<IReadOnlyList<LoggedStance>> ReadTargetAfterAsync(string targetId, long afterSequence)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.seq, t.actor_id, s.published, t.stance, t.score, t.confidence
            FROM statement_targets t JOIN statements s ON s.seq = t.seq
            WHERE t.target_id = $t AND t.seq > $after ORDER BY t.seq
            """;
        command.Parameters.AddWithValue("$t", targetId);
        command.Parameters.AddWithValue("$after", afterSequence);
        var result = new List<LoggedStance>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(new LoggedStance(reader.GetInt64(0), reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                Enum.Parse<StanceKind>(reader.GetString(3), ignoreCase: true), reader.GetDouble(4), reader.GetDouble(5)));
        return Task.FromResult<IReadOnlyList<LoggedStance>>(result);
    }

    public Task<IReadOnlyList<StatementRecord>> StrongestAsync(string actorId, string targetId, StanceKind stance,
        DateTime firstDay, DateTime lastDay, int limit)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.payload FROM statement_targets t JOIN statements s ON s.seq = t.seq
            WHERE t.actor_id = $a AND t.target_id = $t AND t.stance = $stance
              AND s.published >= $from AND s.published < $to
            ORDER BY abs(t.score) * t.confidence DESC, s.published LIMIT $limit
            """;
        command.Parameters.AddWithValue("$a", actorId);
        command.Parameters.AddWithValue("$t", targetId);
        command.Parameters.AddWithValue("$stance", stance.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("$from", Sortable(firstDay.Date));
        command.Parameters.AddWithValue("$to", Sortable(lastDay.Date.AddDays(1)));
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<StatementRecord>(limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(Deserialize(reader.GetString(0)));
        return Task.FromResult<IReadOnlyList<StatementRecord>>(result);
    }

    public Task<StatementPage> QueryAsync(string actorId, StatementQuery query)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        using var connection = database.Open();

        var where = new StringBuilder("s.actor_id = $a");
        void Bind(SqliteCommand command)
        {
            command.Parameters.AddWithValue("$a", actorId);
            if (query.From is { } from) command.Parameters.AddWithValue("$from", Sortable(from.UtcDateTime.Date));
            if (query.To is { } to) command.Parameters.AddWithValue("$to", Sortable(to.UtcDateTime.Date.AddDays(1)));
            if (query.Target is { } t) command.Parameters.AddWithValue("$t", t);
        }
        if (query.From is not null) where.Append(" AND s.published >= $from");
        if (query.To is not null) where.Append(" AND s.published < $to");
        if (query.Target is not null)
            where.Append(" AND EXISTS (SELECT 1 FROM statement_targets t WHERE t.seq = s.seq AND t.target_id = $t)");

        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM statements s WHERE {where}";
        Bind(count);
        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);

        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT s.payload FROM statements s WHERE {where} ORDER BY s.published, s.seq LIMIT $limit OFFSET $offset";
        Bind(select);
        select.Parameters.AddWithValue("$limit", pageSize);
        select.Parameters.AddWithValue("$offset", (long)(page - 1) * pageSize);
        var items = new List<StatementRecord>(Math.Min(pageSize, total));
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
                items.Add(Deserialize(reader.GetString(0)));
        }
        return Task.FromResult(new StatementPage(items, total, page, pageSize));
    }

    public Task<int> CountArticlesAsync(string actorId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT article_id) FROM statements WHERE actor_id = $a";
        command.Parameters.AddWithValue("$a", actorId);
        return Task.FromResult(Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private static StatementRecord Deserialize(string payload) =>
        JsonSerializer.Deserialize<StatementRecord>(payload, StorageJson.Options)
        ?? throw new InvalidOperationException("A logged statement is empty.");

    // Fixed-width UTC text sorts in time order, so range filters can use the index.
    private static string Sortable(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Sortable(DateTime date) =>
        Sortable(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Unspecified), TimeSpan.Zero));
}
