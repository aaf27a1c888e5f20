using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// Finds who is who in analyzed text. At each word, in this order:
/// <list type="number">
/// <item>the longest dictionary phrase over normalized, clitic-stripped tokens: an actor's alias, or an office title
/// resolved to its holder on the article's date ("رئيس حكومة الوفاق" is Sarraj, not the GNA; "the French foreign
/// minister" is Le Drian in 2019). A name right after a title names the holder, whatever the dates say;</item>
/// <item>an unnamed speaker (see <see cref="UnnamedSourceFinder"/>), when it reaches further than the dictionary phrase;</item>
/// <item>a person the dictionary lacks, introduced by a title (see <see cref="NewcomerFinder"/>);</item>
/// <item>the last word of a person's full name met earlier in the article ("حفتر" after "خليفة حفتر").</item>
/// </list>
/// Work per token is a few dictionary probes; per-article memory is only what the article introduces.
/// </summary>
public sealed class ActorResolver
{
    private readonly PhraseMatcher<NameSense> _senses = new();
    private readonly Dictionary<string, ActorEntry> _demonyms = new(StringComparer.Ordinal);
    // Whether any reading of a word is a nationality adjective: asked at nearly every word (Step, title walks).
    private readonly WordMemo _isDemonym = new();
    private readonly TitleLexicon _titles;
    private readonly SourceLexicon _sources;
    private readonly NewcomerFinder _newcomers;
    private readonly UnnamedSourceFinder _unnamed;

    /// <summary>A resolver of dictionary names and roles only (no newcomers or unnamed-source phrases).</summary>
    public ActorResolver(ActorDictionary actors) : this(actors, new TitleLexicon(), new SourceLexicon()) { }

    public ActorResolver(ActorDictionary actors, TitleLexicon titles, SourceLexicon sources)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(sources);
        Actors = actors;
        _titles = titles;
        _sources = sources;
        _newcomers = new NewcomerFinder(this, titles);
        _unnamed = new UnnamedSourceFinder(this, sources);

