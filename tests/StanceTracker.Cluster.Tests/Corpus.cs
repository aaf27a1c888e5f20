using StanceTracker.EndToEnd.Tests;

namespace StanceTracker.Cluster.Tests;

/// <summary>The shared corpus files the fault tests ingest (read from ../shared, never copied into the repository).</summary>
public static class Corpus
{
    /// <summary>171 Arabic Libya articles from 12 Saudi outlets, summer 2015.</summary>
    public static string ArabicLibya => Programs.Shared("corpus/ar/saudinewsnet-libya-2015/articles.jsonl");

    /// <summary>200 English Middle-East articles, 2019–2020.</summary>
    public static string EnglishMideast => Programs.Shared("corpus/en/allsides-mideast-2019-2020/articles.jsonl");

    public static string Seed => Programs.Shared("seeds/000_a16db0e3d028d774.txt");
}
