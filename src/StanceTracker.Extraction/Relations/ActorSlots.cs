using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Relations;

/// <summary>
/// Per article: the actor standing right before or right after a token. Only fillers from the data ("the", commas) may
/// sit between; anything else means the cue is about something that is not an actor ("الدول الداعمة لحفتر", "ما
/// عارضته اليونان") and nothing is found. Strict adjacency is what keeps these surface patterns precise.
/// </summary>
public sealed class ActorSlots
{
    private readonly AnalyzedText _text;
    private readonly ActorWords _words;
    private readonly RelationLexicon _lexicon;
    private readonly Dictionary<int, ActorMatch> _startingAt = new();
    private readonly Dictionary<int, ActorMatch> _endingAt = new();

    public ActorSlots(AnalyzedText text, IReadOnlyList<ActorMatch> mentions, ActorWords words, RelationLexicon lexicon)
    {
        _text = text;
        _words = words;
        _lexicon = lexicon;
        // Where mentions overlap, the longer one is the name ("قوات شرقي ليبيا", not "ليبيا").
        foreach (var mention in mentions)
        {
            if (!_startingAt.TryGetValue(mention.FirstToken, out var s) || s.EndToken < mention.EndToken) _startingAt[mention.FirstToken] = mention;
            if (!_endingAt.TryGetValue(mention.EndToken, out var e) || e.FirstToken > mention.FirstToken) _endingAt[mention.EndToken] = mention;
        }
    }

    /// <summary>The one-word actor names this article is read with.</summary>
    public ActorWords Words => _words;

    /// <summary>The actor whose words end just before <paramref name="token"/>; a nationality adjective counts when <paramref name="demonyms"/>.</summary>
    public ActorSlot? Before(int token, bool demonyms)
    {
        var j = token - 1;
        while (j >= 0 && _lexicon.IsFiller(_text.Tokens[j].Normalized)) j--;
        if (j < 0) return null;
        if (_endingAt.TryGetValue(j + 1, out var mention)) return new ActorSlot(mention.Actor, mention.FirstToken, mention.EndToken);
        if (demonyms && _words.DemonymAt(_text, j) is { } state) return new ActorSlot(state, j, j + 1);
        return null;
    }

    /// <summary>The actor whose words start just after <paramref name="token"/> (inclusive); see <see cref="Before"/>.</summary>
    public ActorSlot? After(int token, bool demonyms)
    {
        var j = token;
        while (j < _text.Tokens.Count && _lexicon.IsFiller(_text.Tokens[j].Normalized)) j++;
        if (j >= _text.Tokens.Count) return null;
        if (_startingAt.TryGetValue(j, out var mention)) return new ActorSlot(mention.Actor, mention.FirstToken, mention.EndToken);
        if (demonyms && _words.DemonymAt(_text, j) is { } state) return new ActorSlot(state, j, j + 1);
        return null;
    }

    /// <summary>A list of actors from <paramref name="token"/> on, joined by joiners or fillers ("الإمارات وروسيا ومصر", "Russia and the UAE").</summary>
    public IReadOnlyList<ActorSlot> ListAfter(int token, bool demonyms)
    {
        var list = new List<ActorSlot>();
        var next = After(token, demonyms);
        while (next is { } slot)
        {
            list.Add(slot);
            var j = slot.End;
            while (j < _text.Tokens.Count && (_lexicon.IsJoiner(_text.Tokens[j].Normalized) || _lexicon.IsFiller(_text.Tokens[j].Normalized))) j++;
            next = After(j, demonyms);
        }
        return list;
    }
}
