using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Grains.Tests;

public sealed class ArticleGrainTests
{
    private static ArticleSubmission Seed()
    {
        var path = SharedSeed.Path;
        return new ArticleSubmission("seed-000", null, "الجزيرة نت", null,
            new DateTimeOffset(2020, 6, 4, 20, 45, 0, TimeSpan.Zero), null, File.ReadAllText(path), path);
    }

    [Fact]
    public async Task The_seed_is_recorded_once_under_its_speakers_with_provenance()
    {
        await using var stance = await StanceCluster.StartAsync();
        var article = stance.Grains.GetGrain<IArticleGrain>("seed-000");

        var first = await article.IngestAsync(Seed());
        Assert.Equal(IngestStatus.Stored, first.Status);
        Assert.Contains("erdogan", first.Speakers);
        Assert.Contains("sarraj", first.Speakers);
        Assert.Contains("maiteeq", first.Speakers);

        var again = await article.IngestAsync(Seed());
        Assert.Equal(IngestStatus.AlreadyKnown, again.Status);
        Assert.Equal(first.Statements, again.Statements);

        var erdogan = stance.Grains.GetGrain<IActorGrain>("erdogan");
        var all = await erdogan.GetStatementsAsync(new StatementQuery(PageSize: 500));
        Assert.Equal(all.Items.Count, all.Items.Select(s => s.Id).Distinct().Count());
        Assert.All(all.Items, s => Assert.Equal("seed-000", s.ArticleId));
        Assert.Contains(all.Items, s => s.Stances.Any(t => t.TargetId == "gna" && t.Stance == StanceKind.Support));
        Assert.Contains(all.Items, s => s.Stances.Any(t => t.TargetId == "haftar" && t.Stance == StanceKind.Oppose));

        // Provenance: the article lists exactly the statements its speakers hold.
        var record = await article.GetAsync();
        Assert.NotNull(record);
        Assert.Equal(first.Statements, record.StatementIds.Count);
        var held = new List<string>();
        foreach (var speaker in record.Speakers)
            held.AddRange((await stance.Grains.GetGrain<IActorGrain>(speaker).GetStatementsAsync(new StatementQuery(PageSize: 500))).Items.Select(s => s.Id));
        Assert.Equal(record.StatementIds.Order(), held.Order());
    }

