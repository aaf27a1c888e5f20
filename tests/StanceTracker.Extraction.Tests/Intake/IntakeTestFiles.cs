namespace StanceTracker.Extraction.Tests.Intake;

/// <summary>
/// Finds the shared data beside the repository (../shared) and the repository's samples folder from the test's
/// output directory, so the tests run the same from an IDE, `dotnet test` and CI.
/// </summary>
internal static class IntakeTestFiles
{
    private const string SeedRelative = "shared/seeds/000_a16db0e3d028d774.txt";

    private static readonly Lazy<string> RepoRootValue = new(FindRepoRoot);

    /// <summary>The repository root: the directory whose sibling "shared" holds the seed article.</summary>
    public static string RepoRoot => RepoRootValue.Value;

    public static string SharedDir => Path.Combine(Path.GetDirectoryName(RepoRoot)!, "shared");

    public static string SeedPath => Path.Combine(SharedDir, "seeds", "000_a16db0e3d028d774.txt");

    public static string SamplesDir => Path.Combine(RepoRoot, "samples");

    public static string Corpus(string relative) => Path.Combine(SharedDir, "corpus", relative);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (dir.Parent is { } parent && File.Exists(Path.Combine(parent.FullName, SeedRelative)))
                return dir.FullName;
        }
        throw new InvalidOperationException(
            $"No directory above {AppContext.BaseDirectory} has a sibling {SeedRelative}; the shared data must sit beside the repository.");
    }
}
