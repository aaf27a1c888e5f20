using Microsoft.Extensions.Logging;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using System.Diagnostics;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Telemetry;

namespace StanceTracker.Grains.Articles;

/// <summary>
/// One article, keyed by its stable id. Ingestion runs extraction here, in the silo, so every way in (console,
/// HTTP) gets the same pipeline. The article is marked stored only after every speaker has logged its statements;
/// a failure in between leaves it unmarked, and the retry is harmless because statement ids are stable and the log ignores repeats.
/// </summary>
public sealed class ArticleGrain(
    [PersistentState("article", StorageNames.GrainState)] IPersistentState<ArticleState> state,
    StanceExtractor extractor,
    StanceMetrics metrics,
    ILogger<ArticleGrain> logger) : Grain, IArticleGrain
{
    public async Task<IngestOutcome> IngestAsync(ArticleSubmission article)
    {
        var id = this.GetPrimaryKeyString();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = id });
        var outcome = await IngestOnceAsync(id, article);
        metrics.ArticleIngested(outcome.Status);
        if (outcome.Status == IngestStatus.Rejected)
            logger.LogInformation("Article {Article} rejected: {Reason}", id, outcome.Reason);
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

        var bySpeaker = extracted.Statements
            .GroupBy(s => s.Speaker.Id)
            .Select(g => (Speaker: StatementMapping.ToInfo(g.First().Speaker, extractor.Actors),
                Records: g.Select(s => StatementMapping.ToRecord(extracted, s, published)).ToList()))
            .ToList();
        var known = new Dictionary<string, ActorInfo>();
        foreach (var (speaker, _) in bySpeaker)
            known.TryAdd(speaker.Id, speaker);
        foreach (var stance in extracted.Statements.SelectMany(s => s.Stances))
            known.TryAdd(stance.Target.Id, StatementMapping.ToInfo(stance.Target, extractor.Actors));
        // Speakers' logs and the directory are written concurrently (each waits for a commit; in parallel they can share
        // one); the article is marked stored only after all of them.
        await Task.WhenAll(bySpeaker
            .Select(g => (Task)GrainFactory.GetGrain<IActorGrain>(g.Speaker.Id).RecordAsync(g.Speaker, g.Records))
            .Append(GrainFactory.GetGrain<IActorDirectoryGrain>(0).RegisterAsync([.. known.Values])));

        var s = state.State;
        s.Title = article.Title;
        s.Source = article.Source;
        s.Url = article.Url;
        s.Published = published;
        s.Language = extracted.Language;
        s.Path = article.Path;
        s.Text = article.Text;
        s.IngestedAt = DateTimeOffset.UtcNow;
        s.StatementIds = [.. extracted.Statements.Select(st => StatementMapping.StatementId(id, st.Index))];
        s.Speakers = [.. bySpeaker.Select(g => g.Speaker.Id)];
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

        logger.LogInformation("Article {Article}: {Statements} statements from {Speakers} speakers", id, s.StatementIds.Count, s.Speakers.Count);
        return new IngestOutcome(id, IngestStatus.Stored, s.StatementIds.Count, s.Speakers);
    }

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
