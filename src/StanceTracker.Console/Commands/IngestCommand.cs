using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
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
    // Articles in flight unless --parallel says otherwise. Each waits for a few commits (its speakers' log appends, the
    // directory, its own state); with many in flight those writes share group commits instead of queueing one
    // transaction each, and the single writer rewrites each hot index page once for more statements. Durable ingest,
    // articles/s with 4,823 articles: 128 in flight 399-453, 256 431-441, 512 429-496, 1,024 514-530, with writer CPU
    // per article falling from 0.94-1.01 to 0.69-0.72 ms (docs/BENCHMARKS.md, eighth round). 512 rather than 1,024:
    // an article then waits about a second for its answer instead of two, well inside Orleans' 30 s call timeout on a
    // slow or loaded cluster.
    public const int DefaultParallelism = 512;

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

        [CommandOption("--attempts <N>")]
        [Description("Tries per article when the cluster or its database is briefly unavailable, with backoff (default 8)")]
        public int Attempts { get; init; } = 8;

        [CommandOption("--parallel <N>")]
        [Description("Articles in flight at once (default 512); fewer for a small or busy cluster")]
        public int Parallel { get; init; } = DefaultParallelism;

        [CommandOption("--report <FILE>")]
        [Description("Write one JSON line per article: id, path, status, statements, attempts, reason")]
        public string? Report { get; init; }

        public override ValidationResult Validate()
        {
            if (Attempts is < 1 or > 100)
                return ValidationResult.Error($"--attempts must be between 1 and 100, not {Attempts}");
            if (Parallel is < 1 or > 4096)
                return ValidationResult.Error($"--parallel must be between 1 and 4096, not {Parallel}");
            return DateOption.Check(Date, "--date");
        }
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
        using var report = IngestReport.Open(settings.Report);
        // One submitter per run: a retry whose lost answer hid a successful store is then told "stored" again.
        var submitter = $"console:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Ingesting", maxValue: Math.Max(1, articles.Count));
                await Parallel.ForEachAsync(articles,
                    new ParallelOptions { MaxDegreeOfParallelism = settings.Parallel, CancellationToken = cancellationToken },
                    async (article, _) =>
                    {
                        await IngestWithRetriesAsync(session, article, submitter, settings.Attempts, summary, report, cancellationToken);
                        task.Increment(1);
                    });
            });

        summary.Print();
        if (settings.Timeline is { } actor)
            await TimelineCommand.ShowAsync(session.Grains, actor, settings.Target, settings.Bucket);
        return summary.Failures.IsEmpty ? 0 : 1;
    }

    /// <summary>
    /// Sends one article, retrying with backoff while the failure is transient (a silo died, the gateway dropped,
    /// PostgreSQL restarted). Retrying is safe: the article grain stores an article once, and the statement log
    /// ignores statements it already has, so an attempt that half-succeeded is completed, not doubled.
    /// </summary>
    private static async Task IngestWithRetriesAsync(ClusterSession session, ArticleText article, string submitter, int attempts,
        IngestSummary summary, IngestReport report, CancellationToken cancellationToken)
    {
        var submission = StanceQueries.ToSubmission(article) with { Submitter = submitter };
        // A .jsonl or feed file holds many articles: name the article as well as the file.
        var name = article.Path is { } path ? $"{path} [{submission.Id}]" : submission.Id;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await session.Grains.GetGrain<IArticleGrain>(submission.Id).IngestAsync(submission);
                summary.Add(article, outcome, attempt);
                report.Outcome(article, outcome, attempt);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var reason = FailureReason.Of(ex);
                if (!TransientFailure.IsTransient(ex) || attempt >= attempts)
                {
                    var why = attempt > 1 ? $"gave up after {attempt} attempts: {reason}" : reason;
                    summary.Failures.Add($"{name}: {why}");
                    report.Failed(article, submission.Id, attempt, why);
                    return;
                }
                var delay = Backoff.Default.Delay(attempt);
                // Standard error, one line each: the operator sees what failed and that it is being retried.
                await System.Console.Error.WriteLineAsync(
                    $"retry: {name}: attempt {attempt} of {attempts} failed ({ex.GetType().Name}: {reason}); next in {delay.TotalSeconds:0.0} s");
                await Task.Delay(delay, cancellationToken);
            }
        }
    }
}
