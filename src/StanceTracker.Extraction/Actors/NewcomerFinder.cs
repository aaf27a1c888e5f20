using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// People the dictionary does not know, recognised by the title that introduces them: "وقال رئيس الحزب محمد صوان",
/// "وزير الداخلية الليبي فتحي باشاغا", "party leader John Smith". They become new actors of type person with the title
/// as their role and, when the title names one, an affiliation: an actor named inside it (المتحدث باسم الجيش الوطني
/// الليبي → lna), a nationality (الليبي → libya), or an organisation the title points back to (رئيس الحزب → the party
/// named last). Ids: see <see cref="NewActorIds"/>.
/// <para>Where a name ends is a heuristic. Arabic has no capitals, so an Arabic name must open with a known given name
/// (titles.yaml: given_names; عبد and أبو take the next word with them) and takes one more word, plus a third if it starts
/// with ال (محمد الطاهر سيالة is read as محمد الطاهر). A Latin name is two to four capitalised words (particles such as
/// al-, bin, de in between). Either way a title must stand right before the name: a bare unknown name is left alone.</para>
/// </summary>
internal sealed class NewcomerFinder(ActorResolver resolver, TitleLexicon titles)
{
    private const int MaxTitleWords = 7;
    private const int MaxLatinNameWords = 4;
    private const string Article = "\u0627\u0644"; // ال

    /// <summary>Latin names written with an attached Arabic article: al-Sarraj, el-Sisi.</summary>
    public static bool IsLatinArticleName(string normalized)
        => normalized.Length > 3 && (normalized.StartsWith("al-", StringComparison.Ordinal) || normalized.StartsWith("el-", StringComparison.Ordinal));

    /// <summary>
    /// A newcomer named at <paramref name="start"/> after a title: adds the mention and returns the token after the name,
    /// or <paramref name="start"/> when there is none. A known person named by the name's tail ("محمد صوان" when only
    /// "صوان" is in the dictionary) is that person.
    /// </summary>
    public int FindAfterTitle(ArticleMentions pass, int start)
    {
        var end = NameEnd(pass, start);
        if (end <= start) return start;
        var (titleStart, affiliation) = TitleBefore(pass, start);
        if (titleStart < 0) return start;
        var text = pass.Text;
        var role = new Model.Span(text.Tokens[titleStart].Start, text.Tokens[start - 1].End).Of(text.Text);

        ActorEntry? known = null;
        for (var k = start + 1; k < end && known is null; k++)
            if (resolver.TryMatchSense(pass, k, out var sense, out var length) && k + length == end && sense.Actor is { Type: "person" } person)
                known = person;
        var actor = known ?? Create(pass, start, end, role, affiliation);
        AddName(pass, actor, start, end, role);
        return end;
    }

    /// <summary>Adds the mention of a newcomer's name and lets its last word name them later in the article.</summary>
    public void AddName(ArticleMentions pass, ActorEntry actor, int start, int end, string role)
    {
        var text = pass.Text;
        pass.Add(new ActorMatch(actor, start, end, text.SpanOf(start, end - 1), role));
        var last = text.Tokens[end - 1].Normalized;
        if (end - start >= 2 && resolver.IsShortNameAllowed(last)) pass.RememberShortName(last, actor);
    }

    /// <summary>The newcomer named by tokens [start, end), made once per article.</summary>
    public ActorEntry Create(ArticleMentions pass, int start, int end, string role, ActorEntry? affiliation)
    {
        var text = pass.Text;
        var normalized = new string[end - start];
        for (var k = start; k < end; k++) normalized[k - start] = text.Tokens[k].Normalized;
        var id = NewActorIds.Person(normalized);
        if (pass.TryGetMet(id, out var met)) return met;
        var name = text.SpanOf(start, end - 1).Of(text.Text);
        return pass.Met(new ActorEntry(id, name, "person", [name]) { Affiliation = affiliation?.Id, Role = role });
    }

    /// <summary>The token after a person's name that starts at <paramref name="start"/>, or <paramref name="start"/> if no name starts there.</summary>
    public int NameEnd(ArticleMentions pass, int start)
    {
        var tokens = pass.Text.Tokens;
        if (start >= tokens.Count || !tokens[start].IsWord) return start;
        return Tokenizer.IsArabic(tokens[start].Normalized) ? ArabicNameEnd(pass, start) : LatinNameEnd(pass, start);
    }

    private int ArabicNameEnd(ArticleMentions pass, int start)
    {
        var tokens = pass.Text.Tokens;
        var first = tokens[start].Normalized;
        var compound = titles.NameParticles.Contains(first);
        if (!compound && !titles.GivenNames.Contains(first)) return start;
        var j = start + 1;
        if (compound)
        {
            if (!IsArabicNameWord(pass, j, start)) return start;
            j++;
        }
        if (!IsArabicNameWord(pass, j, start)) return start;
        j++;
        if (IsArabicNameWord(pass, j, start) && tokens[j].Normalized.StartsWith(Article, StringComparison.Ordinal)) j++;
        return j;
    }

