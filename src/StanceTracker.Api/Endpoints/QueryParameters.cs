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

    /// <summary>The optional from/to window; on a malformed date or a window that ends before it starts, the 400 that names the parameter.</summary>
    public static bool TryWindow(string? from, string? to, out DateTimeOffset? fromDate, out DateTimeOffset? toDate, out IResult? error,
        string fromName = "from", string toName = "to")
    {
        toDate = null;
        error = !TryDate(from, out fromDate) ? ApiError.BadParameter(fromName, $"'{Shown(from)}' is not a date (use YYYY-MM-DD)")
            : !TryDate(to, out toDate) ? ApiError.BadParameter(toName, $"'{Shown(to)}' is not a date (use YYYY-MM-DD)")
            : fromDate > toDate ? ApiError.BadParameter(toName, $"'{to}' is before {fromName} '{from}'")
            : null;
        return error is null;
    }

    /// <summary>Longest id or search text accepted: ids become grain keys and SQL parameters, so they stay short.</summary>
    public const int MaxTextLength = 200;

    /// <summary>
    /// An actor, target or article id, or search text (optional ones may be blank): at most <see cref="MaxTextLength"/>
    /// characters and no control characters; the 400 names the parameter.
    /// </summary>
    public static bool TryText(string? text, string parameter, out IResult? error)
    {
        error = null;
        if (text is null) return true;
        if (text.Length > MaxTextLength)
            error = ApiError.BadParameter(parameter, $"{text.Length} characters long; at most {MaxTextLength}");
        else if (text.Any(char.IsControl))
            error = ApiError.BadParameter(parameter, "contains control characters");
        return error is null;
    }

    /// <summary>The first failing check of several text parameters, or null when all pass.</summary>
    public static IResult? FirstBadText(params (string? Text, string Parameter)[] values)
    {
        foreach (var (text, parameter) in values)
            if (!TryText(text, parameter, out var error)) return error;
        return null;
    }

    // An echoed value is cut, so a huge parameter does not come back in full.
    internal static string? Shown(string? text) => text is { Length: > 60 } ? text[..57] + "..." : text;

    /// <summary>A window whose two ends must both be given (as in a comparison of two windows).</summary>
    public static bool TryRequiredWindow(string? from, string? to, string fromName, string toName,
        out (DateTimeOffset From, DateTimeOffset To) window, out IResult? error)
    {
        window = default;
        if (string.IsNullOrWhiteSpace(from)) { error = ApiError.BadParameter(fromName, "is required (YYYY-MM-DD)"); return false; }
        if (string.IsNullOrWhiteSpace(to)) { error = ApiError.BadParameter(toName, "is required (YYYY-MM-DD)"); return false; }
        if (!TryWindow(from, to, out var f, out var t, out error, fromName, toName)) return false;
        window = (f!.Value, t!.Value);
        return true;
    }

    /// <summary>An optional flag: true or false (also 1 or 0); blank means false.</summary>
    public static bool TryFlag(string? text, out bool value)
    {
        value = false;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "0": return true;
            case "true" or "1": value = true; return true;
            default: return false;
        }
    }

    /// <summary>An optional text parameter: blank means not given.</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static bool TryBucket(string? text, out TimeBucket bucket)
    {
        bucket = TimeBucket.Month;
        return string.IsNullOrWhiteSpace(text)
            || (Enum.TryParse(text, ignoreCase: true, out bucket) && Enum.IsDefined(bucket) && !int.TryParse(text, out _));
    }

    /// <summary>An optional whole number in [min, max]; blank means the fallback.</summary>
    public static bool TryWholeNumber(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text)) return true;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
