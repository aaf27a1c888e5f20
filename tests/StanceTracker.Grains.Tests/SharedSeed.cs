namespace StanceTracker.Grains.Tests;

/// <summary>The seed article, read from ../shared beside the repository (never copied into it).</summary>
internal static class SharedSeed
{
    private const string Relative = "shared/seeds/000_a16db0e3d028d774.txt";

    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, Relative);
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundException($"{Relative} not found above {AppContext.BaseDirectory}");
        }
    }
}
