using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Attribution;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Relations;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Stance;

/// <summary>
/// Turns one statement's content into a stance per target.
/// <list type="bullet">
/// <item>Targets: actors mentioned in the content, minus the speaker's own camp (Lavrov saying "Moscow …" is not a stance
/// toward Russia), media and unnamed sources; plus the addressee of خاطب/told; plus the named issues of the content
/// (<see cref="IssueLexicon"/>) that no actor mention overlaps. A stance word that reaches a form naming an issue's
/// negation (تقسيم ليبيا) counts reversed for the issue.</item>
/// <item>Each stance word found in the content (negated when a negator precedes it closely in its clause) goes to the
/// nearest target mention — the following one on a tie, as objects follow their verbs in both languages. Words with
/// no target close by go to the addressee, if any ("نتطلع إلى التعاون معكم").</item>
/// <item>A cue that carries polarity (أشاد، condemned) counts for the first target of its content, and reverses a
/// stance word that is its direct object (condemned the support for X → oppose X).</item>
/// <item>Score = sum of sign × weight × proximity, clamped to [-1, 1]; |score| below 0.2 is neutral.</item>
/// <item>Arabic clause structure: a nationality adjective after a noun (الدبلوماسية الروسية) names its state as a target,
/// unless the state is the setting (<see cref="StanceLexicon.IsSetting"/>); a stance word right after a relative pronoun
/// (الطرف الذي رفض الاتفاق) is the described noun's act, not the speaker's view, and does not count; an actor named only
/// inside a descriptive phrase (الذي…، موالية ل…، باسم…، قبيل…) and reached by no stance word is not a target; in a
/// warning (حذر من رفض الاتفاق) an oppose word names what is warned against and counts reversed; a polar cue with an
/// object pronoun (اتهمها) points back to the actors named last before it; a conjoined co-speaker at the start of the
/// content (حذر X والمبعوث Y …) is a speaker, not a target; an epithet reaches only a name beside it, and a word whose
/// object is an epithet (مكافحة الإرهاب) stops there; a word governs each و-joined conjunct of its object.</item>
/// </list>
/// </summary>
public sealed class StanceScorer
{
    private const int MaxDistance = 8;
    private const double NeutralBand = 0.2;
    // How many words may separate two conjoined targets ("وحل الصراع الحالي عبر عملية سياسية").
    private const int ConjunctWords = 6;

    private readonly StanceLexicon _lexicon;
    private readonly ActorDictionary _actors;
    private readonly ActorWords _actorWords;

    public StanceScorer(StanceLexicon lexicon, ActorDictionary actors)
    {
        _lexicon = lexicon;
        _actors = actors;
        _actorWords = new ActorWords(actors);
    }

