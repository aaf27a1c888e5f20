using System.Globalization;
using ScottPlot;
using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Console.Rendering;

/// <summary>
/// The web view's stance chart as a PNG: net score (−1 oppose … +1 support) per bucket, one line per target, the
/// Category10 colours the page uses, dates along the bottom. Drawn by ScottPlot on SkiaSharp, with no display needed.
/// </summary>
public static class TimelinePlot
{
    public const int Width = 1000;
    public const int Height = 500;
    /// <summary>As on the page: more lines than this stop being readable, so the rest are named in the note.</summary>
    public const int MaxTargets = 6;

    public static void Save(string path, string actorName, IReadOnlyList<StancePoint> points, TimeBucket bucket)
    {
        if (points.Count == 0)
            throw new ArgumentException("there is nothing to plot", nameof(points));
        var targets = points.GroupBy(p => p.TargetId)
            .Select(g => (Id: g.Key, Name: g.First().TargetName, Statements: g.Sum(p => p.Support + p.Oppose + p.Neutral),
                Series: g.OrderBy(p => p.BucketStart).ToList()))
            .OrderByDescending(t => t.Statements).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var shown = targets.Take(MaxTargets).ToList();

        var plot = new Plot();
        plot.Add.Palette = new ScottPlot.Palettes.Category10();
        var zero = plot.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        zero.ExcludeFromLegend = true;
        foreach (var target in shown)
        {
            var line = plot.Add.Scatter(
                target.Series.Select(p => p.BucketStart.ToOADate()).ToArray(),
                target.Series.Select(p => p.NetScore).ToArray());
            line.LegendText = $"{target.Name} ({target.Statements})";
            line.LineWidth = 2;
            line.MarkerSize = 9;
        }

        var first = points.Min(p => p.BucketStart);
        var last = points.Max(p => p.BucketStart);
        var margin = TimeSpan.FromDays(bucket switch { TimeBucket.Day => 1, TimeBucket.Week => 5, _ => 20 });
        // Dates are OLE automation days on a numeric axis, labelled by hand: ISO dates whatever the machine's culture.
        var ticks = Ticks(first - margin, last + margin);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. ticks.Select(t => t.At.ToOADate())], [.. ticks.Select(t => t.Label)]);
        plot.Axes.SetLimits((first - margin).ToOADate(), (last + margin).ToOADate(), -1.1, 1.1);

        var unit = bucket.ToString().ToLowerInvariant();
        var about = shown.Count == 1 ? $" toward {shown[0].Name}" : "";
        plot.Font.Set(SansFont());
        plot.Title($"Stance of {actorName}{about}, by {unit}");
        plot.YLabel("Net stance: −1 oppose … +1 support");
        plot.XLabel(targets.Count > shown.Count
            ? $"{Capitalised(unit)} (UTC); the {shown.Count} targets with the most statements of {targets.Count}"
            : $"{Capitalised(unit)} (UTC)");
        plot.ShowLegend(Edge.Right); // beside the data, never over a line
        plot.SavePng(path, Width, Height);
    }

    /// <summary>The page's date ticks: month starts (yyyy-MM) over long spans, about six days (yyyy-MM-dd) otherwise.</summary>
    private static List<(DateTime At, string Label)> Ticks(DateTime from, DateTime to)
    {
        var ticks = new List<(DateTime, string)>();
        if (to - from > TimeSpan.FromDays(90))
        {
            var months = (int)Math.Ceiling((to - from).TotalDays / 30.4);
            var step = Math.Max(1, (int)Math.Ceiling(months / 7.0));
            for (var month = new DateTime(from.Year, from.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1); month <= to; month = month.AddMonths(step))
                ticks.Add((month, month.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }
        else
        {
            var step = Math.Max(1, (int)Math.Round((to - from).TotalDays / 6));
            for (var day = from.Date.AddDays(from.TimeOfDay > TimeSpan.Zero ? 1 : 0); day <= to; day = day.AddDays(step))
                ticks.Add((day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        return ticks;
    }

    /// <summary>ScottPlot's own default here is a serif face; the page uses DejaVu Sans, so the PNG does too when it is installed.</summary>
    private static string SansFont()
    {
        foreach (var family in (string[])["DejaVu Sans", "Liberation Sans", "Noto Sans"])
        {
            using var face = SkiaSharp.SKFontManager.Default.MatchFamily(family);
            if (face is not null && face.FamilyName == family)
                return family;
        }
        return Fonts.Sans;
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
