using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Tests.Text;

// The matcher remembers per distinct word whether it can start a phrase; these pin down that the memory never
// changes an answer.
public class PhraseMatcherTests
{
    [Fact]
    public void A_phrase_added_after_a_word_was_asked_about_is_found()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add(["peace", "talks"], "talks");
        var text = AnalyzedText.Analyze("The ceasefire held and the peace talks resumed.");
        var ceasefire = text.Tokens.Select(t => t.Normalized).ToList().IndexOf("ceasefire");
        Assert.False(matcher.TryMatchLongest(text, ceasefire, text.Tokens.Count, TokenReadings.Words, out _, out _));

        matcher.Add(["ceasefire"], "ceasefire");

        Assert.True(matcher.TryMatchLongest(text, ceasefire, text.Tokens.Count, TokenReadings.Words, out var value, out var length));
        Assert.Equal(("ceasefire", 1), (value, length));
    }

    [Fact]
    public void Word_readings_and_name_readings_are_answered_apart()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add(["support"], "support");
        var text = AnalyzedText.Analyze("Both parties supports it.");
        var supports = text.Tokens.Select(t => t.Normalized).ToList().IndexOf("supports");

        // "supports" reads as "support" among word readings (inflection stripped) but not among name readings.
        Assert.True(matcher.TryMatchLongest(text, supports, text.Tokens.Count, TokenReadings.Words, out _, out _));
        Assert.False(matcher.TryMatchLongest(text, supports, text.Tokens.Count, TokenReadings.Names, out _, out _));
        Assert.True(matcher.TryMatchLongest(text, supports, text.Tokens.Count, TokenReadings.Words, out _, out _));
    }

    [Fact]
    public void Every_occurrence_of_a_word_matches_and_the_longest_phrase_still_wins()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add(["prime", "minister"], "title");
        matcher.Add(["prime"], "adjective");
        var text = AnalyzedText.Analyze("The prime minister met a prime contractor.");
        var primes = Enumerable.Range(0, text.Tokens.Count).Where(i => text.Tokens[i].Normalized == "prime").ToArray();

        Assert.True(matcher.TryMatchLongest(text, primes[0], text.Tokens.Count, TokenReadings.Words, out var first, out var firstLength));
        Assert.True(matcher.TryMatchLongest(text, primes[1], text.Tokens.Count, TokenReadings.Words, out var second, out var secondLength));
        Assert.Equal(("title", 2), (first, firstLength));
        Assert.Equal(("adjective", 1), (second, secondLength));
    }
}
