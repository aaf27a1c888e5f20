using System.Text.Json;
using Microsoft.Playwright;

namespace StanceTracker.Web.Tests;

/// <summary>
/// A real silo and client host with the samples and the seed ingested through the real console, and a headless
/// Chromium to look at the page they serve. Screenshots go to <see cref="Artifacts"/> in the test output folder.
/// </summary>
public sealed class WebCluster : IAsyncLifetime
{
    private readonly ClusterProcesses _cluster = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl => _cluster.Http.BaseAddress!.ToString().TrimEnd('/');

    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        await _cluster.InitializeAsync();
        var (exit, output) = await _cluster.StanceJoinedAsync("ingest", Programs.Samples, Programs.Shared("seeds/000_a16db0e3d028d774.txt"));
        if (exit != 0)
            throw new InvalidOperationException($"ingesting the samples failed ({exit}):\n{output}");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
        // The page fetches after it loads: give its answers time on a busy two-core machine.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>A fresh page (own context: no state shared between tests) that fails the test on any script error.</summary>
    public async Task<IPage> NewPageAsync(List<string> scriptErrors)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.SetDefaultTimeout(20_000);
        return page;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _cluster.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _cluster.Http.GetAsync(path);

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _cluster.DisposeAsync();
    }
}