    /// <param name="issues">The article's issue mentions (<see cref="IssueLexicon.FindAll"/>); those in the content are targets too.</param>
    public IReadOnlyList<TargetStance> Score(AnalyzedText text, AttributedStatement statement, IReadOnlyList<ActorMatch> mentions,
        IReadOnlyList<IssueMatch>? issues = null)
    {
        // Media pass on news; what they say in their own voice is reporting, not a position we track.
        if (statement.Speaker.Type == "media") return [];

        var targets = new List<ActorMatch>();
        var inContent = new List<ActorMatch>();
        foreach (var mention in mentions)
        {
            if (mention.FirstToken < statement.ContentFirst || mention.EndToken > statement.ContentEnd) continue;
            inContent.Add(mention);
        }
        var coSpeaker = CoSpeaker(text, statement, inContent);
        foreach (var mention in inContent)
            if (IsTarget(statement.Speaker, mention.Actor) && mention.Actor.Id != coSpeaker) targets.Add(mention);
        var demonyms = false;
        foreach (var adjective in StateAdjectives(text, statement, inContent))
        {
            inContent.Add(adjective);
            if (!IsTarget(statement.Speaker, adjective.Actor)) continue;
            targets.Add(adjective);
            demonyms = true;
        }
        if (demonyms) targets.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        // An issue named right after a negator ("عدم التدخل", "no military solution") is rejected by the negation itself,
        // and a stance word reaching it through the negator counts reversed, like a form naming the opposite.
        HashSet<ActorMatch>? reversed = null;
        List<ActorMatch>? negated = null;
        var added = false;
        foreach (var issue in issues ?? [])
        {
            var match = issue.Match;
            if (match.FirstToken < statement.ContentFirst) continue;
            if (match.EndToken > statement.ContentEnd) break;
            if (inContent.Exists(m => m.FirstToken < match.EndToken && match.FirstToken < m.EndToken)) continue;
            targets.Add(match);
            added = true;
            var isNegated = match.FirstToken > statement.ContentFirst && text.Tokens[match.FirstToken - 1].IsWord && _lexicon.IsNegator(text, match.FirstToken - 1);
            if (isNegated) (negated ??= []).Add(match);
            if (issue.Opposite != isNegated) (reversed ??= new HashSet<ActorMatch>(ReferenceEqualityComparer.Instance)).Add(match);
        }
        if (added) targets.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        int Reversal(ActorMatch target) => reversed is not null && reversed.Contains(target) ? -1 : 1;
        var addressee = statement.Addressee is { } a && IsTarget(statement.Speaker, a.Actor) ? a : null;
        var cueSign = statement.Cue.Cue.Polarity is { } p ? Sign(p) : 0;
        var antecedents = cueSign != 0 ? CueObjectAntecedents(text, statement, mentions) : [];
        if (targets.Count == 0 && addressee is null && antecedents.Count == 0) return [];

        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var order = new List<ActorEntry>();
        Tally TallyOf(ActorEntry actor)
        {
            if (!tallies.TryGetValue(actor.Id, out var tally))
            {
                tallies[actor.Id] = tally = new Tally();
                order.Add(actor);
            }
            return tally;
        }
        if (addressee is not null) TallyOf(addressee.Actor);
        foreach (var antecedent in antecedents) TallyOf(antecedent.Actor).Add(cueSign, 1.0, statement.CueSpan, negated: false);
        // Actors named only inside a descriptive phrase become targets when a stance word reaches them, never by default.
        var described = new Dictionary<ActorMatch, int>(ReferenceEqualityComparer.Instance);
        foreach (var target in targets)
        {
            if (DescriptorBefore(text, statement.ContentFirst, target.FirstToken) is not { } descriptor) TallyOf(target.Actor);
            // "الهجوم الذي تشنه قوات حفتر": the relative verb's pronoun is the head, so the name after it is the head's
            // doer, and a word judging the head (ترفض الهجوم) judges the doer: reachable from before the pronoun.
            else described[target] = IsDoerOfHead(text, descriptor, target) ? statement.ContentFirst - 1 : descriptor;
        }
        // Actors with a tally so far are targets whatever their score; the rest only if the words come out for or against.
        var named = order.Count;

        foreach (var rejected in negated ?? [])
        {
            if (described.ContainsKey(rejected)) continue;
            var negator = text.SpanOf(rejected.FirstToken - 1, rejected.FirstToken - 1);
            // The negation rejects what the words name: the issue itself, or its opposite (عدم المساس بالسيادة supports sovereignty).
            TallyOf(rejected.Actor).Add(Reversal(rejected) == -1 ? -1 : 1, 1.0, negator, negated: true);
        }

        if (cueSign != 0 && antecedents.Count == 0)
        {
            var first = targets.Count > 0 ? targets[0] : addressee;
            if (first is not null) TallyOf(first.Actor).Add(cueSign * Reversal(first), 1.0, statement.CueSpan, negated: false);
        }

        var hits = Hits(text, statement, cueSign);
        foreach (var hit in hits)
        {
            // A word before a descriptive phrase governs the noun the phrase describes, not what the phrase names.
            var (nearest, distance) = Nearest(text, targets, hit.First, hit.End,
                t => !described.TryGetValue(t, out var descriptor) || hit.First > descriptor);
            // An epithet names its referent: beside a name it qualifies it (مليشيات فجر ليبيا); farther off it names some
            // other, unnamed party (مكافحة الإرهاب والمليشيات), not the nearest target.
            if (!hit.Governs && hit.Sign < 0 && distance > _lexicon.EpithetReach && IsArabic(text, hit.First)) nearest = null;
            if (nearest is not null && distance <= MaxDistance)
            {
                var weight = hit.Weight * Proximity(distance);
                TallyOf(nearest.Actor).Add(hit.Sign * Reversal(nearest), weight, hit.Span, hit.Negated);
                // "ضرورة وحدة ليبيا وحل الصراع عبر عملية سياسية": a word governs its whole coordinated object, so each
                // target joined by و after its object, with no clause break or other stance word between, gets it too.
                if (!hit.Governs || nearest.FirstToken < hit.End) continue;
                var from = nearest;
                foreach (var next in targets)
                {
                    if (next.FirstToken < from.EndToken) continue;
                    // A conjunct named by an epithet (ووقف بيع الانقلابيين) carries the speaker's own word for it.
                    if (!Conjoined(text, from.EndToken, next.FirstToken, hits) || hits.Exists(h => h.First >= next.FirstToken && h.First < next.EndToken)) break;
                    if (!described.TryGetValue(next, out var descriptor) || hit.First > descriptor)
                        TallyOf(next.Actor).Add(hit.Sign * Reversal(next), weight, hit.Span, hit.Negated);
                    from = next;
                }
            }
            else if (addressee is not null)
                TallyOf(addressee.Actor).Add(hit.Sign, hit.Weight * 0.6, hit.Span, hit.Negated);
        }

        var stances = new List<TargetStance>(order.Count);
        for (var k = 0; k < order.Count; k++)
        {
            var stance = tallies[order[k].Id].ToStance(order[k].Ref);
            if (k < named || stance.Polarity != Polarity.Neutral) stances.Add(stance);
        }
        return stances;
    }

