using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Console.Commands;

/// <summary>
/// `stance ingest PATH...`: reads files and directories, sends each article to its article grain (which extracts and
/// records it once), and sums up. A bad file is reported with its reason and the rest goes on; the exit code is 1 if anything failed.
/// </summary>
public sealed class IngestCommand : ClusterCommand<IngestCommand.Settings>
{
    // Articles in flight. Each waits for a few commits (its speakers' log appends, the directory, its own state); with
    // many in flight those writes share group commits instead of queueing one transaction each (docs/BENCHMARKS.md).
    private const int Parallelism = 32;

    public sealed class Settings : ClusterCommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Files (.txt, .json, .jsonl) or directories, read recursively")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--date <DATE>")]
        [Description("Publication date for articles that carry none")]
        public string? Date { get; init; }

        [CommandOption("--timeline <ID>")]
        [Description("After ingesting, print this actor's stance over time")]
        public string? Timeline { get; init; }

        [CommandOption("--target <ID>")]
        [Description("With --timeline: only the stance toward this target")]
        public string? Target { get; init; }

        [CommandOption("--bucket <BUCKET>")]
        [Description("With --timeline: day, week or month (default month)")]
        public TimeBucket Bucket { get; init; } = TimeBucket.Month;

        public override ValidationResult Validate() => DateOption.Check(Date, "--date");
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken)
    {
        AnsiConsole.MarkupLine($"[grey]Using the {Markup.Escape(session.Description)}[/]");
        var defaultDate = DateOption.Parse(settings.Date);
        var results = settings.Paths.SelectMany(p => ArticleReader.Read(p, defaultDate)).ToList();
        var summary = new IngestSummary();
        foreach (var failure in results.Select(r => r.Failure).OfType<ReadFailure>())
            summary.Failures.Add(failure.ToString());
        var articles = results.Select(r => r.Article).OfType<ArticleText>().ToList();

        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Ingesting", maxValue: Math.Max(1, articles.Count));
                await Parallel.ForEachAsync(articles,
                    new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                    async (article, _) =>
                    {
                        try
                        {
                            summary.Add(article, await StanceQueries.IngestAsync(session.Grains, article));
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                            summary.Failures.Add($"{article.Path ?? article.Id}: {ex.GetBaseException().Message}");
                        }
                        task.Increment(1);
                    });
            });

        summary.Print();
        if (settings.Timeline is { } actor)
            await TimelineCommand.ShowAsync(session.Grains, actor, settings.Target, settings.Bucket);
        return summary.Failures.IsEmpty ? 0 : 1;
    }
}
