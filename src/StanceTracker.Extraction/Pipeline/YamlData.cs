using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Pipeline;

/// <summary>
/// Reads one lexicon file into YAML nodes and offers typed accessors whose errors carry the file and line,
/// so a user who mistypes their own actor file is told where. Sections are read by the Actors, Attribution and
/// Stance readers; this class knows nothing about their meaning.
/// </summary>
internal sealed class YamlData
{
    private YamlData(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }
    public YamlMappingNode Root { get; }

    public static YamlData Load(string path)
    {
        string content;
        try { content = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LexiconException(path, null, "cannot be read: " + e.Message, e);
        }

        var stream = new YamlStream();
        try { stream.Load(new StringReader(content)); }
        catch (YamlException e)
        {
            throw new LexiconException(path, (int)e.Start.Line, "is not valid YAML: " + e.Message, e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            throw new LexiconException(path, null, "is empty: expected a mapping with 'actors', 'cues' and/or 'stance'");
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new LexiconException(path, Line(stream.Documents[0].RootNode), "must be a mapping with 'actors', 'cues' and/or 'stance' at the top");
        return new YamlData(path, root);
    }

    public LexiconException Error(YamlNode? node, string problem) => new(Path, node is null ? null : Line(node), problem);

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: { } name } && name == key) return v;
        return null;
    }

    /// <summary>Fails on keys the format does not know: a typo such as "alias:" must not be silently ignored.</summary>
    public void OnlyKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var (k, _) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value;
            if (name is null || Array.IndexOf(allowed, name) < 0)
                throw Error(k, $"unknown key '{name}' in {what} (expected one of: {string.Join(", ", allowed)})");
        }
    }

    public string? Scalar(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null) return null;
        if (node is not YamlScalarNode scalar) throw Error(node, $"'{key}' of {what} must be a single value");
        return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null || node is YamlScalarNode { Value: null or "" }) return null;
        if (node is not YamlSequenceNode sequence) throw Error(node, $"'{key}' of {what} must be a list");
        return sequence;
    }

    /// <summary>A list of plain strings (scalars), e.g. aliases or negators.</summary>
    public IEnumerable<(string Value, YamlNode Node)> Strings(YamlSequenceNode sequence, string what)
    {
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
                throw Error(item, $"each entry of {what} must be a non-empty text");
            yield return (value.Trim(), item);
        }
    }

    /// <summary>Alternative written forms separated by '|': "قال | قالت | يقول".</summary>
    public static IEnumerable<string> Forms(string value)
        => value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
