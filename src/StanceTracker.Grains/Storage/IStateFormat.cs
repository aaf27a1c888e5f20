using System.Text;

namespace StanceTracker.Grains.Storage;

/// <summary>How a grain state becomes the text stored in the grain_state table, and back.</summary>
public interface IStateFormat
{
    string Write<T>(T state);

    /// <summary>The text <see cref="Write{T}"/> makes, as UTF-8: what the SQLite storage binds. A format that writes UTF-8 itself saves the transcoding.</summary>
    byte[] WriteUtf8<T>(T state) => Encoding.UTF8.GetBytes(Write(state));

    T Read<T>(string payload);
}
