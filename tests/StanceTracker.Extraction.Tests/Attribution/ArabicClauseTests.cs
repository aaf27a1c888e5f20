using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>Headlines and clauses joined by و (sentences written for these tests).</summary>
public class ArabicClauseTests
{
    [Fact]
    public void The_headline_at_the_top_of_the_text_is_no_statement()
    {
        const string title = "أنقرة تؤكد دعمها لحكومة الوفاق وتدعو إلى الحوار";
        const string text = title + "\nوقال الرئيس أردوغان إن تركيا تدعم الحوار الليبي.";
        var article = Extractors.Shipped.Extract(new ArticleText(null, title, null, null, null, "ar", text));
        var statement = Assert.Single(article.Statements);
        Assert.Equal("erdogan", statement.Speaker.Id);

        // Without a title the same first line is read like any sentence.
        Assert.Equal(3, Extractors.Extract(text).Statements.Count);
    }

    [Fact]
    public void A_verb_joined_by_waw_shares_the_subject_of_the_report_before_it()
    {
        const string text = "أكدت موسكو دعمها لقوات حفتر وتدعو إلى هدنة في ليبيا.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.All(article.Statements, s => Assert.Equal("russia", s.Speaker.Id));
    }

    [Fact]
    public void A_joined_verb_with_its_own_subject_after_it_opens_a_new_report_of_the_same_speaker()
    {
        const string text = "وقال الثني إن ليبيا ترحب بالتعاون مع الدول وأوضح الثني أن الحكومة ماضية في عملها.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.Equal("ليبيا ترحب بالتعاون مع الدول", article.Statements[0].Content.Of(text));
        Assert.Equal("الحكومة ماضية في عملها", article.Statements[1].Content.Of(text));
    }

    [Fact]
    public void A_prepositional_phrase_after_the_cue_is_not_read_as_a_new_speakers_name()
    {
        const string text = "وقال الرئيس أردوغان إن تركيا تدعم الحكومة. وأكد استعداده للتعاون معها في مجال الطاقة.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.All(article.Statements, s => Assert.Equal("erdogan", s.Speaker.Id));
    }
}