    /// <summary>
    /// The stance words of the content with their signs after negation and composition. An oppose word right before a
    /// support word governs it ("ترفض الحوار مع حفتر", "rejects any backing of X"): the pair is one oppose hit where the
    /// support word stands. The same holds for the object of a polar cue ("أدان الدعم الروسي لحفتر").
    /// </summary>
    private List<Hit> Hits(AnalyzedText text, AttributedStatement statement, int cueSign)
    {
        var hits = new List<Hit>();
        var warning = IsWarningCue(text, statement);
        var i = statement.ContentFirst;
        while (i < statement.ContentEnd)
        {
            if (!_lexicon.TryMatch(text, i, statement.ContentEnd, out var word, out var length)) { i++; continue; }
            var end = i + length;
            if (word.Negatable && AfterRelative(text, i, statement.ContentFirst)) { i = end; continue; }
            // "مكافحة الإرهاب": a word whose object is an epithet is aimed at the party the epithet names, which the
            // epithet itself scores; it must not reach past it to another target.
            if (word.Negatable && IsArabic(text, i) && end < statement.ContentEnd && _lexicon.TryMatch(text, end, statement.ContentEnd, out var next, out _)
                && !next.Negatable && next.Polarity == Polarity.Oppose) { i = end; continue; }
            var negated = word.Negatable && IsNegated(text, i, statement.ContentFirst);
            var sign = Sign(word.Polarity) * (negated ? -1 : 1);
            // Warning against rejecting X is backing X: the oppose word names the act warned against.
            if (word.Polarity == Polarity.Oppose && word.Negatable && (warning || WarnedBefore(text, i, statement.ContentFirst))) sign = -sign;
            var hit = new Hit(i, end, sign, word.Weight, text.SpanOf(i, end - 1), negated, word.Negatable);
            i = end;

            if (cueSign != 0 && hit.First - statement.ContentFirst <= 1)
            {
                // An oppose word in the cue's object names the target's own deed ("condemned Haftar's attacks"),
                // which the cue already scores; a support word there is what the cue judges.
                if (word.Polarity == Polarity.Oppose) continue;
                hits.Add(hit with { Sign = sign * cueSign });
                continue;
            }
            if (hits.Count > 0 && hits[^1] is { Sign: < 0, Governs: true } governor && sign > 0 && hit.First - governor.End <= 1)
            {
                hits[^1] = hit with { Sign = -1, Weight = Math.Max(hit.Weight, governor.Weight) };
                continue;
            }
            hits.Add(hit);
        }
        return hits;
    }

