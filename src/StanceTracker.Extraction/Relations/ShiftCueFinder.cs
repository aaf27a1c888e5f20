using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Relations;

/// <summary>
/// Finds explicit talk of an actor changing position: a phrase of the shift lexicon with the actor named right after it
/// ("تحول بموقف موسكو", "تحول في الموقف الروسي", "a U-turn by Paris") or right before it ("Paris softened its stance").
/// Unlike reported relations these are kept inside quotes too: a speaker saying that Moscow has turned is still talk of
/// a turn, and the cue carries no polarity that could be mistaken for the speaker's own.
/// </summary>
public sealed class ShiftCueFinder
{
    private readonly ShiftCueLexicon _lexicon;

    public ShiftCueFinder(ShiftCueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    public IReadOnlyList<ShiftCue> Find(AnalyzedText text, ActorSlots slots)
    {
        var found = new List<ShiftCue>();
        var i = 0;
        while (i < text.Tokens.Count)
        {
            if (!_lexicon.TryMatch(text, i, out var phrase, out var length)) { i++; continue; }
            var end = i + length;
            if (phrase.ActorAfter && slots.After(end, demonyms: true) is { } after && IsParty(after))
                found.Add(new ShiftCue(after.Actor.Ref, text.SpanOf(i, after.End - 1)));
            else if (!phrase.ActorAfter && slots.Before(i, demonyms: true) is { } before && IsParty(before))
                found.Add(new ShiftCue(before.Actor.Ref, text.SpanOf(before.First, end - 1)));
            i = end;
        }
        return found;
    }

    private static bool IsParty(ActorSlot slot) => slot.Actor.Type is not ("media" or "source");
}
