using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Tokens_carry_original_offsets_and_normalized_forms()
    {
        const string text = "وقال أردوغانُ: \"نريد ليبيا\".";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["وقال", "اردوغان", ":", "\"", "نريد", "ليبيا", "\"", "."], tokens.Select(t => t.Normalized));
        Assert.Equal("أردوغانُ", text[tokens[1].Start..tokens[1].End]);
        Assert.Equal(TokenKind.Quote, tokens[3].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[2].Kind);
    }

    [Fact]
    public void Keeps_inner_apostrophes_and_hyphens_and_groups_dot_runs()
    {
        var tokens = Tokenizer.Tokenize("Fayez al-Sarraj won't go.. Turkey's");
        Assert.Equal(["fayez", "al-sarraj", "won't", "go", "..", "turkey's"], tokens.Select(t => t.Normalized));
    }
}
