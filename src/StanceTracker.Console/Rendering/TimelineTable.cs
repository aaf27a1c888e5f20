using System.Globalization;
using Spectre.Console;
using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Console.Rendering;

/// <summary>An actor's stance per target and bucket as a table: counts, net score and a coloured verdict.</summary>
public static class TimelineTable
{
    public static Table Render(string actor, IReadOnlyList<StancePoint> points, TimeBucket bucket)
    {
        var table = new Table().Title($"Stance of [bold]{Markup.Escape(actor)}[/] by {bucket.ToString().ToLowerInvariant()}")
            .AddColumns("Target", "From", "Support", "Oppose", "Neutral", "Net", "Stance");
        foreach (var point in points.OrderBy(p => p.TargetId, StringComparer.Ordinal).ThenBy(p => p.BucketStart))
        {
            table.AddRow(
                Markup.Escape(point.TargetId),
                point.BucketStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                point.Support.ToString(CultureInfo.InvariantCulture),
                point.Oppose.ToString(CultureInfo.InvariantCulture),
                point.Neutral.ToString(CultureInfo.InvariantCulture),
                point.NetScore.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
                Verdict(point.Dominant));
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
