using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The JSON used for everything stored: plain property names and enum names, no .NET type names,
/// so stored data survives renaming a class and can be read by people and other tools.
/// </summary>
/// <remarks>
/// Letters of every script are written as themselves. The default encoder escapes all non-ASCII text for embedding in
/// HTML, which stored an Arabic letter as six bytes (<c>\u0627</c>) instead of two: article texts and statement
/// payloads were about three times their size, and that volume was most of what each group commit wrote and synced.
/// Stored JSON is never embedded in a page, and payloads written with escapes still read back the same.
/// </remarks>
public static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
