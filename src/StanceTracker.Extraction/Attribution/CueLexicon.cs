using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Attribution;

/// <summary>
/// Reporting cues and the small closed word classes attribution needs (complementizers, titles, pronouns, adjuncts),
/// read from the 'cues' sections of the data files. Arabic and English entries live side by side: the script of a
/// token decides which can match.
/// </summary>
public sealed class CueLexicon
{
    private readonly PhraseMatcher<ReportingCue> _cues = new();
    private readonly List<ReportingCue> _all = [];
    private readonly HashSet<string> _complementizers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pronounComplementizers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personPronouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groupPronouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _adjuncts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _relayMarkers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _auxiliaries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _subjectStops = new(StringComparer.Ordinal);
    private readonly HashSet<string> _determiners = new(StringComparer.Ordinal);
    private readonly HashSet<string> _otherPronouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organisationHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nameParticles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nameStops = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anaphoricSubjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commonSubjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _subjectOpeners = new(StringComparer.Ordinal);
    private readonly HashSet<string> _appositionMarkers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personTitles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _relativeBeforeCue = new(StringComparer.Ordinal);
    private readonly HashSet<string> _infinitiveCues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _labelStops = new(StringComparer.Ordinal);
    private readonly HashSet<string> _asides = new(StringComparer.Ordinal);
    private readonly HashSet<string> _demonstrativeHeads = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<string> _notCues = new();
    private readonly HashSet<string> _passiveCues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _quotedNameHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _actObjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refusalCues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pluperfectAuxiliaries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pluperfectParticles = new(StringComparer.Ordinal);

    public IReadOnlyList<ReportingCue> All => _all;

    /// <summary>The cue whose form is exactly this (normalized) phrase, if any: for tests and tools.</summary>
    public ReportingCue? Lookup(string phrase) => _cues.Get(Tokenizer.Tokenize(phrase).Select(t => t.Normalized).ToArray());

    /// <summary>The longest cue starting at <paramref name="token"/>, matched on clitic-stripped readings (وقال، فعبر).</summary>
    public bool TryMatch(AnalyzedText text, int token, int stop, out CueMatch match)
    {
        match = default;
        if (!text.Tokens[token].IsWord) return false;
        if (!_cues.TryMatchLongest(text, token, stop, TokenReadings.Words, out var cue, out var length)) return false;
        if (_notCues.Count > 0 && InsideNotCue(text, token, stop)) return false;
        match = new CueMatch(cue, token, token + length);
        return true;
    }

    // A look-alike phrase that starts at the cue or one word before it ("founded", "talk show", "phone call").
    private bool InsideNotCue(AnalyzedText text, int token, int stop)
    {
        if (_notCues.TryMatchLongest(text, token, stop, TokenReadings.Words, out _, out _)) return true;
        return token > 0 && text.Tokens[token - 1].IsWord && _notCues.TryMatchLongest(text, token - 1, stop, TokenReadings.Words, out _, out var length) && length >= 2;
    }

    /// <summary>أن، إن، بأن، that: introduces reported content and is not part of it.</summary>
    public bool IsComplementizer(string normalized) => _complementizers.Contains(normalized);

    /// <summary>أنه، أنها، إنهم: introduces reported content and carries its subject, so it stays in the content.</summary>
    public bool IsPronounComplementizer(string normalized) => _pronounComplementizers.Contains(normalized);

    /// <summary>Title and role words that may stand between a cue and its subject (الرئيس أردوغان، said Foreign Minister X).</summary>
    public bool IsTitle(string normalized) => _titles.Contains(normalized);

    public bool IsPersonPronoun(string normalized) => _personPronouns.Contains(normalized);
    public bool IsGroupPronoun(string normalized) => _groupPronouns.Contains(normalized);

    /// <summary>Words that open a circumstance after a cue (on Monday, in a statement): not content on their own.</summary>
    public bool IsAdjunct(string normalized) => _adjuncts.Contains(normalized);

