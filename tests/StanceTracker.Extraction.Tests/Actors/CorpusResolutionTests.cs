using System.Text;
using System.Text.Json;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Actors;

/// <summary>The shared corpora: the 2015 Arabic Libya news resolve their main actors; diacritics change nothing.</summary>
public class CorpusResolutionTests
{
    [Fact]
    public void The_2015_arabic_corpus_resolves_its_main_actors_at_their_dates()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.Path("corpus/ar/saudinewsnet-libya-2015/articles.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("content").GetString() ?? "";
            var date = DateTimeOffset.Parse(json.RootElement.GetProperty("date_extracted").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var mention in Extractors.Shipped.FindMentions(text, date))
                seen[mention.Actor.Id] = seen.GetValueOrDefault(mention.Actor.Id) + 1;
        }
        foreach (var id in new[] { "un", "unsmil", "leon", "haftar", "lna", "hor", "gnc", "libya-dawn", "islamic-state", "ansar-al-sharia",
                     "gaddafi", "king-salman", "usa", "egypt", "tunisia", "eu", "gcc", "interim-government" })
            Assert.True(seen.ContainsKey(id), $"{id} never resolved in the 2015 corpus");
        // In 2015 the envoy was León and the UN chief Ban Ki-moon: no later holder may appear by role.
        Assert.False(seen.ContainsKey("salame") || seen.ContainsKey("guterres"));
    }

    [Fact]
    public void The_diacritised_wikinews_text_yields_the_same_mentions_as_its_bare_letters()
    {
        var original = File.ReadAllText(SharedData.Path("corpus/ar/farasa-wikinews/WikiNewsTruth.txt"));
        // Strip the Arabic marks (harakat, tanwin, shadda, sukun, dagger alef) and keep where each kept char came from.
        var bare = new StringBuilder(original.Length);
        var from = new List<int>(original.Length + 1);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c is >= '\u064B' and <= '\u0652' || c == '\u0670') continue;
            bare.Append(c);
            from.Add(i);
        }
        from.Add(original.Length);
        Assert.True(bare.Length < original.Length - 10000, "the file should be fully diacritised");

        var published = Mentions.On("2014-02-01");
        var withMarks = Extractors.Shipped.FindMentions(original, published);
        var withoutMarks = Extractors.Shipped.FindMentions(bare.ToString(), published);
        Assert.True(withMarks.Count > 20, $"only {withMarks.Count} mentions");
        // A mention's end maps back to just after its last letter; the marks that follow it belong to it in the original.
        static int EndIn(string text, int end) { while (end < text.Length && text[end] is >= '\u064B' and <= '\u0652' or '\u0670') end++; return end; }
        Assert.Equal(
            withMarks.Select(m => (m.Actor.Id, m.Span.Start, m.Span.End)),
            withoutMarks.Select(m => (m.Actor.Id, from[m.Span.Start], EndIn(original, from[m.Span.End - 1] + 1))));
    }
}
