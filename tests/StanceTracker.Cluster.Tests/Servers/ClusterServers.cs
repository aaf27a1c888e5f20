using System.Diagnostics;
using StanceTracker.EndToEnd.Tests;

namespace StanceTracker.Cluster.Tests.Servers;

/// <summary>
/// The redis-server and PostgreSQL the cluster tests run against. The rule: STANCE_TEST_REDIS, STANCE_TEST_POSTGRES
/// and STANCE_TEST_SERVERS (set by .ci/run through .ci/servers) name them. Under CI (CI=true) missing variables fail
/// the tests; elsewhere the tests start their own pair with the same .ci/servers script and stop it afterwards.
/// Never skipped.
/// </summary>
public sealed class ClusterServers : IAsyncLifetime
{
    private string? _ownDirectory;

    public string Redis { get; private set; } = "";

    /// <summary>Connection string to the server's maintenance database; each test creates its own database.</summary>
    public string Postgres { get; private set; } = "";

    /// <summary>The .ci/servers data directory, for stopping and starting PostgreSQL under load.</summary>
    public string Directory { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var redis = Environment.GetEnvironmentVariable("STANCE_TEST_REDIS");
        var postgres = Environment.GetEnvironmentVariable("STANCE_TEST_POSTGRES");
        var directory = Environment.GetEnvironmentVariable("STANCE_TEST_SERVERS");
        if (!string.IsNullOrEmpty(redis) && !string.IsNullOrEmpty(postgres) && !string.IsNullOrEmpty(directory))
        {
            (Redis, Postgres, Directory) = (redis, postgres, directory);
            return;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                "CI=true but STANCE_TEST_REDIS, STANCE_TEST_POSTGRES or STANCE_TEST_SERVERS is not set: .ci/run must start the servers with .ci/servers");

        _ownDirectory = System.IO.Directory.CreateTempSubdirectory("stance-servers-").FullName;
        var (exit, output) = await ServersAsync("start", _ownDirectory);
        if (exit != 0)
            throw new InvalidOperationException($".ci/servers start failed ({exit}):\n{output}");
        foreach (var line in output.Split('\n', StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith("export ", StringComparison.Ordinal)) continue;
            var (name, value) = (line[7..line.IndexOf('=')], line[(line.IndexOf('=') + 1)..].Trim('\''));
            if (name == "STANCE_TEST_REDIS") Redis = value;
            if (name == "STANCE_TEST_POSTGRES") Postgres = value;
            if (name == "STANCE_TEST_SERVERS") Directory = value;
        }
        if (Redis.Length == 0 || Postgres.Length == 0)
            throw new InvalidOperationException($".ci/servers start printed no connection strings:\n{output}");
    }

    public async Task StopPostgresAsync() => await CheckedAsync("postgres-stop");

    public async Task StartPostgresAsync() => await CheckedAsync("postgres-start");

    private async Task CheckedAsync(string command)
    {
        var (exit, output) = await ServersAsync(command, Directory);
        if (exit != 0)
            throw new InvalidOperationException($".ci/servers {command} failed ({exit}):\n{output}");
    }

    private static async Task<(int, string)> ServersAsync(string command, string directory)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(Programs.RepositoryRoot, ".ci", "servers"));
        info.ArgumentList.Add(command);
        info.ArgumentList.Add(directory);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    public async Task DisposeAsync()
    {
        if (_ownDirectory is not null)
        {
            await ServersAsync("stop", _ownDirectory);
            try { System.IO.Directory.Delete(_ownDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
