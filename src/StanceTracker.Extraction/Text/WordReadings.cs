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
    private static int _nextId;

    /// <summary>
    /// The shared entry for this word, added on first sight; null once <see cref="Capacity"/> is reached and the word
    /// is new. The tokenizer keeps each token's entry, so later stages reach its readings without hashing it again.
    /// </summary>
    public static Entry? Find(ReadOnlySpan<char> word)
    {
        var slot = RecentSlot(word);
        var recent = Recent[slot];
        if (recent is not null && word.SequenceEqual(recent.Word)) return recent;
        var found = FindShared(word);
        if (found is not null) Recent[slot] = found;
        return found;
    }

    // The words met lately, one per slot by a hash of the word: the common words of news (the, of, said, في، أن) are
    // found with one compare in a small array that stays in cache, where the shared dictionary's nodes, scattered over
    // a large heap, are mostly cache misses. Any thread may overwrite a slot; a slot always holds a real entry or null,
    // and a hit is confirmed by comparing the word, so races cost only a miss.
    private const int RecentSlots = 16384;
    private static readonly Entry?[] Recent = new Entry?[RecentSlots];

    private static int RecentSlot(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ c) * 16777619u;
        return (int)(hash & (RecentSlots - 1));
    }

    private static Entry? FindShared(ReadOnlySpan<char> word)
    {
        if (BySpan.TryGetValue(word, out var known))
            return known;
        if (Volatile.Read(ref _count) >= Capacity)
            return null;
        var entry = new Entry(word.ToString(), Interlocked.Increment(ref _nextId) - 1);
        if (Entries.TryAdd(entry.Word, entry))
        {
            Interlocked.Increment(ref _count);
            return entry;
        }
        return Entries.TryGetValue(entry.Word, out known) ? known : null;
    }

    /// <summary>
    /// One distinct word and its readings, filled on first use; two threads racing compute the same arrays and either
    /// may win, harmlessly. Arrays, not lists: every stage loops over these at every token, and an array's foreach
    /// allocates nothing. The id is dense (0, 1, 2, … in order of first sight, a few more than <see cref="Capacity"/> at
    /// most), so a lexicon can remember its answer for a word in an array slot (see <see cref="WordMemo"/>).
    /// </summary>
    public sealed class Entry(string word, int id)
    {
        private string[]? _names;
        private string[]? _words;
        private string[]? _self;

        public string Word { get; } = word;
        public int Id { get; } = id;
        public string[] Names => _names ??= [.. CliticStripper.NameVariants(Word)];
        public string[] Words => _words ??= [.. CliticStripper.WordVariants(Word)];
        public string[] Self => _self ??= [Word];
    }
}
