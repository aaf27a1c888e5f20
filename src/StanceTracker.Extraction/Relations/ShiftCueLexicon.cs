using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Relations;

/// <summary>Phrases that say an actor's position changed, read from the 'shift_cues' sections of the data files.</summary>
public sealed class ShiftCueLexicon
{
    private readonly PhraseMatcher<ShiftPhrase> _phrases = new();

    public int Count => _phrases.Count;

    /// <summary>The longest shift phrase starting at word <paramref name="token"/>.</summary>
    public bool TryMatch(AnalyzedText text, int token, out ShiftPhrase phrase, out int length)
    {
        phrase = null!;
        length = 0;
        return text.Tokens[token].IsWord && _phrases.TryMatchLongest(text, token, text.Tokens.Count, TokenReadings.Words, out phrase, out length);
    }

    internal void Read(YamlData file)
    {
        var node = file.Get(file.Root, "shift_cues");
        if (node is null) return;
        if (node is not YamlMappingNode section) throw file.Error(node, "'shift_cues' must be a mapping (language, phrases)");
        file.OnlyKeys(section, "'shift_cues'", "language", "phrases");
        var phrases = file.Sequence(section, "phrases", "'shift_cues'");
        foreach (var item in phrases?.Children ?? [])
        {
            if (item is not YamlMappingNode map) throw file.Error(item, "each entry of 'phrases' must be a mapping with 'forms' and 'actor'");
            file.OnlyKeys(map, "an entry of 'phrases'", "forms", "actor", "note");
            var text = file.Scalar(map, "forms", "a shift phrase") ?? throw file.Error(map, "a shift phrase needs 'forms'");
            var forms = YamlData.Forms(text).ToArray();
            if (forms.Length == 0) throw file.Error(map, "a shift phrase has no forms");
            var after = file.Scalar(map, "actor", "a shift phrase") switch
            {
                "after" => true,
                "before" => false,
                var other => throw file.Error(map, $"actor must be 'after' or 'before' (where the actor is named), not '{other}'"),
            };
            var phrase = new ShiftPhrase(forms[0], after, forms);
            foreach (var form in forms)
            {
                var tokens = Tokenizer.Tokenize(form).Where(t => t.IsWord).Select(t => t.Normalized).ToArray();
                if (tokens.Length == 0) throw file.Error(map, $"shift form '{form}' has no letters");
                _phrases.Add(tokens, phrase);
            }
        }
    }
}
