using System.Globalization;
using Spectre.Console;

namespace StanceTracker.Console.Commands;

/// <summary>Dates given on the command line: YYYY-MM-DD (or any ISO 8601 form), UTC unless a zone is given.</summary>
public static class DateOption
{
    public static DateTimeOffset? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Used by settings validation, so a bad date stops the command before it touches the cluster.</summary>
    public static ValidationResult Check(string? text, string option) =>
        string.IsNullOrWhiteSpace(text)
        || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"{option}: '{text}' is not a date (use YYYY-MM-DD)");
}
