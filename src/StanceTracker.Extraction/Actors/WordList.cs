using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// A set of normalized single words or short phrases read from a data file, given as a list or grouped by language
/// ({ar: [...], en: [...]}). Single words are probed with a token's readings (clitics stripped); phrases go to a matcher.
/// </summary>
internal sealed class WordList
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<string> _phrases = new();
    // Asked at nearly every token by the resolver's title and source rules: the answer per distinct word is kept.
    private readonly WordMemo _contains = new();

    public int Count => _words.Count + _phrases.Count;

    public void Read(YamlData file, YamlMappingNode section, string key, string what)
    {
        var node = file.Get(section, key);
        switch (node)
        {
            case null:
            case YamlScalarNode { Value: null or "" }:
                return;
            case YamlSequenceNode list:
                AddAll(file, list, $"'{key}' of {what}");
                break;
            case YamlMappingNode byLanguage:
                foreach (var (language, names) in byLanguage.Children)
                {
                    if (names is YamlScalarNode { Value: null or "" }) continue;
                    if (names is not YamlSequenceNode list2) throw file.Error(names, $"'{key}' of {what} for '{language}' must be a list");
                    AddAll(file, list2, $"'{key}' of {what}");
                }
                break;
            default:
                throw file.Error(node, $"'{key}' of {what} must be a list or a mapping of language to list");
        }
    }

    private void AddAll(YamlData file, YamlSequenceNode list, string what)
    {
        foreach (var (value, node) in file.Strings(list, what))
            foreach (var form in YamlData.Forms(value))
            {
                var tokens = ActorResolver.AliasTokens(form);
                if (tokens.Count == 0) throw file.Error(node, $"'{form}' in {what} has no letters");
                if (tokens.Count == 1) _words.Add(tokens[0]);
                else _phrases.Add(tokens, form);
                _contains.Clear();
            }
    }

    public bool Contains(string normalized) => _words.Contains(normalized);

    /// <summary>True when one of the token's readings (as written, or with proclitics stripped) is in the list.</summary>
    public bool ContainsAny(AnalyzedText text, int token)
    {
        if (_words.Count == 0 || !text.Tokens[token].IsWord) return false;
        var entry = text.EntryOf(token);
        if (entry is not null && _contains.Get(entry) is { } known) return known;
        var found = false;
        foreach (var reading in text.NameVariants(token))
            if (_words.Contains(reading)) { found = true; break; }
        if (entry is not null) _contains.Set(entry, found);
        return found;
    }

    /// <summary>The number of tokens of the longest entry (word or phrase) starting at <paramref name="token"/>, or 0.</summary>
    public int MatchAt(AnalyzedText text, int token, int stop)
    {
        if (token >= stop || !text.Tokens[token].IsWord) return 0;
        var length = ContainsAny(text, token) ? 1 : 0;
        if (_phrases.Count > 0 && _phrases.TryMatchLongest(text, token, stop, TokenReadings.Names, out _, out var phrase) && phrase > length)
            length = phrase;
        return length;
    }
}
