using StanceTracker.Extraction.Evaluation;

namespace StanceTracker.Extraction.Tests.Gold;

/// <summary>The repository's Arabic gold set (Gold/arabic-gold.jsonl), found by walking up to the repository root.</summary>
public static class ArabicGoldFile
{
    public static string Path =>
        ArabicGoldSet.FindGoldFile(AppContext.BaseDirectory)
        ?? throw new FileNotFoundException($"{ArabicGoldSet.RepositoryPath} not found above {AppContext.BaseDirectory}");

    /// <summary>The folder holding seeds/ and corpus/ (../shared beside the repository).</summary>
    public static string Shared => System.IO.Path.GetDirectoryName(SharedData.Path("seeds"))!;
}
