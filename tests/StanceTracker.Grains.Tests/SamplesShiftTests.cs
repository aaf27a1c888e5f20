using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Queries;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// The repository's samples (articles written for this project, see samples/README.md) ingested through the real
/// pipeline. Their story: Russia backs Haftar from January to April 2020 and turns against his offensive in June; Erdogan,
/// Egypt, Sarraj and the UN keep their positions. The shifts found must be exactly that, with the right day and evidence.
/// </summary>
public sealed class SamplesShiftTests
{
    private static readonly DateTime Turn = new(2020, 6, 10);

    private static List<ArticleText> Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "StanceTracker.sln"))) continue;
            var read = ArticleReader.Read(Path.Combine(dir.FullName, "samples")).ToList();
            Assert.All(read, r => Assert.Null(r.Failure));
            return [.. read.Select(r => r.Article!)];
        }
        throw new DirectoryNotFoundException($"StanceTracker.sln not found above {AppContext.BaseDirectory}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Russia_turns_against_Haftar_on_10_June_and_steady_actors_do_not_shift(bool newestFirst)
    {
        await using var stance = await StanceCluster.StartAsync();
        var articles = Samples().OrderBy(a => a.Published).ToList();
        Assert.Equal(8, articles.Count);
        // Newest first is the late-articles case: the older ones arrive after the turn has been seen.
        if (newestFirst) articles.Reverse();
        foreach (var article in articles)
            Assert.Equal(IngestStatus.Stored, (await StanceQueries.IngestAsync(stance.Grains, article)).Status);

        var shifts = await StanceQueries.ShiftsAsync(stance.Grains, null, null, null, null);

        var shift = Assert.Single(shifts);
        Assert.Equal(("russia", "haftar"), (shift.ActorId, shift.TargetId));
        Assert.Equal((StanceKind.Support, StanceKind.Oppose), (shift.From, shift.To));
        Assert.Equal(Turn, shift.VisibleOn);
        Assert.True(shift.BeforeScore >= 0.25 && shift.AfterScore <= -0.25, $"scores {shift.BeforeScore} → {shift.AfterScore}");
        Assert.True(shift.BeforeStatements >= 2 && shift.AfterStatements >= 2);

        // Evidence: Russia's own statements toward Haftar, support before the turn and opposition from it on, each
        // pointing into its article; the day of the turn is the 10 June article.
        Assert.NotEmpty(shift.EvidenceBefore);
        Assert.NotEmpty(shift.EvidenceAfter);
        Assert.All(shift.EvidenceBefore, s =>
        {
            Assert.Equal("russia", s.SpeakerId);
            Assert.True(s.Published.UtcDateTime < Turn, $"{s.Id} on {s.Published} is not before the turn");
            Assert.Contains(s.Stances, t => t.TargetId == "haftar" && t.Stance == StanceKind.Support);
            Assert.Contains(s.Content, s.Sentence);
        });
        Assert.All(shift.EvidenceAfter, s =>
        {
            Assert.Equal("russia", s.SpeakerId);
            Assert.True(s.Published.UtcDateTime >= Turn, $"{s.Id} on {s.Published} is before the turn");
            Assert.Contains(s.Stances, t => t.TargetId == "haftar" && t.Stance == StanceKind.Oppose);
        });
        Assert.Contains(shift.EvidenceAfter, s => s.Published.UtcDateTime.Date == Turn);

        foreach (var steady in new[] { "erdogan", "egypt", "sarraj", "un", "turkey", "gna" })
            Assert.Empty(await StanceQueries.ShiftsAsync(stance.Grains, steady, null, null, null));
    }
}
