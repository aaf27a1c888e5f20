using Orleans.Storage;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// State of Orleans' own grains (stream subscriptions), whose types are internal to Orleans and only its
/// configured grain-storage serializer knows how to write.
/// </summary>
public sealed class OrleansStateFormat(IGrainStorageSerializer serializer) : IStateFormat
{
    public string Write<T>(T state) => serializer.Serialize(state).ToString();

    public T Read<T>(string payload) =>
        serializer.Deserialize<T>(BinaryData.FromString(payload)) ?? throw new InvalidOperationException("Stored state is null.");
}
