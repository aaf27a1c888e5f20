using System.Globalization;
using System.Text.RegularExpressions;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Reads the publication dates found in news articles and their metadata:
/// ISO 8601 ("2020-06-04T20:45:00+03:00", "2015-07-21 02:18:24", "2020-06-04"),
/// Arabic ("الخميس, 04 يونيو, 2020 - 08:45 مساءً", "٤ حزيران ٢٠٢٠", "4 كانون الثاني 2020م")
/// and English ("Thursday, 04 June, 2020 - 08:45 PM", "June 4, 2020 8:45 p.m. GMT+3", "4th Jun 2020").
/// </summary>
/// <remarks>
/// A date without a zone is taken as UTC (offset 0): news sites rarely state their zone, and a fixed rule keeps
/// timelines reproducible across machines, where "local time" would not. A date without a time is midnight.
/// Month, day and year are all required, and every word must be understood: an unknown word makes the whole
/// string unparseable rather than silently ignored. Purely numeric day-first/month-first forms such as 04/06/2020
/// are refused because they are ambiguous; year-first (2020/06/04) is accepted.
/// Month names, weekdays and AM/PM markers come from Lexicons/months.yaml.
/// </remarks>
public static partial class ArticleDateParser
{
    // Far longer than any date line; refusing early keeps a pathological field from costing anything.
    private const int MaxLength = 200;

    public static bool TryParse(string? text, out DateTimeOffset value) => TryParse(text, DateLexicon.Default, out value);

    /// <summary>The date, or null when <paramref name="text"/> is blank or not understood.</summary>
    public static DateTimeOffset? ParseOrNull(string? text) => TryParse(text, out var value) ? value : null;

    internal static bool TryParse(string? text, DateLexicon lexicon, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
            return false;

        var normalized = DateWordNormalizer.Normalize(text).Trim();
        return TryParseIsoLike(normalized, out value) || TryParseWords(normalized, lexicon, out value);
    }

    private static bool TryParseIsoLike(string text, out DateTimeOffset value)
    {
        value = default;
        var match = IsoLike().Match(text);
        if (!match.Success)
            return false;

        var offset = TimeSpan.Zero;
        if (match.Groups["zsign"].Success)
        {
            var minutes = match.Groups["zm"].Success ? Int(match.Groups["zm"].Value) : 0;
            if (!TryOffset(match.Groups["zsign"].Value[0], Int(match.Groups["zh"].Value), minutes, out offset))
                return false;
        }

        var ticks = 0L;
        if (match.Groups["f"].Success)
            ticks = long.Parse(match.Groups["f"].Value.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);

        return TryBuild(Int(match.Groups["y"].Value), Int(match.Groups["mo"].Value), Int(match.Groups["d"].Value),
            match.Groups["h"].Success ? Int(match.Groups["h"].Value) : 0,
            match.Groups["mi"].Success ? Int(match.Groups["mi"].Value) : 0,
            match.Groups["s"].Success ? Int(match.Groups["s"].Value) : 0,
            ticks, offset, out value);
    }

    private static bool TryParseWords(string text, DateLexicon lexicon, out DateTimeOffset value)
    {
        value = default;
        var offset = TimeSpan.Zero;
        var zoneSeen = false;

        // The clock first: its colon and a directly following offset would otherwise be split apart below.
        int? hour = null, minute = null, second = null;
        var times = ClockTime().Matches(text);
        if (times.Count > 1)
            return false;
        if (times.Count == 1)
        {
            var time = times[0];
            hour = Int(time.Groups["h"].Value);
            minute = Int(time.Groups["mi"].Value);
            second = time.Groups["s"].Success ? Int(time.Groups["s"].Value) : 0;
            if (time.Groups["zs"].Success)
            {
                if (!TryOffset(time.Groups["zs"].Value[0], Int(time.Groups["zh"].Value), Int(time.Groups["zm"].Value), out offset))
                    return false;
                zoneSeen = true;
            }
            text = string.Concat(text.AsSpan(0, time.Index), " ", text.AsSpan(time.Index + time.Length));
        }

        var named = NamedZone().Matches(text);
        if (named.Count > 1 || (named.Count == 1 && zoneSeen))
            return false;
        if (named.Count == 1)
        {
            var zone = named[0];
            if (zone.Groups["zs"].Success)
            {
                var minutes = zone.Groups["zm"].Success ? Int(zone.Groups["zm"].Value) : 0;
                if (!TryOffset(zone.Groups["zs"].Value[0], Int(zone.Groups["zh"].Value), minutes, out offset))
                    return false;
            }
            zoneSeen = true;
            text = string.Concat(text.AsSpan(0, zone.Index), " ", text.AsSpan(zone.Index + zone.Length));
        }

        var words = Separators().Split(text).Where(w => w.Length > 0).Select(DateWordNormalizer.Key).Where(w => w.Length > 0).ToArray();
        int? year = null, month = null, day = null;
        bool? evening = null;

        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];

