using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Tests.Stance;

/// <summary>Named issues as stance targets (Lexicons/issues.yaml), with sentences written for these tests.</summary>
public class IssueTargetTests
{
    private static Statement Single(string text) => Assert.Single(Extractors.Extract(text).Statements);

    [Fact]
    public void An_issue_named_in_the_content_is_a_target_with_type_issue()
    {
        const string text = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده ضد الحل العسكري في ليبيا.";
        var stance = Single(text).Toward("issue:military-solution");
        Assert.NotNull(stance);
        Assert.Equal("issue", stance.Target.Type);
        Assert.Equal("the military solution", stance.Target.Name);
        Assert.Equal(Polarity.Oppose, stance.Polarity);
    }

    [Fact]
    public void Advocacy_words_support_the_issue_they_name()
    {
        var statement = Single("وشدد الرئيس أردوغان على ضرورة وحدة ليبيا.");
        Assert.Equal(Polarity.Support, statement.Toward("issue:libya-unity")?.Polarity);
        Assert.Equal(Polarity.Support, Single("Erdogan said Turkey backs a political solution in Libya.").Toward("issue:political-solution")?.Polarity);
    }

    [Fact]
    public void Rejecting_a_form_that_names_the_opposite_supports_the_issue()
    {
        var statement = Single("وقال الرئيس أردوغان إن تركيا ترفض تقسيم ليبيا.");
        Assert.Equal(Polarity.Support, statement.Toward("issue:libya-unity")?.Polarity);
    }

    [Fact]
    public void A_negator_right_before_an_issue_rejects_it_and_reverses_a_stance_word_reaching_it()
    {
        Assert.Equal(Polarity.Oppose, Single("وأكد الرئيس أردوغان على عدم التدخل الأجنبي في ليبيا.").Toward("issue:foreign-intervention")?.Polarity);
        // عدم المساس بالسيادة: the negation of a form naming the opposite supports the issue.
        Assert.Equal(Polarity.Support, Single("وأكد الرئيس أردوغان على ضرورة عدم المساس بالسيادة الليبية.").Toward("issue:libya-sovereignty")?.Polarity);
    }

    [Fact]
    public void A_bare_anaphor_stands_for_the_issue_named_before_it_and_for_nothing_without_one()
    {
        const string text = "وقع الطرفان اتفاق الصخيرات في المغرب. وقال الرئيس أردوغان إن الاتفاق خطوة هامة.";
        var statement = Single(text);
        Assert.Equal(Polarity.Support, statement.Toward("issue:skhirat-agreement")?.Polarity);

        var alone = Single("وقال الرئيس أردوغان إن الاتفاق خطوة هامة.");
        Assert.DoesNotContain(alone.Stances, s => s.Target.Type == "issue");
    }

    [Fact]
    public void An_actor_name_overlapping_an_issue_form_wins()
    {
        // From March 2021 "حكومة الوحدة الوطنية" is the GNU, an actor; before, it is the proposed unity government.
        const string text = "وقال الرئيس أردوغان إن تركيا تدعم حكومة الوحدة الوطنية.";
        var later = Assert.Single(Extractors.Shipped.Extract(new ArticleText(null, null, null, null, new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero), "ar", text)).Statements);
        Assert.NotNull(later.Toward("gnu"));
        Assert.Null(later.Toward("issue:unity-government"));
        var earlier = Assert.Single(Extractors.Shipped.Extract(new ArticleText(null, null, null, null, new DateTimeOffset(2015, 10, 1, 0, 0, 0, TimeSpan.Zero), "ar", text)).Statements);
        Assert.Equal(Polarity.Support, earlier.Toward("issue:unity-government")?.Polarity);
        Assert.Null(earlier.Toward("gnu"));
    }

    [Fact]
    public void A_bad_issue_entry_is_reported_with_its_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"issues-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "issues:\n  - id: Bad Id\n    name: x\n    forms: [x]\n");
        try
        {
            var error = Assert.Throws<LexiconException>(() => StanceExtractor.Load(new ExtractorOptions(ExtraFiles: [path])));
            Assert.Contains(path, error.Message);
            Assert.Contains("slug", error.Message);
        }
        finally { File.Delete(path); }
    }
}
