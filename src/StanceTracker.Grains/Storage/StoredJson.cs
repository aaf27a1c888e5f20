using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// Writes the stored JSON of the ingest path's types (<see cref="StoredJsonContext"/>) with their compile-time
/// serialisation code, straight to UTF-8: the same bytes <see cref="StorageJson.Options"/> writes, at less CPU.
/// </summary>
/// <remarks>
/// System.Text.Json runs a context's generated writer only for options without a custom encoder or converters, and the
/// stored JSON needs both; otherwise it walks the type's metadata property by property. The generated writer is a
/// public delegate (<see cref="JsonTypeInfo{T}.SerializeHandler"/>), so it is called here on a writer that carries the
/// stored encoder: every string value is escaped by that encoder, property names are fixed ASCII, and enum values and
/// <see cref="Actors.DayTallyJson"/> go through their converters as before. <c>StoredJsonTests</c> compares the bytes
/// with the reflection path's over statements of both languages and both states.
/// </remarks>
public static class StoredJson
{
    // Built over a copy of the stored options, so whatever the generated code hands back to the serializer (the day
    // tallies' converter, collections it has no inline writer for) is written with the same encoder and converters.
    private static readonly StoredJsonContext Context = new(new JsonSerializerOptions(StorageJson.Options));

    // A writer and its buffer per thread: a payload is made synchronously on the caller's thread, and a buffer that
    // grew for one article's text is reused by the next article on that thread.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    // Past this, a buffer is not kept for the next write: one exceptional article does not pin its size per thread.
    private const int KeptBufferBytes = 1 << 20;

    /// <summary>True when <typeparamref name="T"/> has generated code here; otherwise <see cref="Utf8{T}"/> uses the serializer.</summary>
    public static bool IsGenerated<T>() => Handler<T>.Write is not null;

    /// <summary>The stored JSON of <paramref name="value"/> as UTF-8, byte for byte what <see cref="StorageJson.Options"/> writes.</summary>
    public static byte[] Utf8<T>(T value)
    {
        var write = Handler<T>.Write;
        if (write is null || value is null)
            return JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Options);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = StorageJson.Options.Encoder,
            Indented = false,
            SkipValidation = true,
        });
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            write(writer, value);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > KeptBufferBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    private static class Handler<T>
    {
        public static readonly Action<Utf8JsonWriter, T>? Write = (Context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>)?.SerializeHandler;
    }
}
