using System.Text;
using StanceTracker.Grains.Relays;

namespace StanceTracker.Grains.Tests;

public sealed class ContentTokensTests
{
    [Fact]
    public void Every_statement_of_both_corpora_has_the_words_the_reference_gives()
    {
        var statements = CorpusStatements.Statements;
        Assert.True(statements.Count > 5_000, $"only {statements.Count} statements extracted from the seed and both corpora");
        var arabic = 0;
        foreach (var statement in statements)
        {
            Assert.Equal(ReferenceContentTokens.Stored(statement.Content), ContentTokens.Of(statement.Content).Stored);
            if (statement.Language == "ar") arabic++;
        }
        Assert.InRange(arabic, 1_000, statements.Count - 1_000);
    }

    [Fact]
    public void Whole_articles_and_their_sentences_have_the_words_the_reference_gives()
    {
        // Longer texts than any statement, with every kind of token the news has (quotes, dot runs, digits, Latin in Arabic).
        foreach (var article in CorpusStatements.Articles)
            Assert.Equal(ReferenceContentTokens.Stored(article.Text), ContentTokens.Of(article.Text).Stored);
        foreach (var statement in CorpusStatements.Statements.Take(2_000))
            Assert.Equal(ReferenceContentTokens.Stored(statement.Sentence), ContentTokens.Of(statement.Sentence).Stored);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("... ؟ ، « » \"\" ''")]
    [InlineData("Fayez al-Sarraj won't go.. Turkey’s TURKEY's turkey's")]
    [InlineData("وقال أردوغانُ: «نريد ليبيا» وليبيا، ليبيا!")]
    [InlineData("ǅemal ǄEMAL ǆemal İstanbul ISTANBUL ΣΊΣΥΦΟΣ σίσυφος")] // titlecase and dotted letters: the invariant lower-casing, not the folding
    [InlineData("a b a c b a -a- a' 'a a-b a'b ١٢٣ 123 ۱۲۳")]
    [InlineData("𝐀𝐁 😀 emoji😀word x\u0301y ـــا")] // letters outside the BMP split words as the tokenizer splits them
    [InlineData("\U00010400abc \U00010400 \uD801x y\uDC00 ǅA\U00010400ǅ")] // a capital lower-cased to a surrogate pair beside words; lone surrogates
    [InlineData("ΣΑΣ ΟΔΟΣ. Σ")] // no final-sigma rule in invariant casing
    public void Edge_texts_have_the_words_the_reference_gives(string text) =>
        Assert.Equal(ReferenceContentTokens.Stored(text), ContentTokens.Of(text).Stored);

    [Fact]
    public void Every_char_of_the_basic_plane_is_folded_and_lower_cased_as_the_reference_does_it()
    {
        // Each char alone between spaces, then beside a letter: every char a word can hold meets the lower-casing table.
        var text = new StringBuilder();
        for (var c = 1; c <= char.MaxValue; c++)
            if (!char.IsSurrogate((char)c))
                text.Append((char)c).Append(' ').Append('q').Append((char)c).Append(' ');
        var all = text.ToString();
        Assert.Equal(ReferenceContentTokens.Stored(all), ContentTokens.Of(all).Stored);
    }

    [Fact]
    public void The_stored_bytes_are_the_stored_words_in_UTF8()
    {
        foreach (var statement in CorpusStatements.Statements.Take(500))
        {
            var words = ContentTokens.Of(statement.Content);
            Assert.Equal(Encoding.UTF8.GetBytes(words.Stored), words.StoredUtf8());
        }
        Assert.Empty(ContentTokens.Of("").StoredUtf8());
        Assert.Equal("bb a"u8.ToArray(), ContentTokens.Of("a bb a").StoredUtf8());
    }

    [Fact]
    public void Words_read_back_from_the_stored_form_compare_as_the_words_themselves()
    {
        var first = ContentTokens.Of("Russia backs Haftar, Russia said");
        var again = ContentTokens.Parse(first.Stored);
        Assert.Equal(first.Stored, again.Stored);
        Assert.Equal(1, first.Jaccard(again));
        Assert.Equal("haftar russia backs said", first.Stored);
    }
}
