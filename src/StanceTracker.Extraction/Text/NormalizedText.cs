namespace StanceTracker.Extraction.Text;

/// <summary>
/// Text after <see cref="TextNormalizer"/>, with a map back to the original: every offset the pipeline reports
/// must index the article as the user gave it, not the folded copy we match against.
/// </summary>
public sealed class NormalizedText
{
    // originalIndex[i] is where normalized char i came from; one extra slot holds the original length, so an
    // exclusive end maps back too (and swallows marks that were removed after the last kept char).
    private readonly int[] _originalIndex;

    internal NormalizedText(string original, string value, int[] originalIndex)
    {
        Original = original;
        Value = value;
        _originalIndex = originalIndex;
    }

    public string Original { get; }

    /// <summary>The folded text: no diacritics or tatweel, one alef, ه for ة, ي for ى, lower-case Latin.</summary>
    public string Value { get; }

    /// <summary>The original UTF-16 index of normalized position <paramref name="normalizedIndex"/> (0..Value.Length).</summary>
    public int ToOriginal(int normalizedIndex) => _originalIndex[normalizedIndex];

    /// <summary>The whole map: slot i is the original index of normalized char i, the last slot the original length.</summary>
    internal ReadOnlySpan<int> OriginalIndex => _originalIndex;

    /// <summary>Maps a normalized [start, end) back to the original text.</summary>
    public (int Start, int End) ToOriginal(int normalizedStart, int normalizedEnd)
        => (_originalIndex[normalizedStart], _originalIndex[normalizedEnd]);
}
