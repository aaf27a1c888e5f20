using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Shifts;

namespace StanceTracker.Bench;

/// <summary>
/// The obvious alternative: a script that writes statements into plain indexed tables and answers each question with
/// SQL GROUP BY aggregates, doing in C# only what SQL cannot (ranking, the shift detector over day tallies, which is
/// the same code the actor grain runs). The SQL is portable to PostgreSQL (named @parameters, CASE
/// sums, ISO-8601 text dates compared as text).
/// </summary>
public abstract class SqlBaseline : IAsyncDisposable
{
    public abstract string Name { get; }

    protected abstract DbConnection Open();

    public abstract Task LoadAsync(IEnumerable<StatementRecord> statements, IReadOnlyList<ActorInfo> actors);

    public abstract ValueTask DisposeAsync();

    private const string Sums = """
        SUM(CASE WHEN stance = 'support' THEN 1 ELSE 0 END), SUM(CASE WHEN stance = 'oppose' THEN 1 ELSE 0 END),
        SUM(CASE WHEN stance = 'neutral' THEN 1 ELSE 0 END), SUM(score * confidence), SUM(confidence)
        """;

    private static string Count(string stance) => $"SUM(CASE WHEN stance = '{stance}' THEN 1 ELSE 0 END)";

    /// <summary>
    /// The net score in SQL as StanceTracker computes it (the confidence-weighted mean, clamped to [-1, 1], rounded to
    /// nine decimals), so a speaker near the ±0.1 line falls on the same side. Dialects differ in clamping and rounding.
    /// </summary>
    protected abstract string NetSql(string weighted, string weight);

    /// <summary>What makes ORDER BY on an id compare as StanceTracker's ordinal comparison does (byte by byte).</summary>
    protected abstract string OrdinalCollation { get; }

    protected const string Indexes = """
        CREATE INDEX ix_statements_actor ON statements (actor_id, published, seq);
        CREATE INDEX ix_stances_actor_target ON stances (actor_id, target_id, published);
        CREATE INDEX ix_stances_target_actor ON stances (target_id, actor_id);
        CREATE INDEX ix_stances_seq ON stances (seq);
        CREATE INDEX ix_stances_published ON stances (published);
        CREATE INDEX ix_statements_published ON statements (published);
        """;