            if (TryMonthAt(words, i, lexicon, out var foundMonth, out var used))
            {
                if (month is not null)
                    return false;
                month = foundMonth;
                i += used - 1;
                continue;
            }
            if (lexicon.Weekdays.Contains(word) || lexicon.Fillers.Contains(word))
                continue;

            var isMorning = lexicon.Morning.Contains(word);
            if (isMorning || lexicon.Evening.Contains(word))
            {
                if (hour is null)
                {
                    // "2020م" written apart, or a stray "ص": the one-letter forms are era marks when there is no clock.
                    if (word.Length == 1)
                        continue;
                    return false;
                }
                if (evening is not null)
                    return false;
                evening = !isMorning;
                continue;
            }
            if (word == "z" && hour is not null && !zoneSeen)
            {
                zoneSeen = true;
                continue;
            }

            var number = NumberWord().Match(word);
            if (!number.Success)
                return false;
            var digits = number.Groups["n"].Value;
            var isYear = digits.Length == 4 && !number.Groups["ord"].Success;
            if (digits.Length == 4 && number.Groups["ord"].Success)
                return false;
            if (!isYear && (digits.Length > 2 || number.Groups["era"].Success))
                return false;

            if (isYear)
            {
                if (year is not null)
                    return false;
                year = Int(digits);
            }
            else
            {
                if (day is not null)
                    return false;
                day = Int(digits);
            }
        }

        if (year is null || month is null || day is null)
            return false;

        var h = hour ?? 0;
        if (evening is { } pm)
        {
            if (h is < 1 or > 12)
                return false;
            h = pm ? h % 12 + 12 : h % 12;
        }
        return TryBuild(year.Value, month.Value, day.Value, h, minute ?? 0, second ?? 0, 0, offset, out value);
    }

    // Longest first, so "كانون الثاني" is January and not an unknown "كانون" followed by "الثاني".
    private static bool TryMonthAt(string[] words, int start, DateLexicon lexicon, out int month, out int used)
    {
        for (used = Math.Min(lexicon.LongestMonthWords, words.Length - start); used >= 1; used--)
        {
            if (lexicon.TryGetMonth(string.Join(' ', words, start, used), out month))
                return true;
        }
        month = 0;
        used = 0;
        return false;
    }

    private static bool TryOffset(char sign, int hours, int minutes, out TimeSpan offset)
    {
        offset = default;
        if (hours > 14 || minutes > 59)
            return false;
        var span = new TimeSpan(hours, minutes, 0);
        offset = sign == '-' ? -span : span;
        return true;
    }

    private static bool TryBuild(int year, int month, int day, int hour, int minute, int second, long ticks, TimeSpan offset,
        out DateTimeOffset value)
    {
        value = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
            return false;
        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // an offset that pushes the instant outside the representable range
        }
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})[-/](?<mo>\d{1,2})[-/](?<d>\d{1,2})(?:(?:t|\s+)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?)?\s*(?<zone>z|utc|gmt|(?<zsign>[+-])(?<zh>\d{2})(?::?(?<zm>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"(?<![\d:])(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<zs>[+-])(?<zh>\d{2}):?(?<zm>\d{2}))?(?![\d:])", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:gmt|utc)(?:\s*(?<zs>[+-])\s*(?<zh>\d{1,2})(?::?(?<zm>\d{2}))?)?(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedZone();

    [GeneratedRegex(@"[\s,\-–—|()/]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    // A day (4, 04, 4th) or a year (2020, 2020م with the Gregorian-era letter attached).
    [GeneratedRegex(@"^(?<n>\d+)(?:(?<ord>st|nd|rd|th)|(?<era>م))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();
}
