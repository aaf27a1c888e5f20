using StanceTracker.Extraction.Evaluation;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Evaluation;

public sealed class EvaluationTests
{
    private const string Text = "\"We will not back down,\" the senator said. Officials said the vote was delayed.";

    private const string Annotation = """
        T1	Content 1 22	We will not back down
        T2	Source 25 36	the senator
        T3	Cue 37 41	said
        T4	Attribution 37 41	said
        E1	Attribution:T4 Content:T1 Cue:T3 Source:T2
        T5	Source 43 52	Officials
        T6	Cue 53 57	said
        T7	Content 58 78	the vote was delayed
        T8	Attribution 53 57	said
        E2	Attribution:T8 Content:T7 Cue:T6 Source:T5
        T9	Content 1 5;10 14	broken line
        T10	Content x y	malformed
        """;

    [Fact]
    public void Brat_relations_become_gold_attributions_with_their_spans()
    {
        var gold = BratAttributionReader.Read(Annotation, Text, "test.ann");
        Assert.Equal(2, gold.Count);
        Assert.Equal("We will not back down", Assert.Single(gold[0].Content).Of(Text));
        Assert.Equal("the senator", Assert.Single(gold[0].Source).Of(Text));
        Assert.Equal("said", Assert.Single(gold[1].Cue).Of(Text));
    }

    [Fact]
    public void Offsets_in_code_points_are_mapped_past_characters_outside_the_BMP()
    {
        const string text = "😀 Officials said so.";
        var gold = BratAttributionReader.Read("T1\tContent 17 19\tso\nT2\tCue 12 16\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2", text, "emoji.ann");
        Assert.Equal("so", Assert.Single(Assert.Single(gold).Content).Of(text));
    }

    [Fact]
    public void Scoring_matches_by_content_overlap_one_to_one()
    {
        var gold = BratAttributionReader.Read(Annotation, Text, "test.ann");
        var speaker = new ActorRef("x", "X", "person");
        Statement Predicted(int contentStart, int contentEnd, Span? source, Span cue) =>
            new(0, speaker, source, cue, new Span(contentStart, contentEnd), StatementKind.Indirect, [], new Span(0, Text.Length));

        var score = AttributionScorer.Score([
            Predicted(1, 10, new Span(25, 36), new Span(37, 41)),   // right content, source and cue
            Predicted(58, 78, new Span(0, 3), new Span(53, 57)),    // right content and cue, wrong source
            Predicted(3, 8, null, new Span(37, 41)),                // overlaps the first gold again: unmatched
        ], gold);

        Assert.Equal(2, score.Gold);
        Assert.Equal(3, score.Predicted);
        Assert.Equal(2, score.Matched);
        Assert.Equal(1, score.SourceCorrect);
        Assert.Equal(2, score.CueCorrect);
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(1.0, score.Recall, 6);
        Assert.Equal(0.8, score.F1, 6);
    }

    [Fact]
    public void Every_PolNeAR_train_annotation_reads()
    {
        var split = Path.GetDirectoryName(Path.GetDirectoryName(SharedData.Path("corpus/en/polnear/data/train/attributions/breitbart_2015-11-11_the-ninth-circle-the-hellish-vie_d473.ann")))!;
        var documents = 0;
        var attributions = 0;
        foreach (var (_, text, annotation) in BratAttributionSplit.Documents(split))
        {
            var gold = BratAttributionReader.Read(File.ReadAllText(annotation), text, annotation);
            Assert.All(gold, g => Assert.All(g.Content, s => Assert.InRange(s.End, s.Start, text.Length)));
            documents++;
            attributions += gold.Count;
        }
        // One annotation per article (the first annotator's): 840 articles in train.
        Assert.Equal(840, documents);
        Assert.InRange(attributions, 15_000, 22_501);
    }

    [Fact]
    public void The_diff_lists_misses_spurious_statements_and_wrong_sources_as_the_score_counts_them()
    {
        var gold = BratAttributionReader.Read(Annotation, Text, "test.ann");
        var speaker = new ActorRef("unnamed-source", "Unnamed source", "source");
        Statement Predicted(int index, Span? source, Span cue, Span content)
            => new(index, speaker, source, cue, content, StatementKind.Indirect, [], new Span(0, Text.Length));
        // The quotation, with its source span on "said" instead of "the senator"; and words gold does not attribute.
        var predicted = new[]
        {
            Predicted(0, new Span(37, 41), new Span(37, 41), new Span(1, 22)),
            Predicted(1, null, new Span(53, 57), new Span(43, 52)),
        };
        var diff = AttributionDiff.Of("test", predicted, gold);
        var score = AttributionScorer.Score(predicted, gold);
        Assert.Equal(gold.Count - score.Matched, diff.Missed.Count);
        Assert.Contains(diff.Missed, g => g.Content[0] == new Span(58, 78));
        Assert.Equal([predicted[1]], diff.Spurious);
        var (wrong, expected) = Assert.Single(diff.WrongSource);
        Assert.Same(predicted[0], wrong);
        Assert.Equal("the senator", expected.Source[0].Of(Text));
        Assert.Empty(diff.WrongCue);
    }
}
