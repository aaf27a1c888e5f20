using System.Net;

namespace StanceTracker.EndToEnd.Tests;

/// <summary>The console on its own: the README's quick start (embedded silo), and `stance serve`.</summary>
public sealed class ConsoleEndToEndTests
{
    [Fact]
    public async Task The_quick_start_ingests_the_samples_into_an_embedded_silo_and_prints_a_timeline()
    {
        var data = Directory.CreateTempSubdirectory("stance-quick-").FullName;
        // A gateway port nobody listens on: the console must fall back to a silo of its own.
        string[] quickStart = ["ingest", Programs.Samples, "--timeline", "russia", "--target", "haftar",
            "--data", data, "--gateway-port", $"{Programs.FreePort()}"];

        var (exit, output) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(3), Programs.Stance, quickStart);
        Assert.True(exit == 0, output);
        Assert.Contains("embedded silo", output);
        Assert.Contains("support", output);
        Assert.Contains("oppose", output);
        Assert.True(File.Exists(Path.Combine(data, "stance.db")));

        // A second run finds everything already known, and the timeline is unchanged.
        var (exitAgain, outputAgain) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(3), Programs.Stance, quickStart);
        Assert.True(exitAgain == 0, outputAgain);
        Assert.Matches(@"new\s*│?\s*0", outputAgain);
        Assert.Equal(TimelineRows(output), TimelineRows(outputAgain));
    }

    [Fact]
    public async Task Serve_runs_a_silo_with_the_api_and_dashboard()
    {
        var data = Directory.CreateTempSubdirectory("stance-serve-").FullName;
        var http = Programs.FreePort();
        var gateway = Programs.FreePort();
        await using var serve = RunningProcess.Start(Programs.Stance, "serve", "--data", data,
            "--http-port", $"{http}", "--gateway-port", $"{gateway}", "--silo-port", $"{Programs.FreePort()}");
        await serve.WaitForOutputAsync("Dashboard:", TimeSpan.FromSeconds(90));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{http}") };
        await client.WaitUntilAnswersAsync("/api/actors", serve, TimeSpan.FromSeconds(30));

        // Listen to the live feed before anything is ingested.
        using var live = await client.GetAsync("/api/shifts/live", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", live.Content.Headers.ContentType?.MediaType);
        var events = new StreamReader(await live.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await events.ReadLineAsync());

        var (exit, output) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(3), Programs.Stance,
            "ingest", Programs.Shared("seeds/000_a16db0e3d028d774.txt"), Programs.Samples, "--gateway", $"127.0.0.1:{gateway}");
        Assert.True(exit == 0, output);
        // An explicit gateway: with only a port, a missed 300 ms probe on a loaded machine would ingest into a silo of its own.
        Assert.Contains($"cluster at 127.0.0.1:{gateway}", output);

        // Russia's turn on Haftar in the samples arrives as a server-sent event.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? shiftEvent = null;
        while (shiftEvent is null)
        {
            var line = await events.ReadLineAsync(patience.Token) ?? throw new InvalidOperationException("the live feed closed");
            if (line.StartsWith("data: ", StringComparison.Ordinal) && line.Contains("\"actorId\":\"russia\"", StringComparison.Ordinal))
                shiftEvent = line;
        }
        Assert.Contains("\"targetId\":\"haftar\"", shiftEvent);
        Assert.Contains("\"to\":\"oppose\"", shiftEvent);

        using var erdogan = await client.GetAsync("/api/actors/erdogan");
        Assert.Equal(HttpStatusCode.OK, erdogan.StatusCode);
        using var dashboard = await client.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        // The web view is found from the console's own folder too (it is embedded in the API assembly).
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script src=\"app.js\">", await page.Content.ReadAsStringAsync());
        using var script = await client.GetAsync("/app.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unreachable_gateway_is_a_clear_error()
    {
        var (exit, output) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(2), Programs.Stance,
            "actors", "--gateway", $"127.0.0.1:{Programs.FreePort()}");
        Assert.Equal(2, exit);
        Assert.Contains("could not start or reach the cluster at 127.0.0.1:", output);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5000")]
    public async Task Articles_in_flight_outside_1_to_4096_are_refused_before_any_silo_starts(string parallel)
    {
        var (exit, output) = await RunningProcess.RunAsync(TimeSpan.FromMinutes(2), Programs.Stance,
            "ingest", Programs.Samples, "--parallel", parallel);
        Assert.NotEqual(0, exit);
        Assert.Contains($"--parallel must be between 1 and 4096, not {parallel}", output);
        Assert.DoesNotContain("Using the", output);
    }

    // Table rows only: on a loaded machine the embedded silo may log a slow-task warning naming an article about Haftar.
    private static string[] TimelineRows(string output) =>
        [.. output.Split('\n').Where(l => l.StartsWith('│') && l.Contains("haftar", StringComparison.Ordinal) && l.Contains("2020-", StringComparison.Ordinal))];
}
