using System.Globalization;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// When a role or membership held: [From, To] by day, To null while it still holds. The data files may give only a year
/// or a month when the exact day is unsure: a partial From means the first day of that period and a partial To the last,
/// so two terms that meet within one month overlap for that month (the resolver then prefers the newer holder).
/// </summary>
public readonly record struct Tenure(DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => date >= From && (To is not { } to || date <= to);

    public bool IsOpen => To is null;

    /// <summary>Reads YYYY, YYYY-MM or YYYY-MM-DD; <paramref name="asEnd"/> rounds a partial date to the end of its period.</summary>
    public static bool TryParseDate(string value, bool asEnd, out DateOnly date)
    {
        date = default;
        var parts = value.Trim().Split('-');
        if (parts.Length is < 1 or > 3) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        var year = numbers[0];
        if (year is < 1900 or > 2200) return false;
        var month = parts.Length > 1 ? numbers[1] : (asEnd ? 12 : 1);
        if (month is < 1 or > 12) return false;
        var lastDay = DateTime.DaysInMonth(year, month);
        var day = parts.Length > 2 ? numbers[2] : (asEnd ? lastDay : 1);
        if (day < 1 || day > lastDay) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
