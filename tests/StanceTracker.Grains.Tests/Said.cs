using System.Globalization;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Grains.Tests;

/// <summary>Hand-made statements by any speaker, with the article, outlet, content and confidence under the test's control.</summary>
internal static class Said
{
    public static StatementRecord By(string speaker, string id, string date, string target, StanceKind stance, double score,
        string? article = null, string outlet = "Sample Wire", string? content = null, double confidence = 1.0) =>
        new(id, article ?? $"article-{id}", speaker, speaker,
            DateTimeOffset.Parse(date + "T12:00:00Z", CultureInfo.InvariantCulture),
            outlet, "A sample", "en", "indirect", "said", content ?? $"{speaker} statement number {id} on {target}", 0, 10,
            $"sentence of {id}", 0, [new TargetStanceRecord(target, target, "actor", stance, score, confidence)]);

    /// <summary>Records each statement as its own article would: one call per statement, as ingestion does per article.</summary>
    public static async Task RecordAsync(IGrainFactory grains, params StatementRecord[] statements)
    {
        foreach (var statement in statements)
            await grains.GetGrain<IActorGrain>(statement.SpeakerId)
                .RecordAsync(new ActorInfo(statement.SpeakerId, statement.SpeakerName, "actor", []), [statement]);
    }

    public static DateTimeOffset Day(string date) => DateTimeOffset.Parse(date + "T00:00:00Z", CultureInfo.InvariantCulture);
}
