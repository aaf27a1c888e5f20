using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Grains.Actors;

/// <summary>Maps statement dates to day numbers and day numbers to buckets. Days are UTC calendar days.</summary>
public static class StanceCalendar
{
    public static int DayNumber(DateTimeOffset published) => DayNumberOf(published.UtcDateTime);

    /// <summary>The day numbers of an optional window, inclusive; open ends reach as far as any day can.</summary>
    public static (int First, int Last) DayRange(DateTimeOffset? from, DateTimeOffset? to) =>
        (from is { } f ? DayNumber(f) : int.MinValue, to is { } t ? DayNumber(t) : int.MaxValue);

    /// <summary>The day number of a UTC day (the inverse of <see cref="DayOf"/>).</summary>
    public static int DayNumberOf(DateTime utcDay) => utcDay.Date.Subtract(DateTime.MinValue).Days;

    public static DateTime DayOf(int dayNumber) => DateTime.SpecifyKind(DateTime.MinValue.AddDays(dayNumber), DateTimeKind.Utc);

    public static DateTime BucketStart(int dayNumber, TimeBucket bucket) => TimeBuckets.Start(DayOf(dayNumber), bucket);
}
