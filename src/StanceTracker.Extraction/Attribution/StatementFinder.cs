using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Attribution;

/// <summary>
/// Finds who said what, sentence by sentence:
/// <list type="bullet">
/// <item>cues outside quotations open a frame; a participle in the same clause as a verb joins its frame (خاطب X قائلا);</item>
/// <item>the speaker is the subject beside the cue: after it first for Arabic (VSO: وقال الرئيس أردوغان), before it first
/// for English (Lavrov said) and Arabic SVO (موسكو أكدت، السراج فعبر); a pronoun (he said) takes the last fitting speaker;
/// no subject means the previous statement's speaker goes on (وشدد على …، وأضاف "…");</item>
/// <item>a relay's subject is a medium: the speaker is who follows عن (نقلت سبوتنيك عن المسؤول …);</item>
/// <item>the content is the quotation right after the cue, else the أن/that clause, else the rest of the clause, and ends
/// where the next frame begins — so an outer relay whose content is a nested statement is left empty and dropped.</item>
/// </list>
/// </summary>
public sealed partial class StatementFinder
{
    private const int SubjectTitleSkip = 4;
    private const int ComplementizerWindow = 8;
    private const int LinkedParticipleWindow = 12;
    // An apposition about the speaker may hold a relative clause (آمر كتيبة … المكلفة حماية السجن الذي يقبع فيه …).
    private const int ArabicAppositionWindow = 24;

    private readonly CueLexicon _cues;

    public StatementFinder(CueLexicon cues) : this(cues, null) { }

    /// <param name="actors">The dictionary, for its unnamed-source entry (English subjects that name nobody).</param>
    public StatementFinder(CueLexicon cues, ActorDictionary? actors)
    {
        _cues = cues;
        _unnamed = actors is not null && actors.TryGet(UnnamedSourceId, out var unnamed) ? unnamed : new ActorEntry(UnnamedSourceId, "Unnamed source", "source", []);
    }

    /// <param name="headline">Where the article's headline sits in the text, if it starts the text: headlines are no statements
    /// (موسكو تؤكد دعمها … وتدعو إلى هدنة is the outlet's summary, not a report of words).</param>
    public IReadOnlyList<AttributedStatement> Find(AnalyzedText text, IReadOnlyList<ActorMatch> mentions, Span? headline = null)
    {
        var state = new ArticleState(text, mentions);
        var found = new List<AttributedStatement>();
        // English: the statement of the sentence before, which a quotation standing alone may continue, and a frame whose
        // content is still to come ("He added:" + a quotation in the next sentence).
        AttributedStatement? continuable = null;
        Frame? pending = null;
        for (var n = 0; n < text.Sentences.Count; n++)
        {
            var sentence = text.Sentences[n];
            if (IsCaption(text, sentence) || (headline is { } h && text.Tokens[sentence.FirstToken].Start < h.End)) { continuable = null; pending = null; continue; }
            var frames = new List<Frame>();
            foreach (var frame in FindFrames(text, sentence))
            {
                var previous = frames.Count > 0 ? frames[^1] : null;
                ResolveSpeaker(state, sentence, previous, frame);
                if (previous is not null && IsEmbedded(state, sentence, previous, frame)) continue;
                frames.Add(frame);
                // English: "…," said Priebus, though he added …: a pronoun later in the sentence can mean this speaker.
                if (frame.Speaker is { Type: "person" } person && !Tokenizer.IsArabic(text.Tokens[frame.Cue.FirstToken].Normalized))
                    state.Spoke(person, frame.Cue.FirstToken);
            }
            if (frames.Count == 0 && LabelledStatement(state, sentence) is { } labelled)
            {
                // "Kasich: 'We will go all the way.'" in a headline, "Matthews: Well, speculation is bad." in a transcript.
                found.Add(labelled);
                state.Spoke(labelled.Speaker, labelled.Cue.FirstToken);
                continuable = labelled;
                pending = null;
                continue;
            }
            if (frames.Count == 0 && StandaloneQuote(text, sentence) is { } quote)
            {
                if (pending is { Speaker: { } speaker } waiting)
                {
                    // "He added:" / "Trump said." followed by a quotation that no one else is given.
                    var statement = new AttributedStatement(speaker, waiting.Source, waiting.Cue, text.SpanOf(waiting.Cue.FirstToken, waiting.Cue.EndToken - 1),
                        sentence.FirstToken, sentence.EndToken, Inner(text, quote), StatementKind.Direct, sentence, waiting.Addressee);
                    found.Add(statement);
                    state.Spoke(speaker, waiting.Cue.FirstToken);
                    continuable = statement;
                    pending = null;
                    continue;
                }
                if (continuable is { } last && last.Content.End < quote.End)
                {
                    // "'We will win,' he said. 'And we will win big.'": the quotation goes on with the same speaker.
                    found[^1] = last with
                    {
                        ContentEnd = sentence.EndToken,
                        Content = new Span(last.Content.Start, Inner(text, quote).End),
                        Kind = last.Kind == StatementKind.Indirect ? StatementKind.Mixed : last.Kind,
                    };
                    continuable = found[^1];
                    continue;
                }
            }
            continuable = null;
            pending = null;
            for (var k = 0; k < frames.Count; k++)
            {
                if (frames[k].IsAct) continue;
                var attribution = BuildContent(state, sentence, frames, k);
                // ونقلت وكالة سبوتنيك عن المسؤول الليبي أن موسكو أكدت …: the relay's content is the next frame, whose
                // speaker is reached through the relay's medium and speaker (outermost first).
                if (attribution is null && frames[k].Cue.Cue.Kind == CueKind.Relay && frames[k].Speaker is { } relayed && k + 1 < frames.Count)
                    frames[k + 1].Via = [.. frames[k].Via, .. frames[k].Medium is { } m ? [m] : Array.Empty<ActorEntry>(), relayed];
                if (attribution is null)
                {
                    if (k == frames.Count - 1 && frames[k].Speaker is not null && !Tokenizer.IsArabic(text.Tokens[frames[k].Cue.FirstToken].Normalized)
                        && frames[k].After >= TrimEnd(text, frames[k].After, sentence.EndToken))
                        pending = frames[k];
                    continue;
                }
                found.Add(attribution);
                state.Spoke(attribution.Speaker, attribution.Cue.FirstToken);
                if (k == frames.Count - 1 && !Tokenizer.IsArabic(text.Tokens[attribution.Cue.FirstToken].Normalized) && found.Count > 0 && ReferenceEquals(found[^1], attribution))
                    continuable = attribution;
            }
        }
        return found;
    }