    private bool IsArabicNameWord(ArticleMentions pass, int j, int nameStart)
    {
        var text = pass.Text;
        if (j >= text.Tokens.Count || !text.Tokens[j].IsWord || !Tokenizer.IsArabic(text.Tokens[j].Normalized)) return false;
        if (text.InQuote(j) != text.InQuote(nameStart)) return false;
        if (titles.NameStops.ContainsAny(text, j) || titles.IsQualifier(text, j) || resolver.DemonymAt(text, j) is not null) return false;
        // A word that starts another actor's name or a title is not part of this one (محمد في طرابلس، … الحكومة).
        return !(resolver.TryMatchSense(pass, j, out var sense, out _) && sense.Actor is not { Type: "person" });
    }

    private int LatinNameEnd(ArticleMentions pass, int start)
    {
        var text = pass.Text;
        var tokens = text.Tokens;
        if (!IsCapitalised(text, start) || titles.NameStops.Contains(tokens[start].Normalized)) return start;
        var lastName = start;
        for (var j = start + 1; j < tokens.Count && j - start < MaxLatinNameWords; j++)
        {
            var token = tokens[j];
            if (!token.IsWord || text.InQuote(j) != text.InQuote(start) || titles.NameStops.Contains(token.Normalized)) break;
            if (IsCapitalised(text, j) || IsLatinArticleName(token.Normalized)) lastName = j;
            else if (!titles.NameParticles.Contains(token.Normalized)) break;
        }
        return lastName > start ? lastName + 1 : start;
    }

    private static bool IsCapitalised(AnalyzedText text, int token)
    {
        var c = text.Text[text.Tokens[token].Start];
        return char.IsUpper(c) && !Tokenizer.IsArabic(text.Tokens[token].Normalized);
    }

    /// <summary>
    /// The title right before a name: walks back over title words (heads, qualifiers, nationalities, words pointing back,
    /// Arabic definite words, and actors named inside the title) to the first head. Returns its token (or -1) and the
    /// affiliation the title gives.
    /// </summary>
    private (int Start, ActorEntry? Affiliation) TitleBefore(ArticleMentions pass, int nameStart)
    {
        var text = pass.Text;
        var arabic = Tokenizer.IsArabic(text.Tokens[nameStart].Normalized);
        var titleStart = -1;
        ActorEntry? named = null, nationality = null;
        int namedAt = -1, nationalityAt = -1;
        string[]? pointsBackTo = null;
        var walked = nameStart;
        var k = nameStart - 1;
        for (var steps = 0; k >= 0 && steps < MaxTitleWords; steps++)
        {
            if (pass.EndingAt(k + 1) is { } inner)
            {
                if (inner.Actor.Type is "person" or "media" or "source") break;
                if (named is null) { named = inner.Actor; namedAt = inner.FirstToken; }
                walked = inner.FirstToken;
                k = inner.FirstToken - 1;
                continue;
            }
            if (!text.Tokens[k].IsWord || text.InQuote(k) != text.InQuote(nameStart)) break;
            if (titles.IsHead(text, k)) titleStart = k;
            else if (resolver.DemonymAt(text, k) is { } state) { if (nationality is null) { nationality = state; nationalityAt = k; } }
            else if (titles.AnaphorTypes(text, k) is { } types) pointsBackTo ??= types;
            else if (!titles.Qualifiers.ContainsAny(text, k) && !(arabic && IsDefinite(text.Tokens[k].Normalized))) break;
            walked = k;
            k--;
        }
        if (titleStart < 0) return (-1, null);
        // English stacks its qualifiers before the head ("Libyan Interior Minister", "Wagner chief"); Arabic puts them after
        // it (وزير الداخلية الليبي), so there the title opens at its first head.
        if (!arabic) titleStart = walked;
        var affiliation = namedAt >= titleStart ? named
            : nationalityAt >= titleStart ? nationality
            : pointsBackTo is not null ? pass.LastOfType(pointsBackTo, titleStart)
            : null;
        return (titleStart, affiliation);
    }

    // الداخلية، والبناء: an Arabic definite word, possibly behind a conjunction, may qualify a title.
    private static bool IsDefinite(string word)
        => word.StartsWith(Article, StringComparison.Ordinal)
           || (word.Length > 3 && word[0] is '\u0648' or '\u0641' && word.AsSpan(1).StartsWith(Article, StringComparison.Ordinal));
}
