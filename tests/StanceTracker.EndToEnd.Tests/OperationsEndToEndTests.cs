using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace StanceTracker.EndToEnd.Tests;

/// <summary>What an operator relies on: health, metrics, logs, credentials, request limits, refusals to start unsafely.</summary>
public sealed class OperationsEndToEndTests(OperationsCluster cluster) : IClassFixture<OperationsCluster>
{
    [Fact]
    public async Task Silo_and_client_host_answer_their_health_endpoints()
    {
        var siloLive = await GetHealthAsync(cluster.SiloHttp, "/health/live");
        Assert.Equal("Healthy", siloLive.GetProperty("status").GetString());
        var siloReady = await GetHealthAsync(cluster.SiloHttp, "/health/ready");
        Assert.Equal(["silo", "storage"], CheckNames(siloReady));
        Assert.Contains(cluster.DataDirectory, siloReady.ToString());

        Assert.Equal("Healthy", (await GetHealthAsync(cluster.Http, "/health/live")).GetProperty("status").GetString());
        var apiReady = await GetHealthAsync(cluster.Http, "/health/ready");
        Assert.Equal(["cluster"], CheckNames(apiReady));
        Assert.Contains("1 active silos", apiReady.ToString());
    }

    [Fact]
    public async Task Metrics_count_what_an_ingest_did()
    {
        var (exit, output) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(3), Programs.Stance,
            "ingest", Programs.Samples, "--gateway-port", $"{cluster.GatewayPort}");
        Assert.True(exit == 0, output);

        // The exporter refreshes its snapshot on a short cache: poll, within a bound.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        string metrics;
        while (true)
        {
            metrics = await cluster.SiloHttp.GetStringAsync("/metrics");
            if (PrometheusText.Sum(metrics, "stance_shifts_detected_total") > 0) break;
            Assert.True(DateTime.UtcNow < deadline, $"no shifts counted in:\n{metrics}");
            await Task.Delay(300);
        }
        Assert.True(PrometheusText.Sum(metrics, "stance_articles_ingested_total") >= 6, metrics);
        Assert.True(PrometheusText.Sum(metrics, "stance_statements_recorded_total") > 0, metrics);
        Assert.True(PrometheusText.Sum(metrics, "stance_extraction_duration_seconds_count") >= 6, metrics);
        Assert.True(PrometheusText.Sum(metrics, "stance_extraction_duration_seconds_sum") > 0, metrics);
        Assert.Contains("\norleans_", metrics);

