using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Turns a file's bytes into text, or into the one reason it cannot be: too large, empty, binary, UTF-16,
/// or not valid UTF-8. Decoding is strict on purpose: a replacement character silently put into an article
/// would shift no offsets but would corrupt names, and the user can only fix what they are told about.
/// </summary>
internal static class TextDecoding
{
    /// <summary>Far above any news article; a bigger file is almost certainly a mistake (a dump, an archive, a video).</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole file, refusing it before reading when it is over the limit.</summary>
    /// <returns>The bytes, or null with <paramref name="problem"/> set.</returns>
    public static byte[]? ReadBytes(string path, out string? problem)
    {
        problem = null;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                problem = string.Create(CultureInfo.InvariantCulture,
                    $"file is {length / (1024.0 * 1024.0):F1} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB");
                return null;
            }
            var bytes = File.ReadAllBytes(path);
            problem = CheckContent(bytes);
            return problem is null ? bytes : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read the file: {ex.Message}";
            return null;
        }
    }

    /// <summary>The reason these bytes are not a text file at all, or null.</summary>
    public static string? CheckContent(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
            return "file is empty";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return "file is UTF-16 encoded; save it as UTF-8";
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            return $"binary file (NUL byte at byte offset {nul}); expected UTF-8 text";
        return null;
    }

    /// <summary>The length of a UTF-8 byte order mark at the start, 0 if none.</summary>
    public static int BomLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

    /// <summary>Decodes strictly.</summary>
    /// <param name="fileOffset">Where <paramref name="bytes"/> start in the file, so the reported offset is the file's.</param>
    /// <returns>The text, or null with <paramref name="problem"/> naming the byte offset of the first invalid sequence.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, long fileOffset, out string? problem)
    {
        problem = null;
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // The exception's own index is relative to an internal buffer; find the position exactly instead.
            problem = $"invalid UTF-8 at byte offset {fileOffset + FirstInvalidByte(bytes)}; save the file as UTF-8";
            return null;
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var bytesRead, out _, replaceInvalidSequences: false, isFinalBlock: true);
            return status == OperationStatus.Done ? bytes.Length : bytesRead;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
