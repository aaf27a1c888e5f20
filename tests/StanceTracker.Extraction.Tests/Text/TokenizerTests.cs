using StanceTracker.Extraction.Intake;
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

    private static List<string> WordsOf(string text)
    {
        var folded = new char[text.Length];
        var words = new List<string>();
        foreach (var word in Tokenizer.Words(folded.AsSpan(0, TextNormalizer.Fold(text, folded))))
            words.Add(word.ToString());
        return words;
    }

    private static List<string> WordTokensOf(string text) => [.. Tokenizer.Tokenize(text).Where(t => t.IsWord).Select(t => t.Normalized)];

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData("Fayez al-Sarraj won't go.. Turkey’s -a- 'b' c'")]
    [InlineData("وقال أردوغانُ: «نريد ليبيا»،ليبيا!! ''قال'' ,,هنا,,")]
    [InlineData("emoji😀word 𝐀𝐁 x\u0301y ـــا ١٢٣")]
    public void Words_are_the_word_tokens_in_order(string text) =>
        Assert.Equal(WordTokensOf(text), WordsOf(text));

    [Fact]
    public void Words_of_every_article_of_both_corpora_are_its_word_tokens()
    {
        var checkedArticles = 0;
        foreach (var corpus in new[] { "corpus/ar/saudinewsnet-libya-2015/articles.jsonl", "corpus/en/allsides-mideast-2019-2020/articles.jsonl" })
            foreach (var result in ArticleReader.Read(SharedData.Path(corpus)))
            {
                var text = result.Article?.Text ?? throw new InvalidDataException($"{corpus}: {result.Failure}");
                Assert.Equal(WordTokensOf(text), WordsOf(text));
                checkedArticles++;
            }
        Assert.Equal(371, checkedArticles);
    }

    [Fact]
    public void Each_word_knows_where_it_starts()
    {
        var walk = Tokenizer.Words("«قال» al-Sarraj, 12");
        var starts = new List<(int, string)>();
        while (walk.MoveNext())
            starts.Add((walk.Start, walk.Current.ToString()));
        Assert.Equal([(1, "قال"), (6, "al-Sarraj"), (17, "12")], starts);
    }

    [Fact]
    public void A_shared_word_is_the_copy_tokens_carry()
    {
        var token = Tokenizer.Tokenize("Haftar said").First(t => t.IsWord);
        Assert.Same(token.Normalized, Tokenizer.SharedWord("haftar x".AsSpan(0, 6)));
    }
}
