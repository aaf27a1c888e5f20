using System.Globalization;
using System.Net;
using System.Text.Json;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Articles as JSON objects: fields id, title, source, url, published, language, text, matched without regard to case.
/// The aliases content/body (text) and date/date_extracted (published) let corpus dumps be read as they are;
/// any other field (author, bias ratings, …) is ignored.
/// </summary>
public static class JsonArticleFormat
{
    // The first alias present with a value wins, in this order.
    private static readonly string[] TextFields = ["text", "content", "body"];
    private static readonly string[] DateFields = ["published", "date", "date_extracted"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    /// <summary>Parses one JSON document that must be a single article object.</summary>
    /// <param name="origin">Where the JSON came from (a file, a request): it becomes the article's Path and names failures.</param>
    /// <param name="line">The line of a .jsonl file, so a failure can point at it.</param>
    public static ReadResult ParseObject(string json, string origin, int? line = null, DateTimeOffset? defaultDate = null)
    {
        if (string.IsNullOrWhiteSpace(json))
            return ReadResult.Failed(origin, line, "no JSON: the input is empty");
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            return FromElement(document.RootElement, origin, line, defaultDate);
        }
        catch (JsonException ex)
        {
            return ReadResult.Failed(origin, line, $"invalid JSON: {Describe(ex)}");
        }
    }

    /// <summary>
    /// Parses a .json file: one article object, or (for convenience) an array of them, each reported on its own.
    /// </summary>
    public static IReadOnlyList<ReadResult> ParseFile(string json, string path, DateTimeOffset? defaultDate)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            return [ReadResult.Failed(path, ex.LineNumber is { } l ? (int)l + 1 : null, $"invalid JSON: {Describe(ex)}")];
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
                return [FromElement(root, path, null, defaultDate)];

            var results = new List<ReadResult>(root.GetArrayLength());
            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                var result = FromElement(item, path, null, defaultDate);
                if (result.Failure is { } failure)
                    result = ReadResult.Failed(failure.Path, null, $"article [{index}]: {failure.Reason}");
                results.Add(result);
                index++;
            }
            if (results.Count == 0)
                results.Add(ReadResult.Failed(path, null, "the JSON array holds no articles"));
            return results;
        }
    }

    private static ReadResult FromElement(JsonElement element, string origin, int? line, DateTimeOffset? defaultDate)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return ReadResult.Failed(origin, line, $"expected a JSON object for an article, found {Kind(element.ValueKind)}");

        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
            fields.TryAdd(property.Name, property.Value);

        var textField = TextFields.FirstOrDefault(f => fields.TryGetValue(f, out var v) && v.ValueKind != JsonValueKind.Null);
        if (textField is null)
            return ReadResult.Failed(origin, line, "the article has no text field (expected \"text\", \"content\" or \"body\")");
        if (fields[textField].ValueKind != JsonValueKind.String)
            return ReadResult.Failed(origin, line, $"field \"{textField}\" must be a string, found {Kind(fields[textField].ValueKind)}");
        var text = fields[textField].GetString()!;
        if (string.IsNullOrWhiteSpace(text))
            return ReadResult.Failed(origin, line, $"article text is empty (field \"{textField}\")");

        DateTimeOffset? published = null;
        var dateField = DateFields.FirstOrDefault(f => fields.TryGetValue(f, out var v) && v.ValueKind != JsonValueKind.Null
            && !(v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString())));
        if (dateField is not null)
        {
            var value = fields[dateField];
            if (value.ValueKind != JsonValueKind.String)
                return ReadResult.Failed(origin, line, $"field \"{dateField}\" must be a date string, found {Kind(value.ValueKind)}");
            var raw = value.GetString()!;
            if (!ArticleDateParser.TryParse(raw, out var date))
                return ReadResult.Failed(origin, line, $"field \"{dateField}\" is not a date I can read: \"{Shorten(raw)}\"");
            published = date;
        }

        var article = new ArticleText(
            Id: Scalar(fields, "id"),
            // Scraped titles often keep HTML entities (&#8220;); they are metadata, so decoding them moves no offsets.
            Title: Scalar(fields, "title") is { } title ? WebUtility.HtmlDecode(title).Trim() : null,
            Source: Scalar(fields, "source")?.Trim(),
            Url: Scalar(fields, "url")?.Trim(),
            Published: published ?? defaultDate,
            Language: LanguageDetector.Resolve(Scalar(fields, "language"), text),
            Text: text,
            Path: origin);
        return ReadResult.Ok(article);
    }

    // Metadata given as a number (an id of 42) is kept as its text; a blank value is no value.
    private static string? Scalar(Dictionary<string, JsonElement> fields, string name)
    {
        if (!fields.TryGetValue(name, out var value))
            return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    // System.Text.Json's message is precise but zero-based and verbose; keep its words and say where in plain terms.
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
            message = message[..cut].TrimEnd();
        if (ex.BytePositionInLine is { } column)
            message += string.Create(CultureInfo.InvariantCulture, $" (at byte {column + 1} of the line)");
        return message;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
