namespace StanceTracker.Grains.Storage;

/// <summary>
/// A window of whole UTC days split for the log's month tallies: the calendar months it covers entirely, read from the
/// tallies, and the days at either end that only part of a month covers, read from the statements themselves.
/// </summary>
/// <param name="FirstMonth">First whole month (its first day), or null: the months start with the log.</param>
/// <param name="EndMonth">First month after the whole ones (its first day), or null: they run to the end of the log.</param>
/// <param name="Edges">The day ranges [From, To) outside the whole months, at most one at each end.</param>
/// <param name="HasMonths">False when the window lies inside one month without covering it: then all of it is edge.</param>
public sealed record MonthWindow(DateTime? FirstMonth, DateTime? EndMonth, IReadOnlyList<(DateTime From, DateTime To)> Edges, bool HasMonths)
{
    /// <summary>Splits [from, to) (whole days, UTC; null: unbounded on that side).</summary>
    public static MonthWindow Of(DateTime? from, DateTime? to)
    {
        var firstMonth = from is { } f ? (f.Day == 1 ? f : MonthOf(f).AddMonths(1)) : (DateTime?)null;
        var endMonth = to is { } t ? MonthOf(t) : (DateTime?)null;
        if (firstMonth is { } first && endMonth is { } end && first >= end)
            return new MonthWindow(null, null, from < to ? [(from!.Value, to!.Value)] : [], HasMonths: false);
        var edges = new List<(DateTime, DateTime)>(2);
        if (from is { } lower && firstMonth is { } firstWhole && lower < firstWhole)
            edges.Add((lower, firstWhole));
        if (to is { } upper && endMonth is { } endWhole && endWhole < upper)
            edges.Add((endWhole, upper));
        return new MonthWindow(firstMonth, endMonth, edges, HasMonths: true);
    }

    /// <summary>A month's key in the tallies: its UTC year and month as <c>yyyy-MM</c>, which sorts in time order.</summary>
    public static string Key(DateTime month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when the window is exactly one calendar month, answered by the tallies alone, in key order.</summary>
    public bool IsOneMonth => HasMonths && Edges.Count == 0 && FirstMonth is { } first && EndMonth is { } end && first.AddMonths(1) == end;

    private static DateTime MonthOf(DateTime day) => new(day.Year, day.Month, 1, 0, 0, 0, day.Kind);
}
