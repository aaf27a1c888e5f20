using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Actors;

/// <summary>Helpers: the shipped extractor's mentions of a text at a date, as (id, text) pairs or whole mentions.</summary>
internal static class Mentions
{
    public static DateTimeOffset On(string date) => DateTimeOffset.Parse(date + "T12:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<Mention> Of(string text, string? date = null)
        => Extractors.Shipped.FindMentions(text, date is null ? null : On(date));

    public static (string Id, string Text)[] Pairs(string text, string? date = null)
        => Of(text, date).Select(m => (m.Actor.Id, m.Span.Of(text))).ToArray();

    public static Mention Single(string text, string written, string? date = null)
    {
        var found = Of(text, date).Where(m => m.Span.Of(text) == written).ToArray();
        Assert.True(found.Length == 1, $"expected one mention written «{written}», found {found.Length}: {string.Join(", ", Of(text, date).Select(m => m.Actor.Id + "=" + m.Span.Of(text)))}");
        return found[0];
    }
}
