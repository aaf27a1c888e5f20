using BenchmarkDotNet.Attributes;
using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Attribution;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Bench.Micro;

/// <summary>
/// Each stage of the pipeline on its own, over one whole corpus per invocation (so a figure is the cost of the
/// corpus, divided by its article count in the report's "per article" column): normalise + tokenise + sentences,
/// resolve actors, attribute statements, score stances. Inputs of a stage are prepared in setup from the stages
/// before it, so each benchmark times its stage alone.
/// </summary>
[MemoryDiagnoser]
public class ExtractionStages
{
    private StanceExtractor _extractor = null!;
    private List<ArticleText> _articles = null!;
    private List<AnalyzedText> _analyzed = null!;
    private List<IReadOnlyList<ActorMatch>> _mentions = null!;
    private List<IReadOnlyList<AttributedStatement>> _statements = null!;

    [Params("ar", "en")]
    public string Corpus { get; set; } = "ar";

    [GlobalSetup]
    public void Setup()
    {
        var path = Corpus == "ar"
            ? "../shared/corpus/ar/saudinewsnet-libya-2015/articles.jsonl"
            : "../shared/corpus/en/allsides-mideast-2019-2020/articles.jsonl";
        path = FindUpwards(path);
        _extractor = StanceExtractor.Load();
        _articles = [.. ArticleReader.Read(path).Select(r => r.Article).OfType<ArticleText>()];
        _analyzed = [.. _articles.Select(a => AnalyzedText.Analyze(a.Text))];
        _mentions = [.. _analyzed.Select((t, i) => _extractor.Resolver.Resolve(t, DateOf(_articles[i])))];
        _statements = [.. _analyzed.Select((t, i) => _extractor.Finder.Find(t, _mentions[i]))];
    }

    [Benchmark(Description = "normalise + tokenise + sentences")]
    public int Normalise()
    {
        var tokens = 0;
        foreach (var article in _articles)
            tokens += AnalyzedText.Analyze(article.Text).Tokens.Count;
        return tokens;
    }

    [Benchmark(Description = "resolve actors")]
    public int ResolveActors()
    {
        var mentions = 0;
        for (var i = 0; i < _analyzed.Count; i++)
            mentions += _extractor.Resolver.Resolve(_analyzed[i], DateOf(_articles[i])).Count;
        return mentions;
    }

    [Benchmark(Description = "attribute statements")]
    public int Attribute()
    {
        var statements = 0;
        for (var i = 0; i < _analyzed.Count; i++)
            statements += _extractor.Finder.Find(_analyzed[i], _mentions[i]).Count;
        return statements;
    }

    [Benchmark(Description = "score stances")]
    public int ScoreStance()
    {
        var stances = 0;
        for (var i = 0; i < _analyzed.Count; i++)
            foreach (var statement in _statements[i])
                stances += _extractor.Scorer.Score(_analyzed[i], statement, _mentions[i]).Count;
        return stances;
    }

    [Benchmark(Description = "whole extraction")]
    public int Whole()
    {
        var statements = 0;
        foreach (var article in _articles)
            statements += _extractor.Extract(article).Statements.Count;
        return statements;
    }

    private static DateOnly? DateOf(ArticleText article) => article.Published is { } date ? DateOnly.FromDateTime(date.DateTime) : null;

    // BenchmarkDotNet runs the benchmark from its own build folder: find ../shared from the repository root upwards.
    private static string FindUpwards(string relative)
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"corpus '{relative}' not found above {Directory.GetCurrentDirectory()} (run from the repository root)");
    }
}
