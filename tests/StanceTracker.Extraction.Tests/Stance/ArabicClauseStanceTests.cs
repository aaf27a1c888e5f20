using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Stance;

/// <summary>
/// How Arabic clause structure decides a statement's targets and polarities (StanceScorer with Lexicons/stance.ar.yaml):
/// nationality adjectives, relative clauses and descriptive phrases, warnings, object pronouns on polar cues, conjoined
/// speakers, epithet reach, and the stance words added for blame, astonishment, fighting and economic ties. Every
/// sentence here was written for these tests.
/// </summary>
public class ArabicClauseStanceTests
{
    private static Statement Single(string text) => Assert.Single(Extractors.Extract(text).Statements);

    [Fact]
    public void A_nationality_adjective_after_a_noun_names_its_state()
    {
        var statement = Single("وقال الرئيس أردوغان إن تركيا تشيد بالدبلوماسية الروسية.");
        Assert.Equal(Polarity.Support, statement.Toward("russia")?.Polarity);
    }

    [Fact]
    public void The_settings_adjective_and_plural_people_nouns_name_no_state()
    {
        // الليبية describes where things happen; المصريين are people of Egypt, not the state.
        Assert.Null(Single("وقال الرئيس أردوغان إن الأزمة الليبية طويلة.").Toward("libya"));
        Assert.Null(Single("وقال الرئيس أردوغان إن العمال المصريين عادوا إلى بلادهم.").Toward("egypt"));
    }

    [Fact]
    public void A_stance_verb_right_after_a_relative_pronoun_is_the_described_partys_act()
    {
        // The party rejected the agreement; the speaker did not.
        var statement = Single("وقال الرئيس أردوغان إن الطرف الذي رفض اتفاق الصخيرات سيخسر كثيرا.");
        Assert.NotEqual(Polarity.Oppose, statement.Toward("issue:skhirat-agreement")?.Polarity);
    }

    [Fact]
    public void Judging_a_deed_judges_its_doer_named_in_the_relative_clause()
    {
        // تشنه: the pronoun is the attack, so Haftar's forces are who launch it.
        var statement = Single("وقال الرئيس أردوغان إن تركيا ترفض الهجوم الذي تشنه قوات حفتر، وتدعم الحوار.");
        Assert.Equal(Polarity.Oppose, statement.Toward("haftar")?.Polarity);
    }

    [Fact]
    public void An_actor_named_only_inside_a_descriptive_phrase_is_not_a_target()
    {
        Assert.Null(Single("وقال الرئيس أردوغان إن قوات موالية لحكومة الوفاق اشتبكت مع مسلحين.").Toward("gna"));
        Assert.Null(Single("وقال الرئيس أردوغان إن القتال اشتد قبيل محادثات السلام في جنيف.").Toward("issue:political-process"));
        // Named as a party of the event, it is one: the contrast case.
        Assert.Equal(Polarity.Neutral, Single("وقال الرئيس أردوغان إن قوات حكومة الوفاق اشتبكت مع مسلحين.").Toward("gna")?.Polarity);
    }

    [Fact]
    public void A_described_actor_reached_only_faintly_is_still_no_target()
    {
        // هجوم, seven words on, is not about the government the spokesman's title names.
        var statement = Single("وقال محمد الحجازي وهو متحدث باسم قائد جيش حكومة الوفاق والتي يوجد مقرها في غرب البلاد إن الهجوم استهدف سفينة.");
        Assert.Null(statement.Toward("gna"));
    }

    [Fact]
    public void A_capital_right_after_an_event_noun_is_a_place_and_a_deputy_is_not_the_head()
    {
        Assert.Null(Single("وقال الرئيس أردوغان إن الاجتماع يأتي تنفيذا لقرارات مؤتمر القاهرة.").Toward("egypt"));
        Assert.Equal(Polarity.Neutral, Single("وقال الرئيس أردوغان إن القاهرة أرسلت وفدا.").Toward("egypt")?.Polarity);
        // The deputy of the congress's head is someone else than its head (the dictionary has no such role).
        Assert.DoesNotContain(Single("وقال الرئيس أردوغان إن نائب رئيس المؤتمر الوطني العام وصل إلى أنقرة.").Stances, s => s.Target.Type == "person");
    }

    [Fact]
    public void A_stance_word_governs_each_conjunct_of_its_object()
    {
        var statement = Single("وشدد الرئيس أردوغان على ضرورة وحدة ليبيا وإنهاء الأزمة عبر حل سياسي.");
        Assert.Equal(Polarity.Support, statement.Toward("issue:libya-unity")?.Polarity);
        Assert.Equal(Polarity.Support, statement.Toward("issue:political-solution")?.Polarity);
        // A conjunct named by an epithet keeps the epithet's polarity.
        Assert.Equal(Polarity.Oppose, Single("وقال الرئيس أردوغان إن على العالم دعم حكومة الوفاق ومنع الانقلابيين من بيع النفط.").Toward("haftar")?.Polarity);
        // Across a comma the second target is a new clause's, not the word's object.
        var apart = Single("وشدد الرئيس أردوغان على ضرورة وحدة ليبيا، وتحدث عن حل سياسي.");
        Assert.NotEqual(Polarity.Support, apart.Toward("issue:political-solution")?.Polarity);
    }

    [Fact]
    public void Warning_against_rejecting_something_supports_it()
    {
        Assert.Equal(Polarity.Support, Single("وحذر الرئيس أردوغان الأطراف الليبية من رفض اتفاق الصخيرات.").Toward("issue:skhirat-agreement")?.Polarity);
        Assert.Equal(Polarity.Support, Single("وقال الرئيس أردوغان إن تركيا تحذر من مغبة رفض اتفاق الصخيرات.").Toward("issue:skhirat-agreement")?.Polarity);
    }