    // A sentence that is one quotation and nothing else (its closing stop may sit outside the marks).
    private static Span? StandaloneQuote(AnalyzedText text, Sentence sentence)
    {
        var tokens = text.Tokens;
        if (tokens[sentence.FirstToken].Kind != TokenKind.Quote || text.QuoteOpeningAt(sentence.FirstToken) is not { } quote) return null;
        if (Tokenizer.IsArabic(tokens[Math.Min(sentence.FirstToken + 1, sentence.EndToken - 1)].Normalized)) return null;
        var end = TokenEndOf(text, quote);
        for (var i = end; i < sentence.EndToken; i++)
            if (tokens[i].Kind != TokenKind.Punctuation) return null;
        return quote;
    }

    // "[ caption text - agency ]" under a photo describes the picture; nobody says it.
    private static bool IsCaption(AnalyzedText text, Sentence sentence)
        => text.Tokens[sentence.FirstToken].Normalized == "[" && text.Tokens[sentence.EndToken - 1].Normalized == "]";

    private List<Frame> FindFrames(AnalyzedText text, Sentence sentence)
    {
        var frames = new List<Frame>();
        var t = sentence.FirstToken;
        while (t < sentence.EndToken)
        {
            if (text.InQuote(t) || !_cues.TryMatch(text, t, sentence.EndToken, out var cue)) { t++; continue; }
            if (!Tokenizer.IsArabic(text.Tokens[t].Normalized) && IsNominalUse(text, cue, sentence.FirstToken)) { t = cue.EndToken; continue; }
            if (IsProgressive(text, cue, sentence.FirstToken)) cue = cue with { Cue = cue.Cue with { Kind = CueKind.Verb } };
            if (Tokenizer.IsArabic(text.Tokens[t].Normalized) && cue.Cue.Kind != CueKind.Source && t > sentence.FirstToken
                && (_cues.IsRelativeBeforeCue(text.Tokens[t - 1].Normalized)
                    || (text.Tokens[t - 1].Normalized == "\u0641\u064A\u0645\u0627" && text.Tokens[t].Normalized.EndsWith('\u0647'))))
            { t = cue.EndToken; continue; }
            var previous = frames.Count > 0 ? frames[^1] : null;
            // A verb right after a cue is its object, not a new report ("فعبر عن شكره": شكره is the thanks expressed).
            if (previous is not null && cue.Cue.Kind != CueKind.Participle && cue.FirstToken == (previous.Participle?.EndToken ?? previous.Cue.EndToken))
            {
                t = cue.EndToken;
                continue;
            }
            if (cue.Cue.Kind == CueKind.Participle && previous is { Participle: null } && SameClause(text, previous.Cue.EndToken, cue.FirstToken))
                previous.Participle = cue;
            else
                // رفض الحضور: kept as a frame, since its subject is the subject of what follows (وقالوا …), but no statement.
                frames.Add(new Frame(cue) { IsAct = _cues.IsRefusalOfAct(text, cue) });
            t = cue.EndToken;
        }
        return frames;
    }

    // A participle joins the verb before it when nothing but words lie between (no comma, quote or complementizer).
    private bool SameClause(AnalyzedText text, int from, int to)
    {
        if (to - from > LinkedParticipleWindow) return false;
        for (var i = from; i < to; i++)
        {
            var token = text.Tokens[i];
            if (!token.IsWord || _cues.IsComplementizer(token.Normalized) || _cues.IsPronounComplementizer(token.Normalized)) return false;
        }
        return true;
    }

    /// <summary>
    /// A cue inside the content of the frame before it, without a subject of its own, is part of that content:
    /// "The Kremlin said it rejects …", "أعلنت الأمم المتحدة أنها ترحب …", "أعلنت موسكو رفضها …". A cue after a comma or
    /// a conjunction (", وقال", "and condemned") starts a new statement, as does one with its own named subject
    /// ("… عن المسؤول الليبي أن موسكو أكدت …").
    /// </summary>
    private bool IsEmbedded(ArticleState state, Sentence sentence, Frame previous, Frame frame)
    {
        var text = state.Text;
        var cue = frame.Cue;
        if (cue.FirstToken <= previous.After) return true;
        if (cue.Cue.Kind == CueKind.Participle) return false;
        var before = text.Tokens[cue.FirstToken - 1];
        var english = !Tokenizer.IsArabic(text.Tokens[cue.FirstToken].Normalized);
        // English: a pronoun subject after a clause break starts a new report too (", he maintained that …").
        var subjectFirst = (frame.Subject == SubjectKind.Named || (english && frame.Subject == SubjectKind.Pronoun)) && frame.Start < cue.FirstToken
            ? frame.Start : cue.FirstToken;
        // English: "… but has since said …": look past the auxiliaries between the conjunction and the cue.
        while (english && subjectFirst - 1 > previous.After && text.Tokens[subjectFirst - 1].IsWord && _cues.IsAuxiliary(text.Tokens[subjectFirst - 1].Normalized))
            subjectFirst--;
        var lead = subjectFirst > 0 ? text.Tokens[subjectFirst - 1] : before;
        if (lead.IsClauseBreak || lead.Kind == TokenKind.Quote || lead.Normalized is "and" or "but" or "then" or "though" or "although" or "yet") return false;
        // English: "Ramos said Trump has not replied": a subject right where the content begins (after an optional
        // "that", and with the titles it carries: "said Democratic candidate Jane Doe had said") is the content's own,
        // not a second report.
        if (english && previous.Cue.Cue.Kind != CueKind.Relay && frame.Subject == SubjectKind.Named)
        {
            var phraseFirst = subjectFirst > previous.After ? NounPhraseStart(state, sentence, subjectFirst) : subjectFirst;
            foreach (var first in (ReadOnlySpan<int>)[subjectFirst, phraseFirst])
                if (first == previous.After || (first == previous.After + 1 && _cues.IsComplementizer(text.Tokens[previous.After].Normalized)))
                    return true;
        }
        var word = text.Tokens[cue.FirstToken].Normalized;
        var conjoined = word.Length > 2 && word[0] is '\u0648' or '\u0641' && _cues.Lookup(word) is null;
        if (frame.Subject != SubjectKind.Named && conjoined) return false;
        // "… وأوضح الثني أن …": a conjoined verb with its subject after it opens a new report, even by the same speaker.
        if (conjoined && frame.Subject == SubjectKind.Named && frame.Start == cue.FirstToken) return false;
        // A named subject inside the content starts a nested statement (… عن المسؤول الليبي أن موسكو أكدت …) unless it is
        // the speaker's own camp ("Erdogan said Turkey rejects …" stays Erdogan's).
        if (frame.Subject == SubjectKind.Named)
            return previous.Speaker is { } outer && frame.Speaker is { } inner && ActorDictionary.SameCampOf(outer, inner);
        return true;
    }

