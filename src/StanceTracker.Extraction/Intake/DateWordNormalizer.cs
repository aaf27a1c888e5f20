using System.Text;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Folds the spelling variants seen in dates so one lexicon entry covers them: the text normalizer's folding
/// (Arabic-Indic digits, diacritics, alef forms, case), plus Arabic commas as commas and invisible spacing marks
/// as spaces, because in a date they separate fields rather than join letters.
/// Used for matching only; the article text itself is never changed.
/// </summary>
internal static class DateWordNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '،' or '؛': builder.Append(','); break;
                case '\u00A0' or '\u200F' or '\u200E' or '\u061C': builder.Append(' '); break; // nbsp and direction marks
                default:
                    var folded = TextNormalizer.Fold(c);
                    if (folded != '\0') builder.Append(folded);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>The key a single word is looked up by: normalised and without dots, so "a.m." and "Sept." match "am" and "sept".</summary>
    public static string Key(string word) => Normalize(word).Replace(".", string.Empty, StringComparison.Ordinal).Trim();
}
