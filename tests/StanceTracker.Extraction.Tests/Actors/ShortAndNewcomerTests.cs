using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Actors;

/// <summary>Short repeated names, and people the dictionary does not know, introduced by a title.</summary>
public class ShortAndNewcomerTests
{
    [Fact]
    public void A_surname_alone_after_the_full_name_is_that_person()
    {
        Assert.Equal([("clinton", "Hillary Clinton"), ("clinton", "Clinton")], Mentions.Pairs("Hillary Clinton spoke. Later Clinton left."));
        Assert.Equal([("menfi", "محمد المنفي"), ("menfi", "والمنفي")], Mentions.Pairs("وصل محمد المنفي إلى القاهرة. وقال والمنفي", "2021-05-01")
            .Where(p => p.Id == "menfi").ToArray());
        // Not before the full name, and not for surnames that are common words (سلامة is also "safety").
        Assert.Empty(Mentions.Pairs("Clinton left."));
        Assert.Equal(["salame"], Mentions.Pairs("قال غسان سلامة إن سلامة المدنيين أولوية").Select(p => p.Id));
    }

    [Fact]
    public void An_unknown_party_leader_becomes_a_new_actor_affiliated_with_the_party_named_before()
    {
        const string text = "أشاد حزب العدالة والبناء بالاتفاق. وقال رئيس الحزب عماد البناني إن الحزب يدعم الحوار. وأضاف البناني أن";
        var article = Extractors.Extract(text);
        var name = Assert.Single(article.Mentions, m => m.Span.Of(text) == "عماد البناني");
        Assert.Equal("new:عماد-البناني", name.Actor.Id);
        Assert.Equal(("person", "justice-construction-party", "عماد البناني"), (name.Actor.Type, name.Actor.Affiliation, name.Actor.Name));
        Assert.Equal("رئيس الحزب", name.Role);
        Assert.Contains(article.Mentions, m => m.Actor.Id == name.Actor.Id && m.Span.Of(text) == "البناني");
        Assert.Equal("new:عماد-البناني", article.Statements.First(s => s.Content.Of(text).Contains("يدعم الحوار", StringComparison.Ordinal)).Speaker.Id);
    }

    [Theory]
    [InlineData("وقال وزير الداخلية الليبي خالد مازن إن الوضع مستقر", "خالد مازن", "new:خالد-مازن", "libya", "وزير الداخلية الليبي")]
    [InlineData("وقال المتحدث باسم الجيش الوطني الليبي خالد المحجوب إن", "خالد المحجوب", "new:خالد-المحجوب", "lna", "المتحدث باسم الجيش الوطني الليبي")]
    [InlineData("Libyan Interior Minister Khaled Mazen said the city was calm.", "Khaled Mazen", "new:khaled-mazen", "libya", "Libyan Interior Minister")]
    [InlineData("The Justice and Construction Party met. Party leader John Smith said it backs talks.", "John Smith", "new:john-smith", "justice-construction-party", "Party leader")]
    [InlineData("Wagner chief Yevgeny Prigozhin said nothing.", "Yevgeny Prigozhin", "new:yevgeny-prigozhin", "wagner", "Wagner chief")]
    public void A_titled_stranger_gets_a_stable_id_a_role_and_an_affiliation(string text, string written, string id, string affiliation, string role)
    {
        var mention = Mentions.Single(text, written, "2021-06-01");
        Assert.Equal((id, "person", affiliation, written), (mention.Actor.Id, mention.Actor.Type, mention.Actor.Affiliation, mention.Actor.Name));
        Assert.Equal(role, mention.Role);
        Assert.DoesNotMatch("[/?#% ]", mention.Actor.Id);
        Assert.Equal(id, Mentions.Single(text, written, "2015-01-01").Actor.Id); // the same person in any article
    }

    [Fact]
    public void An_office_title_before_an_unknown_name_makes_the_newcomer_its_holder()
    {
        // The dictionary has Mismari as LNA spokesman; a named stranger in the post is the holder in this article.
        const string text = "وقال المتحدث باسم الجيش الوطني الليبي خالد المحجوب إن";
        var mentions = Mentions.Of(text, "2021-06-01");
        Assert.Equal(["new:خالد-المحجوب", "new:خالد-المحجوب"], mentions.Select(m => m.Actor.Id));
    }

    [Fact]
    public void Unknown_names_without_a_title_and_lower_case_words_stay_unresolved()
    {
        Assert.Empty(Mentions.Of("وقال خالد مازن إن الوضع مستقر"));
        Assert.Empty(Mentions.Of("The party leader said on Monday that talks failed."));
    }

    [Fact]
    public void A_known_person_named_by_a_title_is_not_a_newcomer()
        => Assert.Equal([("justice-construction-party", "حزب العدالة والبناء"), ("sawan", "محمد صوان")],
            Mentions.Pairs("أشاد حزب العدالة والبناء بالاتفاق. وقال رئيس الحزب محمد صوان إن"));
}
