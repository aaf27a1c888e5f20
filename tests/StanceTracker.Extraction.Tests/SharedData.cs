namespace StanceTracker.Extraction.Tests;

/// <summary>
/// Finds files under the shared data folder that sits beside the repository (../shared from the repo root), by
/// walking up from the test's base directory, so tests work wherever the repository is cloned.
/// </summary>
public static class SharedData
{
    public static string Path(string relative)
    {
        var found = TryPath(relative);
        return found ?? throw new FileNotFoundException($"shared/{relative} not found beside any parent of {AppContext.BaseDirectory}");
    }

    public static string? TryPath(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The repository's own folder with this name (e.g. "samples"), found the same way.</summary>
    public static string? RepoFolder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "StanceTracker.sln")))
            {
                var candidate = System.IO.Path.Combine(dir.FullName, name);
                return Directory.Exists(candidate) ? candidate : null;
            }
        }
        return null;
    }
}
