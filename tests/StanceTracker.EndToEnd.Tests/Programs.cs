using System.Net;
using System.Net.Sockets;

namespace StanceTracker.EndToEnd.Tests;

/// <summary>Where the built programs and the shared data are, seen from the test assembly.</summary>
public static class Programs
{
    public static readonly string RepositoryRoot = FindUp(AppContext.BaseDirectory, dir => File.Exists(Path.Combine(dir, "StanceTracker.sln")))
        ?? throw new InvalidOperationException("StanceTracker.sln not found above the test directory.");

    // The test assembly's own bin/<Configuration>/<tfm>: the programs were built with the same configuration.
    private static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string Silo => Output("StanceTracker.Silo", "StanceTracker.Silo.dll");
    public static string Api => Output("StanceTracker.Api", "StanceTracker.Api.dll");
    public static string Stance => Output("StanceTracker.Console", "stance.dll");

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>A file under the shared folder beside the repository (../shared), as in CI.</summary>
    public static string Shared(string relative)
    {
        var root = FindUp(RepositoryRoot, dir => File.Exists(Path.Combine(dir, "shared", relative)))
            ?? throw new FileNotFoundException($"shared/{relative} not found beside the repository.");
        return Path.Combine(root, "shared", relative);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Output(string project, string assembly)
    {
        var path = Path.Combine(RepositoryRoot, "src", project, "bin", Configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{project} is not built: {path}");
    }

    private static string? FindUp(string start, Func<string, bool> found)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (found(dir.FullName))
                return dir.FullName;
        return null;
    }
}
