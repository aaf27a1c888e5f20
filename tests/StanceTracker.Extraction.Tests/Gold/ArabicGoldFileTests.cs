using StanceTracker.Extraction.Evaluation;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Gold;

public sealed class ArabicGoldFileTests
{
    private static readonly IReadOnlyList<ArabicGoldArticle> Gold = ArabicGoldSet.Load(ArabicGoldFile.Path);

    [Fact]
    public void The_gold_covers_the_seed_and_at_least_15_corpus_articles_once_each()
    {
        Assert.Single(Gold, g => g.Corpus == ArabicGoldSet.SeedCorpus);
        Assert.True(Gold.Count(g => g.Corpus == ArabicGoldSet.SaudiNewsNetCorpus) >= 15, $"only {Gold.Count - 1} corpus articles");
        Assert.Equal(Gold.Count, Gold.Select(g => g.Name).Distinct().Count());
        Assert.All(Gold, g => Assert.NotEmpty(g.Statements));
    }

    [Fact]
    public void Every_text_matches_its_hash_and_every_span_lies_inside_it()
    {
        var articles = ArabicGoldFile.AssertTextsAndSpans(Gold);
        Assert.Equal(Gold.Count, articles.Count);
    }

    [Fact]
    public void Speakers_and_targets_are_dictionary_ids_or_the_documented_forms()
    {
        var known = Extractors.Shipped.Actors;
        foreach (var g in Gold)
            foreach (var s in g.Statements)
            {
                Assert.True(IsActor(s.Speaker), $"{g.Name}: speaker '{s.Speaker}'");
                Assert.All(s.Via, v => Assert.True(IsActor(v), $"{g.Name}: via '{v}'"));
                Assert.All(s.Stances, t => Assert.True(IsActor(t.Target) || t.Target.StartsWith("issue:", StringComparison.Ordinal),
                    $"{g.Name}: target '{t.Target}'"));
            }

        bool IsActor(string id) =>
            id.StartsWith("new:", StringComparison.Ordinal) || id == "unnamed-source"
            || (id.StartsWith("source:", StringComparison.Ordinal) ? known.TryGet(id["source:".Length..], out _) : known.TryGet(id, out _));
    }

    [Fact]
    public void The_seed_holds_the_statements_the_issue_requires()
    {
        var seed = Gold.Single(g => g.Corpus == ArabicGoldSet.SeedCorpus);
        var triples = ArabicGoldScorer.Triples(seed);
        Assert.Contains(("erdogan", "gna", Polarity.Support), triples);
        Assert.Contains(("erdogan", "haftar", Polarity.Oppose), triples);
        Assert.Contains(("sarraj", "erdogan", Polarity.Support), triples);
        Assert.Contains(("sarraj", "haftar", Polarity.Oppose), triples);
        Assert.Contains(("sawan", "gna", Polarity.Support), triples);
        Assert.Contains(("maiteeq", "russia", Polarity.Support), triples);
        Assert.Contains(("russia", "issue:military-solution", Polarity.Oppose), triples);
        var moscow = Assert.Single(seed.Statements, s => s.Speaker == "russia");
        Assert.Equal(["sputnik", "maiteeq"], moscow.Via);
    }

    [Fact]
    public void A_changed_text_is_refused_with_the_article_named()
    {
        var seed = Gold.Single(g => g.Corpus == ArabicGoldSet.SeedCorpus);
        var stale = seed with { TextSha256 = new string('0', 64) };
        var error = Assert.Throws<InvalidDataException>(() => ArabicGoldSet.ReadArticles([stale], ArabicGoldFile.Shared));
        Assert.Contains(seed.Name, error.Message);
        Assert.Contains("changed", error.Message);
    }

    [Fact]
    public void A_malformed_line_names_the_file_and_line()
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [
                """{"corpus":"seed","articleId":"x.txt","textSha256":"00","statements":[]}""",
                """{"corpus":"seed","articleId":"x.txt","textSha256":"00","statements":[{"speaker":"a","cue":[1,2],"content":[5,3],"kind":"direct"}]}""",
            ]);
            var error = Assert.Throws<FormatException>(() => ArabicGoldSet.Load(path));
            Assert.Contains($"{path}:2", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
