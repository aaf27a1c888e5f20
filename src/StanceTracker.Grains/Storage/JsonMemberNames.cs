using System.Buffers;
using System.Text;
using System.Text.Json;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The JSON names of a stored record's members, matched against a property name the way
/// <see cref="StorageJson.Options"/> matches them on read: unescaped, then ordinal, ignoring case.
/// </summary>
/// <remarks>
/// Every writer so far wrote the names exactly as listed here, so the exact UTF-8 comparison (the expected member
/// first: writers keep the constructor's order) is the path taken. Only a name that is not one of them exactly is
/// unescaped or compared ignoring case. Ignoring ASCII case is what the serializer's ordinal-ignore-case comparison
/// does for names that are all ASCII: it folds no other character to an ASCII letter (dotless ı, long ſ and the
/// Kelvin sign are not i, s and k to it).
/// </remarks>
internal sealed class JsonMemberNames
{
    public const int Unknown = -1;

    // Escaped names up to this length are unescaped on the stack; longer ones (never one of ours) in a pooled buffer.
    private const int StackNameBytes = 256;

    private readonly byte[][] _utf8;
    private readonly string[] _names;

    /// <param name="members">The members' .NET names, in constructor order; the options' naming policy makes their JSON names.</param>
    public JsonMemberNames(IEnumerable<string> members)
    {
        _names = [.. members.Select(m => StorageJson.Options.PropertyNamingPolicy?.ConvertName(m) ?? m)];
        _utf8 = [.. _names.Select(Encoding.UTF8.GetBytes)];
        if (_names.Any(n => !Ascii.IsValid(n)))
            throw new ArgumentException("Member names are matched ignoring ASCII case only; a name outside ASCII needs the serializer's full comparison.", nameof(members));
    }

    /// <summary>The JSON name of member number <paramref name="member"/>.</summary>
    public string this[int member] => _names[member];

    /// <summary>
    /// The member the reader's current property name stands for, or <see cref="Unknown"/>; <paramref name="expected"/>
    /// (the one after the member read before) is compared first.
    /// </summary>
    public int Find(ref Utf8JsonReader reader, int expected)
    {
        if (!reader.ValueIsEscaped)
        {
            var name = reader.ValueSpan;
            if ((uint)expected < (uint)_utf8.Length && name.SequenceEqual(_utf8[expected]))
                return expected;
            return Find(name);
        }
        // The serializer unescapes every escaped name, and refuses one that does not unescape (a lone surrogate):
        // so does this, even for a name too long to be one of ours.
        var length = reader.ValueSpan.Length;
        byte[]? rented = null;
        Span<byte> buffer = length <= StackNameBytes ? stackalloc byte[StackNameBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            return Find(buffer[..reader.CopyString(buffer)]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private int Find(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < _utf8.Length; i++)
            if (name.SequenceEqual(_utf8[i]))
                return i;
        for (var i = 0; i < _utf8.Length; i++)
            if (Ascii.EqualsIgnoreCase(name, _utf8[i]))
                return i;
        return Unknown;
    }
}
