using System.Text.Json;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Tests.Intake;

/// <summary>The one language detector, on both corpora and on sentences written for these tests.</summary>
public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("ar/saudinewsnet-libya-2015/articles.jsonl", "ar", 171)]
    [InlineData("en/allsides-mideast-2019-2020/articles.jsonl", "en", 200)]
    public void Every_corpus_article_is_detected_as_its_language(string relative, string language, int count)
    {
        // The corpora state no language, so this is detection on the raw text of every article.
        var texts = File.ReadLines(IntakeTestFiles.Corpus(relative))
            .Select(Content)
            .ToList();

        Assert.Equal(count, texts.Count);
        var misfits = texts.Select((text, i) => (i, Detected: LanguageDetector.Detect(text))).Where(r => r.Detected != language).ToList();
        Assert.True(misfits.Count == 0, "misdetected: " + string.Join(", ", misfits.Select(m => $"line {m.i + 1} as {m.Detected}")));
    }

    private static string Content(string jsonLine)
    {
        using var document = JsonDocument.Parse(jsonLine);
        return document.RootElement.GetProperty("content").GetString()!;
    }

    [Fact]
    public void Intake_labels_both_corpora_by_detection()
    {
        var arabic = ArticleReader.Read(IntakeTestFiles.Corpus("ar/saudinewsnet-libya-2015/articles.jsonl")).Select(r => r.Article!.Language);
        var english = ArticleReader.Read(IntakeTestFiles.Corpus("en/allsides-mideast-2019-2020/articles.jsonl")).Select(r => r.Article!.Language);

        Assert.All(arabic, l => Assert.Equal("ar", l));
        Assert.All(english, l => Assert.Equal("en", l));
    }

    [Theory]
    [InlineData("قال المبعوث الأممي إن الوفدين اتفقا على مواصلة المحادثات.", "ar")]
    [InlineData("The envoy said that both delegations would meet again in Geneva next week.", "en")]
    [InlineData("Lavrov criticises Haftar", "en")] // a headline has no function words; too short to count against English
    [InlineData("Le ministre a déclaré que la France soutient le dialogue entre les deux camps.", "fr")]
    [InlineData("El ministro dijo que el gobierno apoya una solución política para el conflicto.", "es")]
    [InlineData("Der Minister sagte, dass die Regierung die Gespräche mit beiden Seiten unterstützt.", "de")]
    [InlineData("Il ministro ha detto che il governo sostiene il dialogo tra le due parti.", "it")]
    [InlineData("Bakan, bu konuda Türkiye ile Libya arasında yeni bir anlaşma olduğunu söyledi.", "tr")]
    [InlineData("Bakan görüşmeyi olumlu değerlendirdi", "tr")] // no function word, but ğ and ş are Turkish only
    [InlineData("Министр заявил, что Россия поддерживает переговоры между сторонами.", "ru")]
    [InlineData("Ο υπουργός δήλωσε ότι η κυβέρνηση στηρίζει τις συνομιλίες.", "el")]
    [InlineData("השר אמר כי הממשלה תומכת בשיחות.", "he")]
    [InlineData("外交部长表示政府支持谈判。", "zh")]
    [InlineData("大臣は政府が交渉を支持すると述べた。", "ja")]
    public void Short_sentences_get_their_language(string text, string expected)
        => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t")]
    [InlineData("2020-06-04 12:30 !!! ... 42")]
    [InlineData("ሚኒስትሩ ድርድሩን እንደሚደግፉ ተናግረዋል")] // Ethiopic: a script no listed language uses
    public void Text_without_a_known_script_is_undetermined(string text)
        => Assert.Equal("und", LanguageDetector.Detect(text));

    [Fact]
    public void Long_latin_text_of_an_unlisted_language_is_undetermined_not_english()
    {
        // Dutch: enough words to judge, and none of the listed languages' function words are frequent in it.
        const string dutch = "De minister zei dat de regering het overleg tussen beide partijen steunt en dat er volgende week " +
            "opnieuw gesproken wordt over een bestand, waarna de delegaties naar huis gaan om hun regeringen te raadplegen over het voorstel.";

        Assert.Equal("und", LanguageDetector.Detect(dutch));
    }

    [Fact]
    public void English_with_arabic_names_stays_english_and_arabic_with_latin_acronyms_stays_arabic()
    {
        Assert.Equal("en", LanguageDetector.Detect("The leader of the GNA, Fayez al-Sarraj (فايز السراج), met Erdogan in Ankara on Thursday."));
        Assert.Equal("ar", LanguageDetector.Detect("قالت وكالة AFP إن حكومة الوفاق GNA تقدمت نحو ترهونة."));
    }

    [Theory]
    [InlineData("ar", "ar")]
    [InlineData(" AR ", "ar")]
    [InlineData("ar-EG", "ar")]
    [InlineData("ar_SA", "ar")]
    [InlineData("Arabic", "ar")]
    [InlineData("العربية", "ar")]
    [InlineData("English", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("eng", "en")]
    [InlineData("fr-CA", "fr")]
    [InlineData("Deutsch", "de")]
    [InlineData("fa", "fa")] // an ISO code we do not list is still the source's word
    [InlineData("zh-Hant-TW", "zh")]
    public void Stated_languages_are_normalised(string stated, string expected)
        => Assert.Equal(expected, LanguageDetector.Normalize(stated));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("Klingonese")]
    public void Blank_or_unrecognisable_statements_leave_it_to_detection(string? stated)
    {
        Assert.Null(LanguageDetector.Normalize(stated));
        Assert.Equal("ar", LanguageDetector.Resolve(stated, "قال المبعوث إن المحادثات ستستأنف."));
    }

    [Fact]
    public void A_stated_language_wins_over_the_text()
        => Assert.Equal("fr", LanguageDetector.Resolve("fr-FR", "The envoy said that the talks would resume."));

    [Theory]
    [InlineData("ar", true)]
    [InlineData("en", true)]
    [InlineData("ar-EG", true)]
    [InlineData("English", true)]
    [InlineData("fr", false)]
    [InlineData("tr", false)]
    [InlineData("ru", false)]
    [InlineData("und", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_arabic_and_english_are_supported(string? code, bool supported)
        => Assert.Equal(supported, LanguageDetector.IsSupported(code));

    [Fact]
    public void Intake_keeps_a_stated_language_and_detects_the_rest()
    {
        using var dir = new IntakeTempDir();
        var path = dir.Write("mixed.jsonl", string.Join('\n',
            """{"id": "s1", "language": "Arabic", "published": "2020-06-04", "text": "Erdogan said Turkey supports the GNA."}""",
            """{"id": "s2", "published": "2020-06-04", "text": "Le ministre a déclaré que la France soutient le dialogue."}""",
            """{"id": "s3", "published": "2020-06-04", "text": "Министр заявил, что Россия поддерживает переговоры."}"""));

        var languages = ArticleReader.Read(path).Select(r => r.Article!.Language).ToList();

        Assert.Equal(["ar", "fr", "ru"], languages);
    }
}
