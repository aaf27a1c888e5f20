using System.Text;
using System.Text.Json;

namespace StanceTracker.Grains.Storage;

/// <summary>Our own grains' state: plain JSON with no .NET type names, readable by people and safe across renames.</summary>
public sealed class StanceStateFormat : IStateFormat
{
    public string Write<T>(T state) => Encoding.UTF8.GetString(WriteUtf8(state));

    /// <summary>The actor and article states by their generated code (<see cref="StoredJson"/>), the same bytes as the serializer's.</summary>
    public byte[] WriteUtf8<T>(T state) => StoredJson.Utf8(state);

    public T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, StorageJson.Options) ?? throw new InvalidOperationException("Stored state is null.");
}
