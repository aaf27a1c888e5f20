using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Grains.Articles;
using StanceTracker.Grains.Relays;

namespace StanceTracker.Bench;

/// <summary>
/// Statements at any scale, made from real ones: every statement the extractor finds in the corpora is a template
/// (its words, cue, kind, stances with their scores and confidences), and the generator deals templates out to
/// synthetic speakers and targets over three years of dates. Speakers and targets follow a Zipf law (a few actors get
/// most of the coverage, as in news); about a third of speaker–target pairs turn their stance around on a day of their
/// own, so there are shifts to find. Deterministic: the same seed gives the same statements.
/// </summary>
public sealed class SyntheticLoad
{
    public static readonly DateTimeOffset FirstDay = new(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public const int Days = 3 * 365;

    private readonly IReadOnlyList<StatementRecord> _templates;
    private readonly double[] _cumulative;

    public SyntheticLoad(IReadOnlyList<StatementRecord> templates, int actors)
    {
        if (templates.Count == 0) throw new ArgumentException("no statements found in the corpora to use as templates", nameof(templates));
        _templates = templates;
        Actors = [.. Enumerable.Range(0, actors).Select(k => new ActorInfo($"syn-{k:D5}", $"Synthetic Actor {k}", k % 7 == 0 ? "state" : "person", []))];
        _cumulative = new double[actors];
        var sum = 0.0;
        for (var k = 0; k < actors; k++)
            _cumulative[k] = sum += 1.0 / (k + 1);
        for (var k = 0; k < actors; k++)
            _cumulative[k] /= sum;
    }

    public IReadOnlyList<ActorInfo> Actors { get; }

    /// <summary>The templates: every statement extracted from the given corpora, as the log would store it.</summary>
    public static List<StatementRecord> Templates(StanceExtractor extractor, IEnumerable<string> corpora)
    {
        var templates = new List<StatementRecord>();
        foreach (var article in corpora.SelectMany(CorpusArticles.Read))
        {
            if (article.Published is not { } published) continue;
            var extracted = extractor.Extract(article);
            templates.AddRange(extracted.Statements.Select(s => StatementMapping.ToRecord(extracted, s, published)));
        }
        return OnePerWording(templates);
    }

    /// <summary>
    /// The corpora carry wire copies and reworded copies; a template is kept only if the relay matcher would not take
    /// it for a relay of one kept before (the same words, or near enough: Jaccard at or above the relay threshold), so
    /// two templates dealt to one speaker within days are never one statement relayed, which StanceTracker counts once
    /// and a plain table twice. Found through the relay matcher's own prefix keys, not by comparing every pair.
    /// </summary>
    private static List<StatementRecord> OnePerWording(List<StatementRecord> templates)
    {
        var matcher = new RelayMatcher(new RelaySettings());
        var kept = new List<StatementRecord>();
        var byKey = new Dictionary<string, List<RelayCandidate>>(StringComparer.Ordinal);
        foreach (var template in templates.DistinctBy(t => t.Content, StringComparer.Ordinal))
        {
            var tokens = ContentTokens.Of(template.Content);
            var keys = matcher.Keys(tokens).ToArray();
            var candidates = keys.SelectMany(k => byKey.TryGetValue(k, out var list) ? list : []);
            // Each template its own "article": the matcher never pairs two statements of one article.
            if (matcher.Find($"template-{kept.Count}", tokens, candidates) is not null)
                continue;
            var entry = new RelayCandidate(kept.Count, $"template-{kept.Count}", template.Published, tokens);
            foreach (var key in keys)
            {
                if (!byKey.TryGetValue(key, out var list))
                    byKey[key] = list = [];
                list.Add(entry);
            }
            kept.Add(template);
        }
        return kept;
    }

    public IEnumerable<StatementRecord> Statements(int count, int seed = 7)
    {
        var random = new Random(seed);
        var used = new HashSet<(int Speaker, int Template, int Day)>();
        for (var n = 0; n < count; n++)
        {
            var speakerIndex = Zipf(random);
            var speaker = Actors[speakerIndex];
            var published = FirstDay.AddDays(random.Next(Days)).AddSeconds(random.Next(86_400));
            var day = (int)(published - FirstDay).TotalDays;
            // The same words from the same speaker within days are a relay (one vote, by issue 5's de-duplication), and
            // a plain table would count them twice: the load never repeats itself that way, so both systems count
            // every statement and their answers can be compared.
            var templateIndex = random.Next(_templates.Count);
            for (var tries = 0; tries < 50 && RepeatsRecently(used, speakerIndex, templateIndex, day); tries++)
                templateIndex = random.Next(_templates.Count);
            used.Add((speakerIndex, templateIndex, day));
            var template = _templates[templateIndex];
            var stances = new TargetStanceRecord[template.Stances.Count];
            for (var s = 0; s < stances.Length; s++)
            {
                // A statement speaks once about each target (as the stance scorer reports them), never about its speaker.
                var targetIndex = Zipf(random);
                while (targetIndex == speakerIndex || stances.Take(s).Any(t => t.TargetId == Actors[targetIndex].Id))
                    targetIndex = (targetIndex + 1) % Actors.Count;
                var target = Actors[targetIndex];
                var stance = template.Stances[s];
                stances[s] = TurnsAround(speaker.Id, target.Id, day)
                    ? stance with { TargetId = target.Id, TargetName = target.Name, TargetType = target.Type, Stance = Opposite(stance.Stance), Score = -stance.Score }
                    : stance with { TargetId = target.Id, TargetName = target.Name, TargetType = target.Type };
            }
            yield return template with
            {
                Id = $"syn-{n}",
                ArticleId = $"syn-article-{n / 4}",
                SpeakerId = speaker.Id,
                SpeakerName = speaker.Name,
                Published = published,
                Stances = stances,
            };
        }
    }

    private static readonly int RelayWindow = new RelaySettings().WithinDays;

    private static bool RepeatsRecently(HashSet<(int, int, int)> used, int speaker, int template, int day)
    {
        for (var d = day - RelayWindow; d <= day + RelayWindow; d++)
            if (used.Contains((speaker, template, d))) return true;
        return false;
    }

    private int Zipf(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    // A third of pairs change sides on a day fixed by the pair.
    private static bool TurnsAround(string speaker, string target, int day)
    {
        var hash = Stable(speaker + "|" + target);
        return hash % 3 == 0 && day > (int)(hash / 3 % Days);
    }

    // FNV-1a: string.GetHashCode differs from run to run, and the load must not.
    private static uint Stable(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }

    private static StanceKind Opposite(StanceKind stance) => stance switch
    {
        StanceKind.Support => StanceKind.Oppose,
        StanceKind.Oppose => StanceKind.Support,
        _ => stance,
    };
}
