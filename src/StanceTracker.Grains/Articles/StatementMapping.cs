using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Grains.Articles;

/// <summary>Turns the extraction library's output into the records that cross the wire and land in the log.</summary>
public static class StatementMapping
{
    public static string StatementId(string articleId, int index) => $"{articleId}#{index}";

    public static StatementRecord ToRecord(ExtractedArticle extracted, Statement statement, DateTimeOffset published)
    {
        var text = extracted.Article.Text;
        return new StatementRecord(
            StatementId(extracted.Id, statement.Index),
            extracted.Id,
            statement.Speaker.Id,
            statement.Speaker.Name,
            published,
            extracted.Article.Source,
            extracted.Article.Title,
            extracted.Language,
            KindName(statement.Kind),
            statement.Cue.Of(text),
            statement.Content.Of(text),
            statement.Content.Start,
            statement.Content.End,
            statement.Sentence.Of(text),
            statement.Sentence.Start,
            [.. statement.Stances.Select(ToRecord)],
            Via: [.. statement.Via.Select(v => v.Id)]);
    }

    // The kind's name in lower case, as stored and shown; the known kinds without formatting two strings per statement.
    private static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Indirect => "indirect",
        StatementKind.Mixed => "mixed",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static ActorInfo ToInfo(ActorRef actor, ActorDictionary dictionary) =>
        dictionary.TryGet(actor.Id, out var entry)
            ? new ActorInfo(entry.Id, entry.Name, entry.Type, entry.Aliases)
            : new ActorInfo(actor.Id, actor.Name, actor.Type, []);

    private static TargetStanceRecord ToRecord(TargetStance stance) => new(
        stance.Target.Id,
        stance.Target.Name,
        stance.Target.Type,
        stance.Polarity switch
        {
            Polarity.Support => StanceKind.Support,
            Polarity.Oppose => StanceKind.Oppose,
            _ => StanceKind.Neutral,
        },
        stance.Score,
        stance.Confidence);
}
