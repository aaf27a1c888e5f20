using System.Security.Cryptography;
using System.Text;

namespace StanceTracker.Extraction.Model;

/// <summary>
/// The stable id of an article: the id its source gave, else a hash of source and whitespace-normalised text,
/// so that the same article read twice (even re-saved with other line breaks) gets the same id.
/// </summary>
public static class ArticleIdentity
{
    public static string For(ArticleText article)
    {
        if (!string.IsNullOrWhiteSpace(article.Id))
            return Clean(article.Id);

        var builder = new StringBuilder(article.Text.Length + 64);
        builder.Append((article.Source ?? string.Empty).Trim().ToLowerInvariant()).Append('\n');
        var pendingSpace = false;
        foreach (var c in article.Text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = builder.Length > 0; continue; }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(c);
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return "a-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    // Ids end up in grain keys, URLs and file names: keep them to a safe alphabet.
    private static string Clean(string id)
    {
        var trimmed = id.Trim();
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        return builder.ToString();
    }
}
