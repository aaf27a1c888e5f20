using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StanceTracker.Web.Tests;

/// <summary>The page at / driven in headless Chromium against a real cluster holding the samples and the seed.</summary>
public sealed class WebViewTests(WebCluster web, ITestOutputHelper log) : IClassFixture<WebCluster>
{
    private readonly List<string> _scriptErrors = [];

    [Fact]
    public async Task Search_then_timeline_then_shift_shows_the_evidence_highlighted_in_its_article()
    {
        var page = await web.NewPageAsync(_scriptErrors);
        await page.GotoAsync(web.BaseUrl + "/");
        await page.FillAsync("#search", "russia");
        await page.ClickAsync("#search-form button[type=submit]");
        await page.Locator("ul.actors li[data-actor='russia'] a").ClickAsync();
        Assert.EndsWith("#/actor/russia", page.Url);

        // The chart holds exactly the API's monthly series toward Haftar, one circle per month with its net score.
        var series = (await web.GetJsonAsync("/api/actors/russia/stance?target=haftar&bucket=month")).EnumerateArray()
            .Select(p => (Bucket: p.GetProperty("bucketStart").GetString()![..10], Net: p.GetProperty("netScore").GetDouble())).ToList();
        Assert.True(series.Count >= 2, $"the samples give Russia at least two months on Haftar, got {series.Count}");
        var circles = page.Locator("#timeline-chart circle.point[data-target='haftar']");
        await Expect(circles).ToHaveCountAsync(series.Count);
        var drawn = await circles.EvaluateAllAsync<string[][]>("cs => cs.map(c => [c.dataset.bucket, c.dataset.net])");
        Assert.Equal(series.Select(p => p.Bucket), drawn.Select(d => d[0]));
        Assert.All(series.Zip(drawn), pair => Assert.Equal(pair.First.Net, double.Parse(pair.Second[1], CultureInfo.InvariantCulture), 9));
        var line = await page.Locator("#timeline-chart polyline.series[data-target='haftar']").GetAttributeAsync("points");
        Assert.Equal(series.Count, line!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

        // The shift, then its evidence: every statement's content is what is marked in its article.
        var shift = Assert.Single((await web.GetJsonAsync("/api/shifts?actor=russia&target=haftar")).EnumerateArray());
        await page.Locator("button.shift[data-target='haftar']").ClickAsync();
        var evidence = shift.GetProperty("evidenceBefore").EnumerateArray().Concat(shift.GetProperty("evidenceAfter").EnumerateArray()).ToList();
        Assert.NotEmpty(evidence);
        var directions = new List<string>();
        foreach (var statement in evidence)
        {
            var item = page.Locator($"#shift-evidence li.statement[data-statement='{statement.GetProperty("id").GetString()}']");
            var mark = item.Locator(".article-text mark.evidence-content");
            await Expect(mark).ToHaveCountAsync(1);
            Assert.Equal(statement.GetProperty("content").GetString(), await mark.TextContentAsync());
            var direction = await item.Locator(".article-text").GetAttributeAsync("dir");
            Assert.Equal(statement.GetProperty("language").GetString() == "ar" ? "rtl" : "ltr", direction);
            directions.Add(direction!);
        }
        Assert.Contains("rtl", directions); // the samples' Arabic articles are among the evidence

        var screenshot = Path.Combine(WebCluster.Artifacts, "web-shift-evidence.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        log.WriteLine($"screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Empty(_scriptErrors);
    }

    [Fact]
    public async Task A_point_on_the_chart_lists_the_statements_behind_it()
    {
        var page = await web.NewPageAsync(_scriptErrors);
        await page.GotoAsync(web.BaseUrl + "/#/actor/russia?bucket=month&target=haftar");
        var point = page.Locator("#timeline-chart circle.point[data-target='haftar']").Last;
        await Expect(point).ToBeVisibleAsync();
        var counts = await point.EvaluateAsync<int[]>("c => [+c.dataset.support, +c.dataset.oppose, +c.dataset.neutral]");
        await point.ClickAsync();

        var statements = page.Locator("#bucket-evidence li.statement");
        await Expect(statements).ToHaveCountAsync(counts.Sum());
        await Expect(page.Locator("#bucket-evidence h2")).ToContainTextAsync("Khalifa Haftar");
        // Opening one shows its article with the content marked.
        await statements.First.Locator("button.show-article").ClickAsync();
        await Expect(statements.First.Locator("mark.evidence-content")).ToHaveTextAsync(
            (await statements.First.Locator("blockquote.content").TextContentAsync())!);
        Assert.Empty(_scriptErrors);
    }

    [Fact]
    public async Task The_target_view_ranks_supporters_and_opponents_and_links_to_them()
    {
        var standing = await web.GetJsonAsync("/api/targets/haftar");
        var page = await web.NewPageAsync(_scriptErrors);
        await page.GotoAsync(web.BaseUrl + "/#/target/haftar");

        await Expect(page.Locator("table[data-kind='support'] tbody tr")).ToHaveCountAsync(standing.GetProperty("supporters").GetArrayLength());
        await Expect(page.Locator("table[data-kind='oppose'] tbody tr")).ToHaveCountAsync(standing.GetProperty("opponents").GetArrayLength());
        await Expect(page.Locator("table[data-kind='support'] tr[data-actor='egypt']")).ToBeVisibleAsync();
        var erdogan = page.Locator("table[data-kind='oppose'] tr[data-actor='erdogan'] a");
        await erdogan.ClickAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync("Erdogan");
        await Expect(page.Locator("#timeline-chart circle.point").First).ToBeVisibleAsync();
        Assert.Empty(_scriptErrors);
    }

    [Fact]
    public async Task Unknown_ids_and_empty_answers_show_messages_not_blank_pages()
    {
        var page = await web.NewPageAsync(_scriptErrors);
        await page.GotoAsync(web.BaseUrl + "/#/actor/no-such-actor");
        await Expect(page.Locator("main .message.error")).ToContainTextAsync("unknown actor 'no-such-actor'");

        await page.GotoAsync(web.BaseUrl + "/#/target/no-such-target");
        await Expect(page.Locator("main .message.error")).ToContainTextAsync("unknown target 'no-such-target'");

        await page.FillAsync("#search", "zzqx nobody");
        await page.PressAsync("#search", "Enter");
        await Expect(page.Locator("main .message.empty")).ToContainTextAsync("No actor matches 'zzqx nobody'");

        await page.GotoAsync(web.BaseUrl + "/#/nowhere");
        await Expect(page.Locator("main .message.error")).ToContainTextAsync("no page 'nowhere'");

        // A speaker whose stance never turned: the shifts list says so.
        var steady = await SteadySpeakerAsync();
        await page.GotoAsync(web.BaseUrl + $"/#/actor/{steady}");
        await Expect(page.Locator("main .message.empty").Last).ToContainTextAsync("No shift found");
        Assert.Empty(_scriptErrors);
    }

    [Fact]
    public async Task The_article_text_endpoint_gives_the_text_the_statement_offsets_point_into()
    {
        var statements = (await web.GetJsonAsync("/api/actors/erdogan/statements?from=2020-06-04&to=2020-06-04")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(statements);
        foreach (var statement in statements)
        {
            var article = await web.GetJsonAsync($"/api/articles/{Uri.EscapeDataString(statement.GetProperty("articleId").GetString()!)}/text");
            Assert.Equal(statement.GetProperty("articleId").GetString(), article.GetProperty("id").GetString());
            Assert.Equal("ar", article.GetProperty("language").GetString());
            var text = article.GetProperty("text").GetString()!;
            int start = statement.GetProperty("contentStart").GetInt32(), end = statement.GetProperty("contentEnd").GetInt32();
            Assert.Equal(statement.GetProperty("content").GetString(), text[start..end]);
        }

        using var unknown = await web.GetAsync("/api/articles/no-such-article/text");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("no-such-article", await unknown.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Needs GET /api/network (issue 5, network branch): until it is merged this test fails with the API's 404.
    /// The drawing holds one node per actor or target linked by a position edge, and one line per such edge.
    /// </summary>
    [Fact]
    public async Task The_network_view_draws_the_positions_network()
    {
        var network = await web.GetJsonAsync("/api/network?format=json");
        var positions = network.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "position").ToList();
        Assert.NotEmpty(positions);
        var linked = positions.SelectMany(e => new[] { e.GetProperty("source").GetString(), e.GetProperty("target").GetString() }).ToHashSet();

        var page = await web.NewPageAsync(_scriptErrors);
        await page.GotoAsync(web.BaseUrl + "/#/network");
        await Expect(page.Locator("#network-chart line.edge.position")).ToHaveCountAsync(positions.Count);
        await Expect(page.Locator("#network-chart g.node")).ToHaveCountAsync(linked.Count);
        var russiaToHaftar = page.Locator("#network-chart line.edge.position[data-source='russia'][data-target='haftar']");
        await Expect(russiaToHaftar).ToHaveCountAsync(1);

        var screenshot = Path.Combine(WebCluster.Artifacts, "web-network.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        log.WriteLine($"screenshot: {screenshot}");

        // A node leads to its actor page.
        // The node's circle, where a reader clicks: the centre of the whole group (circle and label) can be empty canvas.
        await page.Locator("#network-chart g.node[data-node='russia'] circle").ClickAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync("Russia");
        Assert.Empty(_scriptErrors);
    }

    /// <summary>
    /// The drawing itself, on an answer in the network contract's shape (served to the page by the test, so it runs
    /// whether or not the endpoint is merged): only the chosen edge kinds are drawn, coloured by sign, with their nodes.
    /// </summary>
    [Fact]
    public async Task The_network_view_draws_a_network_in_the_contracts_shape_with_the_chosen_edge_kinds()
    {
        const string network = """
            {"from": null, "to": null,
             "nodes": [{"id": "russia", "name": "Russia", "type": "state", "statements": 22},
                       {"id": "egypt", "name": "Egypt", "type": "state", "statements": 9},
                       {"id": "erdogan", "name": "Recep Tayyip Erdogan", "type": "person", "statements": 30},
                       {"id": "haftar", "name": "Khalifa Haftar", "type": "person", "statements": 4},
                       {"id": "gna", "name": "Government of National Accord", "type": "organisation", "statements": 0}],
             "edges": [{"source": "russia", "target": "haftar", "kind": "position", "weight": 0.43, "support": 6, "oppose": 5, "neutral": 1},
                       {"source": "egypt", "target": "haftar", "kind": "position", "weight": 0.82, "support": 8, "oppose": 0, "neutral": 1},
                       {"source": "erdogan", "target": "haftar", "kind": "position", "weight": -0.8, "support": 0, "oppose": 9, "neutral": 1},
                       {"source": "erdogan", "target": "gna", "kind": "position", "weight": 0.9, "support": 10, "oppose": 0, "neutral": 0},
                       {"source": "russia", "target": "egypt", "kind": "agreement", "weight": 1, "support": 0, "oppose": 0, "neutral": 0},
                       {"source": "egypt", "target": "erdogan", "kind": "conflict", "weight": 1, "support": 0, "oppose": 0, "neutral": 0}]}
            """;
        var page = await web.NewPageAsync(_scriptErrors);
        var asked = new List<string>();
        await page.RouteAsync("**/api/network?**", route =>
        {
            asked.Add(route.Request.Url);
            return route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = network });
        });
        await page.GotoAsync(web.BaseUrl + "/#/network");

        // Positions only, by default: four edges among five nodes, each coloured by its sign.
        await Expect(page.Locator("#network-chart line.edge")).ToHaveCountAsync(4);
        await Expect(page.Locator("#network-chart g.node")).ToHaveCountAsync(5);
        await Expect(page.Locator("#network-chart line.edge.oppose[data-source='erdogan'][data-target='haftar']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#network-chart line.edge.support[data-source='egypt'][data-target='haftar']")).ToHaveCountAsync(1);
        var screenshot = Path.Combine(WebCluster.Artifacts, "web-network-contract.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        log.WriteLine($"screenshot: {screenshot}");

        // Conflicts alone: one edge, two nodes; the window goes to the API.
        await page.Locator("input[type=checkbox][value='position']").UncheckAsync();
        await Expect(page.Locator("main .message.empty")).ToContainTextAsync("No edges of the chosen kinds");
        await page.Locator("input[type=checkbox][value='conflict']").CheckAsync();
        await Expect(page.Locator("#network-chart line.edge")).ToHaveCountAsync(1);
        await Expect(page.Locator("#network-chart line.edge.conflict.oppose")).ToHaveCountAsync(1);
        await Expect(page.Locator("#network-chart g.node")).ToHaveCountAsync(2);
        await page.FillAsync("input[name=from]", "2020-06-01");
        await page.ClickAsync("form.window button[type=submit]");
        await Expect(page.Locator("#network-chart line.edge")).ToHaveCountAsync(1);
        Assert.Contains(asked, url => url.Contains("from=2020-06-01", StringComparison.Ordinal) && url.Contains("format=json", StringComparison.Ordinal));
        Assert.Empty(_scriptErrors);
    }

    private async Task<string> SteadySpeakerAsync()
    {
        foreach (var actor in (await web.GetJsonAsync("/api/actors")).EnumerateArray().Where(a => a.GetProperty("statements").GetInt32() > 0))
        {
            var id = actor.GetProperty("id").GetString()!;
            if ((await web.GetJsonAsync($"/api/shifts?actor={Uri.EscapeDataString(id)}")).GetArrayLength() == 0)
                return id;
        }
        throw new InvalidOperationException("every speaker in the samples has a shift: no steady speaker to look at");
    }
}
