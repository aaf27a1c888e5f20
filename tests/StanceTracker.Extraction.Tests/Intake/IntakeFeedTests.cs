using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Intake;

/// <summary>RSS 2.0 and Atom feeds: one article per item, failures per feed or per item. Every feed here was written for these tests.</summary>
public sealed class IntakeFeedTests : IDisposable
{
    private readonly IntakeTempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Sample Wire: World</title>
            <link>https://news.example.org/world</link>
            <description>World news</description>
            <language>en-us</language>
            <item>
              <title>Envoy sees progress in Geneva talks</title>
              <link>https://news.example.org/2020/06/04/geneva-talks</link>
              <guid isPermaLink="false">sw-2020-0604-geneva</guid>
              <pubDate>Thu, 04 Jun 2020 20:45:00 +0300</pubDate>
              <description>A short teaser that the full content replaces.</description>
              <content:encoded><![CDATA[<p>The envoy said on Thursday that both delegations would meet again.</p><p>"We are closer," he told reporters.</p>]]></content:encoded>
            </item>
            <item>
              <title>مبعوث أممي يتحدث عن تقدم في المحادثات</title>
              <link>https://news.example.org/ar/1234</link>
              <pubDate>Friday, 05 June, 2020 - 10:15 AM</pubDate>
              <description>&lt;p&gt;قال المبعوث الأممي إن الوفدين اتفقا على مواصلة المحادثات &lt;b&gt;الأسبوع المقبل&lt;/b&gt;.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Sample Desk</title>
          <id>urn:example:desk</id>
          <updated>2020-06-05T12:00:00Z</updated>
          <entry>
            <title type="html">Talks &amp;lt;resume&amp;gt; in Rome</title>
            <id>urn:example:desk:1</id>
            <link rel="alternate" href="https://desk.example.org/rome"/>
            <published>2020-01-12T09:30:00+01:00</published>
            <updated>2020-01-13T10:00:00+01:00</updated>
            <summary type="text">Short summary.</summary>
            <content type="html">&lt;p&gt;The ministers met in Rome.&lt;/p&gt;&lt;p&gt;They agreed to talk again.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Ceasefire holds</title>
            <id>urn:example:desk:2</id>
            <link href="https://desk.example.org/ceasefire"/>
            <updated>2020-02-03T08:00:00Z</updated>
            <summary type="text">Fighting stopped overnight, officials said.
        Residents returned to the market.</summary>
          </entry>
        </feed>
        """;

    private List<ReadResult> Read(string name, string xml) => ArticleReader.Read(_dir.Write(name, xml)).ToList();

    [Fact]
    public void Rss_items_become_articles_with_content_encoded_preferred()
    {
        var results = Read("world.rss", Rss);

        Assert.All(results, r => Assert.Null(r.Failure));
        var (first, second) = (results[0].Article!, results[1].Article!);

        Assert.Equal("sw-2020-0604-geneva", first.Id);
        Assert.Equal("Envoy sees progress in Geneva talks", first.Title);
        Assert.Equal("Sample Wire: World", first.Source);
        Assert.Equal("https://news.example.org/2020/06/04/geneva-talks", first.Url);
        Assert.Equal(new DateTimeOffset(2020, 6, 4, 20, 45, 0, TimeSpan.FromHours(3)), first.Published);
        Assert.Equal("en", first.Language);
        Assert.Equal("The envoy said on Thursday that both delegations would meet again.\n\n\"We are closer,\" he told reporters.", first.Text);
        Assert.EndsWith("world.rss", first.Path, StringComparison.Ordinal);

        // No content:encoded: the description, its escaped HTML rendered to text. The date is in no RFC format.
        Assert.Null(second.Id);
        Assert.Equal("قال المبعوث الأممي إن الوفدين اتفقا على مواصلة المحادثات الأسبوع المقبل.", second.Text);
        Assert.Equal(new DateTimeOffset(2020, 6, 5, 10, 15, 0, TimeSpan.Zero), second.Published);
        // The channel says en-us, and a stated language wins over detection, as for every other format.
        Assert.Equal("en", second.Language);
    }

    [Fact]
    public void Atom_entries_become_articles()
    {
        var results = Read("desk.atom", Atom);

        Assert.All(results, r => Assert.Null(r.Failure));
        var (first, second) = (results[0].Article!, results[1].Article!);

        Assert.Equal("urn:example:desk:1", first.Id);
        Assert.Equal("Talks <resume> in Rome", first.Title);
        Assert.Equal("Sample Desk", first.Source);
        Assert.Equal("https://desk.example.org/rome", first.Url);
        Assert.Equal(new DateTimeOffset(2020, 1, 12, 9, 30, 0, TimeSpan.FromHours(1)), first.Published); // published, not updated
        Assert.Equal("The ministers met in Rome.\n\nThey agreed to talk again.", first.Text);
        Assert.Equal("en", first.Language);

        // Only a text summary: kept as written, line break included; only an updated date.
        Assert.Equal("Fighting stopped overnight, officials said.\nResidents returned to the market.", second.Text);
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 8, 0, 0, TimeSpan.Zero), second.Published);
    }

    [Fact]
    public void Malformed_feed_is_one_failure_with_line_and_position()
    {
        var path = _dir.Write("broken.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n  <channel>\n    <title>Cut</title>\n    <item><title>Half</title>\n");

        var failure = Assert.Single(ArticleReader.Read(path)).Failure!;

        Assert.Equal(path, failure.Path);
        Assert.StartsWith("invalid feed XML at line 6, position 1: ", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_reported_as_such()
    {
        var path = _dir.Write("sitemap.xml", """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/</loc></url></urlset>""");

        var failure = Assert.Single(ArticleReader.Read(path)).Failure!;

        Assert.Equal("not an RSS or Atom feed (the root element is <urlset>)", failure.Reason);
    }

    [Fact]
    public void Document_type_declarations_are_refused_so_entities_cannot_expand()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>&b;</title></channel></rss>
            """;
        var path = _dir.Write("bomb.rss", bomb);

