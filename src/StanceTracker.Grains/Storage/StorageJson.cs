using System.Text.Json;
using System.Text.Json.Serialization;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The JSON used for everything stored: plain property names and enum names, no .NET type names,
/// so stored data survives renaming a class and can be read by people and other tools.
/// </summary>
public static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
