using System.Globalization;
using Spectre.Console;
using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Console.Rendering;

/// <summary>An actor's stance per target and bucket as a table: counts, net score and a coloured verdict.</summary>
public static class TimelineTable
{
    /// <param name="withMembers">A members roll-up: adds the column naming who contributed to each point.</param>
    public static Table Render(string actor, IReadOnlyList<StancePoint> points, TimeBucket bucket, bool withMembers = false)
    {
        var title = $"Stance of [bold]{Markup.Escape(actor)}[/]{(withMembers ? " with its members" : "")} by {bucket.ToString().ToLowerInvariant()}";
        var table = new Table().Title(title)
            .AddColumns("Target", "From", "Support", "Oppose", "Neutral", "Net", "Stance", "Sources")
            // One narrow column keeps the quick start's table within 80 characters.
            .Caption("Sources: articles/outlets that carried the statements, relayed copies included");
        if (withMembers)
            table.AddColumn("Speakers");
        foreach (var point in points.OrderBy(p => p.TargetId, StringComparer.Ordinal).ThenBy(p => p.BucketStart))
        {
            var cells = new List<string>
            {
                Markup.Escape(point.TargetId),
                point.BucketStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                point.Support.ToString(CultureInfo.InvariantCulture),
                point.Oppose.ToString(CultureInfo.InvariantCulture),
                point.Neutral.ToString(CultureInfo.InvariantCulture),
                point.NetScore.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
                Verdict(point.Dominant),
                string.Create(CultureInfo.InvariantCulture, $"{point.Articles}/{point.Outlets}"),
            };
            if (withMembers)
                cells.Add(Markup.Escape(string.Join(", ", point.Contributors)));
            table.AddRow([.. cells]);
        }
        return table;
    }

    public static string Verdict(StanceKind stance) => stance switch
    {
        StanceKind.Support => "[green]support[/]",
        StanceKind.Oppose => "[red]oppose[/]",
        _ => "[grey]neutral[/]",
    };
}
