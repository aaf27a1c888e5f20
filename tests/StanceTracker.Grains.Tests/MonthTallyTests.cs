using Microsoft.Data.Sqlite;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// The embedded log answers window positions from month tallies kept at append time, plus the statements of the days
/// at a window's part-covered ends. Whatever the window, the answer must be the one a grouped query over the
/// statements themselves gives (relays left out, each statement counted once), on a new database and on one made
/// before the tallies existed.
/// </summary>
public sealed class MonthTallyTests
{
    private static readonly string[] Speakers = ["russia", "egypt", "turkey", "uae"];
    private static readonly string[] Targets = ["haftar", "gna", "sarraj", "wagner", "berlin-process"];
    private static readonly string[] Vocabulary =
    [
        "moscow", "rejects", "the", "military", "offensive", "on", "tripoli", "calls", "for", "talks", "ankara", "supports",
        "government", "ceasefire", "berlin", "conference", "oil", "embargo", "mercenaries", "sirte", "jufra", "airbase",
    ];

    [Theory]
    [InlineData("2020-03-01", "2020-04-01", "2020-03-01", "2020-04-01", "")]
    [InlineData("2020-03-01", "2020-06-01", "2020-03-01", "2020-06-01", "")]
    [InlineData("2020-03-10", "2020-06-20", "2020-04-01", "2020-06-01", "2020-03-10..2020-04-01 2020-06-01..2020-06-20")]
    [InlineData("2020-03-10", "2020-04-01", null, null, "2020-03-10..2020-04-01")]
    [InlineData("2020-03-10", "2020-03-20", null, null, "2020-03-10..2020-03-20")]
    [InlineData("2020-03-10", "2020-03-10", null, null, "")]
    [InlineData("2020-05-01", "2020-03-01", null, null, "")]
    [InlineData(null, "2020-03-15", null, "2020-03-01", "2020-03-01..2020-03-15")]
    [InlineData("2020-03-15", null, "2020-04-01", null, "2020-03-15..2020-04-01")]
    [InlineData(null, null, null, null, "")]
    public void A_window_splits_into_whole_months_and_edge_days(string? from, string? to, string? firstMonth, string? endMonth, string edges)
    {
        var window = MonthWindow.Of(Date(from), Date(to));
        Assert.Equal((Date(firstMonth), Date(endMonth)), (window.FirstMonth, window.EndMonth));
        Assert.Equal(edges, string.Join(' ', window.Edges.Select(e => $"{e.From:yyyy-MM-dd}..{e.To:yyyy-MM-dd}")));
        Assert.Equal(firstMonth is not null || endMonth is not null || (from is null && to is null), window.HasMonths);
    }

    [Fact]
    public void Only_a_window_of_exactly_one_calendar_month_is_one_month()
    {
        Assert.True(MonthWindow.Of(Date("2020-02-01"), Date("2020-03-01")).IsOneMonth);
        Assert.False(MonthWindow.Of(Date("2020-02-01"), Date("2020-03-02")).IsOneMonth);
        Assert.False(MonthWindow.Of(Date("2020-02-01"), Date("2020-04-01")).IsOneMonth);
        Assert.False(MonthWindow.Of(null, Date("2020-03-01")).IsOneMonth);
    }

    [Fact]
    public async Task Every_window_gets_what_grouping_the_statements_gets()
    {
        var data = Directory.CreateTempSubdirectory("stance-month-tallies-").FullName;
        using (var database = new SqliteDatabase(new StanceStorageOptions(data)))
            await LogAsync(database);
        using (var database = new SqliteDatabase(new StanceStorageOptions(data)))
            await AssertWindowsAsync(data, new SqliteStatementLog(database));
    }

