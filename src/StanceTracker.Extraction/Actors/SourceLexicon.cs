using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// The words of unnamed speakers: officials (مسؤول، official), who speak for the body they serve, and sources (مصدر،
/// source, diplomat), who only tell what they know of it; the qualifiers around them (كبير، عسكري، senior) and the
/// links that tie them to an actor (في قوات حفتر، close to Haftar). Read from the 'sources' section (Lexicons/sources.yaml).
/// </summary>
public sealed class SourceLexicon
{
    internal WordList Officials { get; } = new();
    internal WordList Sources { get; } = new();
    internal WordList Qualifiers { get; } = new();
    internal WordList Determiners { get; } = new();
    internal WordList Links { get; } = new();

    public bool IsEmpty => Officials.Count + Sources.Count == 0;

    internal void Read(YamlData file)
    {
        var node = file.Get(file.Root, "sources");
        if (node is null) return;
        if (node is not YamlMappingNode section) throw file.Error(node, "'sources' must be a mapping");
        file.OnlyKeys(section, "'sources'", "officials", "sources", "qualifiers", "determiners", "links");
        Officials.Read(file, section, "officials", "'sources'");
        Sources.Read(file, section, "sources", "'sources'");
        Qualifiers.Read(file, section, "qualifiers", "'sources'");
        Determiners.Read(file, section, "determiners", "'sources'");
        Links.Read(file, section, "links", "'sources'");
    }

    internal bool IsNoun(AnalyzedText text, int token) => Officials.ContainsAny(text, token) || Sources.ContainsAny(text, token);

    /// <summary>Could an unnamed-speaker phrase start here? (a noun, a qualifier or, in English, a determiner)</summary>
    internal bool CanStart(AnalyzedText text, int token)
        => IsNoun(text, token) || Qualifiers.ContainsAny(text, token) || Determiners.ContainsAny(text, token);
}
