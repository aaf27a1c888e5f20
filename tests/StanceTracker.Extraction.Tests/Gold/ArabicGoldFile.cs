using StanceTracker.Extraction.Evaluation;

namespace StanceTracker.Extraction.Tests.Gold;

/// <summary>The repository's Arabic gold set (Gold/arabic-gold.jsonl), found by walking up to the repository root.</summary>
public static class ArabicGoldFile
{
    public static string Path =>
        ArabicGoldSet.FindGoldFile(AppContext.BaseDirectory)
        ?? throw new FileNotFoundException($"{ArabicGoldSet.RepositoryPath} not found above {AppContext.BaseDirectory}");

    /// <summary>The folder holding seeds/ and corpus/ (../shared beside the repository).</summary>
    public static string Shared => System.IO.Path.GetDirectoryName(SharedData.Path("seeds"))!;

    /// <summary>
    /// Each annotated text is the corpus text it was annotated on (same hash), and every span lies inside it on word
    /// boundaries: annotations hold offsets only, so a changed corpus file would silently shift them.
    /// </summary>
    public static IReadOnlyList<(ArabicGoldArticle Gold, Extraction.Model.ArticleText Article)> AssertTextsAndSpans(IReadOnlyList<ArabicGoldArticle> set)
    {
        var articles = ArabicGoldSet.ReadArticles(set, Shared);
        foreach (var (gold, article) in articles)
        {
            Xunit.Assert.Equal(gold.TextSha256, ArabicGoldSet.Hash(article.Text));
            foreach (var s in gold.Statements)
            {
                Xunit.Assert.InRange(s.Cue.End, s.Cue.Start + 1, article.Text.Length);
                Xunit.Assert.InRange(s.Content.End, s.Content.Start + 1, article.Text.Length);
                Xunit.Assert.False(char.IsWhiteSpace(article.Text[s.Content.Start]) || char.IsWhiteSpace(article.Text[s.Content.End - 1]),
                    $"{gold.Name}: content [{s.Content.Start}, {s.Content.End}) has untrimmed spaces");
            }
        }
        return articles;
    }
}
