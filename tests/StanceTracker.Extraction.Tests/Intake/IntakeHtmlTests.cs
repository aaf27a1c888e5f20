using System.Text;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Intake;

/// <summary>Saved web pages: main text, title, date, outlet, URL and language. Every page here was written for these tests.</summary>
public sealed class IntakeHtmlTests : IDisposable
{
    private readonly IntakeTempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string EnglishPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>Envoy sees progress in Geneva talks | Sample Wire</title>
        <meta property="og:site_name" content="Sample Wire">
        <link rel="canonical" href="https://news.example.org/2020/06/04/geneva-talks">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Envoy sees progress in Geneva talks",
         "datePublished": "2020-06-04T20:45:00+03:00", "publisher": {"@type": "Organization", "name": "Sample Wire Ltd"}}
        </script>
        </head>
        <body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
        <main>
        <article>
        <h1>Envoy sees progress in Geneva talks</h1>
        <p>The envoy said on Thursday that both delegations had agreed to meet again next week in Geneva.</p>
        <p>"We are closer than we were a month ago," the envoy told reporters,<br>adding that a lasting ceasefire was within reach.</p>
        <script>window.tracker = 1;</script>
        <p>The foreign minister of Turkey said his country   supports the <a href="/gna">Government of National Accord</a>.</p>
        </article>
        <aside><h2>Most read</h2><ul><li><a href="/x">Another story entirely about something else</a></li></ul></aside>
        </main>
        <footer><p>Copyright Sample Wire. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    // No meta date and no JSON-LD: the date is in the Arabic byline, and only there.
    private const string ArabicPage = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        <title>الموقع التجريبي - مبعوث أممي يتحدث عن تقدم في المحادثات</title>
        <meta property="og:title" content="مبعوث أممي يتحدث عن تقدم في المحادثات">
        <meta property="og:site_name" content="الموقع التجريبي">
        <meta property="og:url" content="https://ar.example.org/news/1234">
        </head>
        <body>
        <nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/economy">اقتصاد</a></nav>
        <div class="article-body">
        <h1>مبعوث أممي يتحدث عن تقدم في المحادثات</h1>
        <div class="post-meta">نشر في: الخميس 4 يونيو 2020 - 08:45 مساءً</div>
        <p>قال المبعوث الأممي اليوم الخميس إن الوفدين اتفقا على مواصلة المحادثات الأسبوع المقبل في جنيف.</p>
        <p>وأضاف المبعوث في مؤتمر صحفي أن "وقف إطلاق النار بات أقرب من أي وقت مضى"، داعيا الطرفين إلى التهدئة.</p>
        </div>
        <footer>جميع الحقوق محفوظة</footer>
        </body>
        </html>
        """;

    private ArticleText ReadOne(string name, string html)
    {
        var path = _dir.Write(name, html);
        var result = Assert.Single(ArticleReader.Read(path));
        Assert.Null(result.Failure);
        return result.Article!;
    }

    [Fact]
    public void English_page_gives_its_article_text_as_paragraphs()
    {
        var article = ReadOne("geneva.html", EnglishPage);

        Assert.Equal(
            "The envoy said on Thursday that both delegations had agreed to meet again next week in Geneva.\n\n" +
            "\"We are closer than we were a month ago,\" the envoy told reporters,\nadding that a lasting ceasefire was within reach.\n\n" +
            "The foreign minister of Turkey said his country supports the Government of National Accord.",
            article.Text);
    }

    [Fact]
    public void English_page_metadata_comes_from_json_ld_og_and_canonical_link()
    {
        var article = ReadOne("geneva.html", EnglishPage);

        Assert.Equal("Envoy sees progress in Geneva talks", article.Title);
        Assert.Equal(new DateTimeOffset(2020, 6, 4, 20, 45, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal("Sample Wire", article.Source); // og:site_name before the JSON-LD publisher
        Assert.Equal("https://news.example.org/2020/06/04/geneva-talks", article.Url);
        Assert.Equal("en", article.Language); // lang="en-GB", normalised
        Assert.Null(article.Id);
    }

    [Fact]
    public void Arabic_page_takes_og_title_and_the_date_from_its_byline()
    {
        var article = ReadOne("envoy.htm", ArabicPage);

        Assert.Equal("مبعوث أممي يتحدث عن تقدم في المحادثات", article.Title);
        Assert.Equal(new DateTimeOffset(2020, 6, 4, 20, 45, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("الموقع التجريبي", article.Source);
        Assert.Equal("https://ar.example.org/news/1234", article.Url);
        Assert.Equal("ar", article.Language);
        // The readability pass keeps the dateline paragraph (it is inside the article's container); the body follows it.
        Assert.Contains("\n\nقال المبعوث الأممي اليوم الخميس إن الوفدين", article.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nوأضاف المبعوث", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("الرئيسية", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("جميع الحقوق", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_published_time_wins_over_time_element_and_title_falls_back_to_title_then_h1()
    {
        const string page = """
            <html><head><title>Ministers meet in Rome</title>
            <meta property="article:published_time" content="2020-01-12T09:30:00Z"></head>
            <body><article><p>Published <time datetime="2019-12-31">yesterday</time></p>
            <p>The two ministers met in Rome on Sunday and said they would keep talking about the ceasefire.</p></article></body></html>
            """;
        var article = ReadOne("rome.html", page);

        Assert.Equal("Ministers meet in Rome", article.Title);
        Assert.Equal(new DateTimeOffset(2020, 1, 12, 9, 30, 0, TimeSpan.Zero), article.Published);

        const string noTitle = """
            <html><body><article><h1>Ceasefire holds</h1>
            <p>Fighting stopped overnight along the front line, residents and officials on both sides said on Monday.</p>
            <p>Updated <time datetime="2020-02-03T08:00:00+01:00">3 February</time></p></article></body></html>
            """;
        var second = ReadOne("ceasefire.html", noTitle);

        Assert.Equal("Ceasefire holds", second.Title);
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 8, 0, 0, TimeSpan.FromHours(1)), second.Published);
        Assert.Null(second.Source);
        Assert.Null(second.Url);
    }

    [Fact]
    public void Undated_page_takes_the_default_date_or_stays_undated()
    {
        const string page = "<html><body><p>The delegations agreed to meet again next week in Geneva, the envoy said in a statement on the talks.</p></body></html>";
        var path = _dir.Write("undated.html", page);
        var fallback = new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Null(Assert.Single(ArticleReader.Read(path)).Article!.Published);
        Assert.Equal(fallback, Assert.Single(ArticleReader.Read(path, fallback)).Article!.Published);
    }

    [Theory]
    [InlineData("nav.html", """<html><head><title>Sections</title></head><body><nav><ul><li><a href="/a">World news</a></li><li><a href="/b">Sport and games</a></li></ul></nav><ul><li><a href="/c">Business and markets news today</a></li><li><a href="/d">Science and technology stories</a></li></ul><footer>Contact us at the newsroom for corrections</footer></body></html>""")]
    [InlineData("empty-body.html", "<html><head><title>Nothing here</title></head><body></body></html>")]
    [InlineData("scripts-only.htm", "<html><body><script>document.write('a very long generated article that is not really there at all');</script></body></html>")]
    public void Page_without_article_text_is_one_failure(string name, string page)
    {
        var path = _dir.Write(name, page);

        var failure = Assert.Single(ArticleReader.Read(path)).Failure!;

        Assert.Equal(path, failure.Path);
        Assert.Null(failure.Line);
        Assert.Equal("no article text found in the page", failure.Reason);
    }

    [Fact]
    public void Page_in_a_declared_legacy_arabic_code_page_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = ArabicPage.Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">",
            StringComparison.Ordinal);
        var path = _dir.Write("legacy.html", Encoding.GetEncoding(1256).GetBytes(page));

        var article = Assert.Single(ArticleReader.Read(path)).Article!;

        Assert.Equal("مبعوث أممي يتحدث عن تقدم في المحادثات", article.Title);
        Assert.Contains("قال المبعوث الأممي", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_page_without_a_declared_charset_is_refused_with_the_offset()
    {
        var path = _dir.Write("broken.html", [.. "<html><body><p>caf"u8, 0xE9, .. "</p></body></html>"u8]);

        var failure = Assert.Single(ArticleReader.Read(path)).Failure!;

        Assert.Equal("invalid UTF-8 at byte offset 18; save the file as UTF-8", failure.Reason);
    }

    [Fact]
    public void Invalid_utf8_page_declaring_an_unknown_charset_says_so()
    {
        var path = _dir.Write("odd.html", [.. "<html><head><meta charset=\"x-made-up\"></head><body><p>caf"u8, 0xE9, .. "</p></body></html>"u8]);

        var failure = Assert.Single(ArticleReader.Read(path)).Failure!;

        Assert.Equal("invalid UTF-8 at byte offset 57; save the file as UTF-8 (the page declares charset 'x-made-up', which is not a known encoding)",
            failure.Reason);
    }

    [Fact]
    public void Directory_walk_reads_pages_and_skips_the_browser_assets_folder_beside_them()
    {
        _dir.Write("geneva.html", EnglishPage);
        _dir.Write("geneva_files/app.js", "var x = 1;");
        _dir.Write("geneva_files/style.css", "p { margin: 0 }");
        _dir.Write("other_files/notes.js", "var y = 2;"); // no other.html beside it: walked and reported

        var results = ArticleReader.Read(_dir.Path).ToList();

        Assert.Equal("Envoy sees progress in Geneva talks", Assert.Single(results, r => r.Article is not null).Article!.Title);
        var failure = Assert.Single(results, r => r.Failure is not null).Failure!;
        Assert.EndsWith("notes.js", failure.Path, StringComparison.Ordinal);
    }
}
