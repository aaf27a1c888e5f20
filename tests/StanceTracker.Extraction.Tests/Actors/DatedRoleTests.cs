using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Tests.Actors;

/// <summary>Office titles resolve to whoever held the office on the article's date.</summary>
public class DatedRoleTests
{
    [Theory]
    [InlineData("The French foreign minister said the talks failed.", "the French foreign minister", "2019-03-01", "le-drian")]
    [InlineData("The French foreign minister said the talks failed.", "the French foreign minister", "2015-03-01", "fabius")]
    [InlineData("The French foreign minister said the talks failed.", "the French foreign minister", "2016-06-01", "ayrault")]
    [InlineData("The French defence minister visited Niger.", "the French defence minister", "2014-01-10", "le-drian")]
    [InlineData("وقال وزير الخارجية الفرنسي إن الحوار ضروري", "وزير الخارجية الفرنسي", "2019-03-01", "le-drian")]
    [InlineData("The US Secretary of State met Sarraj.", "US Secretary of State", "2016-05-01", "kerry")]
    [InlineData("The US Secretary of State met Sarraj.", "US Secretary of State", "2019-05-01", "pompeo")]
    [InlineData("The US Secretary of State met Sarraj.", "US Secretary of State", "2017-06-01", "tillerson")]
    [InlineData("التقى وزير الخارجية الأمريكي السراج", "وزير الخارجية الأمريكي", "2016-05-01", "kerry")]
    [InlineData("التقى وزير الخارجية الأمريكي السراج", "وزير الخارجية الأمريكي", "2019-05-01", "pompeo")]
    [InlineData("وقال المبعوث الأممي إن الحوار مستمر", "المبعوث الأممي", "2015-07-25", "leon")]
    [InlineData("وقال المبعوث الأممي إن الحوار مستمر", "المبعوث الأممي", "2019-04-10", "salame")]
    [InlineData("وقال المبعوث الأممي إلى ليبيا إن الحوار مستمر", "المبعوث الأممي إلى ليبيا", "2020-06-10", "williams")]
    [InlineData("The UN envoy said talks would resume.", "UN envoy", "2016-05-01", "kobler")]
    [InlineData("The UN envoy said talks would resume.", "UN envoy", "2021-06-01", "kubis")]
    [InlineData("دعا الأمين العام للأمم المتحدة إلى التهدئة", "الأمين العام للأمم المتحدة", "2015-02-01", "ban-ki-moon")]
    [InlineData("دعا الأمين العام للأمم المتحدة إلى التهدئة", "الأمين العام للأمم المتحدة", "2020-02-01", "guterres")]
    [InlineData("The US President spoke to Erdogan.", "US President", "2016-01-01", "obama")]
    [InlineData("The US President spoke to Erdogan.", "US President", "2019-01-01", "trump")]
    [InlineData("The US President spoke to Erdogan.", "US President", "2022-01-01", "biden")]
    [InlineData("وقال الرئيس الفرنسي إن", "الرئيس الفرنسي", "2015-01-01", "hollande")]
    [InlineData("وقال الرئيس الفرنسي إن", "الرئيس الفرنسي", "2020-01-01", "macron")]
    [InlineData("وقال الرئيس التركي إن", "الرئيس التركي", "2020-06-04", "erdogan")]
    [InlineData("وقال رئيس حكومة الوفاق إن", "رئيس حكومة الوفاق", "2019-01-01", "sarraj")]
    [InlineData("وقال رئيس الوزراء الليبي إن", "رئيس الوزراء الليبي", "2015-07-30", "thani")]
    [InlineData("وقال رئيس الوزراء الليبي إن", "رئيس الوزراء الليبي", "2020-01-30", "sarraj")]
    [InlineData("وقال رئيس الوزراء الليبي إن", "رئيس الوزراء الليبي", "2022-01-30", "dbeibah")]
    [InlineData("أكد وزير الخارجية التركي أن", "وزير الخارجية التركي", "2015-01-10", "cavusoglu")]
    [InlineData("أكد وزير الخارجية التركي أن", "وزير الخارجية التركي", "2020-01-10", "cavusoglu")]
    [InlineData("أكد وزير الخارجية التركي أن", "وزير الخارجية التركي", "2024-01-10", "fidan")]
    [InlineData("قالت المتحدثة باسم الخارجية الروسية إن", "المتحدثة باسم الخارجية الروسية", "2019-01-10", "zakharova")]
    [InlineData("قال المتحدث باسم الكرملين إن", "المتحدث باسم الكرملين", "2019-01-10", "peskov")]
    [InlineData("أكد وزير الخارجية المصري أن", "وزير الخارجية المصري", "2020-01-10", "shoukry")]
    [InlineData("بعث خادم الحرمين الشريفين برقية", "خادم الحرمين الشريفين", "2014-05-10", "king-abdullah-saudi")]
    [InlineData("بعث خادم الحرمين الشريفين برقية", "خادم الحرمين الشريفين", "2015-07-25", "king-salman")]
    [InlineData("The EU foreign policy chief said", "EU foreign policy chief", "2017-01-10", "mogherini")]
    [InlineData("The EU foreign policy chief said", "EU foreign policy chief", "2020-01-10", "borrell")]
    [InlineData("دعا الأمين العام لجامعة الدول العربية", "الأمين العام لجامعة الدول العربية", "2015-01-10", "elaraby")]
    [InlineData("دعا الأمين العام لجامعة الدول العربية", "الأمين العام لجامعة الدول العربية", "2019-01-10", "aboul-gheit")]
    [InlineData("رحبت الحكومة المعترف بها دوليا بالاتفاق", "الحكومة المعترف بها دوليا", "2015-07-25", "interim-government")]
    [InlineData("رحبت الحكومة المعترف بها دوليا بالاتفاق", "الحكومة المعترف بها دوليا", "2019-07-25", "gna")]
    [InlineData("رحبت الحكومة المعترف بها دوليا بالاتفاق", "الحكومة المعترف بها دوليا", "2022-07-25", "gnu")]
    [InlineData("وقال رئيس المؤتمر الوطني العام إن", "رئيس المؤتمر الوطني العام", "2015-07-25", "abusahmain")]
    [InlineData("وقال رئيس حكومة الإنقاذ الوطني إن", "رئيس حكومة الإنقاذ الوطني", "2015-07-25", "ghawil")]
    [InlineData("قال قائد الجيش الوطني الليبي إن", "قائد الجيش الوطني الليبي", "2020-01-25", "haftar")]
    [InlineData("وحذر البرلمان المعترف به دوليا من", "البرلمان المعترف به دوليا", "2015-07-31", "hor")]
    [InlineData("لكن البرلمان الموازي رفض الحضور", "البرلمان الموازي", "2015-07-21", "gnc")]
    public void A_title_names_the_holder_on_the_articles_date(string text, string title, string date, string holder)
    {
        var mention = Mentions.Single(text, title.StartsWith("the ", StringComparison.Ordinal) ? title[4..] : title, date);
        Assert.Equal(holder, mention.Actor.Id);
        Assert.Equal(1.0, mention.Confidence);
        Assert.NotNull(mention.Role);
    }