    // "حذر وزير الخارجية الإيطالي باولو جينتيلوني والمبعوث الأممي برناردينو ليون الأطراف …": an actor joined by و at the
    // very start of the content, after the speaker's own mention, is a second subject: a speaker, not a target.
    private static string? CoSpeaker(AnalyzedText text, AttributedStatement statement, List<ActorMatch> inContent)
    {
        if (statement.Source is not { } source) return null;
        foreach (var mention in inContent)
        {
            if (mention.FirstToken != statement.ContentFirst) continue;
            if (mention.Span.Start < source.End || !StartsWithConjunction(text, mention)) return null;
            for (var k = statement.Cue.EndToken; k < mention.FirstToken; k++)
                if (text.Tokens[k].IsClauseBreak || text.Tokens[k].IsSentenceEnd) return null;
            return mention.Actor.Id;
        }
        return null;
    }

    // و as a conjunction, not the first letter of a word (وزير): what follows it is the article ال, another و, or a name
    // the actor is known by.
    private static bool StartsWithConjunction(AnalyzedText text, ActorMatch mention)
    {
        var written = text.Text.AsSpan(mention.Span.Start, mention.Span.End - mention.Span.Start);
        if (written.Length < 3 || written[0] != '\u0648') return false;
        if (written[1] == '\u0648' || (written[1] == '\u0627' && written[2] == '\u0644')) return true;
        var rest = TextNormalizer.NormalizeTerm(written[1..].ToString());
        foreach (var alias in mention.Actor.Aliases)
            if (TextNormalizer.NormalizeTerm(alias) == rest) return true;
        return false;
    }

    // A nationality adjective agreeing with the noun before it (الدبلوماسية الروسية، الخبرات المصرية) stands for its
    // state. Only the adjective forms ending in the nisba -ي/-ية count: plural people nouns (الإيطاليين، أتراك) name
    // persons, not the state. Arabic only: English adjectives stay with the relation finder.
    private List<ActorMatch> StateAdjectives(AnalyzedText text, AttributedStatement statement, List<ActorMatch> inContent)
    {
        List<ActorMatch>? found = null;
        for (var i = statement.ContentFirst + 1; i < statement.ContentEnd; i++)
        {
            var token = text.Tokens[i];
            if (!token.IsWord || !text.Tokens[i - 1].IsWord || !Tokenizer.IsArabic(token.Normalized)) continue;
            if (!(token.Normalized.EndsWith('\u064A') || token.Normalized.EndsWith("\u064A\u0647", StringComparison.Ordinal))) continue;
            if (_actorWords.DemonymAt(text, i) is not { } state || _lexicon.IsSetting(state.Id)) continue;
            if (inContent.Exists(m => m.FirstToken <= i && i < m.EndToken)) continue;
            (found ??= []).Add(new ActorMatch(state, i, i + 1, text.SpanOf(i, i)));
        }
        return found ?? [];
    }

