using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// Unnamed speakers: a noun (مسؤول، مصدر، official, source), qualifiers (كبير، عسكري، senior), a nationality (تركي،
/// Turkish) and a link to an actor (مصدر عسكري في قوات حفتر، a source close to Haftar).
/// <list type="bullet">
/// <item>An <b>official</b> of a state or organisation speaks for it: "مسؤول تركي كبير", "a senior US official" and
/// "مسؤول في حكومة الوفاق" resolve to turkey, usa and gna. This keeps what the dictionary did before (مسؤول تركي was an
/// alias of turkey), matches event coding practice (a Turkish official is coded as the Turkish government) and keeps
/// such statements on the state's timeline.</item>
/// <item>A <b>source</b> only tells what it knows of a camp, and an official "close to" a person is no office holder: they
/// become a source actor carrying that affiliation, id "source:" + the actor's id, type source, name "Source (…)"
/// (مصدر عسكري في قوات حفتر → source:haftar). Being of type source, it is never a stance target, and it shares its
/// affiliation's camp.</item>
/// <item>With no affiliation the phrase is the dictionary's unnamed-source, as before ("مصادر عسكرية للجزيرة": Al
/// Jazeera is whom they spoke to, not whom they belong to, so للجزيرة is no link).</item>
/// </list>
/// Arabic nouns must be indefinite: "المسؤول الليبي" refers back to someone already named, so it is no new speaker.
/// </summary>
internal sealed class UnnamedSourceFinder(ActorResolver resolver, SourceLexicon words)
{
    private const int MaxWords = 5;
    private const string UnnamedSourceId = "unnamed-source";

    public ActorMatch? Find(ArticleMentions pass, int start)
    {
        var text = pass.Text;
        var tokens = text.Tokens;
        var arabic = Tokenizer.IsArabic(tokens[start].Normalized);
        ActorEntry? affiliation = null;
        var j = start;
        if (!arabic && words.Determiners.ContainsAny(text, j)) j++;

        var noun = -1;
        for (var steps = 0; j < tokens.Count && steps < MaxWords && tokens[j].IsWord; steps++)
        {
            if (IsNoun(text, j, arabic)) { noun = j++; break; }
            if (words.Qualifiers.ContainsAny(text, j)) { j++; continue; }
            if (arabic) break;
            // English puts the nationality or the state before the noun: "a senior Turkish official", "a U.S. official".
            if (resolver.DemonymAt(text, j) is { } nationality) { affiliation = nationality; j++; continue; }
            if (resolver.TryMatchSense(pass, j, out var sense, out var length) && resolver.ActorOf(pass, sense) is { Type: "state" or "government" or "organisation" } body)
            {
                affiliation = body;
                j += length;
                continue;
            }
            break;
        }
        if (noun < 0) return null;
        var official = words.Officials.ContainsAny(text, noun);

        for (var steps = 0; j < tokens.Count && steps < MaxWords && tokens[j].IsWord; steps++)
        {
            if (words.Qualifiers.ContainsAny(text, j)) { j++; continue; }
            if (affiliation is null && resolver.DemonymAt(text, j) is { } nationality) { affiliation = nationality; j++; continue; }
            break;
        }

        var closeTo = false;
        if (affiliation is null && words.Links.MatchAt(text, j, tokens.Count) is var link and > 0
            && resolver.TryMatchSense(pass, j + link, out var linked, out var linkedLength)
            && resolver.ActorOf(pass, linked) is { Type: not ("media" or "source") } camp)
        {
            affiliation = camp;
            closeTo = link > 1; // "مقرب من", "close to": near the camp, not in its service
            j += link + linkedLength;
        }

        var span = text.SpanOf(start, j - 1);
        if (affiliation is null)
            return resolver.Actors.TryGet(UnnamedSourceId, out var unnamed) ? new ActorMatch(unnamed, start, j, span) : null;
        if (official && !closeTo && affiliation.Type != "person")
            return new ActorMatch(affiliation, start, j, span);
        var id = NewActorIds.Source(affiliation.Id);
        var source = pass.TryGetMet(id, out var met) ? met
            : pass.Met(new ActorEntry(id, $"Source ({affiliation.Name})", "source", []) { Affiliation = affiliation.Id });
        return new ActorMatch(source, start, j, span);
    }

    // Arabic: the bare noun, or behind و/ف (وقال مسؤول); not المسؤول, which refers back.
    private bool IsNoun(AnalyzedText text, int token, bool arabic)
    {
        if (!arabic) return words.Officials.ContainsAny(text, token) || words.Sources.ContainsAny(text, token);
        var word = text.Tokens[token].Normalized;
        if (IsBareNoun(word)) return true;
        return word.Length > 2 && word[0] is '\u0648' or '\u0641' && IsBareNoun(word[1..]);
    }

    private bool IsBareNoun(string word) => words.Officials.Contains(word) || words.Sources.Contains(word);
}