    // وتدعو، وأكد: the cue with a conjunction attached (a cue that itself starts with و, such as وصف, is not).
    private bool IsConjoinedCue(string word) => word.Length > 2 && word[0] == '\u0648' && _cues.Lookup(word) is null;

    private void ResolveSpeaker(ArticleState state, Sentence sentence, Frame? previousFrame, Frame frame)
    {
        var text = state.Text;
        var cue = frame.Cue;
        var arabic = Tokenizer.IsArabic(text.Tokens[cue.FirstToken].Normalized);
        frame.After = cue.EndToken;
        frame.Start = cue.FirstToken;

        if (!arabic && cue.Cue.Kind == CueKind.Verb && PassiveSpeaker(state, frame, sentence)) return;
        switch (cue.Cue.Kind)
        {
            case CueKind.Relay:
            {
                // The medium may be named between the cue and عن (ونقلت وكالة "سبوتنيك" عن …).
                var from = cue.EndToken;
                for (var i = cue.EndToken; i < Math.Min(sentence.EndToken, cue.EndToken + 8); i++)
                    if (text.Tokens[i].IsWord && !text.InQuote(i) && _cues.IsRelayMarker(text.Tokens[i].Normalized)) { from = i + 1; break; }
                // The medium between the cue and عن is the outer link of the reporting chain.
                for (var i = cue.EndToken; i < from; i++)
                    if (state.MentionStartingAt(i) is { Actor.Type: "media" } medium) { frame.Medium = medium.Actor; break; }
                SubjectAfter(state, frame, from, sentence.EndToken);
                // "نقلت رويترز أن …" with nobody after عن: the medium reports in its own voice, which is no one's statement.
                if (frame.Speaker is { Type: "media" }) frame.Speaker = null;
                break;
            }
            case CueKind.Source:
                if (!SubjectAfter(state, frame, cue.EndToken, sentence.EndToken))
                {
                    if (!arabic) NounPhraseAfter(state, frame, cue.EndToken, sentence.EndToken);
                    // «… بحسب ما أفاد الأربعاء مسؤول محلي»: a generic or new source after the cue, else an unnamed one.
                    else if (!ArabicOpenSubjectAfter(state, frame, SkipTitles(state, SkipAdjuncts(state.Text, cue.EndToken, sentence.EndToken), sentence.EndToken), sentence.EndToken))
                        frame.Speaker = cue.EndToken - cue.FirstToken >= 3 ? _unnamed : null;
                }
                break;
            case CueKind.Participle:
                // A participle without a verb before it in its clause speaks for the clause: the previous frame of the
                // sentence, else the sentence's first actor (its subject), else whoever spoke last.
                if (previousFrame?.Speaker is { } clauseSpeaker)
                {
                    frame.Speaker = clauseSpeaker;
                    // English: the clause's subject ("he vowed, adding …") is the participle's source too.
                    if (!arabic) frame.Source = previousFrame.Source;
                }
                else if (arabic || !ClauseSubject(state, frame, sentence))
                    frame.Speaker = FirstSubjectOfSentence(state, sentence, cue.FirstToken) ?? state.LastSpeaker;
                break;
            default:
                // In a second clause of the same sentence ("… وتدعو حفتر إلى التفاوض"), a verb that takes a person as its
                // object (a polar cue, or one addressing someone) keeps the sentence's subject: the name after it is the object.
                var objectFirst = previousFrame is not null && (cue.Cue.Polarity is not null || cue.Cue.Role == CueRole.Address);
                // "يحث السيد ليون الأطراف على …": verb, subject, object: a name followed by a second noun phrase before the
                // preposition is the subject; "وتدعو حفتر إلى …", with the preposition right after the name, is the object.
                if (objectFirst && arabic && cue.Cue.Role == CueRole.Address && NameThenObject(state, cue.EndToken, sentence.EndToken))
                    objectFirst = false;
                // Arabic: a subject the dictionary lacks (a new name, a generic مصادر or مسؤولا ليبيا) still blocks the carry-over.
                var openAfter = !objectFirst && cue.Cue.Polarity is null && cue.Cue.Role != CueRole.Address;
                // "موسكو تؤكد دعمها لقوات حفتر وتدعو إلى هدنة": a verb joined by و to an earlier report of the sentence shares its
                // subject; the name just before it ends that report's content.
                var joined = arabic && previousFrame is not null && IsConjoinedCue(text.Tokens[cue.FirstToken].Normalized);
                var found = arabic
                    ? (!objectFirst && SubjectAfter(state, frame, SkipAdjuncts(text, cue.EndToken, sentence.EndToken), sentence.EndToken))
                      // وكان X، وزير …، قد حث: the subject after كان comes before any name that ends the apposition.
                      || PluperfectSubject(state, frame, sentence)
                      || (!joined && SubjectBefore(state, frame, sentence, arabic))
                      || (openAfter && ArabicOpenSubjectAfter(state, frame, SkipTitles(state, cue.EndToken, sentence.EndToken), sentence.EndToken))
                      || ArabicOpenSubjectBefore(state, frame, sentence, SubjectEnd(state, frame, sentence, arabic))
                    : RelativeSubject(state, frame, sentence, SubjectEnd(state, frame, sentence, arabic))
                      || SubjectBefore(state, frame, sentence, arabic)
                      // "Priebus, the party chairman, told Fox News": who is told is never an inverted subject.
                      || (IsInversion(text, sentence, cue) && cue.Cue.Role != CueRole.Address && InvertedSubjectAfter(state, frame, cue.EndToken, sentence.EndToken))
                      || NounPhraseBefore(state, frame, sentence, SubjectEnd(state, frame, sentence, arabic))
                      || (IsInversion(text, sentence, cue) && NounPhraseAfter(state, frame, cue.EndToken, sentence.EndToken, inverted: true));
                // English: "Reid blasted Rubio and defended Cruz", "Ryan lamented … and criticized …": a verb with no subject
                // of its own shares the clause's subject, which is its source too.
                if (!found && !arabic && previousFrame is { Speaker: not null })
                {
                    frame.Speaker = previousFrame.Speaker;
                    frame.Source = previousFrame.Source;
                }
                else if (!found && (arabic || !ClauseSubject(state, frame, sentence)))
                    frame.Speaker = previousFrame?.Speaker ?? (arabic ? SentenceSubjectBefore(state, sentence, cue.FirstToken) : null) ?? state.LastSpeaker;
                break;
        }

        if (frame.Participle is { } participle)
        {
            // خاطب X قائلا: the words between the verb (and its subject) and the participle address someone.
            if (cue.Cue.Role == CueRole.Address && frame.After < participle.FirstToken)
                frame.Addressee ??= state.MentionStartingAt(SkipTitles(state, frame.After, participle.FirstToken));
            frame.After = participle.EndToken;
            if (participle.Cue.Role == CueRole.Address)
            {
                var at = SkipTitles(state, frame.After, sentence.EndToken);
                if (state.MentionStartingAt(at) is { } addressee) { frame.Addressee = addressee; frame.After = addressee.EndToken; }
            }
        }
        else if (cue.Cue.Role == CueRole.Address)
        {
            var at = SkipTitles(state, frame.After, sentence.EndToken);
            if (state.MentionStartingAt(at) is { } addressee) { frame.Addressee = addressee; frame.After = addressee.EndToken; }
            else if (!arabic) frame.After = SkipPlainObject(text, frame.After, sentence.EndToken);
        }
        else if (cue.Cue.Kind == CueKind.Participle && cue.Cue.Role == CueRole.Address)
        {
            var at = SkipTitles(state, frame.After, sentence.EndToken);
            if (state.MentionStartingAt(at) is { } addressee) { frame.Addressee = addressee; frame.After = addressee.EndToken; }
        }
    }

