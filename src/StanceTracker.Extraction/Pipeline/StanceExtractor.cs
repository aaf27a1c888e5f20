using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Attribution;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Relations;
using StanceTracker.Extraction.Stance;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Pipeline;

/// <summary>Article in, statements out. Loaded once (lexicons are parsed at load), then thread-safe and reusable.</summary>
/// <remarks>
/// The chain: normalize → tokenize → quotations → sentences (Text/), resolve actor mentions (Actors/), find statements
/// (Attribution/), score stances (Stance/). Everything built at load is read-only afterwards and every call works on
/// its own <see cref="AnalyzedText"/>, so one instance serves concurrent callers.
/// </remarks>
public sealed class StanceExtractor
{
    private readonly ActorResolver _resolver;
    private readonly StatementFinder _finder;
    private readonly StanceScorer _scorer;
    private readonly ActorWords _actorWords;
    private readonly RelationLexicon _relationLexicon;
    private readonly RelationFinder _relations;
    private readonly ShiftCueFinder _shiftCues;

    private StanceExtractor(ActorDictionary actors, TitleLexicon titles, SourceLexicon sources, CueLexicon cues, StanceLexicon stance, IssueLexicon issues, RelationLexicon relations, ShiftCueLexicon shifts)
    {
        Actors = actors;
        Cues = cues;
        Stance = stance;
        _resolver = new ActorResolver(actors, titles, sources);
        _finder = new StatementFinder(cues, actors);
        _scorer = new StanceScorer(stance, actors);
        Issues = issues;
        _actorWords = new ActorWords(actors);
        _relationLexicon = relations;
        _relations = new RelationFinder(relations, actors);
        _shiftCues = new ShiftCueFinder(shifts);
    }

    public ActorDictionary Actors { get; }

    /// <summary>The reporting cues in use (shipped plus extra files).</summary>
    public CueLexicon Cues { get; }

    /// <summary>The stance words in use (shipped plus extra files).</summary>
    public StanceLexicon Stance { get; }

    /// <summary>The named issues statements can take a position on (shipped plus extra files).</summary>
    public IssueLexicon Issues { get; }

    /// <summary>The actor-resolution stage, for tools and benchmarks that run the stages one by one.</summary>
    public ActorResolver Resolver => _resolver;

    /// <summary>The attribution stage (statements and their speakers).</summary>
    public StatementFinder Finder => _finder;

    /// <summary>The stance-scoring stage.</summary>
    public StanceScorer Scorer => _scorer;

    /// <summary>
    /// Reads every *.yaml in <see cref="ExtractorOptions.LexiconDirectory"/> (default: Lexicons beside this assembly) in
    /// name order, then <see cref="ExtractorOptions.ExtraFiles"/> in the given order. Throws <see cref="LexiconException"/>
    /// naming the file and problem when a file is missing, not YAML, or breaks the format.
    /// </summary>
    public static StanceExtractor Load(ExtractorOptions? options = null)
    {
        options ??= new ExtractorOptions();
        var directory = options.LexiconDirectory ?? Path.Combine(AppContext.BaseDirectory, "Lexicons");
        if (!Directory.Exists(directory))
            throw new LexiconException(directory, null, "lexicon directory not found");

        var actors = new ActorDictionaryBuilder();
        var titles = new TitleLexicon();
        var sources = new SourceLexicon();
        var cues = new CueLexicon();
        var stance = new StanceLexicon();
        var issues = new IssueLexicon();
        var relations = new RelationLexicon();
        var shifts = new ShiftCueLexicon();

        var shipped = Directory.GetFiles(directory, "*.yaml").Concat(Directory.GetFiles(directory, "*.yml"))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal);
        foreach (var path in shipped)
            ReadFile(path, actors, titles, sources, cues, stance, issues, relations, shifts, required: false);
        foreach (var path in options.ExtraFiles ?? [])
        {
            if (!File.Exists(path)) throw new LexiconException(path, null, "file not found");
            ReadFile(path, actors, titles, sources, cues, stance, issues, relations, shifts, required: true);
        }

