using Microsoft.Extensions.Logging;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using System.Diagnostics;
using StanceTracker.Grains.ActorDirectory;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Telemetry;

namespace StanceTracker.Grains.Articles;

/// <summary>
/// One article, keyed by its stable id. Ingestion runs extraction here, in the silo, so every way in (console,
/// HTTP) gets the same pipeline. The article is marked stored only after every speaker has logged its statements;
/// a failure in between leaves it unmarked, and the retry is harmless because statement ids are stable and the log ignores repeats.
/// </summary>
public sealed partial class ArticleGrain(
    [PersistentState("article", StorageNames.GrainState)] IPersistentState<ArticleState> state,
    StanceExtractor extractor,
    RegisteredActors registered,
    KeyedGrains<IActorGrain> actorGrains,
    StanceMetrics metrics,
    ILogger<ArticleGrain> logger) : Grain, IArticleGrain
{
    public async Task<IngestOutcome> IngestAsync(ArticleSubmission article)
    {
        var id = this.GetPrimaryKeyString();
        using var scope = logger.BeginScope(new ArticleScope(id));
        var outcome = await IngestOnceAsync(id, article);
        metrics.ArticleIngested(outcome.Status);
        if (outcome.Status == IngestStatus.Rejected)
            LogRejected(id, outcome.Reason);
        return outcome;
    }

    private async Task<IngestOutcome> IngestOnceAsync(string id, ArticleSubmission article)
    {
        if (state.State.Stored)
        {
            await KeepMissingTextAsync(article);
            // The same run asking again: its earlier attempt stored the article and only the answer was lost.
            var sameSubmission = article.Submitter is not null && article.Submitter == state.State.StoredBy;
            return new IngestOutcome(id, sameSubmission ? IngestStatus.Stored : IngestStatus.AlreadyKnown,
                state.State.StatementIds.Count, state.State.Speakers);
        }
        if (article.Published is not { } published)
            return new IngestOutcome(id, IngestStatus.Rejected, 0, [],
                "the article has no publication date (give one with --date, or a 'published' field)");
        if (string.IsNullOrWhiteSpace(article.Text))
            return new IngestOutcome(id, IngestStatus.Rejected, 0, [], "the article has no text");
        // Other languages would be mangled by Arabic and English lexicons: say so instead of recording nonsense.
        var language = LanguageDetector.Resolve(article.Language, article.Text);
        if (!LanguageDetector.IsSupported(language))
            return new IngestOutcome(id, IngestStatus.Rejected, 0, [],
                $"language '{language}' is not supported (supported: {string.Join(", ", LanguageDetector.SupportedLanguages)})");

        var started = Stopwatch.GetTimestamp();
        var extracted = extractor.Extract(new ArticleText(id, article.Title, article.Source, article.Url,
            published, language, article.Text, article.Path));
        metrics.ExtractionTook(Stopwatch.GetElapsedTime(started), extracted.Language);

        // One pass over the statements: each speaker's records in text order, and every actor named (speakers, then
        // targets) for the directory.
        var statements = extracted.Statements;
        var bySpeaker = new List<(ActorInfo Speaker, List<StatementRecord> Records)>();
        var speakerSlot = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = new Dictionary<string, ActorInfo>(StringComparer.Ordinal);
        var statementIds = new List<string>(statements.Count);
        foreach (var statement in statements)
        {
            if (!speakerSlot.TryGetValue(statement.Speaker.Id, out var slot))
            {
                speakerSlot[statement.Speaker.Id] = slot = bySpeaker.Count;
                var speaker = StatementMapping.ToInfo(statement.Speaker, extractor.Actors);
                bySpeaker.Add((speaker, []));
                named.TryAdd(speaker.Id, speaker);
            }
            var record = StatementMapping.ToRecord(extracted, statement, published);
            bySpeaker[slot].Records.Add(record);
            // The log's ids are the extraction's; the article's list keeps the grain key's, as it always has (the same
            // text unless the key needed cleaning).
            statementIds.Add(extracted.Id == id ? record.Id : StatementMapping.StatementId(id, statement.Index));
        }
        foreach (var statement in statements)
            foreach (var stance in statement.Stances)
                if (!named.ContainsKey(stance.Target.Id))
                    named[stance.Target.Id] = StatementMapping.ToInfo(stance.Target, extractor.Actors);

        // Speakers' logs and the directory are written concurrently (each waits for a commit; in parallel they can share
        // one); the article is marked stored only after all of them. The directory is sent only actors it has not
        // acknowledged as they are: after the first articles, usually none.
        var unregistered = registered.NotYetStored(named.Values);
        var writes = new List<Task>(bySpeaker.Count + 1);
        foreach (var (speaker, records) in bySpeaker)
            writes.Add(actorGrains.Get(speaker.Id).RecordAsync(speaker, records));
        if (unregistered.Count > 0)
            writes.Add(RegisterAsync(unregistered));
        await Task.WhenAll(writes);

        var s = state.State;
        s.Title = article.Title;
        s.Source = article.Source;
        s.Url = article.Url;
        s.Published = published;
        s.Language = extracted.Language;
        s.Path = article.Path;
        s.Text = article.Text;
        s.IngestedAt = DateTimeOffset.UtcNow;
        s.StatementIds = statementIds;
        s.Speakers = bySpeaker.ConvertAll(g => g.Speaker.Id);
        s.StoredBy = article.Submitter;
        s.Stored = true;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not durable, so not stored: the caller's retry must do the work again (harmless: the log ignores
            // repeats), not be told "already known" by this activation's memory. A fresh activation rereads storage.
            s.Stored = false;
            this.DeactivateOnIdle();
            throw;
        }

        LogStored(id, s.StatementIds.Count, s.Speakers.Count);
        return new IngestOutcome(id, IngestStatus.Stored, s.StatementIds.Count, s.Speakers);
    }

    private async Task RegisterAsync(List<ActorInfo> actors)
    {
        await GrainFactory.GetGrain<IActorDirectoryGrain>(0).RegisterAsync(actors);
        registered.Stored(actors);
    }

    // Source-generated: nothing is boxed or formatted unless the level is enabled (every article passes here).
    [LoggerMessage(Level = LogLevel.Information, Message = "Article {Article} rejected: {Reason}")]
    private partial void LogRejected(string article, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {Article}: {Statements} statements from {Speakers} speakers")]
    private partial void LogStored(string article, int statements, int speakers);

    public Task<ArticleRecord?> GetAsync()
    {
        var s = state.State;
        return Task.FromResult(s.Stored
            ? new ArticleRecord(this.GetPrimaryKeyString(), s.Title, s.Source, s.Url, s.Published, s.Language, s.Path,
                s.IngestedAt, s.StatementIds, s.Speakers)
            : null);
    }

    public Task<ArticleContent?> GetContentAsync()
    {
        var s = state.State;
        return Task.FromResult(s.Stored && s.Text is not null
            ? new ArticleContent(this.GetPrimaryKeyString(), s.Title, s.Language, s.Text)
            : null);
    }

    /// <summary>
    /// An article stored before texts were kept gets its text from the re-ingest; the same id means the same text,
    /// so the recorded offsets stay valid. Nothing is extracted or counted again.
    /// </summary>
    private async Task KeepMissingTextAsync(ArticleSubmission article)
    {
        if (state.State.Text is not null || string.IsNullOrEmpty(article.Text))
            return;
        state.State.Text = article.Text;
        await state.WriteStateAsync();
    }
}
