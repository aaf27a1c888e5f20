using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Attribution;

/// <summary>
/// English subjects the dictionary does not know. English names its speakers with any noun phrase ("the senator",
/// "Clinton's campaign", "Ted Cruz", "a spokeswoman for the committee"), so when no mention stands beside a cue the
/// noun phrase itself is read:
/// <list type="bullet">
/// <item>a capitalised name is a newcomer (<see cref="NewActorIds.Person"/>; a body such as "the White House" gets the same
/// id scheme with type organisation), and its last word names the same newcomer later in the article;</item>
/// <item>he/she is the last fitting person, else an unnamed source; I/we/you are an unnamed source; the pronoun itself is
/// the source span;</item>
/// <item>any other noun phrase is an unnamed source, or "source:" + the actor it names ("a Kremlin spokesman").</item>
/// </list>
/// The walk is a few set lookups per word of the phrase (at most <see cref="MaxSubjectWords"/>), done only at cues.
/// </summary>
public sealed partial class StatementFinder
{
    private const int MaxSubjectWords = 7;
    private const int AppositionWindow = 30;
    private const string UnnamedSourceId = "unnamed-source";

    private readonly ActorEntry _unnamed;

    /// <summary>A cue word that is a noun or an infinitive here ("the report", "his support", "declined to say"), not a verb.</summary>
    private bool IsNominalUse(AnalyzedText text, CueMatch cue, int sentenceFirst)
    {
        if (cue.Cue.Kind != CueKind.Verb) return false;
        // A verb with nothing before it in its sentence has no subject: "Reports indicate …" is a noun. A passive cue
        // opening its sentence ("Asked whether …, Ryan said …") reports a question put by someone unnamed.
        if (cue.FirstToken <= sentenceFirst) return !IsOpeningPassive(text, cue, sentenceFirst);
        var before = text.Tokens[cue.FirstToken - 1];
        if (!before.IsWord) return false;
        var word = before.Normalized;
        // A passive ("was thought", "is seen as") reports nobody's words by its subject; a few passives report someone
        // else's ("was asked whether", "is widely expected to"), read by PassiveSpeaker.
        if (IsBeforeBe(text, cue, sentenceFirst)) return cue.Cue.Lemma is not ("is expected") && !_cues.IsPassiveCue(text.Tokens[cue.FirstToken].Normalized);
        if (word is "to" or "of" or "for" or "the" or "a" or "an") return true;
        if (_cues.IsDeterminer(word) && word is not ("some" or "many" or "most" or "few" or "both" or "all" or "others" or "one" or "two" or "three" or "four" or "five" or "several" or "top" or "senior" or "former" or "new" or "more" or "that"))
            return true;
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal);
    }

    // "was asked", "is widely expected", "were not asked": a form of be (or get) before the cue, past one adverb.
    private bool IsBeforeBe(AnalyzedText text, CueMatch cue, int sentenceFirst)
    {
        if (cue.FirstToken <= sentenceFirst) return false;
        var word = text.Tokens[cue.FirstToken - 1].Normalized;
        var verbBefore = word;
        if (_cues.IsAuxiliary(word) || word.EndsWith("ly", StringComparison.Ordinal) || word is "once" or "not" or "widely")
            verbBefore = cue.FirstToken - 2 >= sentenceFirst ? text.Tokens[cue.FirstToken - 2].Normalized : "";
        return verbBefore is "is" or "was" or "were" or "are" or "be" or "been" or "being" or "get" or "got";
    }

    // "Asked whether …, Ryan said": a passive cue as the sentence's first word, with words after it.
    private bool IsOpeningPassive(AnalyzedText text, CueMatch cue, int sentenceFirst)
        => cue.FirstToken == sentenceFirst && cue.Cue.Kind == CueKind.Verb && cue.EndToken == cue.FirstToken + 1
           && _cues.IsPassiveCue(text.Tokens[cue.FirstToken].Normalized) && cue.EndToken < text.Tokens.Count && text.Tokens[cue.EndToken].IsWord;

    /// <summary>
    /// "Rubio was asked by the moderator whether …", "Trump is expected to win": the subject of a passive cue is who was
    /// asked or what is expected, not who speaks. The speaker is the agent after "by", else unnamed, with no source span.
    /// </summary>
    private bool PassiveSpeaker(ArticleState state, Frame frame, Sentence sentence)
    {
        var text = state.Text;
        var cue = frame.Cue;
        var passive = cue.Cue.Lemma is "is expected" || IsOpeningPassive(text, cue, sentence.FirstToken)
                      || (_cues.IsPassiveCue(text.Tokens[cue.FirstToken].Normalized) && IsBeforeBe(text, cue, sentence.FirstToken));
        if (!passive) return false;
        frame.Speaker = _unnamed;
        frame.Subject = SubjectKind.Elided;
        frame.Source = null;
        if (cue.EndToken + 1 < sentence.EndToken && text.Tokens[cue.EndToken].Normalized == "by" && !text.InQuote(cue.EndToken))
        {
            if (state.MentionStartingAt(cue.EndToken + 1) is { } agent && !text.InQuote(agent.FirstToken))
            {
                frame.NamedBy(agent);
                frame.After = agent.EndToken;
            }
            else NounPhraseAfter(state, frame, cue.EndToken + 1, sentence.EndToken);
        }
        return true;
    }

    private const int MaxLabelWords = 5;
    private const int MinLabelledWords = 3;
    private static readonly ReportingCue LabelCue = new(":", CueKind.Verb, CueRole.Speech, null, [":"]);

    /// <summary>
    /// An English sentence that opens with a speaker's name and a colon and has no cue of its own: a headline ("Reid:
    /// 'Never underestimate Trump.'", "Poll: Clinton leads in Ohio") or a transcript turn ("Matthews: Well, …"). The
    /// colon is the cue, the words after it the content. Labels that name no speaker (Update:, Watch:) are listed in
    /// the data as <c>label_stops</c>.
    /// </summary>
    private AttributedStatement? LabelledStatement(ArticleState state, Sentence sentence)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        var first = sentence.FirstToken;
        if (!tokens[first].IsWord || Tokenizer.IsArabic(tokens[first].Normalized) || !IsCapitalised(text, first) || text.InQuote(first)) return null;
        var colon = -1;
        var words = 0;
        for (var i = first; i < sentence.EndToken && words <= MaxLabelWords; i++)
        {
            var token = tokens[i];
            if (token.IsWord) { words++; continue; }
            if (token.Normalized == ":") { colon = i; break; }
            // "Sen.", "U.S.", "Clinton's": dots of abbreviations may sit inside the name.
            if (token.Normalized != "." || i == first || tokens[i - 1].End != token.Start) return null;
        }
        if (colon < 0 || words == 0 || words > MaxLabelWords) return null;
        // A name: every word capitalised ("One conclusion:", "At issue:" are the outlet's own framing).
        for (var i = first; i < colon; i++)
            if (tokens[i].IsWord && (_cues.IsLabelStop(tokens[i].Normalized) || !(IsCapitalised(text, i) || _cues.IsNameParticle(tokens[i].Normalized) || tokens[i].Normalized == "of")))
                return null;
        var contentFirst = SkipPunctuation(text, colon + 1, sentence.EndToken);
        var contentEnd = TrimEnd(text, contentFirst, sentence.EndToken);
        // A few words after the label are a list entry or a tally ("Clinton: 1,769"), not something said.
        var contentWords = 0;
        for (var i = contentFirst; i < contentEnd && contentWords < MinLabelledWords; i++)
            if (tokens[i].IsWord && !char.IsDigit(tokens[i].Normalized[0])) contentWords++;
        if (contentWords < MinLabelledWords) return null;

        var frame = new Frame(new CueMatch(LabelCue, colon, colon + 1)) { Start = first, After = colon + 1 };
        if (state.MentionStartingAt(first) is { } named && named.EndToken == colon)
            frame.NamedBy(named);
        else if (!NameSubject(state, frame, first, colon, first, colon))
            return null;
        if (frame.Speaker is null) return null;
        var (content, kind) = Describe(text, contentFirst, contentEnd);
        return new AttributedStatement(frame.Speaker, frame.Source, frame.Cue, text.SpanOf(colon, colon), contentFirst, contentEnd, content, kind, sentence, null);
    }

    // "privately", "broadly": a lower-case word in -ly of some length (not "rally", "family", "Italy").
    private static bool IsAdverb(AnalyzedText text, int token)
    {
        var word = text.Tokens[token].Normalized;
        return word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !char.IsUpper(text.Text[text.Tokens[token].Start])
               && word is not ("family" or "rally" or "ally" or "supply" or "assembly" or "july" or "italy");
    }

    /// <summary>
    /// "Trump left the stage, saying …": an English participle that opens its own frame speaks for the clause's subject,
    /// the sentence's first phrase: a mention or a pronoun there is the speaker and the source.
    /// </summary>
    private bool ClauseSubject(ArticleState state, Frame frame, Sentence sentence)
    {
        var text = state.Text;
        var first = sentence.FirstToken;
        while (first < frame.Cue.FirstToken && !text.Tokens[first].IsWord) first++;
        if (first >= frame.Cue.FirstToken || text.InQuote(first)) return false;
        // "On Saturday, Trump issued a statement saying …": an opening adjunct ends at its comma.
        if (_cues.IsAdjunct(text.Tokens[first].Normalized))
            for (var i = first + 1; i < frame.Cue.FirstToken && i <= first + 6; i++)
                if (text.Tokens[i].Normalized == ",") { first = i + 1; break; }
        if (first >= frame.Cue.FirstToken) return false;
        // "But Trump …", "And he …": a conjunction opening the sentence.
        if (text.Tokens[first].Normalized is "but" or "and" or "yet" or "still" or "so" && first + 1 < frame.Cue.FirstToken) first++;
        if (state.MentionStartingAt(first) is { Actor.Type: not "media" } subject && subject.EndToken <= frame.Cue.FirstToken)
        {
            frame.NamedBy(subject);
            frame.Speaker = Referent(state, subject);
            return true;
        }
        if (PronounSpeaker(state, first) is { } speaker)
        {
            frame.PronounFor(speaker, text.SpanOf(first, first));
            return true;
        }
        return false;
    }

    /// <summary>"is promising to …", "was urging": a participle after a form of be is the clause's finite verb, not an adjunct.</summary>
    private static bool IsProgressive(AnalyzedText text, CueMatch cue, int sentenceFirst)
        => cue.Cue.Kind == CueKind.Participle && cue.FirstToken > sentenceFirst
           && text.Tokens[cue.FirstToken - 1].Normalized is "is" or "are" or "was" or "were" or "am" or "been" or "be";

    /// <summary>"declined to comment", "urged Congress to act": after a cue that takes an infinitive, "to" and a word open the content.</summary>
    private bool OpensInfinitive(AnalyzedText text, Frame frame, int at, int stop)
    {
        if (at + 1 >= stop || text.Tokens[at].Normalized != "to" || !text.Tokens[at + 1].IsWord) return false;
        var next = text.Tokens[at + 1].Normalized;
        if (_cues.IsDeterminer(next) || char.IsUpper(text.Text[text.Tokens[at + 1].Start])) return false;
        for (var i = frame.Cue.FirstToken; i < frame.Cue.EndToken; i++)
            if (_cues.TakesInfinitive(text.Tokens[i].Normalized)) return true;
        return frame.Participle is { } participle && _cues.TakesInfinitive(text.Tokens[participle.FirstToken].Normalized);
    }

    /// <summary>
    /// "Jane Doe, who ran the campaign, said" is handled as an apposition; here the cue's own subject is the relative
    /// pronoun ("… Jane Doe, who said the race was close"): the speaker is the phrase before it, the source is "who".
    /// </summary>
    private bool RelativeSubject(ArticleState state, Frame frame, Sentence sentence, int end)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        if (end - 1 <= sentence.FirstToken || tokens[end - 1].Normalized != "who" || text.InQuote(end - 1)) return false;
        var who = end - 1;
        var antecedentEnd = tokens[who - 1].Normalized == "," ? who - 1 : who;
        if (antecedentEnd <= sentence.FirstToken) return false;
        if (state.MentionEndingAt(antecedentEnd) is { } named && !text.InQuote(named.FirstToken))
            frame.Speaker = named.Actor;
        else
        {
            var start = NounPhraseStart(state, sentence, antecedentEnd);
            if (start >= antecedentEnd || !NameSubject(state, frame, start, antecedentEnd, start, antecedentEnd)) return false;
        }
        frame.Subject = SubjectKind.Named;
        frame.Source = text.SpanOf(who, who);
        frame.Start = who;
        return true;
    }

    /// <summary>The English noun phrase that ends at <paramref name="end"/> (exclusive), as the frame's subject.</summary>
    private bool NounPhraseBefore(ArticleState state, Frame frame, Sentence sentence, int end)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        if (end <= sentence.FirstToken) return false;
        // "Others, however, say": a short lower-case aside between commas stands between the subject and its cue.
        if (tokens[end - 1].Normalized == "," && ParentheticalStart(text, sentence, end - 1) is var aside and >= 0
            && (_cues.IsAsideOpener(tokens[aside + 1].Normalized) || IsAdverb(text, aside + 1)))
            end = aside;
        if (tokens[end - 1].Normalized == ",")
        {
            // "Jane Doe, a former aide, said" / "Jane Doe, who ran the campaign, said": the phrase before the apposition.
            // The apposition may hold commas of its own ("Mr. Slinker, whose start-up, Paradata, sells data, said"): each
            // comma back from the cue is tried until one closes a name.
            for (var comma = end - 2; comma > sentence.FirstToken && comma > end - AppositionWindow; comma--)
            {
                var token = tokens[comma];
                if (token.Kind == TokenKind.Quote || text.InQuote(comma) || (token.IsSentenceEnd && !IsAbbreviationDot(text, comma))) return false;
                if (token.Normalized != "," || !(LooksLikeApposition(text, comma + 1) || OpensSentenceWithName(state, sentence, comma))) continue;
                if (state.MentionEndingAt(comma) is { } known && !text.InQuote(known.FirstToken))
                {
                    frame.NamedBy(known);
                    frame.Start = known.FirstToken;
                    return true;
                }
                var first = NounPhraseStart(state, sentence, comma);
                if (first >= comma) continue;
                // "Her campaign manager, Robby Mook, said": the apposition is the name.
                if (!IsCapitalised(text, comma - 1))
                {
                    if (IsNameRun(text, comma + 1, end - 1) && NameSubject(state, frame, comma + 1, end - 1, first, end - 1)) return true;
                    continue;
                }
                return NameSubject(state, frame, first, comma, first, comma);
            }
            return false;
        }
        var start = NounPhraseStart(state, sentence, end);
        if (start >= end) return false;
        return NameSubject(state, frame, start, end, start, end);
    }

    // The comma that opens ", however," / ", for instance," closing at `comma`, or -1: at most three lower-case words.
    private static int ParentheticalStart(AnalyzedText text, Sentence sentence, int comma)
    {
        for (var i = comma - 1; i > sentence.FirstToken && i >= comma - 4; i--)
        {
            var token = text.Tokens[i];
            if (token.Normalized == ",") return i < comma - 1 && i > sentence.FirstToken ? i : -1;
            if (!token.IsWord || text.InQuote(i) || char.IsUpper(text.Text[token.Start])) return -1;
        }
        return -1;
    }

    // An apposition opens with an article, a possessive, a relative pronoun, a number (an age) or a capital.
    private bool LooksLikeApposition(AnalyzedText text, int at)
    {
        if (at >= text.Tokens.Count || !text.Tokens[at].IsWord) return false;
        var word = text.Tokens[at].Normalized;
        return _cues.IsDeterminer(word) || word is "who" or "whose" or "which" || char.IsDigit(word[0]) || IsCapitalised(text, at) || IsTitle(text, at);
    }

    // Reads back from `end` over the words a subject may have; stops at clause breaks, quotes and stop words.
    private int NounPhraseStart(ArticleState state, Sentence sentence, int end)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        var start = end;
        var words = 0;
        while (start - 1 >= sentence.FirstToken && words < MaxSubjectWords)
        {
            var i = start - 1;
            var token = tokens[i];
            if (text.InQuote(i)) break;
            if (token.IsWord)
            {
                var word = token.Normalized;
                if (_cues.IsSubjectStop(word) || _cues.IsComplementizer(word) || (_cues.IsAdjunct(word) && !_cues.IsDeterminer(word))) break;
                if (_cues.IsAuxiliary(word) && start == end) break;
                // Left of a name, a plain lower-case word belongs to something else ("Obama offered …").
                if (start < end && IsCapitalised(text, start) && !IsCapitalised(text, i) && !_cues.IsDeterminer(word) && !IsTitle(text, i)
                    && !_cues.IsNameParticle(word) && word is not ("of" or "for")) break;
                words++;
                start = i;
                if (_cues.IsDeterminer(word)) break;
                continue;
            }
            // "Sen.", "U.S.": a dot glued to a short word.
            if (token.Normalized == "." && i > sentence.FirstToken && tokens[i - 1].IsWord && tokens[i - 1].End == token.Start && tokens[i - 1].Normalized.Length <= 4 && start < end)
            {
                start = i;
                continue;
            }
            break;
        }
        while (start < end && !tokens[start].IsWord) start++;
        return start;
    }

    /// <summary>The English noun phrase that starts at <paramref name="from"/> ("said Sen. Ted Cruz", "according to a new poll").</summary>
    /// <param name="inverted">An inverted subject ("…, said the senator") ends its clause: a phrase followed by a verb
    /// ("…, say a recalibration is overdue") is the content's subject, not the speaker.</param>
    private bool NounPhraseAfter(ArticleState state, Frame frame, int from, int stop, bool inverted = false)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        var at = from;
        while (at < stop && tokens[at].Kind == TokenKind.Punctuation && tokens[at].Normalized is not ("," or "." or ":" or ";")) at++;
        var end = at;
        var words = 0;
        var lastCapital = -1;
        while (end < stop && words < MaxSubjectWords)
        {
            var token = tokens[end];
            if (text.InQuote(end)) break;
            if (token.IsWord)
            {
                var word = token.Normalized;
                if (_cues.IsSubjectStop(word) || _cues.IsComplementizer(word) || _cues.IsAuxiliary(word) || (_cues.IsAdjunct(word) && end > at)) break;
                if (end > at && _cues.TryMatch(text, end, stop, out _)) break;
                if (IsCapitalised(text, end)) lastCapital = end;
                words++;
                end++;
                continue;
            }
            if (token.Normalized == "." && end > at && tokens[end - 1].End == token.Start && tokens[end - 1].Normalized.Length <= 4
                && end + 1 < stop && tokens[end + 1].IsWord && IsCapitalised(text, end + 1))
            {
                end++;
                continue;
            }
            break;
        }
        if (end <= at) return false;
        if (inverted && end < stop && tokens[end].IsWord && (_cues.IsAuxiliary(tokens[end].Normalized) || IsFormOfBe(tokens[end].Normalized))) return false;
        // The name ends at its last capitalised word ("said Ted Cruz in Iowa" reads up to "Cruz" only when "in" stops it;
        // "according to Ted Cruz's campaign" keeps the head noun).
        var headEnd = end;
        if (lastCapital >= 0 && IsCapitalised(text, at) && lastCapital + 1 < end && !tokens[lastCapital].Normalized.EndsWith("'s", StringComparison.Ordinal))
            headEnd = lastCapital + 1;
        // "Jane Doe, a nurse, said she hopes …" / "…, said Trump misjudged …": a subject with more of its clause after it
        // opens the content; an inverted subject ends its clause ("…," said he.).
        if (inverted && !EndsInvertedSubject(text, headEnd, stop)) return false;
        if (!NameSubject(state, frame, at, headEnd, at, headEnd)) return false;
        frame.After = Math.Max(frame.After, headEnd);
        return true;
    }

    private bool IsPronoun(string word) => _cues.IsPersonPronoun(word) || _cues.IsGroupPronoun(word) || _cues.IsOtherPronoun(word);

    /// <summary>
    /// "…," said Lavrov / "…," said Lavrov on Monday: a known actor or a pronoun right after an inverted cue is its subject
    /// only when the clause ends there (or goes on with a circumstance, a title or "of"). "Jane Doe, 35, said Trump is
    /// wrong" / "…, said she hopes …": a name or pronoun followed by more of its clause is the content's own subject.
    /// </summary>
    private bool InvertedSubjectAfter(ArticleState state, Frame frame, int from, int stop)
    {
        var text = state.Text;
        var at = SkipTitles(state, from, stop);
        var end = state.MentionStartingAt(at) is { } named ? named.EndToken : at + 1;
        return (at >= stop || EndsInvertedSubject(text, end, stop)) && SubjectAfter(state, frame, from, stop);
    }

    // What may follow an inverted subject: the clause's end, a circumstance (on Friday), a title, "of", a capital.
    private bool EndsInvertedSubject(AnalyzedText text, int end, int stop)
    {
        // '…, said he "appreciates …"': a quotation right after the subject is its content.
        if (end < stop && text.Tokens[end].Kind == TokenKind.Quote && text.QuoteOpeningAt(end) is not null) return false;
        if (end >= stop || !text.Tokens[end].IsWord || text.InQuote(end)) return true;
        var next = text.Tokens[end].Normalized;
        return _cues.IsAdjunct(next) || IsTitle(text, end) || _cues.IsNameParticle(next) || next is "of" or "for" or "who" || IsCapitalised(text, end);
    }

    // "Ngozi Okafor, program director of the forum, said": a short capitalised name that opens the sentence, then a comma.
    private bool OpensSentenceWithName(ArticleState state, Sentence sentence, int comma)
    {
        var text = state.Text;
        var first = sentence.FirstToken;
        while (first < comma && !text.Tokens[first].IsWord) first++;
        if (first >= comma || comma - first > 4 || text.InQuote(first)) return false;
        for (var i = first; i < comma; i++)
        {
            var word = text.Tokens[i].Normalized;
            if (!IsCapitalised(text, i) || _cues.IsAdjunct(word) || _cues.IsAsideOpener(word) || _cues.IsDeterminer(word) || _cues.IsSubjectStop(word)) return false;
        }
        return true;
    }

    /// <summary>Makes the speaker of the phrase [first, end) with its source span [spanFirst, spanEnd).</summary>
    private bool NameSubject(ArticleState state, Frame frame, int first, int end, int spanFirst, int spanEnd)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        // "the head of the committee", "a spokesman for Cruz": the head noun comes before of/for.
        var headEnd = end;
        for (var i = first + 1; i < end; i++)
            if (tokens[i].Normalized is "of" or "for") { headEnd = i; break; }
        var head = headEnd - 1;
        while (head > first && !tokens[head].IsWord) head--;
        if (!tokens[head].IsWord) return false;
        var word = tokens[head].Normalized;

        if (head == first && headEnd == end)
        {
            if (_cues.IsPersonPronoun(word) || _cues.IsGroupPronoun(word) || _cues.IsOtherPronoun(word))
            {
                var speaker = PronounSpeaker(state, head) ?? _unnamed;
                if (_cues.IsOtherPronoun(word)) speaker = _unnamed;
                frame.PronounFor(speaker, text.SpanOf(head, head));
                frame.Start = head;
                return true;
            }
        }
        if (_cues.IsDeterminer(word) || _cues.IsSubjectStop(word)) return false;

        ActorEntry actor;
        if (IsCapitalised(text, head) && !(head == first && IsSentenceInitial(text, head) && IsCommonAtStart(word) && !state.IsNameElsewhere(head)))
        {
            // The capitalised run that ends at the head, without its titles and determiners.
            var nameFirst = head;
            while (nameFirst - 1 >= first && (IsCapitalised(text, nameFirst - 1) || _cues.IsNameParticle(tokens[nameFirst - 1].Normalized)
                                              || tokens[nameFirst - 1].Normalized == "." || IsInitial(tokens[nameFirst - 1].Normalized)))
                nameFirst--;
            var opensWithThe = nameFirst > first && tokens[nameFirst - 1].Normalized == "the";
            while (nameFirst < head && (!tokens[nameFirst].IsWord || IsTitle(text, nameFirst) || _cues.IsDeterminer(tokens[nameFirst].Normalized)))
            {
                if (tokens[nameFirst].Normalized == "the") opensWithThe = true;
                nameFirst++;
            }
            if (!tokens[nameFirst].IsWord || IsTitle(text, head) && nameFirst == head && !IsCapitalised(text, head)) return false;
            var organisation = opensWithThe || _cues.IsOrganisationHead(word) || IsAcronym(text, head);
            actor = state.Newcomer(text, nameFirst, head + 1, organisation ? "organisation" : "person");
        }
        else if (MentionInside(state, first, end) is { } named)
        {
            // "a Kremlin spokesman", "Clinton's campaign": someone speaking for a known actor.
            actor = named.Type is "source" or "media" ? named : state.SourceFor(named);
        }
        else
        {
            actor = _unnamed;
        }
        frame.Speaker = actor;
        frame.Subject = SubjectKind.Named;
        frame.Source = text.SpanOf(spanFirst, spanEnd - 1);
        frame.Start = Math.Min(frame.Start, spanFirst);
        return true;
    }

    private static ActorEntry? MentionInside(ArticleState state, int first, int end)
    {
        foreach (var mention in state.Mentions)
        {
            if (mention.FirstToken >= end) break;
            if (mention.FirstToken >= first && mention.EndToken <= end) return mention.Actor;
        }
        return null;
    }

    private static bool IsSentenceInitial(AnalyzedText text, int token)
    {
        if (token == 0) return true;
        var before = text.Tokens[token - 1];
        return before.Kind == TokenKind.Quote || before.IsSentenceEnd || before.Normalized is ":" or "(" or "-" or "\u2014";
    }

    // At a sentence's start a capital says nothing: "Officials said", "Critics argue". A plural common noun is no name.
    private bool IsCommonAtStart(string word)
        => _cues.IsDeterminer(word) || (word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != '\'' && !_cues.IsOrganisationHead(word));

    // "Mr.", "D.C.": a dot glued to a short word, which ends no sentence.
    private static bool IsAbbreviationDot(AnalyzedText text, int token)
        => token > 0 && text.Tokens[token].Normalized == "." && text.Tokens[token - 1].IsWord && text.Tokens[token - 1].End == text.Tokens[token].Start
           && text.Tokens[token - 1].Normalized.Length <= 3;

    // Capitalised words only (and the dots of "Jr."), at most a name's length.
    private static bool IsNameRun(AnalyzedText text, int first, int end)
    {
        if (end <= first || end - first > MaxSubjectWords) return false;
        for (var i = first; i < end; i++)
            if (!(IsCapitalised(text, i) || text.Tokens[i].Normalized == ".")) return false;
        return true;
    }

    private static bool IsFormOfBe(string word) => word is "is" or "are" or "was" or "were" or "am" or "be" or "been";

    private static bool IsInitial(string word) => word.Length == 1 && char.IsAsciiLetter(word[0]);

    private static bool IsAcronym(AnalyzedText text, int token)
    {
        var t = text.Tokens[token];
        if (t.End - t.Start < 2) return false;
        for (var k = t.Start; k < t.End; k++)
            if (char.IsLower(text.Text[k])) return false;
        return true;
    }

    private static bool IsCapitalised(AnalyzedText text, int token)
    {
        var t = text.Tokens[token];
        return t.IsWord && char.IsUpper(text.Text[t.Start]);
    }
}