    // تنظيم «فجر ليبيا»: a name wrapped in quotation marks right after a head noun naming a group is that group's name,
    // not a quotation. Returns the mention when the marks hold it and nothing else.
    private ActorMatch? QuotedName(ArticleState state, int at, int stop)
    {
        var text = state.Text;
        if (at + 2 >= stop || !text.Tokens[at].IsWord || !_cues.IsQuotedNameHead(text.Tokens[at].Normalized)) return null;
        if (text.Tokens[at + 1].Kind != TokenKind.Quote || text.QuoteOpeningAt(at + 1) is not { } quote) return null;
        return state.MentionStartingAt(at + 2) is { } name && name.EndToken == TokenEndOf(text, quote) - 1 ? name : null;
    }

    // After an Arabic address cue: a mention and then a word that opens a second noun phrase (not a preposition,
    // complementizer or quotation), so the mention is the verb's subject and the next phrase its object.
    private bool NameThenObject(ArticleState state, int from, int stop)
    {
        var text = state.Text;
        var at = SkipTitles(state, SkipAdjuncts(text, from, stop), stop);
        if (state.MentionStartingAt(at) is not { } name || text.InQuote(at) || name.EndToken >= stop) return false;
        var next = text.Tokens[name.EndToken];
        return next.IsWord && Tokenizer.IsArabic(next.Normalized) && !text.InQuote(name.EndToken)
               && !_cues.IsNameStop(next.Normalized) && !_cues.IsComplementizer(next.Normalized) && !_cues.IsPronounComplementizer(next.Normalized)
               && !_cues.IsAdjunct(next.Normalized);
    }

