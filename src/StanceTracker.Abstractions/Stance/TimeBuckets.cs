namespace StanceTracker.Abstractions.Stance;

/// <summary>Where a day falls in a day, week or month series.</summary>
public static class TimeBuckets
{
    public static DateTime Start(DateTime day, TimeBucket bucket)
    {
        day = DateTime.SpecifyKind(day.Date, DateTimeKind.Utc);
        return bucket switch
        {
            TimeBucket.Day => day,
            // ISO weeks start on Monday.
            TimeBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            TimeBucket.Month => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, null),
        };
    }

    /// <summary>The start of the bucket after the one starting at <paramref name="start"/> (a <see cref="Start"/>).</summary>
    public static DateTime Next(DateTime start, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Day => start.AddDays(1),
        TimeBucket.Week => start.AddDays(7),
        TimeBucket.Month => start.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, null),
    };
}