    [Fact]
    public async Task The_text_is_kept_as_read_so_statement_offsets_point_at_their_content()
    {
        await using var stance = await StanceCluster.StartAsync();
        var article = stance.Grains.GetGrain<IArticleGrain>("seed-000");
        Assert.Null(await article.GetContentAsync());
        await article.IngestAsync(Seed());

        var content = await article.GetContentAsync();
        Assert.NotNull(content);
        Assert.Equal(Seed().Text, content.Text);
        Assert.Equal("ar", content.Language);
        var statements = (await stance.Grains.GetGrain<IActorGrain>("erdogan").GetStatementsAsync(new StatementQuery(PageSize: 500))).Items;
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal(s.Content, content.Text[s.ContentStart..s.ContentEnd]));
    }

    [Fact]
    public async Task A_retry_from_the_run_that_stored_the_article_is_told_stored_and_counts_nothing_twice()
    {
        await using var stance = await StanceCluster.StartAsync();
        var article = stance.Grains.GetGrain<IArticleGrain>("seed-000");
        var run = Seed() with { Submitter = "console:run-a" };

        var first = await article.IngestAsync(run);
        var erdogan = stance.Grains.GetGrain<IActorGrain>("erdogan");
        var recorded = (await erdogan.GetSummaryAsync())!.Statements;
        // The first answer was lost on its way back (a client timeout): the same run retries.
        var retry = await article.IngestAsync(run);
        var otherRun = await article.IngestAsync(Seed() with { Submitter = "console:run-b" });
        var anonymous = await article.IngestAsync(Seed());

        Assert.Equal(IngestStatus.Stored, first.Status);
        Assert.Equal(IngestStatus.Stored, retry.Status);
        Assert.Equal(first.Statements, retry.Statements);
        Assert.Equal(IngestStatus.AlreadyKnown, otherRun.Status);
        Assert.Equal(IngestStatus.AlreadyKnown, anonymous.Status);
        Assert.True(recorded > 0);
        Assert.Equal(recorded, (await erdogan.GetSummaryAsync())!.Statements);
    }

    [Fact]
    public async Task An_article_stored_before_texts_were_kept_gets_its_text_from_a_re_ingest_without_counting_twice()
    {
        string dataDirectory;
        int statements;
        await using (var first = await StanceCluster.StartAsync())
        {
            dataDirectory = first.DataDirectory;
            statements = (await first.Grains.GetGrain<IArticleGrain>("seed-000").IngestAsync(Seed())).Statements;
        }
        // The state as an earlier version wrote it: everything but the text.
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, "stance.db")};Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "UPDATE grain_state SET payload = json_remove(payload, '$.text') WHERE grain_id LIKE '%seed-000%'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        await using var second = await StanceCluster.StartAsync(dataDirectory);
        var article = second.Grains.GetGrain<IArticleGrain>("seed-000");
        Assert.NotNull(await article.GetAsync());
        Assert.Null(await article.GetContentAsync());
        var again = await article.IngestAsync(Seed());
        Assert.Equal(IngestStatus.AlreadyKnown, again.Status);
        Assert.Equal(statements, again.Statements);
        Assert.Equal(Seed().Text, (await article.GetContentAsync())?.Text);
    }

    [Fact]
    public async Task An_article_without_a_date_is_rejected_and_leaves_nothing_behind()
    {
        await using var stance = await StanceCluster.StartAsync();
        var outcome = await stance.Grains.GetGrain<IArticleGrain>("undated")
            .IngestAsync(Seed() with { Id = "undated", Published = null });
        Assert.Equal(IngestStatus.Rejected, outcome.Status);
        Assert.Contains("date", outcome.Reason);
        Assert.Null(await stance.Grains.GetGrain<IArticleGrain>("undated").GetAsync());
        Assert.Null(await stance.Grains.GetGrain<IActorGrain>("erdogan").GetSummaryAsync());
    }

    [Fact]
    public async Task An_article_in_an_unsupported_language_is_rejected_with_the_language_named()
    {
        await using var stance = await StanceCluster.StartAsync();
        var french = new ArticleSubmission("fr-1", "Libye", "Exemple", null, new DateTimeOffset(2020, 6, 5, 0, 0, 0, TimeSpan.Zero), null,
            "Le président turc a déclaré que la Turquie soutient le gouvernement de Tripoli et rejette les attaques de Haftar contre la capitale.", null);
        var outcome = await stance.Grains.GetGrain<IArticleGrain>("fr-1").IngestAsync(french);
        Assert.Equal(IngestStatus.Rejected, outcome.Status);
        Assert.Contains("'fr' is not supported", outcome.Reason);
        Assert.Null(await stance.Grains.GetGrain<IArticleGrain>("fr-1").GetAsync());
    }

    [Fact]
    public async Task The_directory_lists_speakers_and_targets_and_searches_regardless_of_diacritics()
    {
        await using var stance = await StanceCluster.StartAsync();
        await stance.Grains.GetGrain<IArticleGrain>("seed-000").IngestAsync(Seed());
        var directory = stance.Grains.GetGrain<IActorDirectoryGrain>(0);

        var everyone = await directory.SearchAsync(null);
        Assert.Contains(everyone, a => a.Id == "erdogan");
        Assert.Contains(everyone, a => a.Id == "haftar"); // spoken about

        IReadOnlyList<ActorInfo> found = await directory.SearchAsync("أَرْدُوغَان");
        Assert.Equal("erdogan", Assert.Single(found).Id);
        Assert.Contains(await directory.SearchAsync("ERDOGAN"), a => a.Id == "erdogan");
        Assert.Empty(await directory.SearchAsync("no such name"));
    }

    [Fact]
    public async Task The_directory_survives_a_restart()
    {
        string dataDirectory;
        int known;
        await using (var first = await StanceCluster.StartAsync())
        {
            dataDirectory = first.DataDirectory;
            await first.Grains.GetGrain<IArticleGrain>("seed-000").IngestAsync(Seed());
            known = (await first.Grains.GetGrain<IActorDirectoryGrain>(0).SearchAsync(null)).Count;
        }
        await using var second = await StanceCluster.StartAsync(dataDirectory);
        var directory = second.Grains.GetGrain<IActorDirectoryGrain>(0);
        Assert.Equal(known, (await directory.SearchAsync(null)).Count);
        Assert.Equal("Recep Tayyip Erdogan", (await directory.FindAsync("erdogan"))?.Name);
    }
}