    private bool SubjectAfter(ArticleState state, Frame frame, int from, int stop)
    {
        var text = state.Text;
        var at = SkipTitles(state, from, stop);
        var arabic = at < stop && Tokenizer.IsArabic(text.Tokens[at].Normalized);
        if (arabic && QuotedName(state, at, stop) is { } quoted)
        {
            frame.NamedBy(quoted);
            frame.After = Math.Max(frame.After, quoted.EndToken + 1);
            return true;
        }
        // المتحدث باسم القوات الجوية ناصر الحاسي: a body named inside a title is not the speaker when a person follows.
        if (arabic && at > from && state.MentionStartingAt(at) is { Actor.Type: not "person" } inner && !text.InQuote(at)
            && PersonAfterTitlePhrase(state, frame, inner.EndToken, stop))
            return true;
        if (state.MentionStartingAt(at) is { } subject && !text.InQuote(at))
        {
            frame.NamedBy(subject);
            frame.Speaker = Referent(state, subject);
            frame.After = Math.Max(frame.After, subject.EndToken);
            // An apposition naming the same actor again (أحمد معيتيق نائب رئيس المجلس الرئاسي) is still the subject.
            while (state.MentionStartingAt(frame.After) is { } again && again.Actor.Id == subject.Actor.Id)
                frame.After = again.EndToken;
            return true;
        }
        if (at < stop && PronounSpeaker(state, at) is { } speaker)
        {
            frame.PronounFor(speaker, text.SpanOf(at, at));
            frame.After = Math.Max(frame.After, at + 1);
            return true;
        }
        return arabic && at > from && PersonAfterTitlePhrase(state, frame, at, stop);
    }

    // "المسؤول الليبي": a definite singular official with a nationality, naming no one, points back to the person who
    // spoke last (ونقلت سبوتنيك عن المسؤول الليبي … after Maiteeq spoke). Without the nationality (وقال المسؤول الذي طلب
    // عدم نشر اسمه) it is the unnamed official met before, and stays unnamed.
    private ActorEntry Referent(ArticleState state, ActorMatch subject)
    {
        if (subject.Actor.Id != UnnamedSourceId || state.LastPersonSpeaker is not { } last) return subject.Actor;
        var tokens = state.Text.Tokens;
        return _cues.IsAnaphoricSubject(tokens[subject.FirstToken].Normalized) && subject.FirstToken + 1 < tokens.Count
               && IsNisba(tokens[subject.FirstToken + 1].Normalized) ? last : subject.Actor;
    }

    // "Moscow on Monday said", "Lavrov has also said", "وكانت تركيا قد أعلنت": skip auxiliaries and short adverbials
    // back to the subject.
    private int SubjectEnd(ArticleState state, Frame frame, Sentence sentence, bool arabic)
    {
        var text = state.Text;
        var end = frame.Cue.FirstToken;
        var skipped = 0;
        // "Trump is promising to …": a progressive's be-form stands between the subject and the cue.
        var progressive = !arabic && text.Tokens[end].Normalized.EndsWith("ing", StringComparison.Ordinal);
        // English adverbs in -ly ("has repeatedly said", "privately believed") sit there too.
        while (end - 1 > sentence.FirstToken && skipped < 3 && text.Tokens[end - 1].IsWord && state.MentionEndingAt(end) is null
               && (_cues.IsAuxiliary(text.Tokens[end - 1].Normalized) || (!arabic && _cues.IsAdjunct(text.Tokens[end - 1].Normalized))
                   || (progressive && IsFormOfBe(text.Tokens[end - 1].Normalized))
                   || (!arabic && IsAdverb(text, end - 1))))
        {
            end--;
            skipped++;
        }
        // "وكان ليون ، قد أشار": Arabic sets a fronted subject off from its auxiliary with a comma.
        if (arabic && skipped > 0 && end - 1 > sentence.FirstToken && text.Tokens[end - 1].Normalized is "," or "\u060C")
            end--;
        // "Sen. Bernie Sanders (I-Vt.) has criticized": a parenthesis after the name.
        if (!arabic && end - 1 > sentence.FirstToken && text.Tokens[end - 1].Normalized == ")")
            for (var i = end - 2; i > sentence.FirstToken && i >= end - 8; i--)
                if (text.Tokens[i].Normalized == "(") { end = i; break; }
        return end;
    }

    private bool SubjectBefore(ArticleState state, Frame frame, Sentence sentence, bool arabic)
    {
        var text = state.Text;
        var end = SubjectEnd(state, frame, sentence, arabic);
        if (end <= sentence.FirstToken) return false;

        if (state.MentionEndingAt(end) is { } subject && !text.InQuote(subject.FirstToken))
        {
            frame.NamedBy(subject);
            frame.Speaker = Referent(state, subject);
            frame.Start = subject.FirstToken;
            return true;
        }
        if (arabic) return false;

        var last = end - 1;
        if (!text.InQuote(last) && PronounSpeaker(state, last) is { } speaker)
        {
            frame.PronounFor(speaker, text.SpanOf(last, last));
            frame.Start = last;
            return true;
        }
        // "Lavrov, Russia's foreign minister, said": look past the apposition between commas.
        if (text.Tokens[last].Normalized == ",")
        {
            for (var i = last - 1; i > sentence.FirstToken && i > last - 12; i--)
            {
                if (text.Tokens[i].Kind == TokenKind.Quote || text.Tokens[i].IsSentenceEnd) break;
                if (text.Tokens[i].Normalized != ",") continue;
                if (state.MentionEndingAt(i) is { } appositive && !text.InQuote(appositive.FirstToken))
                {
                    frame.NamedBy(appositive);
                    frame.Start = appositive.FirstToken;
                    return true;
                }
                break;
            }
        }
        return false;
    }

    // English puts the subject after the verb only in "…," said Lavrov / "…" says the Kremlin.
    private static bool IsInversion(AnalyzedText text, Sentence sentence, CueMatch cue)
    {
        if (cue.Cue.Polarity is not null) return false;
        if (cue.FirstToken == sentence.FirstToken) return true;
        var before = text.Tokens[cue.FirstToken - 1];
        // '' is a closing quote in some English sources (''We will win,'' said …).
        return before.Kind == TokenKind.Quote || before.Normalized is "," or "'";
    }

    private ActorEntry? PronounSpeaker(ArticleState state, int token)
    {
        var word = state.Text.Tokens[token].Normalized;
        if (_cues.IsPersonPronoun(word)) return state.PersonForPronoun(token);
        if (_cues.IsGroupPronoun(word)) return state.LastGroupSpeaker ?? state.LastSpeaker;
        return null;
    }

