using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>
/// A split of a brat attribution corpus laid out as PolNeAR is (data/train or data/dev): text/NAME.txt with
/// attributions/NAME_ANNOTATOR.ann. Where several annotators did one article, the first annotation in name order
/// is used, so each article counts once.
/// </summary>
public static class BratAttributionSplit
{
    public static IEnumerable<(string Name, string Text, string AnnotationPath)> Documents(string splitDirectory)
    {
        var texts = Path.Combine(splitDirectory, "text");
        var annotations = Path.Combine(splitDirectory, "attributions");
        if (!Directory.Exists(texts) || !Directory.Exists(annotations))
            throw new DirectoryNotFoundException($"{splitDirectory}: expected text/ and attributions/ (a PolNeAR split such as data/dev)");
        var firstAnnotation = Directory.EnumerateFiles(annotations, "*.ann")
            .Order(StringComparer.Ordinal)
            .GroupBy(path => Article(Path.GetFileNameWithoutExtension(path)))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var textPath in Directory.EnumerateFiles(texts, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            if (firstAnnotation.TryGetValue(name, out var annotation))
                yield return (name, File.ReadAllText(textPath), annotation);
        }
    }

    /// <summary>
    /// Extracts every document of the split and scores it against its annotation; with <paramref name="departures"/>,
    /// also hands it each document's <see cref="AttributionDiff"/> and text, from the same extraction.
    /// </summary>
    public static AttributionScore Evaluate(StanceExtractor extractor, string splitDirectory, int? limit = null,
        Action<AttributionDiff, string>? departures = null)
    {
        var total = AttributionScore.Zero;
        foreach (var (name, text, gold, statements) in Extracted(extractor, splitDirectory, limit))
        {
            total += AttributionScorer.Score(statements, gold);
            departures?.Invoke(AttributionDiff.Of(name, statements, gold), text);
        }
        return total;
    }

    private static IEnumerable<(string Name, string Text, IReadOnlyList<GoldAttribution> Gold, IReadOnlyList<Statement> Statements)> Extracted(
        StanceExtractor extractor, string splitDirectory, int? limit)
    {
        foreach (var (name, text, annotation) in Documents(splitDirectory).Take(limit ?? int.MaxValue))
        {
            var gold = BratAttributionReader.Read(File.ReadAllText(annotation), text, annotation);
            var extracted = extractor.Extract(new ArticleText(name, null, null, null, null, "en", text, Path.Combine(splitDirectory, "text", name + ".txt")));
            yield return (name, text, gold, extracted.Statements);
        }
    }

    // "NAME_4e07" → "NAME": the annotator id is the part after the last underscore.
    private static string Article(string annotationName)
    {
        var underscore = annotationName.LastIndexOf('_');
        return underscore > 0 ? annotationName[..underscore] : annotationName;
    }
}
