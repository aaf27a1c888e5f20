using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Grains.ActorDirectory;

namespace StanceTracker.Grains.Tests;

public sealed class RegisteredActorsTests
{
    private static ActorInfo Erdogan(params string[] aliases) => new("erdogan", "Recep Tayyip Erdogan", "person", aliases);

    [Fact]
    public void Only_actors_the_directory_has_not_acknowledged_as_they_are_are_sent_again()
    {
        var registered = new RegisteredActors();
        var haftar = new ActorInfo("haftar", "Khalifa Haftar", "person", ["حفتر"]);
        Assert.Equal(["erdogan", "haftar"], registered.NotYetStored([Erdogan("أردوغان"), haftar]).Select(a => a.Id));

        registered.Stored([Erdogan("أردوغان")]);
        // The same identity in a fresh object (each article builds its own) is known; the one not acknowledged is not.
        Assert.Equal(["haftar"], registered.NotYetStored([Erdogan("أردوغان"), haftar]).Select(a => a.Id));

        // A changed name, type or alias list goes to the directory again, which rewrites its row.
        Assert.Single(registered.NotYetStored([Erdogan("أردوغان", "إردوغان")]));
        Assert.Single(registered.NotYetStored([Erdogan()]));
        Assert.Single(registered.NotYetStored([Erdogan("أردوغان") with { Type = "office" }]));
        Assert.Single(registered.NotYetStored([Erdogan("أردوغان") with { Name = "Erdoğan" }]));
    }

    [Fact]
    public async Task Every_actor_of_every_article_reaches_the_directory_when_later_articles_send_only_new_ones()
    {
        await using var stance = await StanceCluster.StartAsync();
        var seed = File.ReadAllText(SharedSeed.Path);
        var date = new DateTimeOffset(2020, 6, 4, 20, 45, 0, TimeSpan.Zero);
        await stance.Grains.GetGrain<IArticleGrain>("seed-000").IngestAsync(
            new ArticleSubmission("seed-000", null, "الجزيرة نت", null, date, null, seed, SharedSeed.Path));
        // A second article naming the seed's actors and one more: only the new one needs sending, and it must arrive.
        var second = "قال الرئيس التركي رجب طيب أردوغان إن تركيا تدعم حكومة الوفاق. وقال فلاديمير بوتين إن روسيا تعارض التدخل.";
        var outcome = await stance.Grains.GetGrain<IArticleGrain>("second").IngestAsync(
            new ArticleSubmission("second", null, "test", null, date.AddDays(1), "ar", second, null));
        Assert.Contains("putin", outcome.Speakers);

        var directory = stance.Grains.GetGrain<IActorDirectoryGrain>(0);
        Assert.Equal("Recep Tayyip Erdogan", (await directory.FindAsync("erdogan"))?.Name);
        Assert.NotNull(await directory.FindAsync("putin"));
    }
}
