using System.Text.RegularExpressions;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// Collects the 'actors' sections of all data files in load order. A later file that repeats an id extends that
/// actor's aliases, roles, memberships and demonyms and may override its name, type and affiliation: that is how a user
/// adapts the shipped list (e.g. adds the next holder of an office as a dated role).
/// </summary>
internal sealed partial class ActorDictionaryBuilder
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "person", "state", "government", "organisation", "armed_group", "party", "media", "source", "issue",
    };

    private readonly Dictionary<string, Draft> _drafts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    // Which actor owns each normalized alias, across files: a later file's claim moves the alias.
    private readonly Dictionary<string, string> _owner = new(StringComparer.Ordinal);

    public void Read(YamlData file)
    {
        var section = file.Get(file.Root, "actors");
        if (section is null) return;
        if (section is not YamlSequenceNode list) throw file.Error(section, "'actors' must be a list of actors");

        // Within one file an alias may name only one actor; across files the later one wins (an override).
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode actor) throw file.Error(item, "each actor must be a mapping with id, name, type and aliases");
            file.OnlyKeys(actor, "an actor", "id", "name", "type", "affiliation", "aliases", "epithets", "roles", "memberships", "demonyms", "note");
            var id = file.Scalar(actor, "id", "an actor") ?? throw file.Error(actor, "an actor needs an 'id'");
            if (!IdPattern().IsMatch(id)) throw file.Error(actor, $"actor id '{id}' must be a lower-case ASCII slug (a-z, 0-9, '-')");

            if (!_drafts.TryGetValue(id, out var draft))
            {
                _drafts[id] = draft = new Draft(id, file.Path, YamlData.Line(actor));
                _order.Add(id);
            }
            draft.Name = file.Scalar(actor, "name", $"actor '{id}'") ?? draft.Name;
            var type = file.Scalar(actor, "type", $"actor '{id}'");
            if (type is not null)
            {
                if (!Types.Contains(type)) throw file.Error(actor, $"actor '{id}' has unknown type '{type}' (expected one of: {string.Join(", ", Types)})");
                draft.Type = type;
            }
            var affiliation = file.Scalar(actor, "affiliation", $"actor '{id}'");
            if (affiliation is not null) { draft.Affiliation = affiliation; draft.AffiliationOrigin = (file.Path, YamlData.Line(actor)); }

            foreach (var (alias, node) in Names(file, actor, "aliases", id))
                Claim(file, claimed, draft, alias, node, epithet: false);
            foreach (var (alias, node) in Names(file, actor, "epithets", id))
                Claim(file, claimed, draft, alias, node, epithet: true);
            foreach (var (demonym, _) in Names(file, actor, "demonyms", id))
                if (!draft.Demonyms.Contains(demonym)) draft.Demonyms.Add(demonym);
            ReadRoles(file, actor, draft);
            ReadMemberships(file, actor, draft);
        }
    }

    private static void ReadRoles(YamlData file, YamlMappingNode actor, Draft draft)
    {
        var roles = file.Sequence(actor, "roles", $"actor '{draft.Id}'");
        if (roles is null) return;
        foreach (var item in roles.Children)
        {
            if (item is not YamlMappingNode role) throw file.Error(item, $"each role of '{draft.Id}' must be a mapping with title, of, from and to");
            file.OnlyKeys(role, $"a role of '{draft.Id}'", "title", "of", "from", "to", "note");
            var titles = Names(file, role, "title", draft.Id).Select(t => t.Alias).ToArray();
            if (titles.Length == 0) throw file.Error(role, $"a role of '{draft.Id}' needs a 'title'");
            foreach (var title in titles)
                if (ActorResolver.AliasTokens(title).Count == 0) throw file.Error(role, $"role title '{title}' of '{draft.Id}' has no letters");
            var of = file.Scalar(role, "of", $"a role of '{draft.Id}'");
            var tenure = ReadTenure(file, role, $"a role of '{draft.Id}'");
            draft.Roles.Add(new ActorRole(titles, of, tenure));
            if (of is not null) draft.References.Add((of, file.Path, YamlData.Line(role)));
        }
    }

    private static void ReadMemberships(YamlData file, YamlMappingNode actor, Draft draft)
    {
        var memberships = file.Sequence(actor, "memberships", $"actor '{draft.Id}'");
        if (memberships is null) return;
        foreach (var item in memberships.Children)
        {
            if (item is not YamlMappingNode membership) throw file.Error(item, $"each membership of '{draft.Id}' must be a mapping with of, from and to");
            file.OnlyKeys(membership, $"a membership of '{draft.Id}'", "of", "from", "to", "note");
            var of = file.Scalar(membership, "of", $"a membership of '{draft.Id}'") ?? throw file.Error(membership, $"a membership of '{draft.Id}' needs 'of'");
            draft.Memberships.Add(new ActorMembership(of, ReadTenure(file, membership, $"a membership of '{draft.Id}'")));
            draft.References.Add((of, file.Path, YamlData.Line(membership)));
        }
    }

    private static Tenure ReadTenure(YamlData file, YamlMappingNode node, string what)
    {
        var fromText = file.Scalar(node, "from", what) ?? throw file.Error(node, $"{what} needs 'from' (YYYY, YYYY-MM or YYYY-MM-DD)");
        if (!Tenure.TryParseDate(fromText, asEnd: false, out var from))
            throw file.Error(node, $"'from' of {what} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): '{fromText}'");
        DateOnly? to = null;
        if (file.Scalar(node, "to", what) is { } toText)
        {
            if (!Tenure.TryParseDate(toText, asEnd: true, out var end))
                throw file.Error(node, $"'to' of {what} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): '{toText}'");
            if (end < from) throw file.Error(node, $"{what} ends ({toText}) before it starts ({fromText})");
            to = end;
        }
        return new Tenure(from, to);
    }

    public ActorDictionary Build()
    {
        var entries = new List<ActorEntry>(_order.Count);
        foreach (var id in _order)
        {
            var draft = _drafts[id];
            if (draft.Name is null) throw new LexiconException(draft.Path, draft.Line, $"actor '{id}' has no 'name'");
            if (draft.Type is null) throw new LexiconException(draft.Path, draft.Line, $"actor '{id}' has no 'type'");
            if (draft.Affiliation is { } affiliation && !_drafts.ContainsKey(affiliation))
            {
                var (path, line) = draft.AffiliationOrigin;
                throw new LexiconException(path, line, $"actor '{id}' is affiliated with unknown actor '{affiliation}'");
            }
            foreach (var (of, path, line) in draft.References)
                if (!_drafts.ContainsKey(of)) throw new LexiconException(path, line, $"a role or membership of actor '{id}' refers to unknown actor '{of}'");
            entries.Add(new ActorEntry(id, draft.Name, draft.Type, draft.Aliases.ToArray())
            {
                Affiliation = draft.Affiliation,
                Epithets = draft.Epithets.ToArray(),
                Roles = draft.Roles.ToArray(),
                Memberships = draft.Memberships.ToArray(),
                Demonyms = draft.Demonyms.ToArray(),
            });
        }
        return new ActorDictionary(entries);
    }

    private void Claim(YamlData file, Dictionary<string, string> claimed, Draft draft, string alias, YamlNode node, bool epithet)
    {
        var key = string.Join(' ', ActorResolver.AliasTokens(alias));
        if (key.Length == 0) throw file.Error(node, $"alias '{alias}' of actor '{draft.Id}' has no letters");
        if (claimed.TryGetValue(key, out var other) && other != draft.Id)
            throw file.Error(node, $"alias '{alias}' is given to both '{other}' and '{draft.Id}'");
        claimed[key] = draft.Id;
        if (_owner.TryGetValue(key, out var previous) && previous != draft.Id)
        {
            var loser = _drafts[previous];
            loser.Aliases.RemoveAll(a => string.Join(' ', ActorResolver.AliasTokens(a)) == key);
            loser.Epithets.RemoveAll(a => string.Join(' ', ActorResolver.AliasTokens(a)) == key);
        }
        _owner[key] = draft.Id;
        if (!draft.Aliases.Contains(alias)) draft.Aliases.Add(alias);
        if (epithet && !draft.Epithets.Contains(alias)) draft.Epithets.Add(alias);
    }

    // Aliases may be a flat list or grouped by language (ar: [...], en: [...]); the language is documentation only,
    // since the script of the text already decides which aliases can match.
    private static IEnumerable<(string Alias, YamlNode Node)> Names(YamlData file, YamlMappingNode actor, string key, string id)
    {
        var node = file.Get(actor, key);
        switch (node)
        {
            case null:
            case YamlScalarNode { Value: null or "" }:
                yield break;
            case YamlSequenceNode list:
                foreach (var name in file.Strings(list, $"{key} of '{id}'")) yield return name;
                break;
            case YamlMappingNode byLanguage:
                foreach (var (language, names) in byLanguage.Children)
                {
                    if (names is YamlScalarNode { Value: null or "" }) continue;
                    if (names is not YamlSequenceNode list2) throw file.Error(names, $"{key} of '{id}' for '{language}' must be a list");
                    foreach (var name in file.Strings(list2, $"{key} of '{id}'")) yield return name;
                }
                break;
            default:
                throw file.Error(node, $"{key} of '{id}' must be a list or a mapping of language to list");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    private sealed class Draft(string id, string path, int line)
    {
        public string Id { get; } = id;
        public string Path { get; } = path;
        public int Line { get; } = line;
        public string? Name { get; set; }
        public string? Type { get; set; }
        public string? Affiliation { get; set; }
        public (string Path, int Line) AffiliationOrigin { get; set; }
        public List<string> Aliases { get; } = [];
        public List<string> Epithets { get; } = [];
        public List<string> Demonyms { get; } = [];
        public List<ActorRole> Roles { get; } = [];
        public List<ActorMembership> Memberships { get; } = [];
        /// <summary>Actor ids named by roles and memberships, checked once every file is read.</summary>
        public List<(string Of, string Path, int Line)> References { get; } = [];
    }
}
