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

    private int _lastPersonSpeakerToken = -1;

    public void Spoke(ActorEntry speaker, int cueToken)
    {
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
