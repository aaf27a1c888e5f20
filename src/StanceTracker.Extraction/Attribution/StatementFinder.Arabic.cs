using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Attribution;

/// <summary>
/// Arabic subjects the dictionary does not know. Arabic has no capitals, so a name is read by where it stands: the words
/// right after a cue (and its titles) up to the end of the subject — a complementizer, a quotation, a comma, a title, an
/// apposition (وهو، وهي، الذي) or a preposition — are the speaker when there are two to four of them (وقال فرج اقعيم
/// وهو …) or when a single word is the last word of someone named in full before (وأضاف الصور). Such a speaker is a
/// newcomer with the usual id scheme (<see cref="NewActorIds.Person"/>). A generic noun there (مصادر، مسؤول، منتقدون) names
/// an unnamed speaker, or the state or body named inside the phrase (مسؤولا ليبيا رفيعا → libya); either way the
/// previous speaker is not carried over to a sentence that has a subject of its own.
/// </summary>
public sealed partial class StatementFinder
{
    private const int MaxArabicNameWords = 4;
    private const int ArabicSubjectWindow = 5;
    private const int TitlePhraseWindow = 10;

    /// <summary>The subject after an Arabic cue when no mention starts there: see the class summary.</summary>
    private bool ArabicOpenSubjectAfter(ArticleState state, Frame frame, int at, int stop)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        if (at >= stop) return false;
        // المتحدث باسم الحكومة X / حذرت الحكومة المواطنين: after a title naming a body (not a person's rank), the words that
        // follow are no name.
        var bodyTitle = at > frame.Cue.EndToken && !_cues.IsPersonTitle(tokens[at - 1].Normalized);
        // البريطاني جون جونز: a nationality before the name. But a definite -ي word that would leave a one-word name is a
        // name itself (العجمي العتيري، الصديق الصور): Arabic family names take the same shape as nationalities.
        var nameStart = at;
        while (at + 1 < stop && IsNisba(tokens[at].Normalized) && IsOpenSubjectWord(state, at + 1) && !_cues.IsCommonSubject(tokens[at].Normalized)
               && state.KnownNewcomer(tokens[at].Normalized) is null) at++;
        if (at > nameStart && OpenWordsFrom(state, at, stop) < 2 && state.KnownNewcomer(tokens[at].Normalized) is null) at = nameStart;
        if (OrganisationNamedAfterBody(state, frame, at, stop)) return true;
        if (!IsOpenSubjectWord(state, at)) return false;
        // لشؤون دول الجوار: a prepositional phrase, not a subject.
        if (tokens[at].Normalized[0] == '\u0644') return false;
        var end = at;
        while (end < stop && end - at < ArabicSubjectWindow && IsOpenSubjectWord(state, end)
               && !(end > at && IsConjoined(tokens[end].Normalized))) end++;
        var first = tokens[at].Normalized;
        // ولم يعلن الصور التهم: the last word of a name met before is that person, whatever follows.
        if (!_cues.IsCommonSubject(first) && state.KnownNewcomer(first) is { } met)
        {
            frame.Speaker = met;
            frame.Subject = SubjectKind.Named;
            frame.Source = text.SpanOf(at, at);
            frame.After = Math.Max(frame.After, SkipApposition(state, at + 1, stop));
            return true;
        }
        // بيان لبعثة الأمم المتحدة، مصدر بالحكومة: a generic noun followed at once by a named body speaks for that body.
        var bodyFollows = _cues.IsCommonSubject(first) && end < stop && state.MentionStartingAt(end) is { Actor.Type: "state" or "government" or "organisation" };
        if (end < stop && !bodyFollows && !EndsArabicSubject(state, end)) return false;
        var words = end - at;
        if (_cues.IsCommonSubject(first))
        {
            // متحدث باسم خفر السواحل الإيطالي: the body may be named further on, before the content starts.
            var reach = end;
            while (reach < stop && reach - at < ComplementizerWindow && tokens[reach].IsWord && !text.InQuote(reach)
                   && !_cues.IsComplementizer(tokens[reach].Normalized) && !_cues.IsPronounComplementizer(tokens[reach].Normalized)) reach++;
            frame.Speaker = BodyInside(state, at, reach) ?? _unnamed;
            frame.Subject = SubjectKind.Named;
            frame.Source = text.SpanOf(at, end - 1);
            frame.After = Math.Max(frame.After, end);
            return true;
        }
        if (words < 2 || words > MaxArabicNameWords || bodyTitle) return false;
        var speaker = state.Newcomer(text, at, end, "person");
        frame.Speaker = speaker;
        frame.Subject = SubjectKind.Named;
        frame.Source = text.SpanOf(at, end - 1);
        frame.After = Math.Max(frame.After, SkipApposition(state, end, stop));
        return true;
    }

    /// <summary>
    /// A person named at the end of a long title (كشف وزير النفط الليبي الجديد الدكتور ناجي حسين أن، وقال المتحدث باسم
    /// القوات الجوية ناصر الحاسي: …): within the clause after the cue, a title followed by a person's mention, or by a
    /// two-to-four-word name that a comma, complementizer or quotation closes.
    /// </summary>
    private bool PersonAfterTitlePhrase(ArticleState state, Frame frame, int from, int stop)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        var limit = Math.Min(stop, from + TitlePhraseWindow);
        // The body the title names (وزير خارجية إسبانيا، مقرر مجلس النواب): the person found belongs to it.
        var owner = from > 0 && state.MentionEndingAt(from) is { Actor.Type: not "person" } before ? before.Actor : null;
        for (var j = from; j < limit; j++)
        {
            var t = tokens[j];
            // المتحدث الرسمي لمكتب الأمم المتحدة في جنيف، أحمد فوزي: …: the name may follow its title after a comma.
            if (t.IsClauseBreak && !text.InQuote(j) && NameAfterComma(state, frame, j + 1, stop, owner)) return true;
            if (!t.IsWord || text.InQuote(j) || _cues.IsComplementizer(t.Normalized) || _cues.IsPronounComplementizer(t.Normalized)
                || _cues.IsAppositionMarker(t.Normalized) || (j > from && (IsConjoined(t.Normalized) || _cues.TryMatch(text, j, stop, out _)))) return false;
            // وزير خارجية إسبانيا خوسيه مانويل …: the body may end right where the search starts.
            var afterBody = state.MentionEndingAt(j) is { Actor.Type: not "person" };
            if (state.MentionStartingAt(j) is { } body)
            {
                if (body.Actor.Type == "person") { Named(frame, body); return true; }
                owner = body.Actor;
                j = body.EndToken - 1;
                continue;
            }
            if (!afterBody && !IsTitle(text, j)) continue;
            var at = SkipTitles(state, j, stop);
            if (state.MentionStartingAt(at) is { Actor.Type: "person" } person) { Named(frame, person); return true; }
            var end = at;
            while (end < stop && end - at < MaxArabicNameWords && IsOpenSubjectWord(state, end) && !(end > at && IsConjoined(tokens[end].Normalized))) end++;
            if (end - at >= 2 && end < stop && (tokens[end].IsClauseBreak || tokens[end].Kind == TokenKind.Quote
                || _cues.IsComplementizer(tokens[end].Normalized) || _cues.IsPronounComplementizer(tokens[end].Normalized))
                && !_cues.IsCommonSubject(tokens[at].Normalized) && tokens[at].Normalized[0] != '\u0644')
            {
                frame.Speaker = state.Newcomer(text, at, end, "person", owner);
                frame.Subject = SubjectKind.Named;
                frame.Source = text.SpanOf(at, end - 1);
                frame.After = Math.Max(frame.After, end);
                return true;
            }
            if (at > j) j = at - 1;
        }
        return false;

        void Named(Frame f, ActorMatch mention)
        {
            f.NamedBy(mention);
            f.After = Math.Max(f.After, mention.EndToken);
        }
    }

    /// <summary>
    /// مفوضية الأمم المتحدة لحقوق الإنسان: a head noun naming an agency (مفوضية، منظمة، هيئة، لجنة) followed by a body and
    /// a ل-phrase of purpose is an organisation of its own, not the body: a newcomer named by all of it.
    /// </summary>
    private bool OrganisationNamedAfterBody(ArticleState state, Frame frame, int at, int stop)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        if (at + 2 >= stop || !tokens[at].IsWord || text.InQuote(at) || !_cues.IsOrganisationHead(tokens[at].Normalized)) return false;
        if (state.MentionStartingAt(at + 1) is not { Actor.Type: "organisation" or "state" or "government" } body || body.EndToken >= stop) return false;
        var purpose = body.EndToken;
        var word = tokens[purpose].Normalized;
        if (!tokens[purpose].IsWord || word.Length < 3 || word[0] != '\u0644' || state.MentionStartingAt(purpose) is not null) return false;
        var end = purpose + 1;
        // لحقوق الإنسان، لشؤون اللاجئين: the purpose noun and its definite complement.
        if (end < stop && tokens[end].IsWord && tokens[end].Normalized.StartsWith("\u0627\u0644", StringComparison.Ordinal) && state.MentionStartingAt(end) is null) end++;
        frame.Speaker = state.Newcomer(text, at, end, "organisation", body.Actor);
        frame.Subject = SubjectKind.Named;
        frame.Source = text.SpanOf(at, end - 1);
        frame.After = Math.Max(frame.After, end);
        return true;
    }

    // After a title phrase and a comma: (titles and) a two-to-four-word name closed by a colon, a comma or a complementizer.
    private bool NameAfterComma(ArticleState state, Frame frame, int from, int stop, ActorEntry? owner)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        var at = SkipTitles(state, from, stop);
        if (at >= stop) return false;
        if (state.MentionStartingAt(at) is { Actor.Type: "person" } person && !text.InQuote(at))
        {
            frame.NamedBy(person);
            frame.After = Math.Max(frame.After, person.EndToken);
            return true;
        }
        var end = at;
        while (end < stop && end - at < MaxArabicNameWords && IsOpenSubjectWord(state, end) && !(end > at && IsConjoined(tokens[end].Normalized))) end++;
        if (end - at < 2 || end >= stop || _cues.IsCommonSubject(tokens[at].Normalized) || tokens[at].Normalized[0] == '\u0644') return false;
        var closer = tokens[end];
        if (!closer.IsClauseBreak && !_cues.IsComplementizer(closer.Normalized) && !_cues.IsPronounComplementizer(closer.Normalized)) return false;
        frame.Speaker = state.Newcomer(text, at, end, "person", owner);
        frame.Subject = SubjectKind.Named;
        frame.Source = text.SpanOf(at, end - 1);
        frame.After = Math.Max(frame.After, end);
        return true;
    }

    /// <summary>
    /// وكان المستشار المبروك اقريرة، وزير العدل …، قد حث …: in the pluperfect (كان … قد + verb) the subject stands right
    /// after كان, however long the apposition between it and قد. A mention there, or a two-to-four-word name closed by a
    /// comma or قد, is the speaker.
    /// </summary>
    private bool PluperfectSubject(ArticleState state, Frame frame, Sentence sentence)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        var cueAt = frame.Cue.FirstToken;
        if (cueAt - 2 < sentence.FirstToken || !_cues.IsPluperfectParticle(tokens[cueAt - 1].Normalized)) return false;
        for (var i = cueAt - 2; i >= sentence.FirstToken && i > cueAt - ArabicAppositionWindow; i--)
        {
            if (tokens[i].Kind == TokenKind.Quote || text.InQuote(i)) return false;
            if (!tokens[i].IsWord || !_cues.IsPluperfectAuxiliary(tokens[i].Normalized)) continue;
            var at = SkipTitles(state, i + 1, cueAt);
            if (state.MentionStartingAt(at) is { } subject)
            {
                frame.NamedBy(subject);
                frame.Speaker = Referent(state, subject);
                frame.Start = at;
                return true;
            }
            var end = at;
            while (end < cueAt - 1 && end - at < MaxArabicNameWords && IsOpenSubjectWord(state, end) && !(end > at && IsConjoined(tokens[end].Normalized))) end++;
            if (end - at < 2 || _cues.IsCommonSubject(tokens[at].Normalized) || !(tokens[end].IsClauseBreak || end == cueAt - 1)) return false;
            frame.Speaker = state.Newcomer(text, at, end, "person");
            frame.Subject = SubjectKind.Named;
            frame.Source = text.SpanOf(at, end - 1);
            frame.Start = at;
            return true;
        }
        return false;
    }

    /// <summary>
    /// «لكن مسؤولا ليبيا رفيعا قال»، «لكن منتقدين يقولون»: a generic subject fronted after لكن/إن, with no mention in it.
    /// </summary>
    private bool ArabicOpenSubjectBefore(ArticleState state, Frame frame, Sentence sentence, int end)
    {
        var text = state.Text;
        var tokens = text.Tokens;
        for (var i = end - 1; i >= sentence.FirstToken && i >= end - ArabicSubjectWindow; i--)
        {
            if (!tokens[i].IsWord || text.InQuote(i)) return false;
            if (!_cues.IsSubjectOpener(tokens[i].Normalized)) continue;
            var first = i + 1;
            if (first >= end) return false;
            for (var k = first; k < end; k++)
                if (!IsOpenSubjectWord(state, k) && state.MentionStartingAt(k) is null) return false;
            // لكن فصائل الزنتان رفضت: a group the dictionary lacks is a newcomer body; a generic noun an unnamed speaker.
            if (_cues.IsCommonSubject(tokens[first].Normalized)) frame.Speaker = BodyInside(state, first, end) ?? _unnamed;
            else if (end - first is >= 2 and <= MaxArabicNameWords && !_cues.IsComplementizer(tokens[i].Normalized) && !AnyMention(state, first, end)
                     && !IsConjoined(tokens[first].Normalized))
                frame.Speaker = state.Newcomer(text, first, end, "organisation");
            else return false;
            frame.Subject = SubjectKind.Named;
            frame.Source = text.SpanOf(first, end - 1);
            frame.Start = first;
            return true;
        }
        return false;
    }

    // A word that may be part of an open Arabic subject: an Arabic word outside quotes that is no function word, title,
    // cue or mention.
    private bool IsOpenSubjectWord(ArticleState state, int token)
    {
        var text = state.Text;
        var t = text.Tokens[token];
        if (!t.IsWord || !Tokenizer.IsArabic(t.Normalized) || text.InQuote(token)) return false;
        if (state.MentionStartingAt(token) is not null) return false;
        var word = t.Normalized;
        if (_cues.IsComplementizer(word) || _cues.IsPronounComplementizer(word) || _cues.IsAdjunct(word) || _cues.IsNameStop(word)) return false;
        // للتعاون، للحوار: ل with the article is a prepositional phrase (وأكد استعداده للتعاون معها), never part of a name.
        if (word.Length > 3 && word.StartsWith("\u0644\u0644", StringComparison.Ordinal)) return false;
        if (IsTitle(text, token)) return false;
        return !_cues.TryMatch(text, token, text.Tokens.Count, out _);
    }

    // How many open subject words run from `at` (as the name reader counts them).
    private int OpenWordsFrom(ArticleState state, int at, int stop)
    {
        var end = at;
        while (end < stop && end - at < ArabicSubjectWindow && IsOpenSubjectWord(state, end)
               && !(end > at && IsConjoined(state.Text.Tokens[end].Normalized))) end++;
        return end - at;
    }

    // وجماعات، ومحام: a second subject joined by و ends the first (ووتش, with its doubled و, is a word of its own).
    private static bool IsConjoined(string word)
        => word.Length > 2 && word[0] == '\u0648' && word[1] != '\u0648';

    private bool EndsArabicSubject(ArticleState state, int token)
    {
        var text = state.Text;
        var t = text.Tokens[token];
        if (!t.IsWord) return t.Kind == TokenKind.Quote || t.IsClauseBreak;
        if (text.InQuote(token)) return true;
        var word = t.Normalized;
        // Only a clear end: "وأكد ضرورة الحوار مع …" is a verb and its object, not a speaker named ضرورة الحوار.
        return _cues.IsComplementizer(word) || _cues.IsPronounComplementizer(word) || _cues.IsAdjunct(word) || _cues.IsAppositionMarker(word)
               || _cues.IsCommonSubject(word)
               || IsTitle(text, token) || _cues.TryMatch(text, token, text.Tokens.Count, out _)
               || (IsConjoined(word) && !IsObjectLike(state, token));
    }

    // وقال فلان وهو متحدث باسم …، الذي عين …: the apposition after a name is about the speaker, not what was said; the
    // content starts at the complementizer or quotation that follows it.
    private int SkipApposition(ArticleState state, int from, int stop)
    {
        var text = state.Text;
        if (from >= stop || !text.Tokens[from].IsWord || !_cues.IsAppositionMarker(text.Tokens[from].Normalized)) return from;
        for (var i = from + 1; i < stop && i < from + LinkedParticipleWindow; i++)
        {
            var t = text.Tokens[i];
            // وهو ممثل للمؤتمر في المغرب لـ"رويترز"، إن …: a quoted name is part of the apposition.
            if (ShortQuoteEnd(text, i) is var past && past > i && past < stop && !text.Tokens[past].IsSentenceEnd) { i = past - 1; continue; }
            if (t.Kind == TokenKind.Quote || _cues.IsComplementizer(t.Normalized) || _cues.IsPronounComplementizer(t.Normalized)) return i;
            if (t.IsSentenceEnd) break;
        }
        return from;
    }

    // البريطاني، الليبي: a definite nisba adjective (ال … ي), read as a nationality before a name.
    private static bool IsNisba(string word)
        => word.Length > 4 && word.StartsWith("\u0627\u0644", StringComparison.Ordinal) && word[^1] == '\u064A';

    // ومحام دولي، وجماعات: a coordinated second subject, not a conjoined clause (ونقلت، وأن).
    private bool IsObjectLike(ArticleState state, int token)
        => _cues.TryMatch(state.Text, token, state.Text.Tokens.Count, out _) || _cues.IsComplementizer(state.Text.Tokens[token].Normalized);

    // الأربعاء، أمس: a day or adverb between a post-content cue and its source.
    private int SkipAdjuncts(AnalyzedText text, int from, int stop)
    {
        var at = from;
        while (at < stop && at < from + 2 && text.Tokens[at].IsWord && _cues.IsAdjunct(text.Tokens[at].Normalized)) at++;
        return at;
    }

    // شن الفريق خليفة حفتر هجوما … واتهمها: an elided subject in a later clause is the person the sentence is about (the
    // first person named in it), when no statement of the sentence came before.
    private static ActorEntry? SentenceSubjectBefore(ArticleState state, Sentence sentence, int cueToken)
    {
        if (cueToken <= sentence.FirstToken + 2) return null;
        foreach (var mention in state.Mentions)
        {
            if (mention.FirstToken < sentence.FirstToken) continue;
            if (mention.FirstToken >= cueToken) break;
            if (!state.Text.InQuote(mention.FirstToken) && mention.Actor.Type == "person") return mention.Actor;
        }
        return null;
    }

    private static bool AnyMention(ArticleState state, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (state.MentionStartingAt(k) is not null) return true;
        return false;
    }

    // The state, government or organisation named inside a generic subject: an official speaks for it (GUIDELINES).
    private static ActorEntry? BodyInside(ArticleState state, int first, int end)
    {
        foreach (var mention in state.Mentions)
        {
            if (mention.FirstToken < first) continue;
            if (mention.FirstToken >= end) break;
            if (mention.Actor.Type is "state" or "government" or "organisation") return mention.Actor;
        }
        return null;
    }
}
