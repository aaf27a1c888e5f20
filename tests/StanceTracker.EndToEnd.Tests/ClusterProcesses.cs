namespace StanceTracker.EndToEnd.Tests;

/// <summary>A real silo process and a real client-host process (HTTP API + dashboard) on free ports and a fresh data directory.</summary>
public sealed class ClusterProcesses : IAsyncLifetime
{
    private RunningProcess? _silo;
    private RunningProcess? _api;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("stance-e2e-").FullName;
    public int GatewayPort { get; } = Programs.FreePort();
    public int SiloPort { get; } = Programs.FreePort();
    public int HttpPort { get; } = Programs.FreePort();
    public HttpClient Http { get; private set; } = null!;

    public string SiloOutput => _silo?.Output ?? "";

    public async Task InitializeAsync()
    {
        _silo = RunningProcess.Start(Programs.Silo, "--data", DataDirectory, "--silo-port", $"{SiloPort}", "--gateway-port", $"{GatewayPort}");
        await _silo.WaitForOutputAsync("stance silo: running", TimeSpan.FromSeconds(60));
        _api = RunningProcess.Start(Programs.Api, "--gateway-port", $"{GatewayPort}", "--http-port", $"{HttpPort}");
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
        await Http.WaitUntilAnswersAsync("/api/actors", _api, TimeSpan.FromSeconds(60));
    }

    /// <summary>Runs the real `stance` console against this cluster's gateway.</summary>
    public Task<(int ExitCode, string Output)> StanceAsync(params string[] args) =>
        RunningProcess.RunAsync(TimeSpan.FromMinutes(3), Programs.Stance, [.. args, "--gateway-port", $"{GatewayPort}"]);

    /// <summary>
    /// Runs the real `stance` console joined to this cluster by an explicit gateway. With only a gateway port the console
    /// probes it for 300 ms and otherwise embeds a silo of its own; on a loaded machine the probe can miss, and the
    /// command would then quietly work on another database. Tests that must see their data in this cluster use this.
    /// </summary>
    public Task<(int ExitCode, string Output)> StanceJoinedAsync(params string[] args) =>
        RunningProcess.RunAsync(TimeSpan.FromMinutes(3), Programs.Stance, [.. args, "--gateway", $"127.0.0.1:{GatewayPort}"]);

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_api is not null) await _api.DisposeAsync();
        if (_silo is not null) await _silo.DisposeAsync();
    }
}
