using StanceTracker.Extraction.Text;

namespace StanceTracker.Grains.ActorDirectory;

/// <summary>How actor names are compared in search: with the extraction normalizer's folding, so case, diacritics and alef forms do not matter.</summary>
internal static class SearchText
{
    public static string Fold(string text) => TextNormalizer.NormalizeTerm(text.Trim());
}