        foreach (var actor in actors.All)
        {
            foreach (var role in actor.Roles)
                foreach (var title in role.Titles)
                {
                    var tokens = AliasTokens(title);
                    if (tokens.Count == 0) continue;
                    var sense = SenseFor(tokens);
                    sense.Role ??= new RoleTitle(title);
                    sense.Role.Add(actor, role);
                }
            foreach (var demonym in actor.Demonyms)
                if (AliasTokens(demonym) is [var single]) _demonyms[single] = actor;
        }
        // Aliases after roles: where both claim the same words, the undated, explicit alias wins.
        foreach (var actor in actors.All)
            foreach (var alias in actor.Aliases)
            {
                var tokens = AliasTokens(alias);
                if (tokens.Count == 0) continue;
                var sense = SenseFor(tokens);
                sense.Actor = actor;
                sense.ShortName = actor.Epithets.Contains(alias) ? null : ShortNameOf(actor, alias, tokens);
            }
    }

    public ActorDictionary Actors { get; }

    /// <summary>An alias as the matcher stores it: its normalized tokens.</summary>
    public static IReadOnlyList<string> AliasTokens(string alias)
        => Tokenizer.Tokenize(alias).Where(t => t.Kind != TokenKind.Quote).Select(t => t.Normalized).ToArray();

    /// <summary>Resolves an undated text: roles go to their latest holder (see <see cref="RoleTitle.UndatedConfidence"/>).</summary>
    public IReadOnlyList<ActorMatch> Resolve(AnalyzedText text) => Resolve(text, null);

    /// <summary>Resolves the mentions of a text published on <paramref name="date"/> (null: undated).</summary>
    public IReadOnlyList<ActorMatch> Resolve(AnalyzedText text, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pass = new ArticleMentions(text, date);
        var tokens = text.Tokens;
        var i = 0;
        while (i < tokens.Count)
            i = tokens[i].IsWord ? Step(pass, i) : i + 1;
        return pass.Matches;
    }

    // Resolves what starts at token i (adding mentions to the pass) and returns the next token to look at.
    private int Step(ArticleMentions pass, int i)
    {
        var text = pass.Text;
        var found = TryMatchSense(pass, i, out var sense, out var length);
        // A phrase that starts one word later and reaches further wins: "the UN envoy" is the envoy, not "the UN".
        if (found && length > 1 && text.Tokens[i + 1].IsWord && TryMatchSense(pass, i + 1, out _, out var later) && i + 1 + later > i + length)
            return i + 1;

        if (!_sources.IsEmpty && (_sources.CanStart(text, i) || (!Tokenizer.IsArabic(text.Tokens[i].Normalized) && DemonymAt(text, i) is not null))
            && _unnamed.Find(pass, i) is { } unnamed && unnamed.EndToken > i + length)
        {
            pass.Add(unnamed);
            return unnamed.EndToken;
        }

        if (found)
        {
            if (sense.Actor is { } actor)
            {
                Add(pass, new ActorMatch(actor, i, i + length, text.SpanOf(i, i + length - 1)), sense.ShortName);
                return i + length;
            }
            if (sense.Role is { } role && ResolveRole(pass, role, i, length) is var next && next > i)
                return next;
        }

        if (!_titles.IsEmpty && _newcomers.FindAfterTitle(pass, i) is var end && end > i)
            return end;

        if (pass.ShortNameAt(i) is { } person)
        {
            pass.Add(new ActorMatch(person, i, i + 1, text.SpanOf(i, i)));
            return i + 1;
        }
        return i + 1;
    }

    /// <summary>
    /// An office title at [i, i+length): its holder on the article's date. A person named right after the title is the
    /// holder (a known one, or a newcomer if the dictionary lacks them). With no holder on that date, the office's owner
    /// stands in at low confidence (the US secretary of state of 2010 still speaks for the US); with no owner either, the
    /// title stays unresolved. Returns the next token, or i when nothing was resolved.
    /// </summary>
    private int ResolveRole(ArticleMentions pass, RoleTitle role, int i, int length)
    {
        var text = pass.Text;
        var after = i + length;
        var span = text.SpanOf(i, after - 1);
        var written = span.Of(text.Text);
        var holder = role.HolderAt(pass.Date, out var confidence);

        if (NamedHolder(pass, role, after) is { } person)
        {
            holder = person;
            confidence = 1.0;
        }
        else if (!_titles.IsEmpty && _newcomers.NameEnd(pass, after) is var nameEnd && nameEnd > after)
        {
            var owner = role.Of is { } ownerId && Actors.TryGet(ownerId, out var office) ? office : null;
            var newcomer = _newcomers.Create(pass, after, nameEnd, written, owner);
            pass.Add(new ActorMatch(newcomer, i, after, span, written));
            _newcomers.AddName(pass, newcomer, after, nameEnd, written);
            return nameEnd;
        }

        if (holder is null && role.Of is { } of && Actors.TryGet(of, out var stateOfOffice))
        {
            holder = stateOfOffice;
            confidence = RoleTitle.OfficeConfidence;
        }
        if (holder is null) return i;
        pass.Add(new ActorMatch(holder, i, after, span, written, confidence));
        return after;
    }

    // A holder of this office named right after its title, or after a comma ("the UN envoy, Ghassan Salame,"). Only a
    // holder counts: in "ووصف الرئيس التركي اللواء المتقاعد خليفة حفتر بالانقلابي" Haftar is the object, not the president.
    private ActorEntry? NamedHolder(ArticleMentions pass, RoleTitle role, int after)
    {
        var tokens = pass.Text.Tokens;
        if (after < tokens.Count && tokens[after].Normalized is "," or "\u060C") after++;
        if (after >= tokens.Count || !TryMatchSense(pass, after, out var named, out _) || named.Actor is not { Type: "person" } person) return null;
        foreach (var (holder, _) in role.Holdings)
            if (holder.Id == person.Id) return person;
        return null;
    }

    private static void Add(ArticleMentions pass, ActorMatch match, string? shortName)
    {
        pass.Add(match);
        if (shortName is not null) pass.RememberShortName(shortName, match.Actor);
    }

    /// <summary>The longest dictionary phrase (alias or title) starting at token <paramref name="start"/>.</summary>
    internal bool TryMatchSense(ArticleMentions pass, int start, out NameSense sense, out int length)
        => _senses.TryMatchLongest(pass.Text, start, pass.Text.Tokens.Count, TokenReadings.NamesThroughPunctuation, out sense, out length);

    /// <summary>The actor a dictionary phrase names in this article: the alias's actor or the title's holder at its date.</summary>
    internal ActorEntry? ActorOf(ArticleMentions pass, NameSense sense)
    {
        if (sense.Actor is not null) return sense.Actor;
        if (sense.Role is null) return null;
        var holder = sense.Role.HolderAt(pass.Date, out _);
        if (holder is null && sense.Role.Of is { } of && Actors.TryGet(of, out var office)) holder = office;
        return holder;
    }

    /// <summary>The state whose nationality adjective this token is (التركي، Turkish), if any.</summary>
    internal ActorEntry? DemonymAt(AnalyzedText text, int token) =>
        _demonyms.Count == 0 ? null : _isDemonym.FirstNameReading(text, token, _demonyms);

    internal bool IsShortNameAllowed(string normalized) => !_titles.NotShortNames.Contains(normalized);

    private NameSense SenseFor(IReadOnlyList<string> tokens)
    {
        var sense = _senses.Get(tokens);
        if (sense is null) _senses.Add(tokens, sense = new NameSense());
        return sense;
    }

    // A person's full name (two words or more) lends its last word as a short name for the rest of the article. Only
    // names, not descriptions ("قوات شرق ليبيا", "eastern forces"): a Latin alias must be all capitalised words, an
    // Arabic one must contain a given name before its last word.
    private string? ShortNameOf(ActorEntry actor, string alias, IReadOnlyList<string> tokens)
    {
        if (actor.Type != "person" || tokens.Count < 2) return null;
        var last = tokens[^1];
        if (!IsShortNameAllowed(last)) return null;
        var written = Tokenizer.Tokenize(alias);
        if (Tokenizer.IsArabic(last))
        {
            for (var k = 0; k < tokens.Count - 1; k++)
                if (_titles.GivenNames.Contains(tokens[k])) return last;
            return null;
        }
        foreach (var token in written)
        {
            if (token.Kind != TokenKind.Word) continue;
            if (!char.IsUpper(alias[token.Start]) && !_titles.NameParticles.Contains(token.Normalized) && !NewcomerFinder.IsLatinArticleName(token.Normalized))
                return null;
        }
        return last;
    }
}
