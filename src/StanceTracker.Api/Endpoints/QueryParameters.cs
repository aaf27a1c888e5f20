using System.Globalization;
using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Api.Endpoints;

/// <summary>Parses query-string values strictly, so a malformed one is a 400 that names it rather than a silent default.</summary>
public static class QueryParameters
{
    public static bool TryDate(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return false;
        value = parsed;
        return true;
    }

    /// <summary>The optional from/to window; on a malformed date, the 400 that names the parameter.</summary>
    public static bool TryWindow(string? from, string? to, out DateTimeOffset? fromDate, out DateTimeOffset? toDate, out IResult? error)
    {
        toDate = null;
        error = !TryDate(from, out fromDate) ? ApiError.BadParameter("from", $"'{from}' is not a date (use YYYY-MM-DD)")
            : !TryDate(to, out toDate) ? ApiError.BadParameter("to", $"'{to}' is not a date (use YYYY-MM-DD)")
            : null;
        return error is null;
    }

    /// <summary>An optional text parameter: blank means not given.</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static bool TryBucket(string? text, out TimeBucket bucket)
    {
        bucket = TimeBucket.Month;
        return string.IsNullOrWhiteSpace(text)
            || (Enum.TryParse(text, ignoreCase: true, out bucket) && Enum.IsDefined(bucket) && !int.TryParse(text, out _));
    }

    public static bool TryPositive(string? text, int fallback, int max, out int value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text)) return true;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max;
    }
}
