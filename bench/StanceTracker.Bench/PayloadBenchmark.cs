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
/// ContentTokensTests).
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
        var passes = Math.Max(3, options.ExtractionPasses);
        report.Text($"One thread pinned to one core, best of {passes} passes after a warm-up over {statements.Count:N0} statements, " +
            $"{articleStates.Count} article states and {actorStates.Count} actor snapshots (one per speaker of both corpora); " +
            "per item: CPU µs of the process and bytes allocated by the thread.");

        var rows = new List<IReadOnlyList<string>>();
        using (OneCore.Pin())
        {
            void Measure(string what, string name, string how, int items, Func<int> work)
            {
                var (_, cpu, allocated) = ExtractionBenchmark.BestWithCpu(passes, work);
                rows.Add([$" {what}", $" {how}", BenchReport.N(cpu * 1e6 / items, 2), BenchReport.N((double)allocated / items, 0)]);
                report.Add($"payloads.{name}.{how}.us_per_item", cpu * 1e6 / items, "CPU µs per item (1 core)");
                report.Add($"payloads.{name}.{how}.bytes_allocated_per_item", (double)allocated / items, "bytes allocated per item");
            }
            Measure("statement payload", "statement", "serializer", statements.Count,
                () => statements.Sum(s => JsonSerializer.SerializeToUtf8Bytes(s, StorageJson.Options).Length));
            Measure("statement payload", "statement", "generated", statements.Count, () => statements.Sum(s => StoredJson.Utf8(s).Length));
            Measure("article state", "article", "serializer", articleStates.Count,
                () => articleStates.Sum(s => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(s, StorageJson.Options)).Length));
            Measure("article state", "article", "generated", articleStates.Count, () => articleStates.Sum(s => StoredJson.Utf8(s).Length));
            Measure("actor snapshot", "actor", "serializer", actorStates.Count,
                () => actorStates.Sum(s => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(s, StorageJson.Options)).Length));
            Measure("actor snapshot", "actor", "generated", actorStates.Count, () => actorStates.Sum(s => StoredJson.Utf8(s).Length));
            Measure("statement words + stored UTF-8", "words", "tokens", statements.Count,
                () => statements.Sum(s => Encoding.UTF8.GetBytes(WordsBefore(s.Content)).Length));
            Measure("statement words + stored UTF-8", "words", "spans", statements.Count,
                () => statements.Sum(s => ContentTokens.Of(s.Content).StoredUtf8().Length));
        }
        report.Table([" value", " made by", "CPU µs per item", "bytes allocated per item"], rows);
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
