using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Attribution;

/// <summary>
/// What attribution remembers while reading one article: who spoke last (for elided subjects and pronouns) and an
/// index of mentions by first and last token.
/// </summary>
internal sealed class ArticleState
{
    private readonly Dictionary<int, ActorMatch> _byFirst = new();
    private readonly Dictionary<int, ActorMatch> _byEnd = new();

    public ArticleState(AnalyzedText text, IReadOnlyList<ActorMatch> mentions)
    {
        Text = text;
        Mentions = mentions;
        foreach (var mention in mentions)
        {
            _byFirst[mention.FirstToken] = mention;
            _byEnd[mention.EndToken] = mention;
        }
    }

    public AnalyzedText Text { get; }
    public IReadOnlyList<ActorMatch> Mentions { get; }
    public ActorEntry? LastSpeaker { get; private set; }
    public ActorEntry? LastPersonSpeaker { get; private set; }
    public ActorEntry? LastGroupSpeaker { get; private set; }

    public ActorMatch? MentionStartingAt(int token) => _byFirst.GetValueOrDefault(token);

    /// <summary>The mention whose last token is just before <paramref name="endToken"/>.</summary>
    public ActorMatch? MentionEndingAt(int endToken) => _byEnd.GetValueOrDefault(endToken);

    private HashSet<string>? _capitalisedInside;

    /// <summary>
    /// "Sanders said" at a sentence's start looks like "Officials said": the word is a name when the article also
    /// writes it capitalised inside a sentence. The set is built once per article, on first need (one pass over the tokens).
    /// </summary>
    public bool IsNameElsewhere(int token)
    {
        if (_capitalisedInside is null)
        {
            _capitalisedInside = new HashSet<string>(StringComparer.Ordinal);
            var tokens = Text.Tokens;
            for (var i = 1; i < tokens.Count; i++)
                if (tokens[i].IsWord && tokens[i - 1].IsWord && char.IsUpper(Text.Text[tokens[i].Start]))
                    _capitalisedInside.Add(tokens[i].Normalized);
        }
        return _capitalisedInside.Contains(Text.Tokens[token].Normalized);
    }

    private int _lastPersonSpeakerToken = -1;
    private Dictionary<string, ActorEntry>? _newcomers;

    /// <summary>
    /// The speaker named by the capitalised words [first, end) that the dictionary lacks: one entry per id in the article,
    /// and a lone last word ("Cruz" after "Ted Cruz") is the person named in full before.
    /// </summary>
    /// <remarks>A newcomer introduced by a title naming a body (المتحدث باسم مكتب الأمم المتحدة، أحمد فوزي) belongs to it:
    /// <paramref name="affiliation"/>, which keeps the body's own camp out of their targets.</remarks>
    public ActorEntry Newcomer(AnalyzedText text, int first, int end, string type, ActorEntry? affiliation = null)
    {
        _newcomers ??= new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        var tokens = text.Tokens;
        if (end - first == 1 && _newcomers.TryGetValue(ShortKey(tokens[first].Normalized), out var known)) return known;
        var words = new List<string>(end - first);
        for (var k = first; k < end; k++)
            if (tokens[k].IsWord) words.Add(tokens[k].Normalized);
        var id = NewActorIds.Person(words);
        if (_newcomers.TryGetValue(id, out var met)) return met;
        var name = text.SpanOf(first, end - 1).Of(text.Text);
        var entry = new ActorEntry(id, name, type, [name]) { Affiliation = affiliation?.Id };
        _newcomers[id] = entry;
        if (end - first > 1 && type == "person") _newcomers[ShortKey(tokens[end - 1].Normalized)] = entry;
        return entry;
    }

    /// <summary>The newcomer whose name ended with this (normalized) word, if one was met in the article (وأضاف الصور).</summary>
    public ActorEntry? KnownNewcomer(string word)
        => _newcomers is not null && _newcomers.TryGetValue(ShortKey(word), out var known) ? known : null;

    /// <summary>Someone speaking for <paramref name="affiliation"/> without being named: "source:" + its id.</summary>
    public ActorEntry SourceFor(ActorEntry affiliation)
    {
        _newcomers ??= new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        var id = NewActorIds.Source(affiliation.Id);
        if (_newcomers.TryGetValue(id, out var met)) return met;
        var entry = new ActorEntry(id, $"Source ({affiliation.Name})", "source", []) { Affiliation = affiliation.Id };
        _newcomers[id] = entry;
        return entry;
    }

    private static string ShortKey(string word) => "short:" + word;

    public void Spoke(ActorEntry speaker, int cueToken)
    {
        // A newcomer named in full (by the mention pass or here) is named again by their last word: وأضاف الخراز.
        if (speaker.Type == "person" && speaker.Id.StartsWith(NewActorIds.PersonPrefix, StringComparison.Ordinal)
            && speaker.Id.LastIndexOf('-') is var dash and > 0)
        {
            _newcomers ??= new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
            _newcomers.TryAdd(ShortKey(speaker.Id[(dash + 1)..]), speaker);
        }
        LastSpeaker = speaker;
        if (speaker.Type == "person") { LastPersonSpeaker = speaker; _lastPersonSpeakerToken = cueToken; }
        else if (speaker.Type is not ("media" or "source")) LastGroupSpeaker = speaker;
    }

    /// <summary>
    /// "he said": the last person who spoke, unless a later sentence introduced another person ("Erdogan met Sarraj. … he
    /// said"), in which case that sentence's first person (its subject).
    /// </summary>
    public ActorEntry? PersonForPronoun(int token)
    {
        var (mentioned, at) = LastPersonMentionBefore(token);
        if (mentioned is null) return LastPersonSpeaker;
        if (LastPersonSpeaker is null || SentenceOf(at) > SentenceOf(_lastPersonSpeakerToken)) return mentioned;
        return LastPersonSpeaker;
    }

    /// <summary>The subject (first person mention outside quotes) of the nearest earlier sentence that has one.</summary>
    private (ActorEntry? Actor, int Token) LastPersonMentionBefore(int token)
    {
        var candidateToken = -1;
        ActorEntry? candidate = null;
        var candidateSentence = -1;
        foreach (var mention in Mentions)
        {
            if (mention.FirstToken >= token) break;
            if (mention.Actor.Type != "person" || Text.InQuote(mention.FirstToken)) continue;
            var sentence = SentenceOf(mention.FirstToken);
            if (sentence != candidateSentence) { candidate = mention.Actor; candidateSentence = sentence; candidateToken = mention.FirstToken; }
        }
        return (candidate, candidateToken);
    }

    private int SentenceOf(int token)
    {
        if (token < 0) return -1;
        var sentences = Text.Sentences;
        for (var i = 0; i < sentences.Count; i++)
            if (token < sentences[i].EndToken) return i;
        return sentences.Count - 1;
    }
}
