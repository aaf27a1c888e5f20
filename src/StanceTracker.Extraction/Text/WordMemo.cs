namespace StanceTracker.Extraction.Text;

/// <summary>
/// One lexicon's remembered yes/no answer per distinct word ("does any reading of this word start a phrase of mine?"),
/// in a slot per <see cref="WordReadings.Entry.Id"/>. Lexicons are asked about every token of every article, and a
/// word's readings are fixed, so after a word's first article the answer is one array read instead of a hash probe per
/// reading; most words are in no lexicon, and the memo answers "no" for them at once.
/// </summary>
/// <remarks>
/// Lock-free: a slot is written once with the same value by whichever thread computes it first, and an array that
/// grows while another thread writes to the old one only loses answers that will be computed again. The owner clears
/// the memo when its contents change (only while loading, before any text is matched).
/// </remarks>
internal sealed class WordMemo
{
    private const byte Unknown = 0;
    private const byte No = 1;
    private const byte Yes = 2;

    private byte[] _answers = [];

    /// <summary>The answer remembered for this word, or null when it was not asked yet.</summary>
    public bool? Get(WordReadings.Entry entry)
    {
        var answers = Volatile.Read(ref _answers);
        var id = entry.Id;
        if ((uint)id >= (uint)answers.Length) return null;
        var answer = answers[id];
        return answer == Unknown ? null : answer == Yes;
    }

    public void Set(WordReadings.Entry entry, bool answer)
    {
        var answers = Volatile.Read(ref _answers);
        var id = entry.Id;
        if ((uint)id >= (uint)answers.Length)
        {
            var grown = new byte[Math.Max(id + 1, Math.Max(1024, answers.Length * 2))];
            answers.CopyTo(grown, 0);
            Volatile.Write(ref _answers, grown);
            answers = grown;
        }
        answers[id] = answer ? Yes : No;
    }

    public void Clear() => Volatile.Write(ref _answers, []);

    /// <summary>
    /// The value of the first of the token's name readings found in <paramref name="values"/>, or null; a word none of
    /// whose readings is there is remembered as such, so its later occurrences cost one array read.
    /// </summary>
    public T? FirstNameReading<T>(AnalyzedText text, int token, Dictionary<string, T> values) where T : class
    {
        if (!text.Tokens[token].IsWord) return null;
        var entry = text.EntryOf(token);
        if (entry is not null && Get(entry) == false) return null;
        foreach (var reading in text.NameVariants(token))
            if (values.TryGetValue(reading, out var value))
            {
                if (entry is not null) Set(entry, true);
                return value;
            }
        if (entry is not null) Set(entry, false);
        return null;
    }
}
