using System.Text.Json;

namespace StanceTracker.Grains.Storage;

/// <summary>Our own grains' state: plain JSON with no .NET type names, readable by people and safe across renames.</summary>
public sealed class StanceStateFormat : IStateFormat
{
    public string Write<T>(T state) => JsonSerializer.Serialize(state, StorageJson.Options);

    public T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, StorageJson.Options) ?? throw new InvalidOperationException("Stored state is null.");
}