    /// <summary>Auxiliaries and particles between a subject and its cue (has, had, also, قد، كانت).</summary>
    public bool IsAuxiliary(string normalized) => _auxiliaries.Contains(normalized);

    /// <summary>Words that cannot be inside an English subject noun phrase (that, and, who, is, was …): where it stops.</summary>
    public bool IsSubjectStop(string normalized) => _subjectStops.Contains(normalized);

    /// <summary>Words that open an English noun phrase (the, his, several …): never part of a name.</summary>
    public bool IsDeterminer(string normalized) => _determiners.Contains(normalized);

    /// <summary>Pronoun subjects that name no third person (I, we, you): an unnamed speaker.</summary>
    public bool IsOtherPronoun(string normalized) => _otherPronouns.Contains(normalized);

    /// <summary>Last words of capitalised names of bodies, not people (House, Committee, Times).</summary>
    public bool IsOrganisationHead(string normalized) => _organisationHeads.Contains(normalized);

    /// <summary>Lower-case words inside a person's name (de, van, bin).</summary>
    public bool IsNameParticle(string normalized) => _nameParticles.Contains(normalized);

    /// <summary>Arabic function words that end a subject read after a cue (في، على، الذي، وهو): never part of a name.</summary>
    public bool IsNameStop(string normalized) => _nameStops.Contains(normalized);

    /// <summary>A definite singular head (المسؤول) that, naming no one, points back to the person who spoke last.</summary>
    public bool IsAnaphoricSubject(string normalized) => _anaphoricSubjects.Contains(normalized);

    /// <summary>Arabic generic nouns that open a subject naming nobody (مصادر، مسؤول، منتقدون): an unnamed speaker, not a name.</summary>
    public bool IsCommonSubject(string normalized) => _commonSubjects.Contains(normalized);

    /// <summary>Particles after which a fronted Arabic subject stands before its verb (لكن مسؤولا … قال).</summary>
    public bool IsSubjectOpener(string normalized) => _subjectOpeners.Contains(normalized);

    /// <summary>Words that open an apposition about the speaker after their name (وهو، وهي، الذي).</summary>
    public bool IsAppositionMarker(string normalized) => _appositionMarkers.Contains(normalized);

    /// <summary>Titles of a person's rank or office that a name follows (الرئيس، السفير، الدكتور), unlike titles naming a body.</summary>
    public bool IsPersonTitle(string normalized) => _personTitles.Contains(normalized);

    /// <summary>Relative words that make the cue after them a noun clause (فيما قاله، ما وصفه): no report of its own.</summary>
    public bool IsRelativeBeforeCue(string normalized) => _relativeBeforeCue.Contains(normalized);

    /// <summary>English cue words whose content may be a to-infinitive (declined to comment, plans to run): "to" opens the content.</summary>
    public bool TakesInfinitive(string normalized) => _infinitiveCues.Contains(normalized);

    /// <summary>Words of a "Label:" that names no speaker (Update:, Editor's note:, Watch:): no statement follows.</summary>
    public bool IsLabelStop(string normalized) => _labelStops.Contains(normalized);

    /// <summary>First words of a short English aside between commas before a cue (", however,", ", for their part,").</summary>
    public bool IsAsideOpener(string normalized) => _asides.Contains(normalized);

    /// <summary>English cue words that still report someone's words in the passive ("was asked whether", "is widely expected to").</summary>
    public bool IsPassiveCue(string normalized) => _passiveCues.Contains(normalized);

    /// <summary>Nouns after which "that" is a demonstrative ("that night", "that week"), not a complementizer.</summary>
    public bool IsDemonstrativeHead(string normalized) => _demonstrativeHeads.Contains(normalized);

    /// <summary>كان، وكانت: the auxiliary that opens an Arabic pluperfect (وكان X قد أعلن); its subject follows it.</summary>
    public bool IsPluperfectAuxiliary(string normalized) => _pluperfectAuxiliaries.Contains(normalized);