    private static ActorEntry? FirstSubjectOfSentence(ArticleState state, Sentence sentence, int before)
    {
        foreach (var mention in state.Mentions)
        {
            if (mention.FirstToken < sentence.FirstToken) continue;
            if (mention.FirstToken >= before) break;
            if (!state.Text.InQuote(mention.FirstToken) && mention.Actor.Type != "media") return mention.Actor;
        }
        return null;
    }

    // The first token at or after `from` that is not a title word; stops at a mention, since a title may begin an
    // alias ("الرئيس التركي") and must then be read as that alias.
    private int SkipTitles(ArticleState state, int from, int stop)
    {
        var text = state.Text;
        var at = from;
        var skipped = 0;
        while (at < stop && skipped < SubjectTitleSkip && state.MentionStartingAt(at) is null && text.Tokens[at].IsWord && IsTitle(text, at))
        {
            at++;
            skipped++;
        }
        return at;
    }

    private bool IsTitle(AnalyzedText text, int token)
    {
        foreach (var reading in text.NameVariants(token))
            if (_cues.IsTitle(reading)) return true;
        return false;
    }

    // "told reporters", "told the newspaper", "told Breitbart News": step over a short object that names no actor (a
    // capitalised name the dictionary lacks is read whole).
    private int SkipPlainObject(AnalyzedText text, int from, int stop)
    {
        var at = from;
        if (at < stop && text.Tokens[at].Normalized is "the" or "a" or "an") at++;
        if (at < stop && text.Tokens[at].IsWord && !_cues.IsComplementizer(text.Tokens[at].Normalized) && !_cues.IsAdjunct(text.Tokens[at].Normalized))
        {
            var capitalised = char.IsUpper(text.Text[text.Tokens[at].Start]);
            at++;
            while (capitalised && at < stop && at - from < MaxSubjectWords && text.Tokens[at].IsWord && char.IsUpper(text.Text[text.Tokens[at].Start])) at++;
        }
        return at;
    }

    private AttributedStatement? BuildContent(ArticleState state, Sentence sentence, List<Frame> frames, int k)
    {
        var frame = frames[k];
        if (frame.Speaker is null) return null;
        var text = state.Text;
        var tokens = text.Tokens;
        var regionEnd = k + 1 < frames.Count ? frames[k + 1].Start : sentence.EndToken;
        var a = frame.After;
        var b = regionEnd;
        a = SkipPunctuation(text, a, b);
        b = TrimEnd(text, a, b);

        int first, end;
        StatementKind kind;
        Span content;

        var before = BeforeMaterial(text, sentence, frames, k);
        var afterIsWeak = a >= b || (tokens[a].IsWord && _cues.IsAdjunct(tokens[a].Normalized) && FindComplementizer(text, a, b) < 0
                                     && !OpensInfinitive(text, frame, a, b));
        // وأضاف الخراز، في تصريح صحفي، أن …: an Arabic circumstance set off by commas stands between the cue and its أن.
        // English: "Manafort said — on Twitter, as it happens — that …" likewise.
        if (afterIsWeak && a < b && ParentheticalEnd(text, a, b) is var resumed && resumed > a)
        {
            a = resumed;
            afterIsWeak = false;
        }
        // English: 'the campaign said in a statement: "Neither …"': a circumstance, then a colon and a quotation.
        if (afterIsWeak && a < b && !Tokenizer.IsArabic(tokens[frame.Cue.FirstToken].Normalized) && QuotationAfterColon(text, a, b) is var quoted and > 0)
        {
            a = quoted;
            afterIsWeak = false;
        }
        // أعلن العجمي العتيري، آمر كتيبة …، أنه …: an apposition set off by commas after a named Arabic speaker is about
        // the speaker; what was said starts at the complementizer after it.
        if (!afterIsWeak && a > frame.After && frame.Subject == SubjectKind.Named && Tokenizer.IsArabic(tokens[frame.Cue.FirstToken].Normalized)
            && tokens[a - 1].IsClauseBreak && tokens[a].Kind != TokenKind.Quote && FindComplementizer(text, a, b) < 0)
            a = AppositionEnd(text, a, b);

        if (frame.Cue.Cue.Kind == CueKind.Verb && before is { } said && frame.Source is { } named && named.Start >= tokens[frame.Cue.EndToken - 1].End
            && !Tokenizer.IsArabic(tokens[frame.Cue.FirstToken].Normalized)
            // "At day's end, however, said Sanders: "…"": a short lead-in is no content when a quotation follows.
            && !(a < b && (tokens[a].Kind == TokenKind.Quote || tokens[a - 1].Normalized == ":") && !HasQuote(text, said.First, said.End)
                 && (said.End - said.First <= 5 || _cues.IsAdjunct(tokens[said.First].Normalized))))
        {
            // "…," said Jane Doe, a former aide: what precedes the inverted cue is the content; what follows the name is about her.
            (first, end) = said;
            (content, kind) = Describe(text, first, end);
        }
        else if (frame.Cue.Cue.Kind == CueKind.Source && before is { } sourced && (a >= b || sourced.First > sentence.FirstToken || !IsAtSentenceStart(text, sentence, frame.Start)))
        {
            // "…, according to X": the words before the cue.
            (first, end) = sourced;
            (content, kind) = Describe(text, first, end);
        }
        else if (a < b && tokens[a].Kind == TokenKind.Quote && text.QuoteOpeningAt(a) is { } quote && TokenEndOf(text, quote) >= b
                 && !(before is { } q1 && IsWholeQuote(text, q1.First, q1.End)))
        {
            // وقال "…": the quotation is the content.
            first = a;
            end = b;
            content = Inner(text, quote);
            kind = StatementKind.Direct;
        }
        else if (!afterIsWeak && !QuoteBeforeAndCircumstanceAfter(text, frame, before, a, b))
        {
            // "did not want to address that person": an infinitive's own "that" is inside the content.
            var complementizer = OpensInfinitive(text, frame, a, b) ? -1 : FindComplementizer(text, a, b);
            if (complementizer >= 0)
                a = _cues.IsPronounComplementizer(tokens[complementizer].Normalized) ? complementizer : complementizer + 1;
            a = SkipPunctuation(text, a, b);
            if (a >= b) return null;
            first = a;
            end = b;
            if (before is { } opening && IsWholeQuote(text, opening.First, opening.End) && tokens[a].Kind == TokenKind.Quote && text.QuoteOpeningAt(a) is { } closing)
            {
                // "We reject," he said, "any military solution." — one statement over both pieces.
                first = opening.First;
                content = new Span(Inner(text, text.QuoteOpeningAt(opening.First)!.Value).Start, Inner(text, closing).End);
                kind = StatementKind.Direct;
            }
            else
            {
                (content, kind) = Describe(text, first, end);
            }
        }
        else if (before is { } earlier && (!Tokenizer.IsArabic(tokens[frame.Cue.FirstToken].Normalized) || IsWholeQuote(text, earlier.First, earlier.End)))
        {
            // "We reject any military solution," Lavrov told reporters.
            (first, end) = earlier;
            (content, kind) = Describe(text, first, end);
        }
        else
        {
            return null;
        }

        if (!HasWords(text, first, end)) return null;
        var cueSpan = text.SpanOf(frame.Cue.FirstToken, frame.Cue.EndToken - 1);
        return new AttributedStatement(frame.Speaker, frame.Source, frame.Cue, cueSpan, first, end, content, kind, sentence, frame.Addressee)
        {
            Via = frame.Via.Count > 0 ? frame.Via : frame.Medium is { } medium ? [medium] : [],
        };
    }

