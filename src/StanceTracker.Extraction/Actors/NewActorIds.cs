using System.Globalization;
using System.Text;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// Ids for actors the dictionary does not have. They must be stable across articles (the same person, the same grain),
/// and safe in grain keys and URLs: no '/', '?', '#', '%' or spaces.
/// <list type="bullet">
/// <item>A person introduced with a title: "new:" + the name's normalized words joined by '-'. Latin names are folded to
/// lower-case ASCII ("party leader John Smith" → new:john-smith; "José Ñúñez" → new:jose-nunez); Arabic names keep their
/// normalized Arabic letters (alef forms, ة and ى folded, no diacritics): "محمد صوان" → new:محمد-صوان, so أحمد and احمد
/// give one id.</item>
/// <item>An unnamed source tied to an actor: "source:" + that actor's id (مصدر عسكري في قوات حفتر → source:haftar).</item>
/// </list>
/// </summary>
public static class NewActorIds
{
    public const string PersonPrefix = "new:";
    public const string SourcePrefix = "source:";

    /// <summary>The id of a newcomer from the normalized tokens of their name.</summary>
    public static string Person(IEnumerable<string> normalizedNameTokens)
    {
        var builder = new StringBuilder(PersonPrefix);
        var first = true;
        foreach (var token in normalizedNameTokens)
        {
            var part = Slug(token);
            if (part.Length == 0) continue;
            if (!first) builder.Append('-');
            builder.Append(part);
            first = false;
        }
        return builder.ToString();
    }

    public static string Source(string affiliationId) => SourcePrefix + affiliationId;

    // Letters and digits of any script survive (lower-cased); Latin accents are removed (é → e) but Arabic letters are kept
    // whole (ؤ would otherwise decompose into و and a hamza); everything else becomes '-'.
    private static string Slug(string token)
    {
        if (IsSlugAlready(token))
            return token;
        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            var letter = c;
            if (c is > '\u007F' and < '\u0250')
                letter = c.ToString().Normalize(NormalizationForm.FormD)[0];
            if (char.IsLetterOrDigit(letter)) builder.Append(char.ToLowerInvariant(letter));
            else if (CharUnicodeInfo.GetUnicodeCategory(letter) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        while (builder.Length > 0 && builder[^1] == '-') builder.Length--;
        return builder.ToString();
    }

    // Normalized tokens are mostly lower-case ASCII letters and digits or Arabic letters, which the slug keeps as they
    // are: returning the token itself spares a builder and a culture-aware case change per character.
    private static bool IsSlugAlready(string token)
    {
        if (token.Length == 0) return false;
        foreach (var c in token)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') continue;
            if (c is >= '\u0621' and <= '\u064A' && char.IsLetter(c)) continue;
            return false;
        }
        return true;
    }
}
