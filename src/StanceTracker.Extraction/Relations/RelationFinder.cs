using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Relations;

/// <summary>
/// Finds positions the article states in its own voice: a relation cue from the lexicon with an actor on each side, in
/// one of the word orders the cue allows, or a compound such as "Russian-backed" before an actor. Only the outlet's own
/// words count (see <see cref="OutletVoice"/>). The holder and target must be different camps: "GNA forces backed by the
/// GNA" states no position.
/// </summary>
public sealed class RelationFinder
{
    private readonly RelationLexicon _lexicon;
    private readonly ActorDictionary _actors;

    public RelationFinder(RelationLexicon lexicon, ActorDictionary actors)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(actors);
        _lexicon = lexicon;
        _actors = actors;
    }

    public IReadOnlyList<ReportedRelation> Find(AnalyzedText text, ActorSlots slots, OutletVoice voice)
    {
        var found = new List<ReportedRelation>();
        var tokens = text.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord || !voice.IsOwn(i)) { i++; continue; }
            if (TryCompound(text, slots, voice, i, found)) { i++; continue; }
            if (!_lexicon.TryMatch(text, i, out var pattern, out var length)) { i++; continue; }

            var end = i + length;
            foreach (var layout in pattern.Layouts)
                if (TryLayout(text, slots, voice, pattern.Polarity, layout, i, end, found)) break;
            i = end;
        }
        return found;
    }

    private bool TryLayout(AnalyzedText text, ActorSlots slots, OutletVoice voice, Polarity polarity, RelationLayout layout, int cueFirst, int cueEnd, List<ReportedRelation> found)
    {
        switch (layout)
        {
            case RelationLayout.TargetCueHolders:
            {
                if (slots.Before(cueFirst, demonyms: false) is not { } target) return false;
                var holders = slots.ListAfter(cueEnd, demonyms: true);
                if (holders.Count == 0) return false;
                var added = false;
                foreach (var holder in holders)
                    added |= Add(text, voice, holder, target, polarity, target.First, holders[^1].End, found);
                return added;
            }
            case RelationLayout.HolderCueTarget:
            {
                if (slots.Before(cueFirst, demonyms: true) is not { } holder || slots.After(cueEnd, demonyms: false) is not { } target) return false;
                return Add(text, voice, holder, target, polarity, holder.First, target.End, found);
            }
            case RelationLayout.CueHolderTarget:
            {
                if (slots.After(cueEnd, demonyms: true) is not { } holder || slots.After(holder.End, demonyms: false) is not { } target) return false;
                return Add(text, voice, holder, target, polarity, cueFirst, target.End, found);
            }
            case RelationLayout.TargetCueHolder:
            {
                if (slots.Before(cueFirst, demonyms: false) is not { } target || slots.After(cueEnd, demonyms: true) is not { } holder) return false;
                return Add(text, voice, holder, target, polarity, target.First, holder.End, found);
            }
            default:
                return false;
        }
    }

    // "Russian-backed forces", "UAE-backed Haftar": the tokenizer keeps the hyphenated word whole, so its halves are
    // looked up here: the second in the lexicon's compounds, the first as an adjective or one-word name.
    private bool TryCompound(AnalyzedText text, ActorSlots slots, OutletVoice voice, int token, List<ReportedRelation> found)
    {
        var word = text.Tokens[token].Normalized;
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || dash == word.Length - 1) return false;
        if (_lexicon.CompoundPolarity(word[(dash + 1)..]) is not { } polarity) return false;
        if (slots.Words.Word(word[..dash]) is not { } holder) return false;
        if (slots.After(token + 1, demonyms: false) is not { } target) return false;
        return Add(text, voice, new ActorSlot(holder, token, token + 1), target, polarity, token, target.End, found);
    }

    private bool Add(AnalyzedText text, OutletVoice voice, ActorSlot holder, ActorSlot target, Polarity polarity, int first, int end, List<ReportedRelation> found)
    {
        if (!voice.AllOwn(first, end)) return false;
        if (!IsParty(holder.Actor) || !IsParty(target.Actor) || _actors.SameCamp(holder.Actor, target.Actor)) return false;
        found.Add(new ReportedRelation(holder.Actor.Ref, target.Actor.Ref, polarity, text.SpanOf(first, end - 1)));
        return true;
    }

    // Media and unnamed sources report positions; they are not parties to them.
    private static bool IsParty(ActorEntry actor) => actor.Type is not ("media" or "source");
}
