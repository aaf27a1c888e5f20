using System.Diagnostics;
using System.Text;
using System.Text.Json;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Articles;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Bench;

/// <summary>
/// The values the ingest path makes for the writer, each way it can make them, on one core: a statement's payload JSON,
/// the article and actor states' JSON, and a statement's relay words with their stored UTF-8 form. "Serializer" is what
/// the seventh round replaced (System.Text.Json by reflection with <see cref="StorageJson.Options"/>, then UTF-16 →
/// UTF-8 for states; the words by every token, a hash set and a join); "generated" and "spans" are what runs now
/// (<see cref="StoredJson"/>, <see cref="ContentTokens.Of"/>). Both ways make the same bytes (StoredJsonTests,
/// ContentTokensTests). The way back too: a statement read from its stored payload by the serializer, as the logs read it
/// before, and by <see cref="StatementPayload"/>, which they read it with now (the same record: StatementPayloadTests).
/// </summary>
public static class PayloadBenchmark
{
    public static void Run(BenchOptions options, BenchReport report)
    {
        report.Heading("Payloads and words");
        var extractor = StanceExtractor.Load();
        var articles = options.Corpora().SelectMany(c => CorpusArticles.Read(c.Path)).ToList();
        var statements = new List<StatementRecord>();
        var articleStates = new List<ArticleState>();
        foreach (var article in articles)
        {
            var extracted = extractor.Extract(article);
            var published = article.Published ?? DateTimeOffset.UnixEpoch;
            var records = extracted.Statements.Select(s => StatementMapping.ToRecord(extracted, s, published)).ToList();
            statements.AddRange(records);
            articleStates.Add(new ArticleState
            {
                Stored = true, Title = article.Title, Source = article.Source, Url = article.Url, Published = published,
                Language = extracted.Language, Text = article.Text, IngestedAt = DateTimeOffset.UtcNow,
                StatementIds = [.. records.Select(r => r.Id)], Speakers = [.. records.Select(r => r.SpeakerId).Distinct()],
            });
        }
        var actorStates = ActorStates(statements);
        var payloads = statements.Select(StoredJson.Utf8).ToList();
        report.Text($"One thread pinned to one core over {statements.Count:N0} statements, {articleStates.Count} article states and " +
            $"{actorStates.Count} actor snapshots (one per speaker of both corpora). Each pair of ways is warmed up for a " +
            $"second, then timed in {Passes} passes of each, alternating, so that both meet the same load; per item the best " +
            "pass's wall clock and the thread's own CPU time (the collector's threads not counted), and the bytes the thread allocated.");

        var rows = new List<IReadOnlyList<string>>();
        using (OneCore.Pin())
        {
            void Compare(string what, string name, int items, (string How, Func<int> Work) before, (string How, Func<int> Work) after)
            {
                var ways = new[] { before, after };
                foreach (var way in ways)
                    Warm(way.Work);
                var best = new (double Wall, double Cpu, long Allocated)[2];
                for (var i = 0; i < 2; i++) best[i] = (double.MaxValue, double.MaxValue, long.MaxValue);
                for (var pass = 0; pass < Passes; pass++)
                    for (var i = 0; i < 2; i++)
                    {
                        var (wall, cpu, allocated) = Timed(ways[i].Work);
                        best[i] = (Math.Min(best[i].Wall, wall), Math.Min(best[i].Cpu, cpu), Math.Min(best[i].Allocated, allocated));
                    }
                for (var i = 0; i < 2; i++)
                {
                    var (wall, cpu, allocated) = best[i];
                    rows.Add([$" {what}", $" {ways[i].How}", BenchReport.N(wall * 1e6 / items, 2), BenchReport.N(cpu * 1e6 / items, 2), BenchReport.N((double)allocated / items, 0)]);
                    report.Add($"payloads.{name}.{ways[i].How}.us_per_item", wall * 1e6 / items, "µs per item (1 core, best pass, wall clock)");
                    report.Add($"payloads.{name}.{ways[i].How}.cpu_us_per_item", cpu * 1e6 / items, "thread CPU µs per item (best pass)");
                    report.Add($"payloads.{name}.{ways[i].How}.bytes_allocated_per_item", (double)allocated / items, "bytes allocated per item");
                }
            }
            Compare("statement payload", "statement", statements.Count,
                ("serializer", () => statements.Sum(s => JsonSerializer.SerializeToUtf8Bytes(s, StorageJson.Options).Length)),
                ("generated", () => statements.Sum(s => StoredJson.Utf8(s).Length)));
            Compare("statement read from payload", "statement_read", payloads.Count,
                ("serializer", () => payloads.Sum(p => JsonSerializer.Deserialize<StatementRecord>(p, StorageJson.Options)!.Stances.Count)),
                ("reader", () => payloads.Sum(p => StatementPayload.Read(p).Stances.Count)));
            Compare("article state", "article", articleStates.Count,
                ("serializer", () => articleStates.Sum(s => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(s, StorageJson.Options)).Length)),
                ("generated", () => articleStates.Sum(s => StoredJson.Utf8(s).Length)));
            Compare("actor snapshot", "actor", actorStates.Count,
                ("serializer", () => actorStates.Sum(s => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(s, StorageJson.Options)).Length)),
                ("generated", () => actorStates.Sum(s => StoredJson.Utf8(s).Length)));
            Compare("statement words + stored UTF-8", "words", statements.Count,
                ("tokens", () => statements.Sum(s => Encoding.UTF8.GetBytes(WordsBefore(s.Content)).Length)),
                ("spans", () => statements.Sum(s => ContentTokens.Of(s.Content).StoredUtf8().Length)));
        }
        report.Table([" value", " made by", "µs per item", "thread CPU µs per item", "bytes allocated per item"], rows);
    }

    private const int Passes = 15;

    // Long enough for the tiered compiler to have replaced the first quick code of everything the work calls.
    private static void Warm(Func<int> work)
    {
        var clock = Stopwatch.StartNew();
        do work(); while (clock.Elapsed < TimeSpan.FromSeconds(1));
    }

    private static (double Wall, double Cpu, long Allocated) Timed(Func<int> work)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadClock.Seconds();
        var clock = Stopwatch.StartNew();
        work();
        var wall = clock.Elapsed.TotalSeconds;
        return (wall, ThreadClock.Seconds() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    /// <summary>The relay words as the sixth round made them (the reference ContentTokensTests keeps), joined for storing.</summary>
    private static string WordsBefore(string content)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(content))
            if (token.IsWord)
                words.Add(token.Normalized.ToLowerInvariant());
        var ordered = words.ToArray();
        Array.Sort(ordered, (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        return string.Join(' ', ordered);
    }

    /// <summary>One snapshot per speaker, counted from the speaker's statements as the actor grain counts them.</summary>
    private static List<ActorState> ActorStates(IEnumerable<StatementRecord> statements)
    {
        var states = new List<ActorState>();
        foreach (var speaker in statements.GroupBy(s => s.SpeakerId))
        {
            var state = new ActorState { Name = speaker.First().SpeakerName, Type = "person", Statements = speaker.Count() };
            foreach (var statement in speaker)
                foreach (var stance in statement.Stances)
                {
                    if (!state.Targets.TryGetValue(stance.TargetId, out var target))
                        state.Targets[stance.TargetId] = target = new TargetTally { Name = stance.TargetName, Type = stance.TargetType };
                    var day = StanceCalendar.DayNumber(statement.Published);
                    DayTally.Count(target.Days, day, stance.Stance, stance.Score, stance.Confidence);
                    target.Days[day].NoteSource(SourceKey.Of(statement.ArticleId), SourceKey.OfOutlet(statement.Outlet));
                }
            states.Add(state);
        }
        return states;
    }
}
