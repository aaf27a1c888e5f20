namespace StanceTracker.Grains.Storage;

/// <summary>How a grain state becomes the text stored in the grain_state table, and back.</summary>
public interface IStateFormat
{
    string Write<T>(T state);

    T Read<T>(string payload);
}
