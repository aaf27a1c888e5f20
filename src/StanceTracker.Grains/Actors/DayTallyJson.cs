using System.Text.Json;
using System.Text.Json.Serialization;

namespace StanceTracker.Grains.Actors;

/// <summary>
/// A day's tally in the actor snapshot as one array, <c>[support, oppose, neutral, weightedScore, weight, [articles],
/// [outlets]]</c>, instead of an object with every property name (and the derived net score) written out. A snapshot is
/// mostly these (one per target and day: tens of thousands for a much-quoted actor) and is written whole every 64
/// statements: the object form cost about 157 characters a day, this about a third of that, and the time to write,
/// store and read it back shrinks with it. Snapshots written in the object form are still read.
/// </summary>
public sealed class DayTallyJson : JsonConverter<DayTally>
{
    public override void Write(Utf8JsonWriter writer, DayTally value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Support);
        writer.WriteNumberValue(value.Oppose);
        writer.WriteNumberValue(value.Neutral);
        writer.WriteNumberValue(value.WeightedScore);
        writer.WriteNumberValue(value.Weight);
        WriteKeys(writer, value.Articles);
        WriteKeys(writer, value.Outlets);
        writer.WriteEndArray();
    }

    private static void WriteKeys(Utf8JsonWriter writer, List<int> keys)
    {
        writer.WriteStartArray();
        foreach (var key in keys)
            writer.WriteNumberValue(key);
        writer.WriteEndArray();
    }

    public override DayTally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.StartArray => ReadArray(ref reader),
            JsonTokenType.StartObject => ReadObject(ref reader),
            _ => throw new JsonException($"A day's tally must be an array or an object, not {reader.TokenType}."),
        };

    private static DayTally ReadArray(ref Utf8JsonReader reader)
    {
        var tally = new DayTally
        {
            Support = NextInt(ref reader),
            Oppose = NextInt(ref reader),
            Neutral = NextInt(ref reader),
            WeightedScore = NextDouble(ref reader),
            Weight = NextDouble(ref reader),
        };
        Next(ref reader, JsonTokenType.StartArray);
        ReadKeys(ref reader, tally.Articles);
        Next(ref reader, JsonTokenType.StartArray);
        ReadKeys(ref reader, tally.Outlets);
        Next(ref reader, JsonTokenType.EndArray);
        return tally;
    }

    // The form written before: camel-case names as the web defaults read them (any case), the derived netScore skipped.
    private static DayTally ReadObject(ref Utf8JsonReader reader)
    {
        var tally = new DayTally();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name?.ToLowerInvariant())
            {
                case "support": tally.Support = reader.GetInt32(); break;
                case "oppose": tally.Oppose = reader.GetInt32(); break;
                case "neutral": tally.Neutral = reader.GetInt32(); break;
                case "weightedscore": tally.WeightedScore = reader.GetDouble(); break;
                case "weight": tally.Weight = reader.GetDouble(); break;
                case "articles": ReadKeysOrNull(ref reader, tally.Articles); break;
                case "outlets": ReadKeysOrNull(ref reader, tally.Outlets); break;
                default: reader.Skip(); break;
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject)
            throw new JsonException($"A day's tally object ended with {reader.TokenType}.");
        return tally;
    }

    private static void ReadKeysOrNull(ref Utf8JsonReader reader, List<int> keys)
    {
        if (reader.TokenType != JsonTokenType.Null)
            ReadKeys(ref reader, keys);
    }

    // Reads the numbers of an array whose StartArray is the current token, up to and including its EndArray.
    private static void ReadKeys(ref Utf8JsonReader reader, List<int> keys)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"A day's source keys must be an array, not {reader.TokenType}.");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            keys.Add(reader.GetInt32());
    }

    private static int NextInt(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.Number);
        return reader.GetInt32();
    }

    private static double NextDouble(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.Number);
        return reader.GetDouble();
    }

    private static void Next(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read() || reader.TokenType != expected)
            throw new JsonException($"A day's tally array has {reader.TokenType} where {expected} belongs.");
    }
}
