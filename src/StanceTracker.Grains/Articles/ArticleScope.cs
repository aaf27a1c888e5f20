using System.Collections;

namespace StanceTracker.Grains.Articles;

/// <summary>
/// The logging scope of one article's ingest: every log line written meanwhile carries its id. One small object per
/// article instead of a dictionary; structured loggers read it as the single pair ArticleId = id.
/// </summary>
public sealed class ArticleScope(string articleId) : IReadOnlyList<KeyValuePair<string, object>>
{
    public string ArticleId { get; } = articleId;

    public int Count => 1;

    public KeyValuePair<string, object> this[int index] =>
        index == 0 ? new(nameof(ArticleId), ArticleId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{nameof(ArticleId)}:{ArticleId}";
}
