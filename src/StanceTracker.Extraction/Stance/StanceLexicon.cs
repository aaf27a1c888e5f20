using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Stance;

/// <summary>Support and oppose words and negators, read from the 'stance' sections of the data files.</summary>
public sealed class StanceLexicon
{
    private readonly PhraseMatcher<StanceWord> _words = new();
    private readonly HashSet<string> _negators = new(StringComparer.Ordinal);
    private readonly HashSet<string> _relatives = new(StringComparer.Ordinal);
    private readonly HashSet<string> _descriptors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warnings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _eventNouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _settings = new(StringComparer.Ordinal);

    /// <summary>How many tokens before a stance word a negator still reverses it (within the same clause).</summary>
    public int NegationScope { get; private set; } = 3;

    /// <summary>How many words after a descriptive word (<see cref="IsDescriptor"/>) its phrase runs at most, within its clause.</summary>
    public int DescriptorScope { get; private set; } = 8;

    /// <summary>How far (in words, a clause break counting 3) an epithet reaches the target it qualifies.</summary>
    public int EpithetReach { get; private set; } = 2;

    public int Count => _words.Count;

    /// <summary>A relative pronoun (الذي، التي): a stance word right after it is the act of the noun it describes.</summary>
    public bool IsRelative(AnalyzedText text, int token) => AnyReading(text, token, _relatives);

    /// <summary>
    /// A word that opens a phrase describing another noun (relative pronouns, موالية ل، باسم) or setting a time (قبيل،
    /// عند): an actor named inside that phrase is not what the statement is about.
    /// </summary>
    public bool IsDescriptor(AnalyzedText text, int token) => AnyReading(text, token, _relatives) || AnyReading(text, token, _descriptors);

    /// <summary>A noun naming an event (مؤتمر، اجتماع): a place name right after it is where, not who.</summary>
    public bool IsEventNoun(AnalyzedText text, int token) => AnyReading(text, token, _eventNouns);

    /// <summary>A word of warning (حذر، مغبة): what is warned against is opposed, so an oppose word it governs reverses.</summary>
    public bool IsWarning(AnalyzedText text, int token) => AnyReading(text, token, _warnings);

    /// <summary>
    /// States whose nationality adjective describes where things happen (الأزمة الليبية in Libyan news) rather than the
    /// state as a party; their adjectives are not stance targets.
    /// </summary>
    public bool IsSetting(string actorId) => _settings.Contains(actorId);

    private static bool AnyReading(AnalyzedText text, int token, HashSet<string> set)
    {
        if (set.Count == 0 || !text.Tokens[token].IsWord) return false;
        foreach (var reading in text.WordVariants(token))
            if (set.Contains(reading)) return true;
        return false;
    }

    public bool IsNegator(AnalyzedText text, int token)
    {
        foreach (var reading in text.WordVariants(token))
            if (_negators.Contains(reading)) return true;
        return false;
    }

    public bool TryMatch(AnalyzedText text, int token, int stop, out StanceWord word, out int length)
    {
        word = null!;
        length = 0;
        return text.Tokens[token].IsWord && _words.TryMatchLongest(text, token, stop, TokenReadings.Words, out word, out length);
    }

    /// <summary>The entry for exactly this word or phrase, if any (for tests and tools).</summary>
    public StanceWord? Lookup(string phrase) => _words.Get(Tokenizer.Tokenize(phrase).Select(t => t.Normalized).ToArray());

    internal void Read(YamlData file)
    {
        var node = file.Get(file.Root, "stance");
        if (node is null) return;
        if (node is not YamlMappingNode section) throw file.Error(node, "'stance' must be a mapping (support, oppose, negators)");
        file.OnlyKeys(section, "'stance'", "language", "support", "oppose", "negators", "negation_scope", "relatives", "descriptors",
            "descriptor_scope", "epithet_reach", "event_nouns", "warnings", "settings");

        ReadWords(file, section, "support", Polarity.Support);
        ReadWords(file, section, "oppose", Polarity.Oppose);
        ReadWordSet(file, section, "negators", _negators);
        ReadWordSet(file, section, "relatives", _relatives);
        ReadWordSet(file, section, "descriptors", _descriptors);
        ReadWordSet(file, section, "warnings", _warnings);
        ReadWordSet(file, section, "event_nouns", _eventNouns);
        var settings = file.Sequence(section, "settings", "'stance'");
        if (settings is not null)
            foreach (var (value, _) in file.Strings(settings, "'settings'"))
                _settings.Add(value.Trim());
        NegationScope = ReadScope(file, section, "negation_scope", NegationScope);
        DescriptorScope = ReadScope(file, section, "descriptor_scope", DescriptorScope);
        EpithetReach = ReadScope(file, section, "epithet_reach", EpithetReach);
    }

    private static void ReadWordSet(YamlData file, YamlMappingNode section, string key, HashSet<string> set)
    {
        var list = file.Sequence(section, key, "'stance'");
        if (list is null) return;
        foreach (var (value, _) in file.Strings(list, $"'{key}'"))
            foreach (var form in YamlData.Forms(value))
                set.Add(TextNormalizer.NormalizeTerm(form));
    }

    private static int ReadScope(YamlData file, YamlMappingNode section, string key, int current)
    {
        var scope = file.Scalar(section, key, "'stance'");
        if (scope is null) return current;
        if (!int.TryParse(scope, out var tokens) || tokens is < 0 or > 10)
            throw file.Error(file.Get(section, key), $"{key} must be a whole number from 0 to 10, not '{scope}'");
        return tokens;
    }

    private void ReadWords(YamlData file, YamlMappingNode section, string key, Polarity polarity)
    {
        var list = file.Sequence(section, key, "'stance'");
        if (list is null) return;
        foreach (var item in list.Children)
        {
            string forms;
            var weight = 1.0;
            var negatable = true;
            switch (item)
            {
                case YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                    forms = value;
                    break;
                case YamlMappingNode map:
                    file.OnlyKeys(map, $"an entry of '{key}'", "forms", "weight", "negatable", "note");
                    forms = file.Scalar(map, "forms", "a stance word") ?? throw file.Error(map, $"an entry of '{key}' needs 'forms'");
                    var w = file.Scalar(map, "weight", "a stance word");
                    if (w is not null && (!double.TryParse(w, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out weight) || weight is <= 0 or > 2))
                        throw file.Error(map, $"weight must be a number in (0, 2], not '{w}'");
                    var n = file.Scalar(map, "negatable", "a stance word");
                    if (n is not null && !bool.TryParse(n, out negatable))
                        throw file.Error(map, $"negatable must be true or false, not '{n}'");
                    break;
                default:
                    throw file.Error(item, $"each entry of '{key}' must be a text (forms separated by '|') or a mapping with 'forms'");
            }

            var written = YamlData.Forms(forms).ToArray();
            if (written.Length == 0) throw file.Error(item, $"an entry of '{key}' has no forms");
            var word = new StanceWord(written[0], polarity, weight, negatable, written);
            foreach (var form in written)
            {
                var tokens = Tokenizer.Tokenize(form).Select(t => t.Normalized).ToArray();
                if (tokens.Length == 0) throw file.Error(item, $"stance form '{form}' has no letters");
                _words.Add(tokens, word);
            }
        }
    }
}