    /// <summary>
    /// English: '"We will win," he said sarcastically.' / '"…," he told supporters in Nashua on Monday.': after a
    /// quotation the words that follow the cue describe the saying, unless they open a quotation, a that-clause or an
    /// infinitive of their own.
    /// </summary>
    private bool QuoteBeforeAndCircumstanceAfter(AnalyzedText text, Frame frame, (int First, int End)? before, int a, int b)
        => before is { } quoted && a < b && !Tokenizer.IsArabic(text.Tokens[frame.Cue.FirstToken].Normalized)
           && IsWholeQuote(text, quoted.First, quoted.End) && text.Tokens[a].Kind != TokenKind.Quote
           && FindComplementizer(text, a, b) < 0 && !OpensInfinitive(text, frame, a, b);

    // Words before a frame that no earlier frame of the sentence claims: the content of "…, X said."
    private static (int First, int End)? BeforeMaterial(AnalyzedText text, Sentence sentence, List<Frame> frames, int k)
    {
        var from = k > 0 ? frames[k - 1].After : sentence.FirstToken;
        if (k > 0) return null; // an earlier frame owns what precedes this one
        var end = frames[k].Start;
        while (end > from && (text.Tokens[end - 1].Kind == TokenKind.Punctuation || text.Tokens[end - 1].Normalized is "the" or "a" or "an")) end--;
        while (from < end && text.Tokens[from].Kind == TokenKind.Punctuation) from++;
        // English: one or two loose words before a cue ("Then Jane said", "Earlier, he said") are no content.
        if (end - from <= 2 && end > from && !Tokenizer.IsArabic(text.Tokens[from].Normalized) && text.Tokens[from].Kind != TokenKind.Quote) return null;
        return HasWords(text, from, end) ? (from, end) : null;
    }

    private static bool HasQuote(AnalyzedText text, int first, int end)
    {
        for (var i = first; i < end; i++)
            if (text.Tokens[i].Kind == TokenKind.Quote) return true;
        return false;
    }

    private static bool IsAtSentenceStart(AnalyzedText text, Sentence sentence, int token)
    {
        for (var i = sentence.FirstToken; i < token; i++)
            if (text.Tokens[i].IsWord) return false;
        return true;
    }

    private static bool IsWholeQuote(AnalyzedText text, int first, int end)
        => text.Tokens[first].Kind == TokenKind.Quote && text.QuoteOpeningAt(first) is { } quote && TokenEndOf(text, quote) >= end;

    private static (Span Content, StatementKind Kind) Describe(AnalyzedText text, int first, int end)
    {
        if (IsWholeQuote(text, first, end) && text.QuoteOpeningAt(first) is { } quote) return (Inner(text, quote), StatementKind.Direct);
        var hasQuote = false;
        for (var i = first; i < end; i++) if (text.Tokens[i].Kind == TokenKind.Quote) { hasQuote = true; break; }
        return (text.SpanOf(first, end - 1), hasQuote ? StatementKind.Mixed : StatementKind.Indirect);
    }

    // The token index just past the quote's closing mark.
    private static int TokenEndOf(AnalyzedText text, Span quote) => text.TokenAt(quote.End);