    /// <summary>
    /// An actor's statement count and first and last day: the smallest question, one index range on both sides. It is
    /// the floor of every other kind: what one call costs before any work, a grain call against an embedded query.
    /// </summary>
    public async Task<(long Statements, string? First, string? Last)> SummaryAsync(string actor)
    {
        await using var connection = Open();
        await using var reader = await Query(connection, "SELECT COUNT(*), MIN(published), MAX(published) FROM statements WHERE actor_id = @a", ("a", actor));
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    /// <summary>Stance toward one target by month: (month, support, oppose, neutral, net).</summary>
    public async Task<List<(string Month, long Support, long Oppose, long Neutral, double Net)>> TimelineAsync(string actor, string target)
    {
        await using var connection = Open();
        var rows = new List<(string, long, long, long, double)>();
        await using var reader = await Query(connection, $"""
            SELECT substr(published, 1, 7) AS month, {Sums} FROM stances
            WHERE actor_id = @a AND target_id = @t GROUP BY month ORDER BY month
            """, ("a", actor), ("t", target));
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), Net(reader.GetDouble(4), reader.GetDouble(5))));
        return rows;
    }

    /// <summary>Stance toward every target by month.</summary>
    public async Task<int> TimelineAllAsync(string actor)
    {
        await using var connection = Open();
        var points = 0;
        await using var reader = await Query(connection, $"""
            SELECT target_id, substr(published, 1, 7) AS month, {Sums} FROM stances
            WHERE actor_id = @a GROUP BY target_id, month ORDER BY month, target_id
            """, ("a", actor));
        while (await reader.ReadAsync())
        {
            _ = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), Net(reader.GetDouble(5), reader.GetDouble(6)));
            points++;
        }
        return points;
    }

    /// <summary>The first page of an actor's statements (50, oldest first) with their stances, and the total.</summary>
    public async Task<(int Total, int Items)> StatementsPageAsync(string actor)
    {
        await using var connection = Open();
        long total;
        await using (var count = await Query(connection, "SELECT COUNT(*) FROM statements WHERE actor_id = @a", ("a", actor)))
        {
            await count.ReadAsync();
            total = count.GetInt64(0);
        }
        var items = new Dictionary<long, List<string>>();
        await using (var reader = await Query(connection, """
            SELECT seq, statement_id, article_id, published, outlet, title, kind, cue, content, sentence
            FROM statements WHERE actor_id = @a ORDER BY published, seq LIMIT 50
            """, ("a", actor)))
        {
            while (await reader.ReadAsync())
            {
                _ = (reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9));
                items[reader.GetInt64(0)] = [];
            }
        }
        await using (var reader = await Query(connection, """
            SELECT seq, target_id, stance, score, confidence FROM stances
            WHERE seq IN (SELECT seq FROM statements WHERE actor_id = @a ORDER BY published, seq LIMIT 50)
            """, ("a", actor)))
        {
            while (await reader.ReadAsync())
                items[reader.GetInt64(0)].Add(reader.GetString(1));
        }
        return ((int)total, items.Count);
    }

    /// <summary>
    /// The target grain's question in SQL: each speaker's sums toward the target (GROUP BY), the net score and the side
    /// from them, the strongest <paramref name="top"/> per side (ORDER BY the grain's weight, then the actor id byte by
    /// byte; LIMIT per side with ROW_NUMBER) with names and first and last days, and how many speakers each side has.
    /// One query; SQL does the ranking, C# only reads the rows.
    /// </summary>
    public async Task<BaselineStanding> SupportersAsync(string target, int top)
    {
        await using var connection = Open();
        var listed = new List<string>[] { [], [], [] };
        var totals = new int[3];
        await using var reader = await Query(connection, $"""
            WITH speakers AS (
                SELECT actor_id, {Count("support")} AS support_n, {Count("oppose")} AS oppose_n, {Count("neutral")} AS neutral_n,
                       {NetSql("SUM(score * confidence)", "SUM(confidence)")} AS net, MIN(published) AS first_day, MAX(published) AS last_day
                FROM stances WHERE target_id = @t GROUP BY actor_id),
            sided AS (
                SELECT speakers.*, CASE WHEN net > 0.1 THEN 0 WHEN net < -0.1 THEN 1 ELSE 2 END AS side,
                       CASE WHEN net > 0.1 OR net < -0.1 THEN ABS(net) * LN(CAST(1 + support_n + oppose_n + neutral_n AS DOUBLE PRECISION))
                            ELSE CAST(support_n + oppose_n + neutral_n AS DOUBLE PRECISION) END AS strength
                FROM speakers),
            ranked AS (
                SELECT sided.*, ROW_NUMBER() OVER (PARTITION BY side ORDER BY strength DESC, actor_id{OrdinalCollation}) AS place,
                       COUNT(*) OVER (PARTITION BY side) AS total
                FROM sided)
            SELECT r.side, r.total, r.place, r.actor_id, COALESCE(a.name, r.actor_id), r.support_n, r.oppose_n, r.neutral_n, r.net, r.first_day, r.last_day
            FROM ranked r LEFT JOIN actors a ON a.id = r.actor_id
            WHERE r.place <= @top OR r.place = 1
            ORDER BY r.side, r.place
            """, ("t", target), ("top", top));
        while (await reader.ReadAsync())
        {
            var side = reader.GetInt32(0);
            totals[side] = (int)reader.GetInt64(1);
            // The first row of a side is read even when nothing is listed (top 0), for the side's total.
            if (reader.GetInt64(2) > top) continue;
            listed[side].Add(reader.GetString(3));
            _ = (reader.GetString(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetDouble(8), reader.GetString(9), reader.GetString(10));
        }
        return new BaselineStanding(listed[0], listed[1], listed[2], totals[0], totals[1], totals[2]);
    }

    /// <summary>
    /// Every actor's position toward every target in [from, to), and each actor's statement count there: what the
    /// positions network is built from (the same shape the statement log's grouped query gives the positions grain).
    /// </summary>
    public async Task<WindowPositions> PositionsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = Open();
        var positions = new List<ActorTargetPosition>();
        await using (var reader = await Query(connection, $"""
            SELECT actor_id, target_id, {Sums} FROM stances
            WHERE published >= @from AND published < @to GROUP BY actor_id, target_id ORDER BY actor_id, target_id
            """, ("from", Sortable(from)), ("to", Sortable(to))))
        {
            while (await reader.ReadAsync())
                positions.Add(new ActorTargetPosition(reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3),
                    (int)reader.GetInt64(4), Net(reader.GetDouble(5), reader.GetDouble(6))));
        }
        var byActor = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var reader = await Query(connection, """
            SELECT actor_id, COUNT(*) FROM statements WHERE published >= @from AND published < @to GROUP BY actor_id
            """, ("from", Sortable(from)), ("to", Sortable(to))))
        {
            while (await reader.ReadAsync())
                byActor[reader.GetString(0)] = (int)reader.GetInt64(1);
        }
        return new WindowPositions(positions, byActor);
    }

    /// <summary>
    /// An actor's shifts visible in [from, to]: day tallies per target from SQL, the actor grain's own detector over
    /// them, then the strongest evidence for each side of each shift (two more queries per shift, as the grain does).
    /// </summary>
    public async Task<int> ShiftsAsync(string actor, DateTimeOffset from, DateTimeOffset to, ShiftSettings settings)
    {
        await using var connection = Open();
        var byTarget = new Dictionary<string, Dictionary<int, DayTally>>(StringComparer.Ordinal);
        await using (var reader = await Query(connection, $"""
            SELECT target_id, substr(published, 1, 10) AS day, {Sums} FROM stances
            WHERE actor_id = @a GROUP BY target_id, day
            """, ("a", actor)))
        {
            while (await reader.ReadAsync())
            {
                var target = reader.GetString(0);
                if (!byTarget.TryGetValue(target, out var days))
                    byTarget[target] = days = [];
                var day = StanceCalendar.DayNumber(DateTimeOffset.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
                days[day] = new DayTally
                {
                    Support = (int)reader.GetInt64(2), Oppose = (int)reader.GetInt64(3), Neutral = (int)reader.GetInt64(4),
                    WeightedScore = reader.GetDouble(5), Weight = reader.GetDouble(6),
                };
            }
        }
        var (first, last) = StanceCalendar.DayRange(from, to);
        var shifts = 0;
        foreach (var (target, days) in byTarget)
            foreach (var found in ShiftDetector.Detect(days, settings))
            {
                if (found.ChangeDay < first || found.ChangeDay > last) continue;
                await EvidenceAsync(connection, actor, target, found.From, found.FirstEvidenceDay, found.ChangeDay - 1, settings.EvidencePerSide);
                await EvidenceAsync(connection, actor, target, found.To, found.ChangeDay, found.LastEvidenceDay, settings.EvidencePerSide);
                shifts++;
            }
        return shifts;
    }

    private static async Task EvidenceAsync(DbConnection connection, string actor, string target, StanceKind stance, int firstDay, int lastDay, int limit)
    {
        await using var reader = await Query(connection, """
            SELECT st.content, st.sentence FROM stances s JOIN statements st ON st.seq = s.seq
            WHERE s.actor_id = @a AND s.target_id = @t AND s.stance = @k AND s.published >= @from AND s.published < @to
            ORDER BY abs(s.score) * s.confidence DESC, s.published LIMIT @limit
            """, ("a", actor), ("t", target), ("k", StanceText(stance)),
            ("from", Sortable(StanceCalendar.DayOf(firstDay))), ("to", Sortable(StanceCalendar.DayOf(lastDay).AddDays(1))), ("limit", limit));
        while (await reader.ReadAsync())
            _ = reader.GetString(0);
    }

    protected static async Task<DbDataReader> Query(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteReaderAsync();
    }

    // The same mean as StanceTracker's, rounded the same way, so a score on the ±0.1 line falls on the same side.
    private static double Net(double weighted, double weight) => StanceSeries.NetScore(weighted, weight);

    public static string StanceText(StanceKind stance) => stance.ToString().ToLowerInvariant();

    public static string Sortable(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Sortable(DateTime value) => Sortable(new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), TimeSpan.Zero));
}

