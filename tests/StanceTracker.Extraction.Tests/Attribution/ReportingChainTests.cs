using System.Text;
using System.Text.Json;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Output;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>Relayed speech and its reporting chain ("via", outermost first), with sentences written for these tests.</summary>
public class ReportingChainTests
{
    private const string Relayed =
        "وقال أحمد معيتيق إن الزيارة كانت ناجحة. ونقلت وكالة سبوتنيك عن المسؤول الليبي أن موسكو أكدت أنها تدعم الحوار.";

    [Fact]
    public void A_nested_report_is_the_innermost_speakers_with_the_relays_outermost_first()
    {
        var article = Extractors.Extract(Relayed);
        var russia = Assert.Single(article.Statements, s => s.Speaker.Id == "russia");
        Assert.Equal(["sputnik", "maiteeq"], russia.Via.Select(v => v.Id));
        Assert.Equal("أنها تدعم الحوار", russia.Content.Of(Relayed));
        Assert.Empty(article.Statements[0].Via);
    }

    [Fact]
    public void A_definite_official_without_a_nationality_is_not_read_as_the_last_speaker()
    {
        const string text = "وقال أحمد معيتيق إن الزيارة كانت ناجحة. ونقلت وكالة سبوتنيك عن المسؤول أن الوفد سيعود غدا.";
        var relayed = Extractors.Extract(text).Statements[^1];
        Assert.Equal("unnamed-source", relayed.Speaker.Id);
        Assert.Equal(["sputnik"], relayed.Via.Select(v => v.Id));
    }

    [Fact]
    public void A_medium_relaying_with_nobody_behind_it_makes_no_statement()
    {
        const string text = "ونقلت وكالة رويترز أن القوات تقدمت نحو المدينة.";
        Assert.Empty(Extractors.Extract(text).Statements);
    }

    [Fact]
    public void The_json_line_carries_the_chain_as_actors()
    {
        var article = Extractors.Extract(Relayed);
        using var stream = new MemoryStream();
        ExtractionJsonWriter.WriteLine(stream, article);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var statements = json.RootElement.GetProperty("statements").EnumerateArray().ToList();
        var russia = statements.Single(s => s.GetProperty("speaker").GetProperty("id").GetString() == "russia");
        Assert.Equal(["sputnik", "maiteeq"], russia.GetProperty("via").EnumerateArray().Select(v => v.GetProperty("id").GetString()));
        Assert.Equal("media", russia.GetProperty("via")[0].GetProperty("type").GetString());
        Assert.Equal(0, statements[0].GetProperty("via").GetArrayLength());
    }
}