    // The quoted words without the marks (one character, or two for ``…''), and without a trailing comma ("We reject," he said).
    private static Span Inner(AnalyzedText text, Span quote)
    {
        var s = text.Text;
        var start = quote.Start + (QuotationFinder.DoubledMarkAt(s, quote.Start) is null ? 1 : 2);
        var end = quote.End - (quote.End - 2 > start && QuotationFinder.DoubledMarkAt(s, quote.End - 2) is not null ? 2 : 1);
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is ',' or '\u060C')) end--;
        return new Span(start, end);
    }

    private int FindComplementizer(AnalyzedText text, int from, int stop)
    {
        for (var i = from; i < stop && i < from + ComplementizerWindow; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.Quote || token.IsClauseBreak) return -1;
            if (text.InQuote(i)) return -1;
            // "he said that night": "that" before a time noun points at it and opens nothing.
            if (i + 1 < stop && _cues.IsDemonstrativeHead(text.Tokens[i + 1].Normalized)) continue;
            if (_cues.IsComplementizer(token.Normalized) || _cues.IsPronounComplementizer(token.Normalized)) return i;
        }
        return -1;
    }

    // The opening mark of a quotation right after a colon within a few words of `from`, or -1.
    private static int QuotationAfterColon(AnalyzedText text, int from, int stop)
    {
        for (var i = from + 1; i + 1 < stop && i < from + ComplementizerWindow; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.Quote || token.IsSentenceEnd || text.InQuote(i)) return -1;
            if (token.Normalized == ":") return text.Tokens[i + 1].Kind == TokenKind.Quote && text.QuoteOpeningAt(i + 1) is not null ? i + 1 : -1;
        }
        return -1;
    }

    // The complementizer or opening quotation right after a comma or colon that closes a short circumstance opened by an
    // adjunct (في تصريح صحفي، أن …; وقال في هذا الصدد: «…»): the circumstance is about the telling, not what was told.
    private int ParentheticalEnd(AnalyzedText text, int from, int stop)
    {
        for (var i = from + 1; i < stop && i < from + ComplementizerWindow; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.Quote || token.IsSentenceEnd || text.InQuote(i)) return from;
            if (!token.IsClauseBreak || i + 1 >= stop) continue;
            var next = text.Tokens[i + 1];
            if (_cues.IsComplementizer(next.Normalized) || _cues.IsPronounComplementizer(next.Normalized)
                || (next.Kind == TokenKind.Quote && text.QuoteOpeningAt(i + 1) is not null))
                return i + 1;
            // أشار في بيان له أمس، إلى أن …: the cue's preposition and then the complementizer.
            if (i + 2 < stop && _cues.IsNameStop(next.Normalized)
                && (_cues.IsComplementizer(text.Tokens[i + 2].Normalized) || _cues.IsPronounComplementizer(text.Tokens[i + 2].Normalized)))
                return i + 2;
        }
        return from;
    }

    // The complementizer after the comma that closes an apposition (see BuildContent), or `from` when there is none.
    // A quoted name in it (لـ«الشرق الأوسط»، لـ"رويترز": whom the speaker told) is stepped over, and the complementizer
    // may follow it directly.
    private int AppositionEnd(AnalyzedText text, int from, int stop)
    {
        var afterBreak = false;
        for (var i = from; i < stop && i < from + ArabicAppositionWindow; i++)
        {
            var token = text.Tokens[i];
            if (ShortQuoteEnd(text, i) is var past && past > i) { i = past - 1; afterBreak = true; continue; }
            if (token.Kind == TokenKind.Quote || token.IsSentenceEnd || text.InQuote(i)) return from;
            if (token.IsClauseBreak) { afterBreak = true; continue; }
            if (afterBreak && (_cues.IsComplementizer(token.Normalized) || _cues.IsPronounComplementizer(token.Normalized))) return i;
            afterBreak = false;
        }
        return from;
    }

    // Past the closing mark of a quotation of at most three words opening at `token` (a name in marks), else `token`.
    private static int ShortQuoteEnd(AnalyzedText text, int token)
    {
        if (text.Tokens[token].Kind != TokenKind.Quote || text.QuoteOpeningAt(token) is not { } quote) return token;
        var end = TokenEndOf(text, quote);
        return end - token <= 5 ? end : token;
    }

    private static int SkipPunctuation(AnalyzedText text, int from, int stop)
    {
        while (from < stop && text.Tokens[from].Kind == TokenKind.Punctuation) from++;
        return from;
    }

    // Drop trailing punctuation and a dangling conjunction before the next frame ("… and added"), with an English
    // auxiliary left before it ("… but has said").
    private int TrimEnd(AnalyzedText text, int from, int end)
    {
        while (end > from)
        {
            var last = text.Tokens[end - 1];
            if (last.Kind == TokenKind.Punctuation || last.Normalized is "and" or "but" or "while" or "\u062B\u0645") { end--; continue; }
            if (last.IsWord && end - 1 > from && !Tokenizer.IsArabic(last.Normalized) && _cues.IsAuxiliary(last.Normalized)
                && text.Tokens[end - 2].Normalized is "and" or "but" or ",") { end--; continue; }
            break;
        }
        return end;
    }

    private static bool HasWords(AnalyzedText text, int first, int end)
    {
        for (var i = first; i < end; i++)
            if (text.Tokens[i].IsWord) return true;
        return false;
    }

    private enum SubjectKind { Elided, Named, Pronoun }

    private sealed class Frame(CueMatch cue)
    {
        public CueMatch Cue { get; } = cue;
        /// <summary>A refusal to act (رفض الحضور): it names a subject for the clauses after it but reports nothing said.</summary>
        public bool IsAct { get; init; }
        public CueMatch? Participle { get; set; }
        public ActorEntry? Speaker { get; set; }
        public SubjectKind Subject { get; set; }
        public Span? Source { get; set; }
        public ActorMatch? Addressee { get; set; }
        /// <summary>The medium a relay cue names (ونقلت وكالة سبوتنيك عن …), if any.</summary>
        public ActorEntry? Medium { get; set; }
        /// <summary>The reporting chain that leads to this frame's speaker, outermost first.</summary>
        public IReadOnlyList<ActorEntry> Via { get; set; } = [];
        /// <summary>First token of the frame (its subject when that precedes the cue).</summary>
        public int Start { get; set; }
        /// <summary>First token after the frame's own words (cue, subject, addressee, participle).</summary>
        public int After { get; set; }

        public void NamedBy(ActorMatch subject)
        {
            Speaker = subject.Actor;
            Subject = SubjectKind.Named;
            Source = subject.Span;
        }

        public void PronounFor(ActorEntry speaker, Span pronoun)
        {
            Speaker = speaker;
            Subject = SubjectKind.Pronoun;
            Source = pronoun;
        }
    }
}
