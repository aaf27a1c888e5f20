using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StanceTracker.Extraction.Pipeline;

/// <summary>
/// What <see cref="LanguageDetector"/> knows about languages: each one's script, the names sources give it, and for
/// scripts shared by several languages the function words that tell them apart. Read once from Lexicons/languages.yaml
/// beside the assembly, so supporting the recognition of another language is a data change.
/// </summary>
internal sealed class LanguageLexicon
{
    private static readonly Lazy<LanguageLexicon> Shared = new(() => Load(DefaultPath), LazyThreadSafetyMode.ExecutionAndPublication);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Lexicons", "languages.yaml");

    public static LanguageLexicon Default => Shared.Value;

    private readonly Dictionary<string, string> _codeByName;
    private readonly Dictionary<WritingSystem, string[]> _languagesByScript;
    private readonly Dictionary<string, IReadOnlySet<string>> _functionWords;
    private readonly Dictionary<WritingSystem, string> _scriptDefaults;
    private readonly Dictionary<string, IReadOnlySet<char>> _letters;

    private LanguageLexicon(double minimumShare, int shortTextWords, Dictionary<string, string> codeByName,
        Dictionary<WritingSystem, string[]> languagesByScript, Dictionary<string, IReadOnlySet<string>> functionWords,
        Dictionary<WritingSystem, string> scriptDefaults, Dictionary<string, IReadOnlySet<char>> letters)
    {
        _letters = letters;
        MinimumShare = minimumShare;
        ShortTextWords = shortTextWords;
        _codeByName = codeByName;
        _languagesByScript = languagesByScript;
        _functionWords = functionWords;
        _scriptDefaults = scriptDefaults;
    }

    /// <summary>The share of a text's words that the winning language's function words must reach.</summary>
    public double MinimumShare { get; }

    /// <summary>Texts with fewer words than this are too short for the absence of function words to mean anything.</summary>
    public int ShortTextWords { get; }

    /// <summary>The languages written in <paramref name="script"/>, in file order.</summary>
    public IReadOnlyList<string> LanguagesOf(WritingSystem script)
        => _languagesByScript.TryGetValue(script, out var codes) ? codes : [];

    public IReadOnlySet<string> FunctionWords(string code)
        => _functionWords.TryGetValue(code, out var words) ? words : EmptySet;

    /// <summary>Lower-case letters that only this language (of those sharing its script) uses.</summary>
    public IReadOnlySet<char> Letters(string code)
        => _letters.TryGetValue(code, out var letters) ? letters : EmptyLetters;

    public string? DefaultFor(WritingSystem script) => _scriptDefaults.GetValueOrDefault(script);

    /// <summary>A code or name as listed (case-insensitive): "ar", "Arabic", "العربية" → "ar".</summary>
    public bool TryGetCode(string nameOrCode, out string code)
        => _codeByName.TryGetValue(nameOrCode.Trim().ToLower(CultureInfo.InvariantCulture), out code!);

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();
    private static readonly IReadOnlySet<char> EmptyLetters = new HashSet<char>();

    public static LanguageLexicon Load(string path)
    {
        if (!File.Exists(path))
            throw new LexiconException(path, null, "not found; the language lexicon ships in the Lexicons folder beside the assembly");

        LanguagesFile file;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            using var reader = File.OpenText(path);
            file = deserializer.Deserialize<LanguagesFile>(reader) ?? new LanguagesFile();
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new LexiconException(path, (int)ex.Start.Line, "is not valid: " + ex.Message, ex);
        }

        if (file.MinimumShare is <= 0 or > 1)
            throw new LexiconException(path, null, "minimumShare must be a fraction above 0 and at most 1");
        if (file.Languages.Count == 0)
            throw new LexiconException(path, null, "lists no languages");

        var codeByName = new Dictionary<string, string>(StringComparer.Ordinal);
        var byScript = new Dictionary<WritingSystem, List<string>>();
        var functionWords = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var letters = new Dictionary<string, IReadOnlySet<char>>(StringComparer.Ordinal);
        foreach (var (rawCode, language) in file.Languages)
        {
            var code = rawCode.Trim().ToLowerInvariant();
            if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower))
                throw new LexiconException(path, null, $"'{rawCode}' is not a language code (two or three letters, e.g. ar, en)");
            if (!WritingSystems.TryParse(language.Script ?? "", out var script))
                throw new LexiconException(path, null,
                    $"language '{code}' has script '{language.Script}'; expected one of: {string.Join(", ", KnownScripts())}");

            AddName(code, code);
            foreach (var name in language.Names)
                AddName(name, code);
            if (!byScript.TryGetValue(script, out var codes))
                byScript[script] = codes = [];
            codes.Add(code);
            functionWords[code] = language.FunctionWords.Select(w => w.Trim().ToLower(CultureInfo.InvariantCulture))
                .Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
            var letterSet = new HashSet<char>();
            foreach (var letter in language.Letters)
            {
                var trimmed = letter.Trim();
                if (trimmed.Length != 1)
                    throw new LexiconException(path, null, $"language '{code}' lists '{letter}' as a letter; each entry must be one character");
                letterSet.Add(char.ToLowerInvariant(trimmed[0]));
            }
            letters[code] = letterSet;
        }

        // Telling several languages of one script apart needs words for each of them; a gap would make one never win.
        foreach (var (script, codes) in byScript)
        {
            if (codes.Count > 1 && codes.FirstOrDefault(c => functionWords[c].Count == 0) is { } bare)
                throw new LexiconException(path, null,
                    $"language '{bare}' shares the {script.ToString().ToLowerInvariant()} script with others but has no functionWords to tell it apart");
        }

        var defaults = new Dictionary<WritingSystem, string>();
        foreach (var (scriptName, rawCode) in file.ScriptDefaults)
        {
            if (!WritingSystems.TryParse(scriptName, out var script))
                throw new LexiconException(path, null, $"scriptDefaults names an unknown script '{scriptName}'");
            var code = rawCode.Trim().ToLowerInvariant();
            if (!byScript.TryGetValue(script, out var codes) || !codes.Contains(code))
                throw new LexiconException(path, null, $"scriptDefaults gives {scriptName} the language '{rawCode}', which is not listed for that script");
            defaults[script] = code;
        }

        return new LanguageLexicon(file.MinimumShare, Math.Max(0, file.ShortTextWords), codeByName,
            byScript.ToDictionary(p => p.Key, p => p.Value.ToArray()), functionWords, defaults, letters);

        void AddName(string name, string code)
        {
            var key = name.Trim().ToLower(CultureInfo.InvariantCulture);
            if (key.Length == 0)
                return;
            if (codeByName.TryGetValue(key, out var existing) && existing != code)
                throw new LexiconException(path, null, $"the name '{name}' is given to both '{existing}' and '{code}'");
            codeByName[key] = code;
        }
    }

    private static IEnumerable<string> KnownScripts()
        => Enum.GetValues<WritingSystem>().Where(s => s != WritingSystem.Other).Select(s => s.ToString().ToLowerInvariant());

    // The shape of languages.yaml; unknown keys are an error so that a misspelt section is noticed rather than ignored.
    private sealed class LanguagesFile
    {
        public double MinimumShare { get; set; } = 0.10;
        public int ShortTextWords { get; set; }
        public Dictionary<string, string> ScriptDefaults { get; set; } = [];
        public Dictionary<string, LanguageEntry> Languages { get; set; } = [];
    }

    private sealed class LanguageEntry
    {
        public string? Script { get; set; }
        public List<string> Names { get; set; } = [];
        public List<string> FunctionWords { get; set; } = [];
        public List<string> Letters { get; set; } = [];
    }
}
