using System.Text.Json;
using StanceTracker.Extraction.Output;

namespace StanceTracker.Extraction.Tests.Relations;

/// <summary>The relations and shift cues in the `stance extract --format json` line.</summary>
public class RelationJsonTests
{
    [Fact]
    public void Relations_and_shift_cues_are_written_with_actors_and_spans()
    {
        const string text = "Haftar, backed by Russia and the UAE, pressed on. Later Russia shifted its position.";
        var article = Extractors.Extract(text, "en");
        using var stream = new MemoryStream();
        ExtractionJsonWriter.WriteLine(stream, article);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;

        var relations = root.GetProperty("relations").EnumerateArray().ToArray();
        Assert.Equal(2, relations.Length);
        var first = relations[0];
        Assert.Equal("russia", first.GetProperty("holder").GetProperty("id").GetString());
        Assert.Equal("haftar", first.GetProperty("target").GetProperty("id").GetString());
        Assert.Equal("support", first.GetProperty("polarity").GetString());
        Assert.Equal("outlet", first.GetProperty("reportedBy").GetString());
        var evidence = first.GetProperty("evidence");
        var (start, end) = (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32());
        Assert.Equal(evidence.GetProperty("text").GetString(), text.Substring(start, end - start));

        var cue = Assert.Single(root.GetProperty("shiftCues").EnumerateArray().ToArray());
        Assert.Equal("russia", cue.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal("Russia shifted its position", cue.GetProperty("evidence").GetProperty("text").GetString());
    }
}