    [Fact]
    public async Task A_database_made_before_the_tallies_gets_them_from_its_statements()
    {
        var data = Directory.CreateTempSubdirectory("stance-month-upgrade-").FullName;
        using (var database = new SqliteDatabase(new StanceStorageOptions(data)))
            await LogAsync(database);
        // Back to the release before the tallies: schema version 4.
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "stance.db")};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE month_positions; DROP TABLE month_statements; PRAGMA user_version = 4;";
            command.ExecuteNonQuery();
        }
        using (var database = new SqliteDatabase(new StanceStorageOptions(data)))
        {
            Assert.Equal(5L, DatabaseFile.Scalar(data, "PRAGMA user_version"));
            Assert.True(DatabaseFile.Scalar(data, "SELECT count(*) FROM month_positions") > 50);
            var log = new SqliteStatementLog(database);
            await AssertWindowsAsync(data, log);
            // And appends go on tallying on top of what the upgrade counted.
            var before = DatabaseFile.Scalar(data, "SELECT statements FROM month_statements WHERE month = '2020-04' AND actor_id = 'russia'");
            var head = DatabaseFile.Scalar(data, "SELECT last_seq FROM actor_heads WHERE actor_id = 'russia'");
            await new SpeakerLog(log, new RelayMatcher(new RelaySettings()), "russia")
                .AppendAsync(head, [By("russia", "late-1", "2020-04-15", "haftar", StanceKind.Oppose, -0.7, content: "an entirely new remark about sanctions")]);
            Assert.Equal(before + 1, DatabaseFile.Scalar(data, "SELECT statements FROM month_statements WHERE month = '2020-04' AND actor_id = 'russia'"));
            await AssertWindowsAsync(data, log);
        }
    }

    // Four speakers over five months: rewordings of a few remarks (so some are relays), now and then a target named twice
    // in one statement, and every tenth append sent twice, as a re-ingested article is.
    private static async Task LogAsync(SqliteDatabase database)
    {
        var log = new SqliteStatementLog(database);
        var matcher = new RelayMatcher(new RelaySettings());
        var random = new Random(5);
        var bases = Enumerable.Range(0, 8).Select(_ => Words(random, random.Next(4, 12))).ToList();
        var start = new DateTime(2020, 2, 1);
        var relays = 0;
        foreach (var speakerId in Speakers)
        {
            var speaker = new SpeakerLog(log, matcher, speakerId);
            var head = 0L;
            for (var article = 0; article < 60; article++)
            {
                var batch = new List<StatementRecord>();
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var target = Targets[random.Next(Targets.Length)];
                    var kind = (StanceKind)random.Next(3);
                    var score = kind switch { StanceKind.Support => 0.4 + random.NextDouble() / 2, StanceKind.Oppose => -0.4 - random.NextDouble() / 2, _ => 0 };
                    var words = bases[random.Next(bases.Count)].Where(_ => random.NextDouble() > 0.1).Concat(Words(random, random.Next(0, 2)));
                    var statement = By(speakerId, $"{speakerId}-{article}-{k}", start.AddDays(random.Next(150)).ToString("yyyy-MM-dd"),
                        target, kind, score, article: $"{speakerId}-article-{article}", content: string.Join(' ', words.Distinct()),
                        confidence: 0.5 + random.NextDouble() / 2);
                    if (random.Next(8) == 0)
                        statement = statement with { Stances = [.. statement.Stances, statement.Stances[0] with { Score = score / 2 }] };
                    batch.Add(statement);
                }
                var appended = await speaker.AppendAsync(head, batch);
                head = appended[^1].Sequence;
                relays += appended.Count(a => a.IsRelay);
                if (article % 10 == 9)
                    Assert.Empty(await speaker.AppendAsync(head, batch));
            }
        }
        // Without both kinds the comparison would prove nothing about leaving relays out.
        Assert.InRange(relays, 10, 200);
    }

    private static async Task AssertWindowsAsync(string data, SqliteStatementLog log)
    {
        var random = new Random(3);
        var windows = new List<(DateTime? From, DateTime? To)>
        {
            (null, null), (new(2020, 3, 1), new(2020, 3, 31)), (new(2020, 2, 1), new(2020, 6, 30)), (null, new(2020, 4, 12)),
            (new(2020, 4, 12), null), (new(2020, 3, 5), new(2020, 3, 9)), (new(2020, 1, 1), new(2020, 12, 31)),
        };
        for (var i = 0; i < 40; i++)
        {
            var from = new DateTime(2020, 1, 20).AddDays(random.Next(170));
            windows.Add((random.Next(6) == 0 ? null : from, random.Next(6) == 0 ? null : from.AddDays(random.Next(0, 100))));
        }
        foreach (var (from, to) in windows)
        {
            var answer = await log.PositionsAsync(from is { } f ? new DateTimeOffset(f, TimeSpan.Zero) : null, to is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null);
            var (positions, counts) = Grouped(data, from, to?.AddDays(1));
            var label = $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}";
            Assert.True(positions.Count == answer.Positions.Count, $"{label}: {answer.Positions.Count} positions, grouping gives {positions.Count}");
            foreach (var (ours, expected) in answer.Positions.Zip(positions))
            {
                Assert.Equal((expected.ActorId, expected.TargetId, expected.Support, expected.Oppose, expected.Neutral),
                    (ours.ActorId, ours.TargetId, ours.Support, ours.Oppose, ours.Neutral));
                Assert.Equal(expected.NetScore, ours.NetScore, 9);
            }
            Assert.Equal(counts.OrderBy(c => c.Key), answer.StatementsByActor.OrderBy(c => c.Key));
        }
    }

    // The definition: every statement of [from, to) that is not a relay, grouped by speaker and target.
    private static (List<ActorTargetPosition> Positions, Dictionary<string, int> Counts) Grouped(string data, DateTime? from, DateTime? to)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "stance.db")};Pooling=false");
        connection.Open();
        const string window = """
            NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)
            AND ($from IS NULL OR s.published >= $from) AND ($to IS NULL OR s.published < $to)
            """;
        SqliteCommand Command(string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$from", from is { } f ? $"{f:yyyy-MM-dd}T00:00:00Z" : DBNull.Value);
            command.Parameters.AddWithValue("$to", to is { } t ? $"{t:yyyy-MM-dd}T00:00:00Z" : DBNull.Value);
            return command;
        }
        var positions = new List<ActorTargetPosition>();
        using (var command = Command($"""
            SELECT t.actor_id, t.target_id, SUM(t.stance = 'support'), SUM(t.stance = 'oppose'), SUM(t.stance = 'neutral'),
                   SUM(t.score * t.confidence), SUM(t.confidence)
            FROM statements s JOIN statement_targets t ON t.seq = s.seq WHERE {window}
            GROUP BY t.actor_id, t.target_id ORDER BY t.actor_id, t.target_id
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                positions.Add(new ActorTargetPosition(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                    reader.GetInt32(4), StanceSeries.NetScore(reader.GetDouble(5), reader.GetDouble(6))));
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = Command($"SELECT s.actor_id, COUNT(*) FROM statements s WHERE {window} GROUP BY s.actor_id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                counts[reader.GetString(0)] = reader.GetInt32(1);
        }
        return (positions, counts);
    }

    private static List<string> Words(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).Distinct().ToList();

    private static DateTime? Date(string? text) =>
        text is null ? null : DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
