using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// Reads a logged statement's payload (its stored JSON) into a <see cref="StatementRecord"/>, straight from UTF-8:
/// the record <c>JsonSerializer.Deserialize&lt;StatementRecord&gt;(payload, StorageJson.Options)</c> makes, at a
/// fraction of its CPU and allocations. The logs read every statement of a page, and every statement an actor replays
/// on activation, through here.
/// </summary>
/// <remarks>
/// <para>One pass of <see cref="Utf8JsonReader"/> over the payload: member names compared as UTF-8 bytes, values read
/// into locals and handed to the constructor; no boxed arguments, and arrays of exactly the elements read instead of
/// lists grown to fit them. The serializer's rules are kept:
/// names in any order and any case (the web defaults), unknown members skipped (a newer writer's), a repeated member's
/// last value, escapes in names and values (older payloads escaped every non-ASCII letter), <c>null</c> where a
/// string or list is, numbers and dates as the reader parses them, lists read in full.</para>
/// <para>Whatever the writer never writes (a number in quotes, a stance as an integer, in other case or as a
/// comma-separated combination) is handed, value by value, to the serializer with the stored options, so it is read
/// exactly as before or refused with its error. A stance held outside the enum's names is written as its integer
/// (the converter does), so integers are accepted, as the converter reads them.</para>
/// <para>One deliberate difference: a member that every version of the record has written missing from a payload
/// is an error here, where the serializer passes the constructor its default (a null id, a statement published on
/// 0001-01-01) and the damage shows up later, in tallies. Only <c>relayedBy</c> and <c>via</c>, added after the first
/// payloads were written, may be absent (null, as their constructor defaults). A payload that is JSON <c>null</c> is
/// also a <see cref="JsonException"/> here, not a null record.</para>
/// </remarks>
public static class StatementPayload
{
    // The records' members in constructor order, the order every writer wrote them in, so that the member after the
    // one just read is the name compared first; their JSON names are these camel-cased, as the options name them.
    private enum StatementMember
    {
        Id, ArticleId, SpeakerId, SpeakerName, Published, Outlet, ArticleTitle, Language, Kind, Cue, Content,
        ContentStart, ContentEnd, Sentence, SentenceStart, Stances, RelayedBy, Via,
    }

    private enum StanceMember { TargetId, TargetName, TargetType, Stance, Score, Confidence }

    private enum RelayMember { StatementId, ArticleId, Outlet, Published, Similarity }

    private static readonly JsonMemberNames StatementNames = new(Enum.GetNames<StatementMember>());
    private static readonly JsonMemberNames StanceNames = new(Enum.GetNames<StanceMember>());
    private static readonly JsonMemberNames RelayNames = new(Enum.GetNames<RelayMember>());

    private const int EveryStatementMember = (1 << ((int)StatementMember.Via + 1)) - 1;
    private const int RequiredStatementMembers = EveryStatementMember & ~(1 << (int)StatementMember.RelayedBy) & ~(1 << (int)StatementMember.Via);
    private const int RequiredStanceMembers = (1 << ((int)StanceMember.Confidence + 1)) - 1;
    private const int RequiredRelayMembers = (1 << ((int)RelayMember.Similarity + 1)) - 1;