        var apiMetrics = await cluster.Http.GetStringAsync("/metrics");
        Assert.True(PrometheusText.Sum(apiMetrics, "http_server_request_duration_seconds_count") > 0, apiMetrics);
        Assert.Contains("\norleans_", apiMetrics);
    }

    [Fact]
    public async Task The_silo_logs_json_lines_with_the_article_id_in_scope()
    {
        using var posted = await PostArticleAsync(Article("ops-log-1"), OperationsCluster.ApiKey);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        JsonElement? line = null;
        while (line is null)
        {
            line = cluster.SiloOutput.Split('\n')
                .Where(l => l.StartsWith('{') && l.Contains("ops-log-1", StringComparison.Ordinal) && l.Contains("statements from", StringComparison.Ordinal))
                .Select(l => (JsonElement?)JsonDocument.Parse(l).RootElement.Clone())
                .FirstOrDefault();
            Assert.True(line is not null || DateTime.UtcNow < deadline, $"no JSON log line about ops-log-1:\n{cluster.SiloOutput}");
            if (line is null) await Task.Delay(200);
        }
        Assert.True(line.Value.GetProperty("LogLevel").GetString() == "Information", line.Value.ToString());
        Assert.Contains(line.Value.GetProperty("Scopes").EnumerateArray(),
            s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("ArticleId", out var id) && id.GetString() == "ops-log-1");
    }

    [Fact]
    public async Task With_a_key_configured_writes_need_it_and_reads_do_not()
    {
        using var anonymous = await PostArticleAsync(Article("ops-key-1"), key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("X-Api-Key", (await anonymous.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        using var wrong = await PostArticleAsync(Article("ops-key-1"), key: "wrong-key-0123456789abcdef");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var notStored = await cluster.Http.GetAsync("/api/articles/ops-key-1");
        Assert.Equal(HttpStatusCode.NotFound, notStored.StatusCode);

        using var created = await PostArticleAsync(Article("ops-key-1"), OperationsCluster.ApiKey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var read = await cluster.Http.GetAsync("/api/articles/ops-key-1");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var dashboard = await cluster.Http.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413_with_the_limit_named()
    {
        var big = Article("ops-big-1", text: string.Concat(Enumerable.Repeat("Egypt said it supports Khalifa Haftar. ", 200)));
        using var response = await PostArticleAsync(big, OperationsCluster.ApiKey);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Contains($"{OperationsCluster.MaxBodyBytes} bytes", error);
        using var notStored = await cluster.Http.GetAsync("/api/articles/ops-big-1");
        Assert.Equal(HttpStatusCode.NotFound, notStored.StatusCode);
    }

    [Theory]
    [InlineData("/api/actors/" + "x", null)] // control: a short id is fine (404, unknown)
    [InlineData("/api/actors/%01bad", "id")]
    [InlineData("/api/actors?search=LONG", "search")]
    [InlineData("/api/actors/russia/stance?target=LONG", "target")]
    [InlineData("/api/shifts?actor=LONG", "actor")]
    [InlineData("/api/targets/LONG", "id")]
    [InlineData("/api/articles/LONG", "id")]
    [InlineData("/api/shifts?from=2020-07-01&to=2020-01-01", "to")]
    public async Task Malformed_parameters_are_400_naming_the_parameter(string path, string? parameter)
    {
        using var response = await cluster.Http.GetAsync(path.Replace("LONG", new string('a', 201)));
        if (parameter is null)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Off_loopback_without_credentials_the_client_host_refuses_to_start()
    {
        var (exit, output) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(1), Programs.Api,
            "--http-host", "0.0.0.0", "--http-port", $"{Programs.FreePort()}", "--gateway-port", $"{cluster.GatewayPort}");
        Assert.Equal(1, exit);
        Assert.Contains("stance api: could not start", output);
        Assert.Contains("off loopback", output);
        Assert.Contains("Stance:ApiKey", output);

        (exit, output) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(1), Programs.Api,
            "--http-host", "0.0.0.0", "--http-port", $"{Programs.FreePort()}", "--gateway-port", $"{cluster.GatewayPort}", "--Stance:ApiKey", "short");
        Assert.Equal(1, exit);
        Assert.Contains("at least 16", output);
    }

    [Fact]
    public async Task Off_loopback_the_dashboard_asks_for_basic_credentials()
    {
        var port = Programs.FreePort();
        const string user = "operator", password = "dashboard-pass-0123456789";
        // Bound to every address, but the test only ever connects over loopback.
        await using var api = RunningProcess.Start(Programs.Api, "--http-host", "0.0.0.0", "--http-port", $"{port}",
            "--gateway-port", $"{cluster.GatewayPort}", "--Stance:DashboardUser", user, "--Stance:DashboardPassword", password);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await http.WaitUntilAnswersAsync("/health/ready", api, TimeSpan.FromSeconds(60));

        using var anonymous = await http.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/dashboard/") { Headers = { Authorization = Basic(user, "not-the-password") } };
        using var refused = await http.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Get, "/dashboard/") { Headers = { Authorization = Basic(user, password) } };
        using var page = await http.SendAsync(right);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType);

        // Reads of the API stay open.
        using var actors = await http.GetAsync("/api/actors");
        Assert.Equal(HttpStatusCode.OK, actors.StatusCode);
    }

    [Fact]
    public async Task A_bad_log_format_stops_the_silo_with_the_setting_named()
    {
        var (exit, output) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(1), Programs.Silo,
            "--data", cluster.DataDirectory, "--silo-port", $"{Programs.FreePort()}", "--gateway-port", $"{Programs.FreePort()}", "--log-format", "xml");
        Assert.Equal(1, exit);
        Assert.Contains("Stance:LogFormat is 'xml'", output);
    }

    private static object Article(string id, string text = "Egypt said it supports Khalifa Haftar and rejects the Government of National Accord.") =>
        new { id, title = "Operations test", source = "Sample Wire", published = "2020-05-21T10:00:00Z", text };

    private Task<HttpResponseMessage> PostArticleAsync(object article, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent(JsonSerializer.Serialize(article), Encoding.UTF8, "application/json"),
        };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        return cluster.Http.SendAsync(request);
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static async Task<JsonElement> GetHealthAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string> CheckNames(JsonElement report) =>
        [.. report.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];
}
