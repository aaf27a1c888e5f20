using System.Globalization;

namespace StanceTracker.Extraction.Pipeline;

/// <summary>
/// The one language detector, used by intake (to label what it reads) and by the pipeline (to label what it extracts).
/// It answers an ISO 639 code: "ar", "en", another listed language ("fr", "ru", ...), or <see cref="Undetermined"/>.
/// </summary>
/// <remarks>
/// The rule, with its knowledge in Lexicons/languages.yaml:
/// <list type="number">
/// <item>The script with the most letters decides the candidates; Arabic script is Arabic.</item>
/// <item>A script shared by several languages (Latin) is decided by function words: the language whose words are most
/// frequent wins if they make up at least <c>minimumShare</c> of the words. English is therefore never a fallback for
/// Latin script: a French or unknown Latin-script article is reported as such, not run through the English lexicons.</item>
/// <item>A text too short to judge (fewer than <c>shortTextWords</c> words, none of them a listed function word) gets the
/// script's default (English for Latin), because a headline without function words is no evidence against English.</item>
/// <item>No letters, a script no listed language uses, or a tie → "und".</item>
/// </list>
/// Only the first <see cref="SampleLength"/> characters are read: a few thousand letters settle the question.
/// Only <see cref="SupportedLanguages"/> have lexicons for extraction; callers reject the rest with <see cref="IsSupported"/>.
/// </remarks>
public static class LanguageDetector
{
    /// <summary>ISO 639-2 "undetermined": no language could be told.</summary>
    public const string Undetermined = "und";

    private const int SampleLength = 8000;

    /// <summary>The languages the extraction lexicons cover (cues, stance words, actor aliases).</summary>
    public static IReadOnlyList<string> SupportedLanguages { get; } = ["ar", "en"];

    /// <summary>True for the codes extraction can handle: "ar" and "en" (after <see cref="Normalize"/>).</summary>
    public static bool IsSupported(string? code)
        => Normalize(code) is { } normalized && SupportedLanguages.Contains(normalized);

    /// <summary>The language of <paramref name="text"/> as an ISO code; never null.</summary>
    public static string Detect(string? text) => Detect(text, LanguageLexicon.Default);

    /// <summary>The language a source states, else the detected one: a stated language always wins.</summary>
    public static string Resolve(string? given, string? text) => Normalize(given) ?? Detect(text);

    /// <summary>
    /// A stated language as a short code: " AR " → "ar", "Arabic" → "ar", "ar-EG" / "ar_SA" → "ar", "English" → "en".
    /// Null when blank or not recognisable as a language (an unknown name is not guessed at; the text will be).
    /// </summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        var lexicon = LanguageLexicon.Default;
        var value = language.Trim();
        if (lexicon.TryGetCode(value, out var code))
            return code;
        // A BCP 47 tag or POSIX locale: the primary subtag is the language ("zh-Hant-TW", "fr_CA.UTF-8").
        var primary = value.Split('-', '_', '.')[0].ToLower(CultureInfo.InvariantCulture);
        if (lexicon.TryGetCode(primary, out code))
            return code;
        // An ISO code we do not list ("fa", "urd") is still the source's word on the matter: keep it, unsupported.
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    internal static string Detect(string? text, LanguageLexicon lexicon)
    {
        if (string.IsNullOrEmpty(text))
            return Undetermined;
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));

        var script = DominantScript(sample);
        var candidates = lexicon.LanguagesOf(script);
        return candidates.Count switch
        {
            0 => Undetermined,
            1 => candidates[0],
            _ => ByFunctionWords(sample, script, candidates, lexicon),
        };
    }

    private static WritingSystem DominantScript(ReadOnlySpan<char> sample)
    {
        Span<int> counts = stackalloc int[Enum.GetValues<WritingSystem>().Length];
        foreach (var c in sample)
            counts[(int)WritingSystems.Of(c)]++;
        counts[(int)WritingSystem.Other] = 0;

        // Japanese mixes kana with Han characters, often more Han than kana; any kana at all marks it as Japanese.
        if (counts[(int)WritingSystem.Kana] > 0)
        {
            counts[(int)WritingSystem.Kana] += counts[(int)WritingSystem.Han];
            counts[(int)WritingSystem.Han] = 0;
        }

        var best = WritingSystem.Other;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[(int)best])
                best = (WritingSystem)i;
        }
        return best;
    }

    private static string ByFunctionWords(ReadOnlySpan<char> sample, WritingSystem script, IReadOnlyList<string> candidates,
        LanguageLexicon lexicon)
    {
        var hits = new int[candidates.Count];
        var words = 0;
        foreach (var word in Words(sample.ToString(), script))
        {
            words++;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (lexicon.FunctionWords(candidates[i]).Contains(word))
                    hits[i]++;
            }
        }

        var best = 0;
        var tied = false;
        for (var i = 1; i < hits.Length; i++)
        {
            if (hits[i] > hits[best]) { best = i; tied = false; }
            else if (hits[i] == hits[best]) tied = true;
        }

        if (hits[best] == 0)
            return words > 0 && words < lexicon.ShortTextWords ? ByLetters(sample, candidates, lexicon) ?? lexicon.DefaultFor(script) ?? Undetermined
                : Undetermined;
        if (tied)
            return Undetermined;
        // A short text's share is too noisy to hold against a threshold; any clear winner will do.
        if (words < lexicon.ShortTextWords || hits[best] >= lexicon.MinimumShare * words)
            return candidates[best];
        return Undetermined;
    }

    /// <summary>The single language whose own letters (ğ, ñ, ß, ...) the text uses most, or null when none or a tie.</summary>
    private static string? ByLetters(ReadOnlySpan<char> sample, IReadOnlyList<string> candidates, LanguageLexicon lexicon)
    {
        string? best = null;
        int bestCount = 0, secondCount = 0;
        foreach (var code in candidates)
        {
            var letters = lexicon.Letters(code);
            if (letters.Count == 0)
                continue;
            var count = 0;
            foreach (var c in sample)
            {
                if (letters.Contains(char.ToLowerInvariant(c)))
                    count++;
            }
            if (count > bestCount) { secondCount = bestCount; bestCount = count; best = code; }
            else if (count > secondCount) secondCount = count;
        }
        return bestCount > secondCount ? best : null;
    }

    /// <summary>The lower-cased words of <paramref name="text"/> written in <paramref name="script"/>.</summary>
    private static IEnumerable<string> Words(string text, WritingSystem script)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (WritingSystems.Of(text[i]) == script || IsMark(text[i]) && start >= 0);
            if (inWord)
            {
                if (start < 0)
                    start = i;
            }
            else if (start >= 0)
            {
                // Lower-casing is culture-invariant on purpose: Turkish İ/I rules must not depend on the machine's culture.
                yield return text[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
            }
        }
    }

    // Combining marks (a decomposed é or Turkish i̇) belong to the letter before them.
    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
