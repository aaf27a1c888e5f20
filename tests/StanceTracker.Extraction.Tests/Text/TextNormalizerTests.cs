using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Removes_diacritics_and_maps_offsets_back_to_the_original()
    {
        const string text = "قال مُحَمَّدٌ";
        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal("قال محمد", normalized.Value);
        var start = normalized.Value.IndexOf("محمد", StringComparison.Ordinal);
        var (origStart, origEnd) = normalized.ToOriginal(start, start + 4);
        // The mapped span covers the whole diacritised word, including the final tanwin.
        Assert.Equal("مُحَمَّدٌ", text[origStart..origEnd]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("قال مُحَمَّدٌ عـــربي \u200Fأردوغان")]
    [InlineData("Turkey’s ERDOGAN ٢٠٢٠ ۱۲ \uFEFFx")]
    public void Folding_into_a_buffer_keeps_what_Normalize_keeps(string text)
    {
        var folded = new char[text.Length];
        var kept = TextNormalizer.Fold(text, folded);
        Assert.Equal(TextNormalizer.Normalize(text).Value, new string(folded, 0, kept));
    }

    [Theory]
    [InlineData("أردوغان", "اردوغان")]
    [InlineData("إيطاليا", "ايطاليا")]
    [InlineData("آخر", "اخر")]
    [InlineData("ٱلله", "الله")]
    [InlineData("حكومة", "حكومه")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("عـــربي", "عربي")]
    [InlineData("Erdogan SAID", "erdogan said")]
    [InlineData("Turkey’s", "turkey's")]
    [InlineData("٢٠٢٠", "2020")]
    public void Folds_spelling_variants(string input, string expected)
        => Assert.Equal(expected, TextNormalizer.NormalizeTerm(input));

    [Fact]
    public void Every_normalized_position_points_at_the_character_it_came_from()
    {
        const string text = "وَقَالَ الرَّئِيسُ: «نُرِيدُ لِيبْيَا»";
        var normalized = TextNormalizer.Normalize(text);
        for (var i = 0; i < normalized.Value.Length; i++)
        {
            var original = text[normalized.ToOriginal(i)];
            Assert.Equal(normalized.Value[i], TextNormalizer.Fold(original));
        }
        Assert.Equal(text.Length, normalized.ToOriginal(normalized.Value.Length));
    }

    [Fact]
    public void Wikinews_diacritised_text_folds_to_undiacritised_letters()
    {
        var path = SharedData.TryPath("corpus/ar/farasa-wikinews/WikiNewsTruth.txt");
        if (path is null) return; // corpus not present in this checkout
        var sample = string.Concat(File.ReadLines(path).Take(50));
        var folded = TextNormalizer.Normalize(sample).Value;
        Assert.DoesNotContain(folded, c => c is >= '\u064B' and <= '\u0652' || c == '\u0670' || c == '\u0640');
        Assert.True(folded.Length < sample.Length);
    }
}
