using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// What it takes to recognise a person the dictionary does not know, from the title that introduces them
/// ("وقال رئيس الحزب محمد صوان", "party leader John Smith"): title heads and the words that may follow them inside a
/// title, words that point back to an organisation named earlier (الحزب → the last party), Arabic given names that open
/// a name (Arabic has no capitals to show where a name starts), and words that can never be part of or shorten a name.
/// Read from the 'titles' section of the data files (Lexicons/titles.yaml).
/// </summary>
public sealed class TitleLexicon
{
    internal WordList Heads { get; } = new();
    internal WordList Qualifiers { get; } = new();
    internal WordList GivenNames { get; } = new();
    internal WordList NameParticles { get; } = new();
    internal WordList NameStops { get; } = new();
    internal WordList NotShortNames { get; } = new();
    private readonly List<(WordList Forms, string[] Types)> _anaphors = [];

    /// <summary>True when no file gave a 'titles' section: newcomers are then not recognised.</summary>
    public bool IsEmpty => Heads.Count == 0;

    internal void Read(YamlData file)
    {
        var node = file.Get(file.Root, "titles");
        if (node is null) return;
        if (node is not YamlMappingNode section) throw file.Error(node, "'titles' must be a mapping");
        file.OnlyKeys(section, "'titles'", "heads", "qualifiers", "anaphors", "given_names", "name_particles", "name_stops", "not_short_names");
        Heads.Read(file, section, "heads", "'titles'");
        Qualifiers.Read(file, section, "qualifiers", "'titles'");
        GivenNames.Read(file, section, "given_names", "'titles'");
        NameParticles.Read(file, section, "name_particles", "'titles'");
        NameStops.Read(file, section, "name_stops", "'titles'");
        NotShortNames.Read(file, section, "not_short_names", "'titles'");
        if (file.Sequence(section, "anaphors", "'titles'") is { } anaphors)
            foreach (var item in anaphors.Children)
            {
                if (item is not YamlMappingNode anaphor) throw file.Error(item, "each anaphor of 'titles' must be a mapping with forms and types");
                file.OnlyKeys(anaphor, "an anaphor of 'titles'", "forms", "types", "note");
                var forms = new WordList();
                forms.Read(file, anaphor, "forms", "an anaphor");
                var types = file.Sequence(anaphor, "types", "an anaphor") is { } list
                    ? file.Strings(list, "types of an anaphor").Select(t => t.Value).ToArray()
                    : throw file.Error(anaphor, "an anaphor needs 'types'");
                foreach (var type in types)
                    if (!ActorDictionaryBuilder.Types.Contains(type)) throw file.Error(anaphor, $"anaphor type '{type}' is not an actor type");
                if (forms.Count == 0) throw file.Error(anaphor, "an anaphor needs 'forms'");
                _anaphors.Add((forms, types));
            }
    }

    /// <summary>The actor types a title word points back to (الحزب → party), or null.</summary>
    internal string[]? AnaphorTypes(AnalyzedText text, int token)
    {
        foreach (var (forms, types) in _anaphors)
            if (forms.ContainsAny(text, token)) return types;
        return null;
    }

    internal bool IsHead(AnalyzedText text, int token) => Heads.ContainsAny(text, token);

    /// <summary>A word that may stand inside a title between its head and the name.</summary>
    internal bool IsQualifier(AnalyzedText text, int token)
        => Qualifiers.ContainsAny(text, token) || Heads.ContainsAny(text, token) || AnaphorTypes(text, token) is not null;
}