    /// <summary>قد: the particle right before the verb of an Arabic pluperfect.</summary>
    public bool IsPluperfectParticle(string normalized) => _pluperfectParticles.Contains(normalized);

    /// <summary>Head nouns that a group's name in quotation marks follows (تنظيم «فجر ليبيا»): the marks quote a name, not words.</summary>
    public bool IsQuotedNameHead(string normalized) => _quotedNameHeads.Contains(normalized);

    /// <summary>
    /// رفض الحضور، رفضت تسليمه: a refusal cue at <paramref name="cue"/> whose object is the verbal noun of an act reports
    /// a refusal to act, not speech.
    /// </summary>
    public bool IsRefusalOfAct(AnalyzedText text, CueMatch cue)
    {
        if (cue.EndToken >= text.Tokens.Count || !text.Tokens[cue.EndToken].IsWord) return false;
        return AnyReading(text, cue.FirstToken, _refusalCues) && AnyReading(text, cue.EndToken, _actObjects);

        static bool AnyReading(AnalyzedText text, int token, HashSet<string> words)
        {
            foreach (var reading in text.WordVariants(token))
                if (words.Contains(reading)) return true;
            return false;
        }
    }

    /// <summary>The preposition that introduces the relayed speaker (نقلت رويترز عن X).</summary>
    public bool IsRelayMarker(string normalized) => _relayMarkers.Contains(normalized);

    internal void Read(YamlData file)
    {
        var node = file.Get(file.Root, "cues");
        if (node is null) return;
        if (node is not YamlMappingNode section) throw file.Error(node, "'cues' must be a mapping (verbs, participles, sources, relays, ...)");
        file.OnlyKeys(section, "'cues'", "language", "verbs", "participles", "sources", "relays", "relay_markers", "complementizers",
            "pronoun_complementizers", "titles", "person_pronouns", "group_pronouns", "adjuncts", "auxiliaries",
            "subject_stops", "determiners", "other_pronouns", "organisation_heads", "name_particles",
            "name_stops", "common_subjects", "subject_openers", "apposition_markers", "person_titles", "relatives_before_cue", "anaphoric_subjects",
            "infinitive_cues", "label_stops", "asides", "demonstrative_heads", "not_cues", "passive_cues", "pluperfect_auxiliaries",
            "pluperfect_particles", "quoted_name_heads", "act_objects", "refusal_cues");

        ReadCues(file, section, "verbs", CueKind.Verb);
        ReadCues(file, section, "participles", CueKind.Participle);
        ReadCues(file, section, "sources", CueKind.Source);
        ReadCues(file, section, "relays", CueKind.Relay);
        ReadWords(file, section, "relay_markers", _relayMarkers);
        ReadWords(file, section, "complementizers", _complementizers);
        ReadWords(file, section, "pronoun_complementizers", _pronounComplementizers);
        ReadWords(file, section, "titles", _titles);
        ReadWords(file, section, "person_pronouns", _personPronouns);
        ReadWords(file, section, "group_pronouns", _groupPronouns);
        ReadWords(file, section, "adjuncts", _adjuncts);
        ReadWords(file, section, "auxiliaries", _auxiliaries);
        ReadWords(file, section, "subject_stops", _subjectStops);
        ReadWords(file, section, "determiners", _determiners);
        ReadWords(file, section, "other_pronouns", _otherPronouns);
        ReadWords(file, section, "organisation_heads", _organisationHeads);
        ReadWords(file, section, "name_particles", _nameParticles);
        ReadWords(file, section, "name_stops", _nameStops);
        ReadWords(file, section, "anaphoric_subjects", _anaphoricSubjects);
        ReadWords(file, section, "common_subjects", _commonSubjects);
        ReadWords(file, section, "subject_openers", _subjectOpeners);
        ReadWords(file, section, "apposition_markers", _appositionMarkers);
        ReadWords(file, section, "person_titles", _personTitles);
        ReadWords(file, section, "relatives_before_cue", _relativeBeforeCue);
        ReadWords(file, section, "infinitive_cues", _infinitiveCues);
        ReadWords(file, section, "label_stops", _labelStops);
        ReadWords(file, section, "asides", _asides);
        ReadWords(file, section, "demonstrative_heads", _demonstrativeHeads);
        ReadPhrases(file, section, "not_cues", _notCues);
        ReadWords(file, section, "passive_cues", _passiveCues);
        ReadWords(file, section, "quoted_name_heads", _quotedNameHeads);
        ReadWords(file, section, "act_objects", _actObjects);
        ReadWords(file, section, "refusal_cues", _refusalCues);
        ReadWords(file, section, "pluperfect_auxiliaries", _pluperfectAuxiliaries);
        ReadWords(file, section, "pluperfect_particles", _pluperfectParticles);
    }