    // "على قطر والسودان وتركيا، واتهمها بالتورط …": the pronoun on a polar cue is its object, the actors named last
    // before the cue in its sentence (a list joined by و counts whole).
    private List<ActorMatch> CueObjectAntecedents(AnalyzedText text, AttributedStatement statement, IReadOnlyList<ActorMatch> mentions)
    {
        var cueToken = text.Tokens[statement.Cue.EndToken - 1].Normalized;
        var lemma = TextNormalizer.NormalizeTerm(statement.Cue.Cue.Lemma);
        if (!Tokenizer.IsArabic(cueToken) || !HasObjectPronoun(cueToken, lemma)) return [];
        var sentenceStart = statement.Sentence.Span.Start;
        var found = new List<ActorMatch>();
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.EndToken > statement.Cue.FirstToken) continue;
            if (mention.Span.Start < sentenceStart) break;
            if (!IsTarget(statement.Speaker, mention.Actor) || (statement.Source is { } source && mention.Span.Start < source.End && source.Start < mention.Span.End))
            {
                if (found.Count > 0) break;
                continue;
            }
            var next = found.Count == 0 ? statement.Cue.FirstToken : found[^1].FirstToken;
            if (WordsBetween(text, mention.EndToken, next) > (found.Count == 0 ? 1 : 0)) break;
            found.Add(mention);
        }
        return found;
    }

    private static bool HasObjectPronoun(string cueToken, string lemma)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647"])
            if (cueToken.EndsWith(suffix, StringComparison.Ordinal) && !lemma.EndsWith(suffix, StringComparison.Ordinal))
                return true;
        return false;
    }

    private static int WordsBetween(AnalyzedText text, int from, int to)
    {
        var words = 0;
        for (var k = from; k < to; k++)
            if (text.Tokens[k].IsWord) words++;
        return words;
    }

    // Within its clause and a few words of a descriptive word (الذي، موالية، باسم، قبيل): the phrase describes a noun or
    // sets a time, and what it names is not what the statement is about.
    private int? DescriptorBefore(AnalyzedText text, int contentFirst, int token)
    {
        // "مؤتمر القاهرة": a name right after an event noun is where the event took place.
        if (token > contentFirst && _lexicon.IsEventNoun(text, token - 1)) return token - 1;
        var words = 0;
        for (var j = token - 1; j >= contentFirst && words <= _lexicon.DescriptorScope; j--)
        {
            var t = text.Tokens[j];
            if (t.IsClauseBreak || t.IsSentenceEnd || t.Kind == TokenKind.Quote) return null;
            if (!t.IsWord) continue;
            if (_lexicon.IsDescriptor(text, j)) return j;
            words++;
        }
        return null;
    }

    // Whether the words between two targets join them as conjuncts: a و-word right after the first, at most a few words,
    // no clause break, quote or other stance word.
    private static bool Conjoined(AnalyzedText text, int from, int to, List<Hit> hits)
    {
        if (to <= from || !text.Tokens[from].IsWord || text.Text[text.Tokens[from].Start] != '\u0648' || text.Tokens[from].End - text.Tokens[from].Start < 3)
            return false;
        var words = 0;
        for (var k = from; k < to; k++)
        {
            var t = text.Tokens[k];
            if (t.IsClauseBreak || t.IsSentenceEnd || t.Kind == TokenKind.Quote) return false;
            if (t.IsWord && ++words > ConjunctWords) return false;
        }
        foreach (var other in hits)
            if (other.First >= from && other.First < to) return false;
        return true;
    }

    // The clause rules were written and measured for Arabic; English keeps its nearest-target reading.
    private static bool IsArabic(AnalyzedText text, int token) => Tokenizer.IsArabic(text.Tokens[token].Normalized);

    private bool IsDoerOfHead(AnalyzedText text, int descriptor, ActorMatch target)
    {
        if (!_lexicon.IsRelative(text, descriptor) || target.FirstToken != descriptor + 2) return false;
        var verb = text.Tokens[descriptor + 1];
        return verb.IsWord && verb.Normalized.Length > 3 && Tokenizer.IsArabic(verb.Normalized)
            && (verb.Normalized.EndsWith('\u0647') || verb.Normalized.EndsWith("\u0647\u0627", StringComparison.Ordinal) || verb.Normalized.EndsWith("\u0647\u0645", StringComparison.Ordinal));
    }

    // "الطرف الذي رفض توقيع الاتفاق": a stance word at most one word after a relative pronoun is the described noun's act.
    private bool AfterRelative(AnalyzedText text, int wordStart, int contentFirst)
    {
        var words = 0;
        for (var j = wordStart - 1; j >= contentFirst && words < 2; j--)
        {
            var t = text.Tokens[j];
            if (t.IsClauseBreak || t.IsSentenceEnd || t.Kind == TokenKind.Quote) return false;
            if (!t.IsWord) continue;
            if (_lexicon.IsRelative(text, j)) return true;
            words++;
        }
        return false;
    }

    private bool IsWarningCue(AnalyzedText text, AttributedStatement statement)
    {
        for (var k = statement.Cue.FirstToken; k < statement.Cue.EndToken; k++)
            if (_lexicon.IsWarning(text, k)) return true;
        return false;
    }

    // A warning word earlier in the same clause of the content ("… محذرا من مغبة رفض …").
    private bool WarnedBefore(AnalyzedText text, int wordStart, int contentFirst)
    {
        for (var j = wordStart - 1; j >= contentFirst; j--)
        {
            var t = text.Tokens[j];
            if (t.IsSentenceEnd) return false;
            if (_lexicon.IsWarning(text, j)) return true;
        }
        return false;
    }

    private readonly record struct Hit(int First, int End, int Sign, double Weight, Span Span, bool Negated, bool Governs);

    private bool IsTarget(ActorEntry speaker, ActorEntry actor)
        => actor.Type is not ("media" or "source") && !_actors.SameCamp(speaker, actor);

    private bool IsNegated(AnalyzedText text, int wordStart, int contentFirst)
    {
        var floor = Math.Max(0, Math.Min(contentFirst, wordStart) - 1);
        for (var j = wordStart - 1; j >= floor && j >= wordStart - _lexicon.NegationScope; j--)
        {
            var token = text.Tokens[j];
            if (token.IsClauseBreak || token.Kind == TokenKind.Quote) return false;
            if (token.IsWord && _lexicon.IsNegator(text, j)) return true;
        }
        return false;
    }

    // Token distance to the nearest target mention (0 when adjacent or overlapping); clause breaks in between
    // count extra, since a stance word rarely reaches across a comma. Ties go to the mention after the word.
    private static (ActorMatch? Mention, int Distance) Nearest(AnalyzedText text, List<ActorMatch> targets, int first, int end, Func<ActorMatch, bool> reachable)
    {
        ActorMatch? best = null;
        var bestDistance = int.MaxValue;
        var bestAfter = false;
        foreach (var target in targets)
        {
            if (!reachable(target)) continue;
            int distance;
            bool after;
            if (target.FirstToken >= end) { distance = Gap(text, end, target.FirstToken); after = true; }
            else if (target.EndToken <= first) { distance = Gap(text, target.EndToken, first); after = false; }
            else { distance = 0; after = true; }
            if (distance < bestDistance || (distance == bestDistance && after && !bestAfter))
            {
                best = target;
                bestDistance = distance;
                bestAfter = after;
            }
        }
        return (best, bestDistance);
    }

    private static int Gap(AnalyzedText text, int from, int to)
    {
        var gap = 0;
        for (var k = from; k < to; k++)
        {
            var token = text.Tokens[k];
            if (token.IsWord) gap++;
            else if (token.IsClauseBreak) gap += 3;
        }
        return gap;
    }

    private static double Proximity(int distance) => 1.0 / (1.0 + distance / 3.0);

    private static int Sign(Polarity polarity) => polarity switch
    {
        Polarity.Support => 1,
        Polarity.Oppose => -1,
        _ => 0,
    };

    private sealed class Tally
    {
        private double _sum;
        private double _magnitude;
        private int _hits;
        private bool _negation;
        // The weightiest word on each side, so the evidence shown agrees with the verdict.
        private (double Weight, Span? Span) _strongestSupport;
        private (double Weight, Span? Span) _strongestOppose;

        public void Add(int sign, double weight, Span evidence, bool negated)
        {
            if (sign == 0) return;
            _sum += sign * weight;
            _magnitude += weight;
            _hits++;
            _negation |= negated;
            if (sign > 0 && weight > _strongestSupport.Weight) _strongestSupport = (weight, evidence);
            if (sign < 0 && weight > _strongestOppose.Weight) _strongestOppose = (weight, evidence);
        }

        public TargetStance ToStance(ActorRef target)
        {
            if (_hits == 0) return new TargetStance(target, Polarity.Neutral, 0, 0.3);
            var score = Math.Clamp(_sum, -1, 1);
            var polarity = score >= NeutralBand ? Polarity.Support : score <= -NeutralBand ? Polarity.Oppose : Polarity.Neutral;
            // More and closer evidence raises confidence; disagreement among the words and negation lower it.
            var agreement = _magnitude > 0 ? Math.Abs(_sum) / _magnitude : 0;
            var confidence = (0.45 + 0.3 * Math.Abs(score) + 0.05 * Math.Min(_hits - 1, 4)) * (0.5 + 0.5 * agreement) * (_negation ? 0.85 : 1.0);
            var evidence = polarity switch
            {
                Polarity.Support => _strongestSupport.Span,
                Polarity.Oppose => _strongestOppose.Span,
                _ => null,
            };
            return new TargetStance(target, polarity, Math.Round(score, 3), Math.Round(Math.Clamp(confidence, 0, 0.95), 3), evidence);
        }
    }
}