    [Theory]
    [InlineData("2015-08-10", "issue:unity-government")]
    [InlineData("2019-08-10", "gna")]
    public void The_government_of_national_accord_is_the_proposed_unity_government_until_the_agreement_was_signed(string date, string target)
    {
        const string text = "وقال برناردينو ليون إن الأطراف تقترب من الاتفاق على حكومة الوفاق الوطني.";
        var article = Extractors.Shipped.Extract(new ArticleText(null, null, null, null, DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "ar", text));
        var statement = Assert.Single(article.Statements);
        Assert.NotNull(statement.Toward(target));
    }

    [Fact]
    public void Without_a_date_the_latest_holder_is_taken_at_lower_confidence()
    {
        var mention = Mentions.Single("The French foreign minister said so.", "French foreign minister");
        Assert.Equal("le-drian", mention.Actor.Id); // the last term in the data, ended 2022
        Assert.Equal(0.7, mention.Confidence);
        var president = Mentions.Single("وقال الرئيس التركي إن", "الرئيس التركي");
        Assert.Equal("erdogan", president.Actor.Id); // open term
        Assert.Equal("الرئيس التركي", president.Role);
    }

    [Fact]
    public void With_no_holder_on_the_date_the_office_stands_for_its_state()
    {
        // Between Tillerson (to 31 March 2018) and Pompeo (from 26 April 2018) the office was held by an acting secretary.
        var mention = Mentions.Single("The US Secretary of State called Haftar.", "US Secretary of State", "2018-04-10");
        Assert.Equal("usa", mention.Actor.Id);
        Assert.Equal(0.5, mention.Confidence);
    }

    [Fact]
    public void A_holder_named_after_the_title_wins_over_the_date()
    {
        const string text = "The French foreign minister Jean-Yves Le Drian met the UN envoy, Ghassan Salame, in Paris.";
        Assert.Equal([("le-drian", "French foreign minister"), ("le-drian", "Jean-Yves Le Drian"), ("salame", "UN envoy"),
            ("salame", "Ghassan Salame"), ("france", "Paris")], Mentions.Pairs(text, "2015-01-10"));
    }

