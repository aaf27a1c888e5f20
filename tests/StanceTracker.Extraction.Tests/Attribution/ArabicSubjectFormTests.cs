using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>
/// Where an Arabic speaker stands relative to the cue, and what stands between them and what they said: the rules found
/// on the development set (Gold/arabic-dev.jsonl), each on a sentence written for the test.
/// </summary>
public class ArabicSubjectFormTests
{
    private static Statement Single(string text) => Assert.Single(Extractors.Extract(text).Statements);

    [Fact]
    public void A_family_name_shaped_like_a_nationality_is_part_of_the_name_and_the_apposition_after_it_is_not_content()
    {
        const string text = "أعلن الصديق الهاشمي، آمر كتيبة الحراسة في المدينة، أنه لن يسلم السجين.";
        var statement = Single(text);
        Assert.Equal("new:الصديق-الهاشمي", statement.Speaker.Id);
        Assert.Equal("أنه لن يسلم السجين", statement.Content.Of(text));
    }

    [Fact]
    public void A_nationality_before_a_two_word_name_is_still_not_part_of_it()
    {
        var statement = Single("وقال البريطاني ماتيو برنار إن المفاوضات ستستأنف.");
        Assert.Equal("new:ماتيو-برنار", statement.Speaker.Id);
    }

    [Fact]
    public void A_circumstance_between_the_cue_and_a_quotation_is_skipped_and_the_subject_is_elided()
    {
        const string text = "قال الرئيس أردوغان إن تركيا تدعم الحكومة. وقال في هذا الصدد: «لن نترك الليبيين وحدهم».";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.Equal("erdogan", article.Statements[1].Speaker.Id);
        Assert.Equal("لن نترك الليبيين وحدهم", article.Statements[1].Content.Of(text));
        Assert.Equal(StatementKind.Direct, article.Statements[1].Kind);
    }

    [Fact]
    public void A_fronted_subject_set_off_by_a_comma_before_its_auxiliary_speaks_and_the_content_follows_ila_anna()
    {
        const string text = "وكان أردوغان ، قد أشار في كلمة له أمس ، إلى أن الحوار مستمر.";
        var statement = Single(text);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal("الحوار مستمر", statement.Content.Of(text));
    }

    [Fact]
    public void In_the_pluperfect_the_name_after_kana_is_the_speaker_however_long_the_apposition()
    {
        const string text = "وكان المستشار ماتيو برنار، وزير العدل في الحكومة المؤقتة، قد حث المجتمع الدولي على عدم الاعتراف بالحكم.";
        var statement = Single(text);
        Assert.Equal("new:ماتيو-برنار", statement.Speaker.Id);
        Assert.Contains("عدم الاعتراف بالحكم", statement.Content.Of(text));
    }

    [Fact]
    public void After_an_address_cue_a_name_followed_by_a_second_noun_phrase_is_the_subject_and_one_followed_by_ila_is_the_object()
    {
        const string text = "رحب أردوغان بالاتفاق، ويحث برناردينو ليون الأطراف على التوقيع عليه.";
        var article = Extractors.Extract(text);
        Assert.Equal("leon", article.Statements[^1].Speaker.Id);

        const string objectFirst = "رحب أردوغان بالاتفاق، ويدعو حفتر إلى التوقيع عليه.";
        Assert.All(Extractors.Extract(objectFirst).Statements, s => Assert.Equal("erdogan", s.Speaker.Id));
    }

    [Fact]
    public void A_written_statement_speaks_for_the_body_named_right_after_it()
    {
        var statement = Single("وأفاد بيان لبعثة الأمم المتحدة بأن الجولة المقبلة ستعقد في جنيف.");
        Assert.Equal("unsmil", statement.Speaker.Id);
    }

    [Fact]
    public void A_name_after_its_title_and_a_comma_is_the_speaker()
    {
        const string text = "وقال المتحدث الرسمي باسم البلدية ، ماتيو برنار: إن المياه عادت إلى الأحياء.";
        var statement = Single(text);
        Assert.Equal("new:ماتيو-برنار", statement.Speaker.Id);
        Assert.Equal("المياه عادت إلى الأحياء", statement.Content.Of(text));
    }

    [Fact]
    public void The_noun_idafa_in_bil_idafati_ila_is_no_cue()
    {
        var statement = Single("قال أردوغان إن تركيا تدعم الحكومة بالإضافة إلى دعمها للحوار.");
        Assert.Equal("erdogan", statement.Speaker.Id);
    }

