using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Relations;

/// <summary>
/// The cues of reported positions, read from the 'relations' sections of the data files: cue phrases with their polarity
/// and word orders, hyphenated compounds ("Russian-backed"), and the small words allowed between an actor and its cue
/// (fillers: "the", commas) or between the actors of a list (joiners: و، and).
/// </summary>
public sealed class RelationLexicon
{
    private static readonly string[] Layouts = ["target-cue-holders", "holder-cue-target", "cue-holder-target", "target-cue-holder"];

    private readonly PhraseMatcher<RelationPattern> _patterns = new();
    private readonly Dictionary<string, Polarity> _compounds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fillers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _joiners = new(StringComparer.Ordinal);

    public int Count => _patterns.Count;

    /// <summary>The longest relation cue starting at word <paramref name="token"/> (forms are matched with clitics and inflections peeled).</summary>
    public bool TryMatch(AnalyzedText text, int token, out RelationPattern pattern, out int length)
    {
        pattern = null!;
        length = 0;
        return text.Tokens[token].IsWord && _patterns.TryMatchLongest(text, token, text.Tokens.Count, TokenReadings.Words, out pattern, out length);
    }

    /// <summary>The polarity of a compound's second half ("backed" in "Russian-backed"), if it is one.</summary>
    public Polarity? CompoundPolarity(string normalizedSuffix) => _compounds.TryGetValue(normalizedSuffix, out var polarity) ? polarity : null;

    public bool IsFiller(string normalized) => _fillers.Contains(normalized);

    public bool IsJoiner(string normalized) => _joiners.Contains(normalized);

    /// <summary>The entry for exactly this phrase, if any (for tests and tools).</summary>
    public RelationPattern? Lookup(string phrase) => _patterns.Get(Tokenizer.Tokenize(phrase).Select(t => t.Normalized).ToArray());

    internal void Read(YamlData file)
    {
        var node = file.Get(file.Root, "relations");
        if (node is null) return;
        if (node is not YamlMappingNode section) throw file.Error(node, "'relations' must be a mapping (patterns, compounds, fillers, joiners)");
        file.OnlyKeys(section, "'relations'", "language", "patterns", "compounds", "fillers", "joiners");

        ReadWords(file, section, "fillers", _fillers);
        ReadWords(file, section, "joiners", _joiners);

        var patterns = file.Sequence(section, "patterns", "'relations'");
        foreach (var item in patterns?.Children ?? [])
        {
            if (item is not YamlMappingNode map) throw file.Error(item, "each entry of 'patterns' must be a mapping with 'forms', 'polarity' and 'layout'");
            file.OnlyKeys(map, "an entry of 'patterns'", "forms", "polarity", "layout", "note");
            var forms = FormsOf(file, map, "a relation pattern");
            var polarity = PolarityOf(file, map);
            var layoutText = file.Scalar(map, "layout", "a relation pattern") ?? throw file.Error(map, "a relation pattern needs 'layout'");
            var layouts = new List<RelationLayout>();
            foreach (var name in YamlData.Forms(layoutText))
            {
                var index = Array.IndexOf(Layouts, name);
                if (index < 0) throw file.Error(map, $"unknown layout '{name}' (expected one of: {string.Join(", ", Layouts)})");
                layouts.Add((RelationLayout)index);
            }
            var pattern = new RelationPattern(forms[0], polarity, layouts, forms);
            foreach (var form in forms)
            {
                var tokens = Tokenizer.Tokenize(form).Where(t => t.IsWord).Select(t => t.Normalized).ToArray();
                if (tokens.Length == 0) throw file.Error(map, $"relation form '{form}' has no letters");
                _patterns.Add(tokens, pattern);
            }
        }

        var compounds = file.Sequence(section, "compounds", "'relations'");
        foreach (var item in compounds?.Children ?? [])
        {
            if (item is not YamlMappingNode map) throw file.Error(item, "each entry of 'compounds' must be a mapping with 'forms' and 'polarity'");
            file.OnlyKeys(map, "an entry of 'compounds'", "forms", "polarity", "note");
            var polarity = PolarityOf(file, map);
            foreach (var form in FormsOf(file, map, "a compound"))
                _compounds[TextNormalizer.NormalizeTerm(form)] = polarity;
        }
    }

    private static void ReadWords(YamlData file, YamlMappingNode section, string key, HashSet<string> into)
    {
        var list = file.Sequence(section, key, "'relations'");
        if (list is null) return;
        foreach (var (value, _) in file.Strings(list, $"'{key}'"))
            into.Add(TextNormalizer.NormalizeTerm(value));
    }

    private static string[] FormsOf(YamlData file, YamlMappingNode map, string what)
    {
        var text = file.Scalar(map, "forms", what) ?? throw file.Error(map, $"{what} needs 'forms'");
        var forms = YamlData.Forms(text).ToArray();
        if (forms.Length == 0) throw file.Error(map, $"{what} has no forms");
        return forms;
    }

    private static Polarity PolarityOf(YamlData file, YamlMappingNode map) => file.Scalar(map, "polarity", "a relation") switch
    {
        "support" => Polarity.Support,
        "oppose" => Polarity.Oppose,
        var other => throw file.Error(map, $"polarity must be 'support' or 'oppose', not '{other}'"),
    };
}