    [Fact]
    public void A_polar_cue_with_an_object_pronoun_opposes_the_actors_it_points_back_to()
    {
        const string text = "شن الرئيس أردوغان هجوما على قطر والسودان، واتهمها بدعم المرتزقة في ليبيا.";
        var accusation = Assert.Single(Extractors.Extract(text).Statements, s => s.Cue.Of(text).Contains("اتهمها", StringComparison.Ordinal));
        Assert.Equal(Polarity.Oppose, accusation.Toward("qatar")?.Polarity);
        Assert.Equal(Polarity.Oppose, accusation.Toward("sudan")?.Polarity);
    }

    [Fact]
    public void A_second_subject_joined_by_wa_is_a_speaker_not_a_target()
    {
        var statement = Single("وحذر الرئيس أردوغان والرئيس الروسي فلاديمير بوتين الأطراف الليبية من رفض اتفاق الصخيرات.");
        Assert.Null(statement.Toward("putin"));
        Assert.Equal(Polarity.Support, statement.Toward("issue:skhirat-agreement")?.Polarity);
    }

    [Fact]
    public void An_epithet_far_from_a_name_does_not_reach_it_and_a_word_aimed_at_an_epithet_stops_there()
    {
        // The aid goes to the army; terrorism and the outlaw militias are what it fights, not the army.
        var statement = Single("وقال الرئيس أردوغان إن تركيا ترسل مساعدات إلى الجيش الليبي في مهمته لمكافحة الإرهاب والمليشيات الخارجة عن القانون.");
        Assert.Equal(Polarity.Support, statement.Toward("lna")?.Polarity);
    }

    [Fact]
    public void Blame_astonishment_fighting_and_so_called_oppose()
    {
        Assert.Equal(Polarity.Oppose, Single("وقال الرئيس أردوغان إن حفتر يتحمل المسؤولية عن الحرب.").Toward("haftar")?.Polarity);
        Assert.Equal(Polarity.Oppose, Single("وقال الرئيس أردوغان إن تركيا ستواصل محاربة تنظيم الدولة الإسلامية.").Toward("islamic-state")?.Polarity);
        Assert.Equal(Polarity.Oppose, Single("وقال الرئيس أردوغان إن ما يسمى بحكومة الإنقاذ لا تمثل أحدا.").Toward("national-salvation-government")?.Polarity);
        Assert.Equal(Polarity.Oppose, Single("وأبدى الرئيس أردوغان استغرابه من موقف روسيا.").Toward("russia")?.Polarity);
    }

    [Fact]
    public void Economic_ties_and_a_shared_goal_support()
    {
        Assert.Equal(Polarity.Support, Single("وقال الرئيس أردوغان إن لدينا استثمارات كبيرة في مصر.").Toward("egypt")?.Polarity);
        Assert.Equal(Polarity.Support, Single("وقال الرئيس أردوغان إن تركيا وقطر لهما هدف مشترك.").Toward("qatar")?.Polarity);
    }

    [Fact]
    public void The_former_regime_is_Gaddafi_and_the_military_project_is_Haftars_campaign()
    {
        Assert.Equal(Polarity.Oppose, Single("وقال فايز السراج إن المظاهرات المؤيدة للنظام السابق من الأعمال التخريبية.").Toward("gaddafi")?.Polarity);
        Assert.Equal(Polarity.Oppose, Single("وقال الرئيس أردوغان إن الهزيمة للمشروع العسكري.").Toward("haftar")?.Polarity);
    }
    [Fact]
    public void An_actor_named_after_a_kinship_noun_or_in_a_phrase_dated_by_bada_is_no_default_target()
    {
        // The son is meant, not the father; the fall of the old regime only dates the war.
        Assert.Null(Single("وقال أردوغان إن الحكومة لن تسلم نجل القذافي إلى المحكمة.").Toward("gaddafi"));
        Assert.Null(Single("وقال أردوغان إن الحرب مستمرة بعد أربع سنوات من الإطاحة بمعمر القذافي.").Toward("gaddafi"));
    }

    [Fact]
    public void An_outlet_named_in_the_speakers_apposition_is_not_in_the_content()
    {
        const string text = "وقال ماتيو برنار، المبعوث السابق للقذافي، لـ«الشرق الأوسط» إن الأحكام تنهي محاولات الحل السلمي.";
        var statement = Single(text);
        Assert.Equal("new:ماتيو-برنار", statement.Speaker.Id);
        Assert.Equal("الأحكام تنهي محاولات الحل السلمي", statement.Content.Of(text));
        Assert.Null(statement.Toward("gaddafi"));
    }
    [Fact]
    public void A_newcomer_introduced_by_a_title_naming_a_body_takes_no_stance_toward_that_bodys_camp()
    {
        const string text = "وقال المتحدث الرسمي لمكتب الأمم المتحدة في جنيف ، ماتيو برنار: إن برناردينو ليون سيكون في جنيف غدا.";
        var statement = Single(text);
        Assert.Equal("new:ماتيو-برنار", statement.Speaker.Id);
        Assert.Null(statement.Toward("leon"));
    }

    [Fact]
    public void Calling_something_a_road_back_to_totalitarian_rule_opposes_it()
    {
        var statement = Single("واعتبر أردوغان أن اتفاق الصخيرات يفتح الطريق أمام عودة «النظام الشمولي».");
        Assert.Equal(Polarity.Oppose, statement.Toward("issue:skhirat-agreement")?.Polarity);
    }
}