        var failure = Assert.Single(ArticleReader.Read(path)).Failure!;

        // The reader refuses the declaration itself and gives no position for it.
        Assert.StartsWith("invalid feed XML: For security reasons DTD is prohibited", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_without_items_is_reported()
    {
        var path = _dir.Write("empty.rss", """<rss version="2.0"><channel><title>Quiet</title><link>https://x.example/</link><description>none</description></channel></rss>""");

        Assert.Equal("the feed holds no items", Assert.Single(ArticleReader.Read(path)).Failure!.Reason);
    }

    [Fact]
    public void A_bad_item_fails_alone_and_the_rest_of_the_feed_is_read()
    {
        const string feed = """
            <rss version="2.0"><channel><title>Mixed</title><link>https://x.example/</link><description>d</description>
              <item><title>Good one</title><pubDate>Thu, 04 Jun 2020 20:45:00 GMT</pubDate><description>The envoy spoke to reporters.</description></item>
              <item><title>Empty one</title><pubDate>Thu, 04 Jun 2020 20:45:00 GMT</pubDate><description>   </description></item>
              <item><title>Badly dated</title><pubDate>sometime last week</pubDate><description>Ministers met.</description></item>
              <item><title>Undated</title><description>Talks resumed.</description></item>
            </channel></rss>
            """;
        var results = Read("mixed.rss", feed);

        Assert.Equal(4, results.Count);
        Assert.Equal("Good one", results[0].Article!.Title);
        Assert.Equal("item 2 (\"Empty one\"): no article text (no content, description or summary)", results[1].Failure!.Reason);
        Assert.Equal("item 3 (\"Badly dated\"): the date is not one I can read: \"sometime last week\"", results[2].Failure!.Reason);
        Assert.Null(results[3].Article!.Published);
    }

    [Fact]
    public void Feed_declaring_a_legacy_encoding_is_decoded_by_its_declaration()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var xml = Rss.Replace("encoding=\"utf-8\"", "encoding=\"windows-1256\"", StringComparison.Ordinal);
        var path = _dir.Write("legacy.xml", System.Text.Encoding.GetEncoding(1256).GetBytes(xml));

        var results = ArticleReader.Read(path).ToList();

        Assert.Equal("مبعوث أممي يتحدث عن تقدم في المحادثات", results[1].Article!.Title);
    }
}
