namespace StanceTracker.EndToEnd.Tests;

/// <summary>
/// A silo with its health and metrics listener and JSON logs, and a client host that demands an API key and takes
/// small bodies, as an operator would run them (on loopback, so the tests talk to nothing off this machine).
/// </summary>
public sealed class OperationsCluster : IAsyncLifetime
{
    public const string ApiKey = "test-key-0123456789abcdef";
    public const int MaxBodyBytes = 4096;

    private RunningProcess? _silo;
    private RunningProcess? _api;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("stance-ops-").FullName;
    public int GatewayPort { get; } = Programs.FreePort();
    public int SiloPort { get; } = Programs.FreePort();
    public int HealthPort { get; } = Programs.FreePort();
    public int HttpPort { get; } = Programs.FreePort();

    /// <summary>The client host, without credentials.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>The silo's health and metrics listener.</summary>
    public HttpClient SiloHttp { get; private set; } = null!;

    public string SiloOutput => _silo?.Output ?? "";

    public async Task InitializeAsync()
    {
        _silo = RunningProcess.Start(Programs.Silo, "--data", DataDirectory, "--silo-port", $"{SiloPort}", "--gateway-port", $"{GatewayPort}",
            "--health-port", $"{HealthPort}", "--log-format", "json");
        await _silo.WaitForOutputAsync("stance silo: running", TimeSpan.FromSeconds(60));
        _api = RunningProcess.Start(Programs.Api, "--gateway-port", $"{GatewayPort}", "--http-port", $"{HttpPort}",
            "--Stance:ApiKey", ApiKey, "--Stance:MaxRequestBodyBytes", $"{MaxBodyBytes}");
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
        SiloHttp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HealthPort}") };
        await Http.WaitUntilAnswersAsync("/health/ready", _api, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        SiloHttp?.Dispose();
        if (_api is not null) await _api.DisposeAsync();
        if (_silo is not null) await _silo.DisposeAsync();
    }
}