    [Fact]
    public void A_person_after_a_title_who_never_held_it_is_its_object()
    {
        const string text = "ووصف الرئيس التركي اللواء المتقاعد خليفة حفتر بالانقلابي";
        Assert.Equal([("erdogan", "الرئيس التركي"), ("haftar", "اللواء المتقاعد خليفة حفتر"), ("haftar", "بالانقلابي")],
            Mentions.Pairs(text, "2020-06-04"));
    }

    [Fact]
    public void Offices_and_memberships_are_queryable_by_date()
    {
        var actors = Extractors.Shipped.Actors;
        Assert.Contains(actors.HoldersOf("lna", new DateOnly(2020, 1, 1)), h => h.Holder.Id == "haftar" && h.Role.Titles.Contains("LNA commander"));
        Assert.DoesNotContain(actors.HoldersOf("lna", new DateOnly(2014, 1, 1)), h => h.Holder.Id == "haftar");
        Assert.Contains(actors.HoldersOf("france", new DateOnly(2019, 1, 1)), h => h.Holder.Id == "le-drian");
        Assert.True(actors.TryGet("lavrov", out var lavrov));
        Assert.Equal("russia", lavrov.AffiliationAt(new DateOnly(2020, 1, 1)));
        Assert.True(actors.TryGet("peskov", out var peskov));
        Assert.Equal("russia", peskov.Affiliation);
        Assert.True(actors.TryGet("le-drian", out var leDrian));
        var terms = leDrian.Roles.Select(r => (r.Tenure.From, r.Tenure.To)).ToArray();
        Assert.Contains((new DateOnly(2017, 5, 17), (DateOnly?)new DateOnly(2022, 5, 20)), terms);
        // Month-precise dates cover the whole month: León to 2015-11, Kobler from 2015-11.
        Assert.True(actors.TryGet("leon", out var leon));
        Assert.Equal(new DateOnly(2015, 11, 30), leon.Roles[0].Tenure.To);
    }

    [Fact]
    public void Roles_resolve_in_the_pipeline_at_the_articles_published_date()
    {
        const string text = "وقال المبعوث الأممي إن الحوار مستمر.";
        ExtractedArticle On(string date) => Extractors.Shipped.Extract(new ArticleText(null, null, null, null, Mentions.On(date), null, text));
        Assert.Equal("leon", Assert.Single(On("2015-07-25").Statements).Speaker.Id);
        Assert.Equal("salame", Assert.Single(On("2019-07-25").Statements).Speaker.Id);
    }

    [Fact]
    public void A_users_file_adds_a_dated_role_to_a_new_actor_and_extends_an_old_one()
    {
        var dir = Directory.CreateTempSubdirectory("stance-roles-").FullName;
        try
        {
            var extra = Path.Combine(dir, "envoys.yaml");
            File.WriteAllText(extra, """
                actors:
                  - id: bathily
                    name: Abdoulaye Bathily
                    type: person
                    affiliation: un
                    aliases: { ar: [عبد الله باتيلي], en: [Abdoulaye Bathily] }
                    roles:
                      - title: { ar: [المبعوث الأممي], en: [UN envoy] }
                        of: unsmil
                        from: 2022-09
                        to: 2024-04
                  - id: williams
                    roles:
                      - title: { en: [UN special adviser on Libya] }
                        of: un
                        from: 2021-12
                        to: 2022-07
                """);
            var extractor = StanceExtractor.Load(new ExtractorOptions(ExtraFiles: [extra]));
            string IdOf(string text, string date) => extractor.FindMentions(text, Mentions.On(date)).Single().Actor.Id;
            Assert.Equal("bathily", IdOf("The UN envoy", "2023-05-01"));
            Assert.Equal("salame", IdOf("The UN envoy", "2019-05-01"));
            Assert.Equal("williams", IdOf("The UN special adviser on Libya", "2022-02-01"));
            Assert.True(extractor.Actors.TryGet("williams", out var williams));
            Assert.Equal(3, williams.Roles.Count);

            var bad = Path.Combine(dir, "bad.yaml");
            File.WriteAllText(bad, "actors:\n  - id: x\n    name: X\n    type: person\n    roles:\n      - { title: [boss], from: 2020-13 }\n");
            var error = Assert.Throws<LexiconException>(() => StanceExtractor.Load(new ExtractorOptions(ExtraFiles: [bad])));
            Assert.Contains("'from' of a role of 'x' is not a date", error.Message);
            File.WriteAllText(bad, "actors:\n  - id: x\n    name: X\n    type: person\n    roles:\n      - { title: [boss], of: nowhere, from: 2020 }\n");
            Assert.Contains("unknown actor 'nowhere'", Assert.Throws<LexiconException>(() => StanceExtractor.Load(new ExtractorOptions(ExtraFiles: [bad]))).Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
