namespace StanceTracker.Extraction.Text;

/// <summary>
/// Arabic writes conjunctions, prepositions and the article as part of the next word (وأردوغان، لحفتر،
/// بالانقلابي، للرئيس), so a lexicon of bare words must be matched against the word with those proclitics
/// peeled off. This yields the candidate readings of one normalized token, least stripped first; matching
/// tries them in order, so a name that really starts with و or ب (e.g. بوتين) still matches whole first.
/// English gets the same treatment for the possessive ('s) and, for lexicon words, simple inflections.
/// </summary>
public static class CliticStripper
{
    private static readonly string[] Conjunctions = ["", "\u0648", "\u0641"];            // و ف
    private static readonly string[] Prepositions = ["", "\u0628", "\u0644", "\u0643"];  // ب ل ك
    private const string Article = "\u0627\u0644";                                      // ال
    private const int MinimumStem = 2;

    // Attached object/possessive pronouns (شكره، دعمهم، معكم، حكومتنا), longest first.
    private static readonly string[] Enclitics =
        ["\u0647\u0645\u0627", "\u0647\u0627", "\u0647\u0645", "\u0647\u0646", "\u0643\u0645", "\u0643\u0646", "\u0646\u0627", "\u0647", "\u0643", "\u064A"];

    /// <summary>Readings for matching names: proclitics stripped (Arabic) or possessive removed (Latin).</summary>
    public static IReadOnlyList<string> NameVariants(string token)
    {
        var variants = new List<string>(4) { token };
        if (Tokenizer.IsArabic(token)) AddProcliticReadings(token, variants);
        else AddPossessive(token, variants);
        return variants;
    }

    /// <summary>Readings for matching cue and stance words: also attached pronouns (Arabic) or inflections (English).</summary>
    public static IReadOnlyList<string> WordVariants(string token)
    {
        var variants = new List<string>(8) { token };
        if (Tokenizer.IsArabic(token))
        {
            AddProcliticReadings(token, variants);
            var stems = variants.Count;
            for (var i = 0; i < stems; i++)
                foreach (var suffix in Enclitics)
                    if (variants[i].Length - suffix.Length >= MinimumStem + 1 && variants[i].EndsWith(suffix, StringComparison.Ordinal))
                    {
                        AddDistinct(variants, variants[i][..^suffix.Length]);
                        break;
                    }
        }
        else
        {
            AddPossessive(token, variants);
            AddInflections(token, variants);
        }
        return variants;
    }

    /// <summary>Just the proclitic-free stems of an Arabic word, least stripped first (for tests and tools).</summary>
    public static IReadOnlyList<string> Strip(string word) => NameVariants(TextNormalizer.NormalizeTerm(word));

    private static void AddProcliticReadings(string token, List<string> variants)
    {
        foreach (var conjunction in Conjunctions)
        {
            if (!token.StartsWith(conjunction, StringComparison.Ordinal)) continue;
            var afterConjunction = token[conjunction.Length..];
            foreach (var preposition in Prepositions)
            {
                if (conjunction.Length == 0 && preposition.Length == 0) { AddArticleless(afterConjunction, variants); continue; }
                if (!afterConjunction.StartsWith(preposition, StringComparison.Ordinal)) continue;
                var stem = afterConjunction[preposition.Length..];
                if (stem.Length < MinimumStem) continue;
                AddDistinct(variants, stem);
                // ل before the article drops the article's alef: للرئيس = ل + الرئيس.
                if (preposition == "\u0644" && stem.Length > MinimumStem && stem[0] == '\u0644')
                {
                    AddDistinct(variants, "\u0627" + stem);
                    AddDistinct(variants, stem[1..]);
                }
                AddArticleless(stem, variants);
            }
        }
    }

    private static void AddArticleless(string stem, List<string> variants)
    {
        if (stem.Length >= Article.Length + MinimumStem && stem.StartsWith(Article, StringComparison.Ordinal))
            AddDistinct(variants, stem[Article.Length..]);
    }

    private static void AddPossessive(string token, List<string> variants)
    {
        if (token.EndsWith("'s", StringComparison.Ordinal) && token.Length > 3) AddDistinct(variants, token[..^2]);
        else if (token.EndsWith('\'') && token.Length > 2) AddDistinct(variants, token[..^1]);
    }

    // Just enough English morphology to let "supports", "backed", "welcoming" find "support", "back", "welcome".
    private static void AddInflections(string word, List<string> variants)
    {
        if (word.Length < 4) return;
        if (word.EndsWith("ies", StringComparison.Ordinal)) AddDistinct(variants, word[..^3] + "y");
        else if (word.EndsWith("es", StringComparison.Ordinal)) { AddDistinct(variants, word[..^2]); AddDistinct(variants, word[..^1]); }
        else if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) AddDistinct(variants, word[..^1]);
        else if (word.EndsWith("ied", StringComparison.Ordinal)) AddDistinct(variants, word[..^3] + "y");
        else if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            AddDistinct(variants, word[..^2]);
            AddDistinct(variants, word[..^1]);
            if (word.Length > 5 && word[^3] == word[^4]) AddDistinct(variants, word[..^3]);
        }
        else if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            AddDistinct(variants, word[..^3]);
            AddDistinct(variants, word[..^3] + "e");
            if (word[^4] == word[^5]) AddDistinct(variants, word[..^4]);
        }
    }

    private static void AddDistinct(List<string> variants, string value)
    {
        if (!variants.Contains(value)) variants.Add(value);
    }
}
