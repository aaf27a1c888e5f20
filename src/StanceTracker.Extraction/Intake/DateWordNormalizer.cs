using System.Text;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Folds the spelling variants seen in dates so one lexicon entry covers them: Arabic-Indic digits become ASCII,
/// diacritics and tatweel go, hamza-carrying alefs, teh marbuta and alef maksura are folded, letters are lower-cased.
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
                case >= '\u0660' and <= '\u0669': builder.Append((char)('0' + (c - '\u0660'))); break; // ٠-٩
                case >= '\u06F0' and <= '\u06F9': builder.Append((char)('0' + (c - '\u06F0'))); break; // ۰-۹ (Persian/Urdu forms)
                case >= '\u064B' and <= '\u0652': break; // harakat and tanween: مساءً and مساء are the same word
                case '\u0670' or '\u0640': break;        // superscript alef, tatweel
                case 'أ' or 'إ' or 'آ' or 'ٱ': builder.Append('ا'); break;
                case 'ة': builder.Append('ه'); break;
                case 'ى': builder.Append('ي'); break;
                case '،' or '؛': builder.Append(','); break;
                case '\u00A0' or '\u200F' or '\u200E' or '\u061C': builder.Append(' '); break; // nbsp and direction marks
                default: builder.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>The key a single word is looked up by: normalised and without dots, so "a.m." and "Sept." match "am" and "sept".</summary>
    public static string Key(string word) => Normalize(word).Replace(".", string.Empty, StringComparison.Ordinal).Trim();
}