        var dictionary = actors.Build();
        if (dictionary.Count == 0) throw new LexiconException(directory, null, "no actors defined in any lexicon file");
        if (cues.All.Count == 0) throw new LexiconException(directory, null, "no reporting cues defined in any lexicon file");
        return new StanceExtractor(dictionary, titles, sources, cues, stance, issues, relations, shifts);
    }

    // Files in the lexicon folder that have none of our sections belong to someone else (months.yaml is the date
    // parser's) and are skipped; a user's extra file must have at least one, so a mistyped key is reported.
    private static void ReadFile(string path, ActorDictionaryBuilder actors, TitleLexicon titles, SourceLexicon sources, CueLexicon cues, StanceLexicon stance,
        IssueLexicon issues, RelationLexicon relations, ShiftCueLexicon shifts, bool required)
    {
        var file = YamlData.Load(path);
        string[] sections = ["actors", "titles", "sources", "cues", "stance", "issues", "relations", "shift_cues"];
        var ours = sections.Any(section => file.Get(file.Root, section) is not null);
        if (!ours)
        {
            if (required) throw file.Error(file.Root, "has none of the sections 'actors', 'titles', 'sources', 'cues', 'stance', 'issues', 'relations' or 'shift_cues'");
            return;
        }
        file.OnlyKeys(file.Root, "the top level", sections);
        actors.Read(file);
        titles.Read(file);
        sources.Read(file);
        cues.Read(file);
        stance.Read(file);
        issues.Read(file);
        relations.Read(file);
        shifts.Read(file);
    }

    public ExtractedArticle Extract(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var id = ArticleIdentity.For(article);
        var language = LanguageDetector.Resolve(article.Language, article.Text);
        var text = AnalyzedText.Analyze(article.Text ?? string.Empty);

        // Roles resolve to whoever held them on the article's own (local) date; undated articles get the latest holder.
        var matches = _resolver.Resolve(text, DateOf(article.Published));
        var mentions = new Mention[matches.Count];
        for (var i = 0; i < matches.Count; i++) mentions[i] = matches[i].ToMention();

        var found = _finder.Find(text, matches, HeadlineOf(article));
        var statements = new List<Statement>(found.Count);
        var issues = found.Count > 0 ? Issues.FindAll(text) : [];
        foreach (var attribution in found)
        {
            var stances = _scorer.Score(text, attribution, matches, issues);
            statements.Add(new Statement(statements.Count, attribution.Speaker.Ref, attribution.Source, attribution.CueSpan,
                attribution.Content, attribution.Kind, stances, attribution.Sentence.Span)
            {
                Via = attribution.Via.Count == 0 ? [] : attribution.Via.Select(v => v.Ref).ToArray(),
            });
        }

        // Reported positions and shift cues read the same mentions; relations only where the outlet speaks for itself.
        var slots = new ActorSlots(text, matches, _actorWords, _relationLexicon);
        var relations = _relations.Find(text, slots, new OutletVoice(text, found));
        return new ExtractedArticle(id, article, language, mentions, statements, relations, _shiftCues.Find(text, slots));
    }

    /// <summary>Resolves actor mentions only (for tools that do not need statements); roles resolve as of <paramref name="published"/>.</summary>
    public IReadOnlyList<Mention> FindMentions(string text, DateTimeOffset? published = null)
        => _resolver.Resolve(AnalyzedText.Analyze(text), DateOf(published)).Select(m => m.ToMention()).ToArray();

    // The title as the first line of the text (.txt articles and feeds that repeat it), so attribution can pass it over.
    private static Span? HeadlineOf(ArticleText article)
    {
        if (string.IsNullOrWhiteSpace(article.Title) || string.IsNullOrEmpty(article.Text)) return null;
        var text = article.Text;
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var title = article.Title.Trim();
        return string.CompareOrdinal(text, start, title, 0, title.Length) == 0 ? new Span(start, start + title.Length) : null;
    }

    private static DateOnly? DateOf(DateTimeOffset? published) => published is { } date ? DateOnly.FromDateTime(date.DateTime) : null;
}
