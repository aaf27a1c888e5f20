using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Bench;

/// <summary>
/// The baseline on PostgreSQL, as the "script that writes rows into PostgreSQL" would have it: the same
/// tables, indexes and queries as the SQLite baseline, in a schema of its own that is dropped afterwards, loaded with
/// COPY. Runs only when a server is given (<c>--postgres</c>); every query pays a round trip over loopback TCP.
/// </summary>
public sealed class PostgresBaseline : SqlBaseline
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;

    private PostgresBaseline(NpgsqlDataSource dataSource, string schema)
    {
        _dataSource = dataSource;
        _schema = schema;
    }

    public override string Name => "PostgreSQL";

    // ROUND to a number of places takes NUMERIC in PostgreSQL.
    protected override string NetSql(string weighted, string weight) =>
        $"CASE WHEN {weight} > 0 THEN CAST(ROUND(CAST(GREATEST(-1.0, LEAST(1.0, {weighted} / {weight})) AS NUMERIC), 9) AS DOUBLE PRECISION) ELSE 0.0 END";

    // The database's collation may be a language's (en_US ignores case and punctuation); "C" compares bytes.
    protected override string OrdinalCollation => " COLLATE \"C\"";

    public static async Task<PostgresBaseline> CreateAsync(string connectionString)
    {
        var schema = $"stance_bench_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE SCHEMA {schema};
            CREATE TABLE {schema}.statements (seq BIGINT PRIMARY KEY, statement_id TEXT NOT NULL, actor_id TEXT NOT NULL, article_id TEXT NOT NULL,
                published TEXT NOT NULL, outlet TEXT, title TEXT, kind TEXT NOT NULL, cue TEXT NOT NULL, content TEXT NOT NULL, sentence TEXT NOT NULL);
            CREATE TABLE {schema}.stances (seq BIGINT NOT NULL, actor_id TEXT NOT NULL, target_id TEXT NOT NULL, published TEXT NOT NULL,
                stance TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, confidence DOUBLE PRECISION NOT NULL);
            CREATE TABLE {schema}.actors (id TEXT PRIMARY KEY, name TEXT NOT NULL);
            """;
        await command.ExecuteNonQueryAsync();
        return new PostgresBaseline(dataSource, schema);
    }

    protected override DbConnection Open() => _dataSource.OpenConnection();

    public override async Task LoadAsync(IEnumerable<StatementRecord> statements, IReadOnlyList<ActorInfo> actors)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using (var writer = await connection.BeginBinaryImportAsync("COPY actors (id, name) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in actors)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(a.Id, NpgsqlDbType.Text);
                await writer.WriteAsync(a.Name, NpgsqlDbType.Text);
            }
            await writer.CompleteAsync();
        }
        // Statements first, then their stances, each in one COPY: the order the rows arrive in does not matter to SQL.
        var stances = new List<(long Seq, string Actor, string Target, string Published, string Stance, double Score, double Confidence)>();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY statements (seq, statement_id, actor_id, article_id, published, outlet, title, kind, cue, content, sentence) FROM STDIN (FORMAT BINARY)"))
        {
            var seq = 0L;
            foreach (var s in statements)
            {
                seq++;
                var published = Sortable(s.Published);
                await writer.StartRowAsync();
                await writer.WriteAsync(seq, NpgsqlDbType.Bigint);
                await writer.WriteAsync(s.Id, NpgsqlDbType.Text);
                await writer.WriteAsync(s.SpeakerId, NpgsqlDbType.Text);
                await writer.WriteAsync(s.ArticleId, NpgsqlDbType.Text);
                await writer.WriteAsync(published, NpgsqlDbType.Text);
                if (s.Outlet is null) await writer.WriteNullAsync(); else await writer.WriteAsync(s.Outlet, NpgsqlDbType.Text);
                if (s.ArticleTitle is null) await writer.WriteNullAsync(); else await writer.WriteAsync(s.ArticleTitle, NpgsqlDbType.Text);
                await writer.WriteAsync(s.Kind, NpgsqlDbType.Text);
                await writer.WriteAsync(s.Cue, NpgsqlDbType.Text);
                await writer.WriteAsync(s.Content, NpgsqlDbType.Text);
                await writer.WriteAsync(s.Sentence, NpgsqlDbType.Text);
                foreach (var t in s.Stances)
                    stances.Add((seq, s.SpeakerId, t.TargetId, published, StanceText(t.Stance), t.Score, t.Confidence));
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY stances (seq, actor_id, target_id, published, stance, score, confidence) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var t in stances)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(t.Seq, NpgsqlDbType.Bigint);
                await writer.WriteAsync(t.Actor, NpgsqlDbType.Text);
                await writer.WriteAsync(t.Target, NpgsqlDbType.Text);
                await writer.WriteAsync(t.Published, NpgsqlDbType.Text);
                await writer.WriteAsync(t.Stance, NpgsqlDbType.Text);
                await writer.WriteAsync(t.Score, NpgsqlDbType.Double);
                await writer.WriteAsync(t.Confidence, NpgsqlDbType.Double);
            }
            await writer.CompleteAsync();
        }
        await using var index = connection.CreateCommand();
        index.CommandText = Indexes + "ANALYZE;";
        await index.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await using (var connection = await _dataSource.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"DROP SCHEMA {_schema} CASCADE";
            await command.ExecuteNonQueryAsync();
        }
        await _dataSource.DisposeAsync();
    }
}
