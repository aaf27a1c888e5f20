using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>Arabic speakers the dictionary does not know, and the Arabic reporting forms around them (sentences written for these tests).</summary>
public class ArabicOpenSubjectTests
{
    private static Statement Single(string text) => Assert.Single(Extractors.Extract(text).Statements);

    [Fact]
    public void A_present_tense_verb_inside_reported_words_does_not_start_a_statement_of_its_object()
    {
        const string text = "وقالت موسكو إنها ترى في خليفة حفتر شريكا. وأكدت الخارجية الروسية أن روسيا تدعم قوات حفتر وترى أنها \"قوة لا يمكن تجاهلها\".";
        var article = Extractors.Extract(text);
        Assert.All(article.Statements, s => Assert.Equal("russia", s.Speaker.Id));
        Assert.Equal("إنها ترى في خليفة حفتر شريكا", article.Statements[0].Content.Of(text));
        Assert.Contains("تدعم قوات حفتر وترى أنها", article.Statements[^1].Content.Of(text));
    }

    [Fact]
    public void A_name_after_the_cue_is_the_speaker_and_its_last_word_names_them_again()
    {
        const string text = "وقال ماتيو برنار وهو متحدث باسم البلدية إن المياه عادت إلى الأحياء. وأضاف برنار أن الأعمال ستنتهي قريبا.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.Equal("new:ماتيو-برنار", article.Statements[0].Speaker.Id);
        Assert.Equal("ماتيو برنار", article.Statements[0].Source?.Of(text));
        Assert.Equal("المياه عادت إلى الأحياء", article.Statements[0].Content.Of(text));
        Assert.Equal("new:ماتيو-برنار", article.Statements[1].Speaker.Id);
        Assert.Equal("الأعمال ستنتهي قريبا", article.Statements[1].Content.Of(text));
    }

    [Fact]
    public void A_new_name_before_a_quotation_stops_the_previous_speaker_from_carrying_over()
    {
        const string text = "قال الرئيس أردوغان إن تركيا تدعم الحكومة. وقال ماتيو برنار \"الوضع في المدينة هادئ\".";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.Equal("erdogan", article.Statements[0].Speaker.Id);
        Assert.Equal("new:ماتيو-برنار", article.Statements[1].Speaker.Id);
        Assert.Equal("الوضع في المدينة هادئ", article.Statements[1].Content.Of(text));
        Assert.Equal(StatementKind.Direct, article.Statements[1].Kind);
    }

    [Fact]
    public void A_name_at_the_end_of_a_long_title_is_the_speaker()
    {
        const string text = "كشف وزير الزراعة الجديد الدكتور ماتيو برنار أن المحصول تضاعف هذا العام.";
        var statement = Single(text);
        Assert.Equal("new:ماتيو-برنار", statement.Speaker.Id);
        Assert.Equal("المحصول تضاعف هذا العام", statement.Content.Of(text));
    }

    [Fact]
    public void A_spokesman_for_a_body_is_the_person_named_after_it_and_a_circumstance_between_commas_is_skipped()
    {
        const string text = "قال المتحدث باسم حكومة الوفاق ماتيو برنار، إن الطريق مغلق. وأضاف برنار، في تصريح صحفي، أن الأعمال ستنتهي قريبا.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.All(article.Statements, s => Assert.Equal("new:ماتيو-برنار", s.Speaker.Id));
        Assert.Equal("الطريق مغلق", article.Statements[0].Content.Of(text));
        Assert.Equal("الأعمال ستنتهي قريبا", article.Statements[1].Content.Of(text));
    }

    [Fact]
    public void A_generic_fronted_subject_is_no_carry_over()
    {
        const string text = "أكد أردوغان أن تركيا تدعم الحكومة. لكن منتقدين يقولون إن الدعم لم يصل.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.Equal("unnamed-source", article.Statements[1].Speaker.Id);
        Assert.Equal("الدعم لم يصل", article.Statements[1].Content.Of(text));
    }

    [Fact]
    public void A_generic_subject_after_the_cue_is_an_unnamed_source_not_the_previous_speaker()
    {
        const string text = "أكد أردوغان أن تركيا تدعم الحكومة. واستبعدت مصادر مطلعة أن يتم الاتفاق قريبا.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.Equal("unnamed-source", article.Statements[1].Speaker.Id);
        Assert.Equal("يتم الاتفاق قريبا", article.Statements[1].Content.Of(text));
    }

    [Fact]
    public void A_cue_after_the_content_with_its_source()
    {
        const string text = "سقط عشرة قتلى في الاشتباكات، بحسب ما أفاد مسؤول محلي.";
        var statement = Single(text);
        Assert.Equal("unnamed-source", statement.Speaker.Id);
        Assert.Equal("بحسب ما أفاد", statement.Cue.Of(text));
        Assert.Equal("سقط عشرة قتلى في الاشتباكات", statement.Content.Of(text));
    }

    [Fact]
    public void Attributed_saying_names_its_speaker_before_the_noun()
    {
        const string text = "ونسبت صحيفة محلية إلى حفتر قوله إن الجيش سيواصل القتال.";
        var statement = Single(text);
        Assert.Equal("haftar", statement.Speaker.Id);
        Assert.Equal("الجيش سيواصل القتال", statement.Content.Of(text));
    }

    [Fact]
    public void An_accusation_with_an_object_pronoun_takes_the_subject_of_the_sentence()
    {
        const string text = "شن حفتر هجوما حادا على قطر، واتهمها بدعم الجماعات المسلحة.";
        var statement = Single(text);
        Assert.Equal("haftar", statement.Speaker.Id);
        Assert.Equal("واتهمها", statement.Cue.Of(text));
    }

    [Fact]
    public void A_cue_inside_a_relative_clause_is_no_statement()
    {
        const string text = "رد السراج على ما وصفه المراقبون بالتصعيد.";
        Assert.Empty(Extractors.Extract(text).Statements);
    }

    [Theory]
    [InlineData("جددت", "جدد")]
    [InlineData("أفصح", "أفصح")]
    [InlineData("استبعدت", "استبعد")]
    [InlineData("ذكرت", "ذكر")]
    [InlineData("يقولون", "قالوا")]
    [InlineData("تساءل", "تساءل")]
    [InlineData("قوله", "قوله")]
    [InlineData("بحسب ما أعلن", "بحسب ما أعلن")]
    [InlineData("وفق ما قالت", "بحسب ما أعلن")]
    public void Arabic_cue_forms_are_known(string form, string lemma)
        => Assert.Equal(lemma, Extractors.Shipped.Cues.Lookup(form)?.Lemma);
}
