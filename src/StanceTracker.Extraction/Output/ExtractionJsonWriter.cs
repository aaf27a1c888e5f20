using System.Text.Json;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Output;

/// <summary>
/// Writes one extracted article as one JSON object on one line (JSON Lines), in the shape documented for
/// `stance extract --format json`: article, mentions (with the role a title named and a confidence), statements with
/// speaker, reporting chain (via, outermost first), source/cue/content spans and stances,
/// then the relations the outlet reports in its own voice and the shift cues. Actors carry id, name, type and, where known, the actor they belong to.
/// Offsets are UTF-16 code units into the article's text as read.
/// </summary>
public static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteLine(Stream stream, ExtractedArticle extracted)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
            Write(json, extracted);
        stream.WriteByte((byte)'\n');
    }

    public static void Write(Utf8JsonWriter json, ExtractedArticle extracted)
    {
        var article = extracted.Article;
        var text = article.Text;
        json.WriteStartObject();
        json.WriteStartObject("article");
        json.WriteString("id", extracted.Id);
        json.WriteString("title", article.Title);
        json.WriteString("source", article.Source);
        if (article.Published is { } published) json.WriteString("published", published);
        else json.WriteNull("published");
        json.WriteString("language", extracted.Language);
        json.WriteString("path", article.Path);
        json.WriteEndObject();

        json.WriteStartArray("mentions");
        foreach (var mention in extracted.Mentions)
        {
            json.WriteStartObject();
            WriteActor(json, "actor", mention.Actor);
            json.WriteString("text", mention.Span.Of(text));
            json.WriteNumber("start", mention.Span.Start);
            json.WriteNumber("end", mention.Span.End);
            if (mention.Role is { } role) json.WriteString("role", role);
            json.WriteNumber("confidence", Math.Round(mention.Confidence, 3));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("statements");
        foreach (var statement in extracted.Statements)
        {
            json.WriteStartObject();
            json.WriteString("id", $"{extracted.Id}#{statement.Index}");
            WriteActor(json, "speaker", statement.Speaker);
            json.WriteStartArray("via");
            foreach (var link in statement.Via)
            {
                json.WriteStartObject();
                WriteActorFields(json, link);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (statement.Source is { } source) WriteSpan(json, "source", source, text);
            else json.WriteNull("source");
            WriteSpan(json, "cue", statement.Cue, text);
            WriteSpan(json, "content", statement.Content, text);
            json.WriteString("kind", statement.Kind.ToString().ToLowerInvariant());
            json.WriteStartArray("stances");
            foreach (var stance in statement.Stances)
            {
                json.WriteStartObject();
                WriteActor(json, "target", stance.Target);
                json.WriteString("polarity", stance.Polarity.ToString().ToLowerInvariant());
                json.WriteNumber("score", Math.Round(stance.Score, 3));
                json.WriteNumber("confidence", Math.Round(stance.Confidence, 3));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        // Positions the outlet states itself: marked as such, so no consumer mistakes them for the holder's words.
        json.WriteStartArray("relations");
        foreach (var relation in extracted.Relations)
        {
            json.WriteStartObject();
            WriteActor(json, "holder", relation.Holder);
            WriteActor(json, "target", relation.Target);
            json.WriteString("polarity", relation.Polarity.ToString().ToLowerInvariant());
            WriteSpan(json, "evidence", relation.Evidence, text);
            json.WriteString("reportedBy", "outlet");
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("shiftCues");
        foreach (var cue in extracted.ShiftCues)
        {
            json.WriteStartObject();
            WriteActor(json, "actor", cue.Actor);
            WriteSpan(json, "evidence", cue.Evidence, text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter json, string name, ActorRef actor)
    {
        json.WriteStartObject(name);
        WriteActorFields(json, actor);
        json.WriteEndObject();
    }

    private static void WriteActorFields(Utf8JsonWriter json, ActorRef actor)
    {
        json.WriteString("id", actor.Id);
        json.WriteString("name", actor.Name);
        json.WriteString("type", actor.Type);
        if (actor.Affiliation is { } affiliation) json.WriteString("affiliation", affiliation);
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, Span span, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", span.Of(text));
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteEndObject();
    }
}