    /// <summary>The statement in <paramref name="utf8"/>, a payload as the logs store it.</summary>
    /// <exception cref="JsonException">Not JSON, not a statement, or lacking a member every statement has.</exception>
    public static StatementRecord Read(ReadOnlySpan<byte> utf8)
    {
        // The reader options the serializer reads with: no comments, no trailing commas, at most 64 levels.
        var reader = new Utf8JsonReader(utf8);
        try
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.Null)
                throw new JsonException("A statement payload is null, not a statement.");
            var statement = ReadStatement(ref reader);
            // Only white space may follow the statement: the reader throws for anything else (it reads one value, as
            // the serializer's does), so true here would only be a reader set to read several.
            if (reader.Read())
                throw new JsonException($"A statement payload goes on after the statement, at byte {reader.TokenStartIndex}.");
            return statement;
        }
        catch (InvalidOperationException e)
        {
            // What the reader throws for text that does not decode (invalid UTF-8, an escaped lone surrogate); the
            // serializer turns it into a JsonException too.
            throw new JsonException($"A statement payload holds text that is not valid Unicode: {e.Message}", e);
        }
    }

    /// <summary>The statement in <paramref name="payload"/>, read from its UTF-8 (made in a pooled buffer).</summary>
    /// <exception cref="JsonException">As for UTF-8, and for a string that is not valid UTF-16 (a lone surrogate).</exception>
    public static StatementRecord Read(string payload)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(payload.Length));
        try
        {
            if (Utf8.FromUtf16(payload, utf8, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                throw new JsonException("A statement payload is not valid UTF-16 text: it holds a lone surrogate.");
            return Read(utf8.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private static StatementRecord ReadStatement(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "A statement payload");
        string? id = null, articleId = null, speakerId = null, speakerName = null, outlet = null, articleTitle = null;
        string? language = null, kind = null, cue = null, content = null, sentence = null;
        DateTimeOffset published = default;
        int contentStart = 0, contentEnd = 0, sentenceStart = 0;
        TargetStanceRecord[]? stances = null;
        RelaySource[]? relayedBy = null;
        string[]? via = null;
        var seen = 0;
        var expected = 0;
        while (NextMember(ref reader))
        {
            var member = StatementNames.Find(ref reader, expected);
            Next(ref reader);
            var name = member == JsonMemberNames.Unknown ? "" : StatementNames[member];
            switch ((StatementMember)member)
            {
                case StatementMember.Id: id = ReadString(ref reader, name); break;
                case StatementMember.ArticleId: articleId = ReadString(ref reader, name); break;
                case StatementMember.SpeakerId: speakerId = ReadString(ref reader, name); break;
                case StatementMember.SpeakerName: speakerName = ReadString(ref reader, name); break;
                case StatementMember.Published: published = ReadDate(ref reader, name); break;
                case StatementMember.Outlet: outlet = ReadString(ref reader, name); break;
                case StatementMember.ArticleTitle: articleTitle = ReadString(ref reader, name); break;
                case StatementMember.Language: language = ReadString(ref reader, name); break;
                case StatementMember.Kind: kind = ReadString(ref reader, name); break;
                case StatementMember.Cue: cue = ReadString(ref reader, name); break;
                case StatementMember.Content: content = ReadString(ref reader, name); break;
                case StatementMember.ContentStart: contentStart = ReadInt32(ref reader, name); break;
                case StatementMember.ContentEnd: contentEnd = ReadInt32(ref reader, name); break;
                case StatementMember.Sentence: sentence = ReadString(ref reader, name); break;
                case StatementMember.SentenceStart: sentenceStart = ReadInt32(ref reader, name); break;
                case StatementMember.Stances: stances = ReadObjects(ref reader, name, ReadStance); break;
                case StatementMember.RelayedBy: relayedBy = ReadObjects(ref reader, name, ReadRelay); break;
                case StatementMember.Via: via = ReadStrings(ref reader, name); break;
                default:
                    // A member this version does not know (a newer writer's): its value, however nested, is passed over.
                    reader.Skip();
                    continue;
            }
            seen |= 1 << member;
            expected = member + 1;
        }
        Require(seen, RequiredStatementMembers, StatementNames, "A statement payload");
        return new StatementRecord(id!, articleId!, speakerId!, speakerName!, published, outlet, articleTitle, language!, kind!,
            cue!, content!, contentStart, contentEnd, sentence!, sentenceStart, stances!, relayedBy, via);
    }

    private static TargetStanceRecord ReadStance(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "A stance of a statement payload");
        string? targetId = null, targetName = null, targetType = null;
        var stance = StanceKind.Neutral;
        double score = 0, confidence = 0;
        var seen = 0;
        var expected = 0;
        while (NextMember(ref reader))
        {
            var member = StanceNames.Find(ref reader, expected);
            Next(ref reader);
            var name = member == JsonMemberNames.Unknown ? "" : StanceNames[member];
            switch ((StanceMember)member)
            {
                case StanceMember.TargetId: targetId = ReadString(ref reader, name); break;
                case StanceMember.TargetName: targetName = ReadString(ref reader, name); break;
                case StanceMember.TargetType: targetType = ReadString(ref reader, name); break;
                case StanceMember.Stance: stance = ReadStanceKind(ref reader, name); break;
                case StanceMember.Score: score = ReadDouble(ref reader, name); break;
                case StanceMember.Confidence: confidence = ReadDouble(ref reader, name); break;
                default:
                    reader.Skip();
                    continue;
            }
            seen |= 1 << member;
            expected = member + 1;
        }
        Require(seen, RequiredStanceMembers, StanceNames, "A stance of a statement payload");
        return new TargetStanceRecord(targetId!, targetName!, targetType!, stance, score, confidence);
    }

    private static RelaySource ReadRelay(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader, "A relay of a statement payload");
        string? statementId = null, articleId = null, outlet = null;
        DateTimeOffset published = default;
        double similarity = 0;
        var seen = 0;
        var expected = 0;
        while (NextMember(ref reader))
        {
            var member = RelayNames.Find(ref reader, expected);
            Next(ref reader);
            var name = member == JsonMemberNames.Unknown ? "" : RelayNames[member];
            switch ((RelayMember)member)
            {
                case RelayMember.StatementId: statementId = ReadString(ref reader, name); break;
                case RelayMember.ArticleId: articleId = ReadString(ref reader, name); break;
                case RelayMember.Outlet: outlet = ReadString(ref reader, name); break;
                case RelayMember.Published: published = ReadDate(ref reader, name); break;
                case RelayMember.Similarity: similarity = ReadDouble(ref reader, name); break;
                default:
                    reader.Skip();
                    continue;
            }
            seen |= 1 << member;
            expected = member + 1;
        }
        Require(seen, RequiredRelayMembers, RelayNames, "A relay of a statement payload");
        return new RelaySource(statementId!, articleId!, outlet, published, similarity);
    }

    private delegate T ObjectReader<out T>(ref Utf8JsonReader reader);

    // A list of objects (the stances, the relays): null elements kept as null, as the serializer keeps them.
    private static T[]? ReadObjects<T>(ref Utf8JsonReader reader, string name, ObjectReader<T> read) where T : class
    {
        if (!StartList(ref reader, name))
            return null;
        var items = new ArrayBuilder<T>();
        while (NextElement(ref reader))
            items.Add(reader.TokenType == JsonTokenType.Null ? null! : read(ref reader));
        return items.ToArray();
    }

    private static string[]? ReadStrings(ref Utf8JsonReader reader, string name)
    {
        if (!StartList(ref reader, name))
            return null;
        var strings = new ArrayBuilder<string>();
        while (NextElement(ref reader))
            strings.Add(ReadString(ref reader, name)!);
        return strings.ToArray();
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Unexpected(ref reader, name, "a string or null"),
    };

    private static int ReadInt32(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : AsTheSerializerReads<int>(ref reader, name);

    private static double ReadDouble(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : AsTheSerializerReads<double>(ref reader, name);

    private static DateTimeOffset ReadDate(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) ? value : AsTheSerializerReads<DateTimeOffset>(ref reader, name);

    private static StanceKind ReadStanceKind(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            // The names the converter writes: camel case.
            var value = reader.ValueSpan;
            if (value.SequenceEqual("support"u8)) return StanceKind.Support;
            if (value.SequenceEqual("oppose"u8)) return StanceKind.Oppose;
            if (value.SequenceEqual("neutral"u8)) return StanceKind.Neutral;
        }
        return AsTheSerializerReads<StanceKind>(ref reader, name);
    }

    /// <summary>
    /// A value in a form the writer never makes (a number in quotes, a stance as an integer or in other case), or
    /// one that is wrong: read by the serializer with the stored options, so it means what it meant before or is
    /// refused as before.
    /// </summary>
    private static T AsTheSerializerReads<T>(ref Utf8JsonReader reader, string name)
    {
        var at = reader.TokenStartIndex;
        try
        {
            return JsonSerializer.Deserialize<T>(ref reader, StorageJson.Options)!;
        }
        catch (JsonException e)
        {
            throw new JsonException($"A statement payload's '{name}' at byte {at} is not a {typeof(T).Name}: {e.Message}", e);
        }
    }

    /// <summary>True at the start of a list, false for null; anything else is an error.</summary>
    private static bool StartList(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.StartArray => true,
        JsonTokenType.Null => false,
        _ => throw Unexpected(ref reader, name, "a list or null"),
    };

    private static void ExpectObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"{what} is not a JSON object: {reader.TokenType} at byte {reader.TokenStartIndex}.");
    }

    /// <summary>Moves to the next member's name in the object; false at the object's end.</summary>
    private static bool NextMember(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType != JsonTokenType.EndObject;
    }

    /// <summary>Moves to the next element of the list; false at the list's end.</summary>
    private static bool NextElement(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        // Holding the whole payload, the reader throws for JSON cut short rather than answer false: this only keeps a
        // record from being built if it ever did.
        if (!reader.Read())
            throw new JsonException($"A statement payload ends at byte {reader.BytesConsumed}, inside the statement.");
    }

    private static void Require(int seen, int required, JsonMemberNames names, string what)
    {
        var missing = required & ~seen;
        if (missing == 0)
            return;
        var lacking = Enumerable.Range(0, 32).Where(i => (missing & (1 << i)) != 0).Select(i => $"'{names[i]}'");
        throw new JsonException($"{what} lacks {string.Join(", ", lacking)}: every version of the record wrote it, so the payload is damaged or not one of ours.");
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string name, string expected) =>
        new($"A statement payload's '{name}' must be {expected}, not {reader.TokenType} (at byte {reader.TokenStartIndex}).");
}