    [Fact]
    public void What_someone_recounted_is_their_statement()
    {
        var statement = Single("ووفقا لما رواه أردوغان فقد طلب السراج دعما عسكريا.");
        Assert.Equal("erdogan", statement.Speaker.Id);
    }

    [Theory]
    [InlineData("وحث أردوغان الأطراف الليبية على وقف القتال.", "erdogan", "وقف القتال")]
    [InlineData("واعترف أردوغان بأن الوضع صعب.", "erdogan", "الوضع صعب")]
    public void Urging_and_admitting_are_reports(string text, string speaker, string content)
    {
        var statement = Single(text);
        Assert.Equal(speaker, statement.Speaker.Id);
        Assert.Contains(content, statement.Content.Of(text));
    }

    [Fact]
    public void A_foreign_minister_named_after_his_state_is_a_newcomer_not_the_state()
    {
        var statement = Single("وأكد وزير خارجية إسبانيا ماتيو برنار، للصحافيين، أن العقوبات ممكنة.");
        Assert.Equal("new:ماتيو-برنار", statement.Speaker.Id);
    }

    [Theory]
    [InlineData("وأعلنت الميليشيات المسلحة أنها لن تسلم السجين.")]
    [InlineData("قال أردوغان إن تركيا تدعم الحكومة. لكن دبلوماسيين يقولون إن الخيار الأرجح هو العقوبات.")]
    public void Described_armed_groups_and_diplomats_are_unnamed_speakers(string text)
        => Assert.Equal("unnamed-source", Extractors.Extract(text).Statements[^1].Speaker.Id);
    [Fact]
    public void A_group_name_in_quotation_marks_after_its_head_noun_is_the_speaker_not_a_quotation()
    {
        const string text = "قال الرئيس أردوغان إن تركيا تدعم الحكومة. كما اعتبر تنظيم «فجر ليبيا» أن الاتفاق يفتح الطريق للفوضى.";
        var statement = Extractors.Extract(text).Statements[^1];
        Assert.Equal("libya-dawn", statement.Speaker.Id);
        Assert.Equal("الاتفاق يفتح الطريق للفوضى", statement.Content.Of(text));
    }

    [Fact]
    public void A_refusal_to_act_is_no_statement_but_its_subject_speaks_in_the_next_clause()
    {
        const string text = "لكن فصائل الزنتان رفضت الحضور وقالوا إنهم لا يثقون بالسلطات.";
        var statement = Single(text);
        Assert.Equal("new:فصائل-الزنتان", statement.Speaker.Id);
        Assert.Equal("إنهم لا يثقون بالسلطات", statement.Content.Of(text));

        // A refusal of a policy is a statement.
        Assert.Single(Extractors.Extract("ورفض أردوغان التدخل الأجنبي في ليبيا.").Statements);
    }

    [Fact]
    public void A_justifying_participle_is_its_own_statement_with_the_clause_speaker()
    {
        const string text = "وقال أردوغان إن تركيا لن تسحب قواتها، مبررا ذلك بأن الحكومة طلبت الدعم.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.All(article.Statements, s => Assert.Equal("erdogan", s.Speaker.Id));
        Assert.Equal("مبررا", article.Statements[1].Cue.Of(text));
    }

    [Fact]
    public void The_last_name_of_someone_met_before_is_no_nationality_to_skip_after_a_source_cue()
    {
        const string text = "أعلن الصديق الهاشمي أنه لن يسلم السجين. ووفقا لما رواه الهاشمي فقد طلب السجين نقله إلى مدينة أخرى.";
        var article = Extractors.Extract(text);
        Assert.All(article.Statements, s => Assert.Equal("new:الصديق-الهاشمي", s.Speaker.Id));
        Assert.Equal(2, article.Statements.Count);
    }
    [Fact]
    public void An_agency_named_after_a_body_and_its_purpose_is_an_organisation_of_its_own()
    {
        const string text = "أعلنت مفوضية الأمم المتحدة لحقوق الإنسان قلقها من الأحكام، وقالت إن المحاكمة لم تكن عادلة.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.All(article.Statements, s => Assert.Equal("new:مفوضيه-الامم-المتحده-لحقوق-الانسان", s.Speaker.Id));
        Assert.Equal("مفوضية الأمم المتحدة لحقوق الإنسان", article.Statements[0].Source?.Of(text));
    }
}
