using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace StanceTracker.Extraction.Stance;

/// <summary>
/// Named issues a statement can take a position on ("the military solution", "Libya's unity", "the maritime
/// agreement"), read from the 'issues' sections of the data files. They are stance targets beside the actors, with
/// the id "issue:" + label and type "issue"; they never speak, so the actor resolver does not see them.
/// </summary>
public sealed class IssueLexicon
{
    public const string IdPrefix = "issue:";

    private readonly PhraseMatcher<IssueForm> _forms = new();
    // Bare words that point back to an issue named earlier in the article ("الاتفاق", "the deal"): each lists the issues it may stand for.
    private readonly PhraseMatcher<List<ActorEntry>> _anaphors = new();
    private readonly Dictionary<string, ActorEntry> _issues = new(StringComparer.Ordinal);

    /// <summary>How many issues are defined.</summary>
    public int Count => _issues.Count;

    /// <summary>The issue with this id ("issue:military-solution"), if defined.</summary>
    public ActorEntry? Get(string id) => _issues.GetValueOrDefault(id);

    /// <summary>
    /// The issues named anywhere in the article, left to right, longest form first. A bare anaphor ("الاتفاق" after
    /// "اتفاق الصخيرات") stands for the last issue named before it that lists it; with none before, it names nothing.
    /// Computed once per article; the stance step keeps those inside each statement's content that no actor mention
    /// overlaps (an actor's name is the more specific reading).
    /// </summary>
    public List<IssueMatch> FindAll(AnalyzedText text)
    {
        var found = new List<IssueMatch>();
        if (_forms.Count == 0) return found;
        var tokens = text.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord) { i++; continue; }
            if (_forms.TryMatchLongest(text, i, tokens.Count, TokenReadings.Words, out var form, out var length))
            {
                found.Add(new IssueMatch(new ActorMatch(form.Issue, i, i + length, text.SpanOf(i, i + length - 1)), form.Opposite));
                i += length;
                continue;
            }
            if (_anaphors.Count > 0 && _anaphors.TryMatchLongest(text, i, tokens.Count, TokenReadings.Words, out var candidates, out length)
                && LastNamed(found, candidates) is { } antecedent)
            {
                found.Add(new IssueMatch(new ActorMatch(antecedent, i, i + length, text.SpanOf(i, i + length - 1)), Opposite: false));
                i += length;
                continue;
            }
            i++;
        }
        return found;
    }

    private static ActorEntry? LastNamed(List<IssueMatch> found, List<ActorEntry> candidates)
    {
        for (var k = found.Count - 1; k >= 0; k--)
            foreach (var candidate in candidates)
                if (candidate.Id == found[k].Match.Actor.Id) return candidate;
        return null;
    }

    internal void Read(YamlData file)
    {
        var list = file.Sequence(file.Root, "issues", "the file");
        if (list is null) return;
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map) throw file.Error(item, "each entry of 'issues' must be a mapping with 'id', 'name' and 'forms'");
            file.OnlyKeys(map, "an issue", "id", "name", "forms", "opposite", "anaphors", "note");
            var label = file.Scalar(map, "id", "an issue") ?? throw file.Error(map, "an issue needs 'id'");
            if (!IsSlug(label)) throw file.Error(map, $"issue id '{label}' must be a lower-case ASCII slug (letters, digits, '-')");
            var id = IdPrefix + label;
            var name = file.Scalar(map, "name", "an issue");
            if (!_issues.TryGetValue(id, out var issue))
            {
                if (name is null) throw file.Error(map, $"issue '{label}' needs 'name' (its English name)");
                _issues[id] = issue = new ActorEntry(id, name, "issue", []);
            }
            else if (name is not null && name != issue.Name)
            {
                // A later file may rename an issue; forms already added keep pointing at the entry they were added with.
                _issues[id] = issue = issue with { Name = name };
            }
            var count = AddForms(file, map, "forms", issue, opposite: false) + AddForms(file, map, "opposite", issue, opposite: true);
            if (count == 0) throw file.Error(map, $"issue '{label}' has no forms");
            foreach (var (value, node) in Lists(file, map, "anaphors", issue).SelectMany(l => file.Strings(l, "'anaphors'")))
                foreach (var written in YamlData.Forms(value))
                {
                    var tokens = Tokenize(file, node, written);
                    var accepted = _anaphors.Get(tokens);
                    if (accepted is null) _anaphors.Add(tokens, accepted = []);
                    accepted.RemoveAll(e => e.Id == issue.Id);
                    accepted.Add(issue);
                }
        }
    }

    // forms: { ar: [...], en: [...] } or a plain list; every form is tokenized like the text it will be matched against.
    private int AddForms(YamlData file, YamlMappingNode map, string key, ActorEntry issue, bool opposite)
    {
        var count = 0;
        foreach (var sequence in Lists(file, map, key, issue))
            foreach (var (value, item) in file.Strings(sequence, $"'{key}'"))
                foreach (var written in YamlData.Forms(value))
                {
                    _forms.Add(Tokenize(file, item, written), new IssueForm(issue, opposite));
                    count++;
                }
        return count;
    }

    private static List<YamlSequenceNode> Lists(YamlData file, YamlMappingNode map, string key, ActorEntry issue)
    {
        var node = file.Get(map, key);
        return node switch
        {
            null => [],
            YamlSequenceNode sequence => [sequence],
            YamlMappingNode languages => languages.Children.Select(kv => kv.Value as YamlSequenceNode
                ?? throw file.Error(kv.Value, $"'{key}' of issue '{issue.Id}' must list forms per language (ar: [...], en: [...])")).ToList(),
            _ => throw file.Error(node, $"'{key}' of issue '{issue.Id}' must be a list or a mapping of language to list"),
        };
    }

    private static string[] Tokenize(YamlData file, YamlNode item, string written)
    {
        var tokens = Tokenizer.Tokenize(written).Where(t => t.IsWord).Select(t => t.Normalized).ToArray();
        return tokens.Length == 0 ? throw file.Error(item, $"issue form '{written}' has no letters") : tokens;
    }

    private static bool IsSlug(string value)
        => value.Length > 0 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
