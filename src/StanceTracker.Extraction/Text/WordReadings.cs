using System.Collections.Concurrent;

namespace StanceTracker.Extraction.Text;

/// <summary>
/// One shared copy of each distinct normalized word and its clitic readings, for the whole process. News vocabulary
/// is Zipfian: most tokens of an article were already met in earlier ones, and computing a word's readings allocates a
/// string per reading, so doing it once per word instead of once per occurrence removes most of the text chain's
/// garbage. The readings are pure functions of the word, so caching cannot change any output. Bounded: beyond
/// <see cref="Capacity"/> distinct words, new ones are computed each time and not kept, so a silo that reads for
/// years cannot grow without limit.
/// </summary>
internal static class WordReadings
{
    public const int Capacity = 500_000;

    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _count;

    /// <summary>The shared string for this word (one allocation per distinct word, not per token).</summary>
    public static string Intern(ReadOnlySpan<char> word)
    {
        if (BySpan.TryGetValue(word, out var known))
            return known.Word;
        var text = word.ToString();
        if (Volatile.Read(ref _count) < Capacity && Entries.TryAdd(text, new Entry(text)))
            Interlocked.Increment(ref _count);
        return text;
    }

    /// <summary>See <see cref="CliticStripper.NameVariants"/>.</summary>
    public static string[] Names(string word) =>
        Entries.TryGetValue(word, out var entry)
            ? entry.Names ??= [.. CliticStripper.NameVariants(word)]
            : [.. CliticStripper.NameVariants(word)];

    /// <summary>See <see cref="CliticStripper.WordVariants"/>.</summary>
    public static string[] Words(string word) =>
        Entries.TryGetValue(word, out var entry)
            ? entry.Words ??= [.. CliticStripper.WordVariants(word)]
            : [.. CliticStripper.WordVariants(word)];

    /// <summary>The word as its only reading (punctuation, quote marks).</summary>
    public static string[] Self(string word) =>
        Entries.TryGetValue(word, out var entry) ? entry.Self ??= [word] : [word];

    // Readings are filled on first use; two threads racing compute the same lists and either may win, harmlessly.
    private sealed class Entry(string word)
    {
        public string Word { get; } = word;
        // Arrays, not lists: every stage loops over these at every token, and an array's foreach allocates nothing.
        public string[]? Names;
        public string[]? Words;
        public string[]? Self;
    }
}
