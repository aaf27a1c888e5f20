using System.Collections.Concurrent;
using Spectre.Console;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Console.Commands;

/// <summary>What an ingest run did, gathered from concurrent workers and printed at the end.</summary>
public sealed class IngestSummary
{
    private int _stored;
    private int _known;
    private int _statements;
    private readonly ConcurrentDictionary<string, byte> _speakers = new();

    public ConcurrentBag<string> Failures { get; } = [];

    private int _retried;

    public void Add(ArticleText article, IngestOutcome outcome, int attempts = 1)
    {
        if (attempts > 1)
            Interlocked.Increment(ref _retried);
        switch (outcome.Status)
        {
            case IngestStatus.Stored:
                Interlocked.Increment(ref _stored);
                Interlocked.Add(ref _statements, outcome.Statements);
                foreach (var speaker in outcome.Speakers)
                    _speakers.TryAdd(speaker, 0);
                break;
            case IngestStatus.AlreadyKnown:
                Interlocked.Increment(ref _known);
                break;
            default:
                Failures.Add($"{article.Path ?? outcome.ArticleId}: {outcome.Reason}");
                break;
        }
    }

    public void Print()
    {
        var table = new Table().HideHeaders().AddColumns("", "");
        table.AddRow("Articles", (_stored + _known).ToString());
        table.AddRow("  new", _stored.ToString());
        table.AddRow("  already known", _known.ToString());
        table.AddRow("Statements recorded", _statements.ToString());
        table.AddRow("Speakers", _speakers.Count.ToString());
        table.AddRow("Retried", _retried.ToString());
        table.AddRow("Failures", Failures.IsEmpty ? "0" : $"[red]{Failures.Count}[/]");
        AnsiConsole.Write(table);
        foreach (var failure in Failures.OrderBy(f => f, StringComparer.Ordinal))
            AnsiConsole.MarkupLine($"[red]failed:[/] {Markup.Escape(failure)}");
    }
}
