using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;

namespace StanceTracker.EndToEnd.Tests;

/// <summary>The `stance` console ingesting into a real silo process, and the results read over HTTP from the client host.</summary>
public sealed class ClusterEndToEndTests(ClusterProcesses cluster) : IClassFixture<ClusterProcesses>
{
    private static readonly string Seed = Programs.Shared("seeds/000_a16db0e3d028d774.txt");

    [Fact]
    public async Task The_seed_ingested_by_the_console_shows_Erdogans_statements_over_http()
    {
        var (exit, output) = await cluster.StanceAsync("ingest", Seed);
        Assert.True(exit == 0, output);
        Assert.Contains("local silo", output);

        var actors = await GetJsonAsync("/api/actors");
        var ids = actors.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains("erdogan", ids);
        Assert.Contains("sarraj", ids);
        Assert.Contains("maiteeq", ids);

        // Other tests ingest the samples into the same cluster: look at the seed's day only.
        const string seedDay = "from=2020-06-04&to=2020-06-04";
        var aboutGna = await GetJsonAsync($"/api/actors/erdogan/statements?target=gna&{seedDay}");
        Assert.True(aboutGna.GetProperty("total").GetInt32() >= 1);
        Assert.Contains(aboutGna.GetProperty("items").EnumerateArray(), s => StanceToward(s, "gna") == "support");

        var aboutHaftar = await GetJsonAsync($"/api/actors/erdogan/statements?target=haftar&{seedDay}");
        var opposing = aboutHaftar.GetProperty("items").EnumerateArray().Where(s => StanceToward(s, "haftar") == "oppose").ToList();
        Assert.NotEmpty(opposing);
        Assert.All(opposing, s =>
        {
            Assert.Equal("2020-06-04", s.GetProperty("published").GetString()![..10]);
            Assert.Equal("الجزيرة نت", s.GetProperty("outlet").GetString());
            Assert.Contains(s.GetProperty("content").GetString()!, s.GetProperty("sentence").GetString());
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("cue").GetString()));
        });
        // The evidence for "putschist": ووصف الرئيس التركي اللواء المتقاعد خليفة حفتر بالانقلابي
        Assert.Contains(opposing, s => s.GetProperty("sentence").GetString()!.Contains("بالانقلابي"));

        var profile = await GetJsonAsync("/api/actors/erdogan");
        Assert.Equal("person", profile.GetProperty("actor").GetProperty("type").GetString());
        Assert.Contains(profile.GetProperty("opposes").EnumerateArray(), p => p.GetProperty("targetId").GetString() == "haftar");

        // Ingesting the same article again records nothing new.
        var before = (await GetJsonAsync($"/api/actors/erdogan/statements?{seedDay}")).GetProperty("total").GetInt32();
        (exit, output) = await cluster.StanceAsync("ingest", Seed);
        Assert.True(exit == 0, output);
        Assert.Matches(@"already known\s*│?\s*1", output);
        Assert.Equal(before, (await GetJsonAsync($"/api/actors/erdogan/statements?{seedDay}")).GetProperty("total").GetInt32());

        // The console reads the same evidence.
        (exit, output) = await cluster.StanceAsync("statements", "erdogan", "--target", "haftar");
        Assert.True(exit == 0, output);
        Assert.Contains("oppose", output);
    }

    [Fact]
    public async Task The_samples_show_Russia_turning_against_Haftar()
    {
        var (exit, output) = await cluster.StanceJoinedAsync("ingest", Programs.Samples);
        Assert.True(exit == 0, output);

        var points = (await GetJsonAsync("/api/actors/russia/stance?target=haftar&bucket=month")).EnumerateArray().ToList();
        Assert.True(points.Count >= 2, $"expected several months, got {points.Count}");
        Assert.Equal("support", points[0].GetProperty("dominant").GetString());
        Assert.Equal("oppose", points[^1].GetProperty("dominant").GetString());
        Assert.True(points[0].GetProperty("bucketStart").GetDateTime() < points[^1].GetProperty("bucketStart").GetDateTime());

        (exit, output) = await cluster.StanceJoinedAsync("timeline", "russia", "--target", "haftar", "--bucket", "month");
        Assert.True(exit == 0, output);
        Assert.Contains("support", output);
        Assert.Contains("oppose", output);

        // The shift itself, dated and with the sentences on each side.
        var shift = Assert.Single((await GetJsonAsync("/api/shifts?actor=russia&target=haftar")).EnumerateArray());
        Assert.Equal("support", shift.GetProperty("from").GetString());
        Assert.Equal("oppose", shift.GetProperty("to").GetString());
        Assert.Equal("2020-06-10", shift.GetProperty("visibleOn").GetString()![..10]);
        Assert.NotEmpty(shift.GetProperty("evidenceBefore").EnumerateArray());
        Assert.Contains(shift.GetProperty("evidenceAfter").EnumerateArray(), e => e.GetProperty("sentence").GetString()!.Contains("رفض"));
        Assert.Contains((await GetJsonAsync("/api/shifts")).EnumerateArray(), s => s.GetProperty("actorId").GetString() == "russia");

        (exit, output) = await cluster.StanceJoinedAsync("shifts", "--actor", "russia", "--target", "haftar");
        Assert.True(exit == 0, output);
        Assert.Contains("2020-06-10", output);

        // Who stands where on Haftar over the samples' months.
        var standing = await GetJsonAsync("/api/targets/haftar");
        Assert.Contains(standing.GetProperty("supporters").EnumerateArray(), p => p.GetProperty("actorId").GetString() == "egypt");
        Assert.Contains(standing.GetProperty("opponents").EnumerateArray(), p => p.GetProperty("actorId").GetString() == "erdogan");
        (exit, output) = await cluster.StanceJoinedAsync("target", "haftar", "--from", "2020-06-01");
        Assert.True(exit == 0, output);
        Assert.Contains("russia", output);

        // Cut to the strongest per side: the first of each side is the same, and each side's total is still all of it.
        var sides = new[] { "supporters", "opponents", "neutral" };
        Assert.All(sides, side => Assert.Equal(standing.GetProperty(side).GetArrayLength(), standing.GetProperty(side + "Total").GetInt32()));
        var first = await GetJsonAsync("/api/targets/haftar?top=1");
        foreach (var side in sides)
        {
            Assert.Equal(standing.GetProperty(side + "Total").GetInt32(), first.GetProperty(side + "Total").GetInt32());
            Assert.Equal(standing.GetProperty(side).EnumerateArray().Take(1).Select(p => p.GetProperty("actorId").GetString()),
                first.GetProperty(side).EnumerateArray().Select(p => p.GetProperty("actorId").GetString()));
        }
        var longest = sides.MaxBy(side => standing.GetProperty(side + "Total").GetInt32())!;
        var total = standing.GetProperty(longest + "Total").GetInt32();
        Assert.True(total > 1, $"{longest}: {total}");
        (exit, output) = await cluster.StanceJoinedAsync("target", "haftar", "--top", "1");
        Assert.True(exit == 0, output);
        Assert.Contains($"{(longest == "neutral" ? "Neutral or mixed" : char.ToUpperInvariant(longest[0]) + longest[1..])}: 1 of {total}", output);
    }

    [Fact]
    public async Task The_timeline_plot_is_a_png_of_Russia_turning_against_Haftar()
    {
        var (exit, output) = await cluster.StanceJoinedAsync("ingest", Programs.Samples);
        Assert.True(exit == 0, output);
        var png = Path.Combine(cluster.DataDirectory, "russia-haftar.png");
        (exit, output) = await cluster.StanceJoinedAsync("timeline", "russia", "--target", "haftar", "--plot", png);
        Assert.True(exit == 0, output);
        Assert.Contains("Chart written to", output);

        var chart = PlotPixels.ReadPng(png);
        Assert.Equal((1000, 500), (chart.Width, chart.Height));
        var inked = chart.InkedShare();
        Assert.True(inked is > 0.02 and < 0.5, $"{inked:P1} of the chart is drawn on");
        // Haftar's line, in the first Category10 colour: months of support above zero, then opposition below it.
        var (above, below) = chart.ColourAroundZero(new SkiaSharp.SKColor(0x1f, 0x77, 0xb4));
        Assert.True(above > 100 && below > 100, $"series pixels: {above} above zero, {below} below");
    }

    [Fact]
    public async Task A_timeline_plot_with_a_bad_file_name_or_nothing_to_draw_says_why()
    {
        var (exit, ingested) = await cluster.StanceJoinedAsync("ingest", Programs.Samples);
        Assert.True(exit == 0, ingested);
        (exit, var output) = await cluster.StanceJoinedAsync("timeline", "russia", "--plot", Path.Combine(cluster.DataDirectory, "chart.jpg"));
        Assert.NotEqual(0, exit);
        Assert.Contains("--plot", output);
        Assert.Contains("must be a .png file", output);

        var missing = Path.Combine(cluster.DataDirectory, "no-such-folder", "chart.png");
        (exit, output) = await cluster.StanceJoinedAsync("timeline", "russia", "--plot", missing);
        Assert.NotEqual(0, exit);
        Assert.Contains("does not exist", output);

        var empty = Path.Combine(cluster.DataDirectory, "empty.png");
        (exit, output) = await cluster.StanceJoinedAsync("timeline", "egypt", "--target", "no-such-target", "--plot", empty);
        Assert.True(exit == 1 && output.Contains("nothing to plot", StringComparison.Ordinal), $"{output}\nafter ingesting:\n{ingested}");
        Assert.False(File.Exists(empty));
    }

    [Fact]
    public async Task The_positions_network_and_window_comparison_agree_between_console_and_http()
    {
        var (exit, output) = await cluster.StanceAsync("ingest", Programs.Samples);
        Assert.True(exit == 0, output);
        const string window = "from=2020-01-01&to=2020-07-31";

        using var graphml = await cluster.Http.GetAsync($"/api/network?{window}&format=graphml");
        Assert.Equal(HttpStatusCode.OK, graphml.StatusCode);
        Assert.Equal("application/graphml+xml", graphml.Content.Headers.ContentType?.MediaType);
        var fromHttp = await graphml.Content.ReadAsStringAsync();
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var graph = XDocument.Parse(fromHttp).Root!.Element(ns + "graph")!;
        Assert.Contains(graph.Elements(ns + "node"), n => (string?)n.Attribute("id") == "russia");
        Assert.Contains(graph.Elements(ns + "edge"), e => (string?)e.Attribute("source") == "russia" && (string?)e.Attribute("target") == "haftar");

        var file = Path.Combine(Directory.CreateTempSubdirectory("stance-network-").FullName, "positions.graphml");
        (exit, output) = await cluster.StanceAsync("network", "--from", "2020-01-01", "--to", "2020-07-31", "--format", "graphml", "--out", file);
        Assert.True(exit == 0, output);
        Assert.Equal(fromHttp, File.ReadAllText(file));

        var json = await GetJsonAsync($"/api/network?{window}");
        Assert.Equal("2020-01-01", json.GetProperty("from").GetString());
        Assert.Contains(json.GetProperty("edges").EnumerateArray(), e => e.GetProperty("kind").GetString() == "conflict"
            && e.GetProperty("source").GetString() == "egypt" && e.GetProperty("target").GetString() == "erdogan");
        using var csv = await cluster.Http.GetAsync($"/api/network?{window}&format=csv");
        Assert.StartsWith("Source,Target,Type,Kind,Weight,Support,Oppose,Neutral\r\n", await csv.Content.ReadAsStringAsync());

        // Russia's position on Haftar changed between the first two months and the last two.
        var comparison = await GetJsonAsync("/api/compare?from1=2020-01-01&to1=2020-02-29&from2=2020-06-01&to2=2020-07-31&target=haftar");
        var russia = Assert.Single(comparison.GetProperty("changes").EnumerateArray(), c => c.GetProperty("actorId").GetString() == "russia");
        Assert.Equal("changed", russia.GetProperty("change").GetString());
        Assert.Equal("support", russia.GetProperty("before").GetProperty("dominant").GetString());
        Assert.Equal("oppose", russia.GetProperty("after").GetProperty("dominant").GetString());
        (exit, output) = await cluster.StanceAsync("compare", "--from1", "2020-01-01", "--to1", "2020-02-29",
            "--from2", "2020-06-01", "--to2", "2020-07-31", "--target", "haftar");
        Assert.True(exit == 0, output);
        Assert.Contains("changed", output);

        // The roll-up marks who contributed; the actor alone is the default.
        var rolled = (await GetJsonAsync("/api/actors/russia/stance?target=haftar&members=true")).EnumerateArray().ToList();
        Assert.NotEmpty(rolled);
        Assert.All(rolled, p => Assert.NotEmpty(p.GetProperty("contributors").EnumerateArray()));
        Assert.All(rolled, p => Assert.True(p.GetProperty("articles").GetInt32() >= 1 && p.GetProperty("outlets").GetInt32() >= 1));
        (exit, output) = await cluster.StanceAsync("timeline", "russia", "--target", "haftar", "--with-members");
        Assert.True(exit == 0, output);
        Assert.Contains("with its members", output);
        (exit, output) = await cluster.StanceAsync("target", "haftar", "--with-members");
        Assert.True(exit == 0, output);
        // Erdogan (Turkey's president) counts toward Turkey: he is named among its speakers, not listed on his own.
        Assert.Contains("erdogan", output);
        Assert.DoesNotContain("Recep", output);
    }

    [Theory]
    [InlineData("/api/network?format=pdf", "format")]
    [InlineData("/api/network?from=2020-07-01&to=2020-01-01", "to")]
    [InlineData("/api/compare?from1=2020-01-01&to1=2020-01-31&to2=2020-06-30", "from2")]
    [InlineData("/api/compare?from1=2020-01-01&to1=2020-01-31&from2=June&to2=2020-06-30", "from2")]
    [InlineData("/api/actors/russia/stance?members=perhaps", "members")]
    [InlineData("/api/targets/haftar?members=yes", "members")]
    [InlineData("/api/targets/haftar?top=-1", "top")]
    [InlineData("/api/targets/haftar?top=1001", "top")]
    [InlineData("/api/targets/haftar?top=ten", "top")]
    public async Task Bad_query_parameters_get_a_400_that_names_them(string path, string parameter)
    {
        using var response = await cluster.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Bad_console_options_are_refused_before_touching_the_cluster()
    {
        var (exit, output) = await cluster.StanceAsync("network", "--format", "pdf");
        Assert.NotEqual(0, exit);
        Assert.Contains("--format", output);
        (exit, output) = await cluster.StanceAsync("compare", "--from1", "2020-01-01", "--to1", "2020-01-31", "--to2", "2020-06-30");
        Assert.NotEqual(0, exit);
        Assert.Contains("--from2", output);
        (exit, output) = await cluster.StanceAsync("target", "haftar", "--top", "5000");
        Assert.NotEqual(0, exit);
        Assert.Contains("--top", output);
    }

    [Fact]
    public async Task Bad_requests_get_clear_errors()
    {
        using var unknown = await cluster.Http.GetAsync("/api/actors/no-such-actor");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("no-such-actor", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var badBucket = await cluster.Http.GetAsync("/api/actors/russia/stance?bucket=year");
        Assert.Equal(HttpStatusCode.BadRequest, badBucket.StatusCode);
        Assert.Equal("bucket", (await badBucket.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());

        using var badDate = await cluster.Http.GetAsync("/api/actors/russia/statements?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal("from", (await badDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());

        using var badPage = await cluster.Http.GetAsync("/api/actors/russia/statements?page=0");
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
    }

    [Fact]
    public async Task An_article_posted_over_http_is_stored_once()
    {
        var article = new
        {
            id = "e2e-post-1",
            title = "Cairo restates its backing",
            source = "Sample Wire",
            published = "2020-05-20T10:00:00Z",
            text = "Egypt said it supports Khalifa Haftar and rejects the Government of National Accord.",
        };
        using var created = await cluster.Http.PostAsJsonAsync("/api/articles", article);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var again = await cluster.Http.PostAsJsonAsync("/api/articles", article);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("alreadyKnown", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var stored = await GetJsonAsync("/api/articles/e2e-post-1");
        Assert.Equal("Cairo restates its backing", stored.GetProperty("title").GetString());

        using var noText = await cluster.Http.PostAsJsonAsync("/api/articles", new { title = "empty" });
        Assert.Equal(HttpStatusCode.BadRequest, noText.StatusCode);
        using var noDate = await cluster.Http.PostAsJsonAsync("/api/articles", new { text = "Egypt said it supports Haftar." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);
        Assert.Contains("date", (await noDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_bad_file_fails_with_its_name_and_reason_and_the_rest_is_ingested()
    {
        var dir = Directory.CreateTempSubdirectory("stance-bad-").FullName;
        File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
        File.WriteAllText(Path.Combine(dir, "good.json"),
            """{"id": "e2e-good-1", "title": "t", "source": "Sample Wire", "published": "2020-04-01", "text": "Turkey said it backs the Government of National Accord."}""");
        var (exit, output) = await cluster.StanceAsync("ingest", dir);
        Assert.Equal(1, exit);
        Assert.Contains("empty.txt", output);
        Assert.Matches(@"new\s*│?\s*1", output);
        Assert.Equal("e2e-good-1", (await GetJsonAsync("/api/articles/e2e-good-1")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_dashboard_shows_the_silo_and_the_grains_at_work()
    {
        using var page = await cluster.Http.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType);

        using var posted = await cluster.Http.PostAsJsonAsync("/api/articles", new
        {
            id = "e2e-dashboard-1", source = "Sample Wire", published = "2020-05-01",
            text = "Turkey said it supports the Government of National Accord.",
        });
        Assert.True(posted.IsSuccessStatusCode);

        // The dashboard's counters lag the cluster by a second or two: poll, within a bound.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var counters = await GetJsonAsync("/dashboard/DashboardCounters");
            var activeHosts = counters.GetProperty("hosts").EnumerateArray().Count(h => h.GetProperty("status").GetString() == "Active");
            var grainTypes = counters.GetProperty("simpleGrainStats").EnumerateArray()
                .Select(g => g.GetProperty("grainType").GetString() ?? "").ToList();
            if (activeHosts == 1 && grainTypes.Any(t => t.EndsWith("ActorGrain", StringComparison.Ordinal))
                && grainTypes.Any(t => t.EndsWith("ArticleGrain", StringComparison.Ordinal)))
                break;
            Assert.True(DateTime.UtcNow < deadline, $"dashboard shows {activeHosts} active hosts and grains [{string.Join(", ", grainTypes)}]");
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task A_second_silo_on_taken_ports_says_why_it_cannot_start()
    {
        var (exit, output) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(2), Programs.Silo,
            "--data", cluster.DataDirectory, "--silo-port", $"{cluster.SiloPort}", "--gateway-port", $"{cluster.GatewayPort}");
        Assert.Equal(1, exit);
        Assert.Contains("stance silo: could not start", output);
        // The running cluster is unharmed.
        using var actors = await cluster.Http.GetAsync("/api/actors");
        Assert.Equal(HttpStatusCode.OK, actors.StatusCode);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await cluster.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string? StanceToward(JsonElement statement, string target) =>
        statement.GetProperty("stances").EnumerateArray()
            .Where(t => t.GetProperty("targetId").GetString() == target)
            .Select(t => t.GetProperty("stance").GetString())
            .FirstOrDefault();
}