    private void ReadCues(YamlData file, YamlMappingNode section, string key, CueKind kind)
    {
        var list = file.Sequence(section, key, "'cues'");
        if (list is null) return;
        foreach (var item in list.Children)
        {
            string forms;
            var role = CueRole.Speech;
            Polarity? polarity = null;
            switch (item)
            {
                case YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                    forms = value;
                    break;
                case YamlMappingNode map:
                    file.OnlyKeys(map, $"a cue of '{key}'", "forms", "role", "polarity", "note");
                    forms = file.Scalar(map, "forms", "a cue") ?? throw file.Error(map, $"a cue of '{key}' needs 'forms'");
                    role = file.Scalar(map, "role", "a cue") switch
                    {
                        null or "speech" => CueRole.Speech,
                        "address" => CueRole.Address,
                        var other => throw file.Error(map, $"unknown cue role '{other}' (expected speech or address)"),
                    };
                    polarity = StanceLexiconPolarity(file, map);
                    break;
                default:
                    throw file.Error(item, $"each entry of '{key}' must be a text (forms separated by '|') or a mapping with 'forms'");
            }

            var written = YamlData.Forms(forms).ToArray();
            if (written.Length == 0) throw file.Error(item, $"a cue of '{key}' has no forms");
            var cue = new ReportingCue(written[0], kind, role, polarity, written);
            _all.Add(cue);
            foreach (var form in written)
            {
                var tokens = Tokenizer.Tokenize(form).Select(t => t.Normalized).ToArray();
                if (tokens.Length == 0) throw file.Error(item, $"cue form '{form}' has no letters");
                _cues.Add(tokens, cue);
            }
        }
    }

    private static Polarity? StanceLexiconPolarity(YamlData file, YamlMappingNode map) => file.Scalar(map, "polarity", "a cue") switch
    {
        null => null,
        "support" => Polarity.Support,
        "oppose" => Polarity.Oppose,
        "neutral" => Polarity.Neutral,
        var other => throw file.Error(map, $"unknown polarity '{other}' (expected support, oppose or neutral)"),
    };

    private static void ReadPhrases(YamlData file, YamlMappingNode section, string key, PhraseMatcher<string> into)
    {
        var list = file.Sequence(section, key, "'cues'");
        if (list is null) return;
        foreach (var (value, node) in file.Strings(list, $"'{key}'"))
            foreach (var form in YamlData.Forms(value))
            {
                var tokens = Tokenizer.Tokenize(form).Select(t => t.Normalized).ToArray();
                if (tokens.Length == 0) throw file.Error(node, $"'{key}' entry '{form}' has no letters");
                into.Add(tokens, form);
            }
    }

    private static void ReadWords(YamlData file, YamlMappingNode section, string key, HashSet<string> into)
    {
        var list = file.Sequence(section, key, "'cues'");
        if (list is null) return;
        foreach (var (value, _) in file.Strings(list, $"'{key}'"))
            foreach (var form in YamlData.Forms(value))
                into.Add(TextNormalizer.NormalizeTerm(form));
    }
}
