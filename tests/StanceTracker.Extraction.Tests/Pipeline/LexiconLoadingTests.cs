using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Tests.Pipeline;

public sealed class LexiconLoadingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stance-lexicon-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Default_load_reads_the_shipped_lexicons_beside_the_assembly()
    {
        var extractor = StanceExtractor.Load();
        Assert.True(extractor.Actors.Count >= 35);
        Assert.NotEmpty(extractor.Cues.All);
        Assert.True(extractor.Stance.Count > 20);
    }

    [Fact]
    public void An_extra_file_adds_an_actor_that_then_resolves_and_speaks()
    {
        var extra = Write("my-actors.yaml", """
            actors:
              - id: bashir-saadawi
                name: Bashir al-Saadawi
                type: person
                affiliation: gna
                aliases:
                  ar: [بشير السعداوي]
                  en: [Bashir al-Saadawi, Saadawi]
              - id: haftar
                aliases:
                  en: [the field marshal]
            """);
        var extractor = StanceExtractor.Load(new ExtractorOptions(ExtraFiles: [extra]));

        Assert.True(extractor.Actors.TryGet("bashir-saadawi", out var added));
        Assert.Equal("gna", added.Affiliation);
        Assert.True(extractor.Actors.TryGet("haftar", out var haftar));
        Assert.Contains("the field marshal", haftar.Aliases);
        Assert.Contains("حفتر", haftar.Aliases); // extended, not replaced

        const string text = "وقال بشير السعداوي إن حكومته ترفض الحوار مع حفتر. Saadawi said Turkey supports the field marshal.";
        var article = extractor.Extract(new ArticleText(null, null, null, null, null, null, text));
        Assert.Contains(article.Mentions, m => m.Actor.Id == "bashir-saadawi" && m.Span.Of(text) == "بشير السعداوي");
        Assert.Equal("bashir-saadawi", article.Statements[0].Speaker.Id);
        Assert.Equal(Polarity.Oppose, article.Statements[0].Toward("haftar")?.Polarity);
        Assert.Contains(article.Mentions, m => m.Actor.Id == "haftar" && m.Span.Of(text) == "the field marshal");
    }

    [Fact]
    public void Extra_cue_and_stance_files_extend_matching()
    {
        var extra = Write("more.yaml", """
            cues:
              verbs: [ "opined | opines" ]
            stance:
              support: [ cherish ]
            """);
        var extractor = StanceExtractor.Load(new ExtractorOptions(ExtraFiles: [extra]));
        const string text = "Lavrov opined that Moscow will cherish Haftar.";
        var statement = Assert.Single(extractor.Extract(new ArticleText(null, null, null, null, null, "en", text)).Statements);
        Assert.Equal("lavrov", statement.Speaker.Id);
        Assert.Equal(Polarity.Support, statement.Toward("haftar")?.Polarity);
    }

    [Fact]
    public void Malformed_yaml_names_the_file()
    {
        var bad = Write("broken.yaml", "actors:\n  - id: x\n    aliases: [unclosed\n");
        var error = Assert.Throws<LexiconException>(() => StanceExtractor.Load(new ExtractorOptions(ExtraFiles: [bad])));
        Assert.Contains("broken.yaml", error.Message);
        Assert.Equal(bad, error.FilePath);
    }

    [Theory]
    [InlineData("actors:\n  - id: Bad Id\n    name: X\n    type: person\n", "lower-case ASCII slug")]
    [InlineData("actors:\n  - id: x\n    name: X\n    type: wizard\n", "unknown type 'wizard'")]
    [InlineData("actors:\n  - id: x\n    name: X\n    type: person\n    alias: [a]\n", "unknown key 'alias'")]
    [InlineData("actors:\n  - id: x\n    name: X\n    type: person\n    affiliation: nowhere\n", "unknown actor 'nowhere'")]
    [InlineData("actors:\n  - id: x\n    type: person\n", "has no 'name'")]
    [InlineData("actor:\n  - id: x\n", "none of the sections")]
    [InlineData("stance:\n  support: [ {weight: 1} ]\n", "needs 'forms'")]
    [InlineData("cues:\n  verbs: [ { forms: x, polarity: maybe } ]\n", "unknown polarity 'maybe'")]
    public void Invalid_content_is_reported_with_file_and_problem(string content, string problem)
    {
        var bad = Write("user.yaml", content);
        var error = Assert.Throws<LexiconException>(() => StanceExtractor.Load(new ExtractorOptions(ExtraFiles: [bad])));
        Assert.Contains("user.yaml", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_missing_extra_file_is_reported()
    {
        var missing = Path.Combine(_dir, "nope.yaml");
        var error = Assert.Throws<LexiconException>(() => StanceExtractor.Load(new ExtractorOptions(ExtraFiles: [missing])));
        Assert.Contains("nope.yaml", error.Message);
    }

    [Fact]
    public void A_custom_lexicon_directory_replaces_the_shipped_one()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "lex")).FullName;
        File.WriteAllText(Path.Combine(dir, "a.yaml"), """
            actors:
              - { id: alpha, name: Alpha, type: state, aliases: [Alphaland] }
              - { id: beta, name: Beta, type: state, aliases: [Betaland] }
            cues:
              verbs: [said]
            stance:
              oppose: [hate]
            """);
        var extractor = StanceExtractor.Load(new ExtractorOptions(dir));
        Assert.Equal(["alpha", "beta"], extractor.Actors.All.Select(a => a.Id));
        const string text = "Alphaland said it will hate Betaland.";
        var statement = Assert.Single(extractor.Extract(new ArticleText(null, null, null, null, null, null, text)).Statements);
        Assert.Equal(Polarity.Oppose, statement.Toward("beta")?.Polarity);
    }
}