/// <summary>The baseline on a SQLite file of its own (WAL, pooled connections, the same page cache as the log gets).</summary>
public sealed class SqliteBaseline : SqlBaseline
{
    private readonly string _path;
    private readonly string _connectionString;

    public SqliteBaseline(string directory)
    {
        _path = Path.Combine(directory, "baseline.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = true }.ToString();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE statements (seq INTEGER PRIMARY KEY, statement_id TEXT NOT NULL, actor_id TEXT NOT NULL, article_id TEXT NOT NULL,
                published TEXT NOT NULL, outlet TEXT, title TEXT, kind TEXT NOT NULL, cue TEXT NOT NULL, content TEXT NOT NULL, sentence TEXT NOT NULL);
            CREATE TABLE stances (seq INTEGER NOT NULL, actor_id TEXT NOT NULL, target_id TEXT NOT NULL, published TEXT NOT NULL,
                stance TEXT NOT NULL, score REAL NOT NULL, confidence REAL NOT NULL);
            CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL);
            """;
        command.ExecuteNonQuery();
    }

    public override string Name => "SQLite";

    protected override string NetSql(string weighted, string weight) =>
        $"CASE WHEN {weight} > 0 THEN ROUND(MAX(-1.0, MIN(1.0, {weighted} / {weight})), 9) ELSE 0.0 END";

    // SQLite's default collation (BINARY) compares the UTF-8 bytes: the ordinal order for these ids.
    protected override string OrdinalCollation => "";

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public override Task LoadAsync(IEnumerable<StatementRecord> statements, IReadOnlyList<ActorInfo> actors)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var transaction = connection.BeginTransaction())
        {
            using var actor = connection.CreateCommand();
            actor.Transaction = transaction;
            actor.CommandText = "INSERT INTO actors (id, name) VALUES (@id, @name)";
            var id = actor.Parameters.Add("@id", SqliteType.Text);
            var name = actor.Parameters.Add("@name", SqliteType.Text);
            foreach (var a in actors)
            {
                id.Value = a.Id;
                name.Value = a.Name;
                actor.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var seq = 0L;
        foreach (var chunk in statements.Chunk(50_000))
        {
            using var transaction = connection.BeginTransaction();
            using var statement = connection.CreateCommand();
            statement.Transaction = transaction;
            statement.CommandText = """
                INSERT INTO statements (seq, statement_id, actor_id, article_id, published, outlet, title, kind, cue, content, sentence)
                VALUES (@seq, @id, @a, @art, @pub, @out, @title, @kind, @cue, @content, @sentence)
                """;
            var p = new[] { "@seq", "@id", "@a", "@art", "@pub", "@out", "@title", "@kind", "@cue", "@content", "@sentence" }
                .Select(n => statement.Parameters.Add(n, n == "@seq" ? SqliteType.Integer : SqliteType.Text)).ToArray();
            using var stance = connection.CreateCommand();
            stance.Transaction = transaction;
            stance.CommandText = """
                INSERT INTO stances (seq, actor_id, target_id, published, stance, score, confidence)
                VALUES (@seq, @a, @t, @pub, @k, @score, @c)
                """;
            var q = new[] { "@seq", "@a", "@t", "@pub", "@k", "@score", "@c" }
                .Select(n => stance.Parameters.Add(n, n switch { "@seq" => SqliteType.Integer, "@score" or "@c" => SqliteType.Real, _ => SqliteType.Text })).ToArray();
            foreach (var s in chunk)
            {
                seq++;
                var published = Sortable(s.Published);
                p[0].Value = seq; p[1].Value = s.Id; p[2].Value = s.SpeakerId; p[3].Value = s.ArticleId; p[4].Value = published;
                p[5].Value = (object?)s.Outlet ?? DBNull.Value; p[6].Value = (object?)s.ArticleTitle ?? DBNull.Value;
                p[7].Value = s.Kind; p[8].Value = s.Cue; p[9].Value = s.Content; p[10].Value = s.Sentence;
                statement.ExecuteNonQuery();
                foreach (var t in s.Stances)
                {
                    q[0].Value = seq; q[1].Value = s.SpeakerId; q[2].Value = t.TargetId; q[3].Value = published;
                    q[4].Value = StanceText(t.Stance); q[5].Value = t.Score; q[6].Value = t.Confidence;
                    stance.ExecuteNonQuery();
                }
            }
            transaction.Commit();
        }
        using var index = connection.CreateCommand();
        index.CommandText = Indexes + "ANALYZE;";
        index.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
