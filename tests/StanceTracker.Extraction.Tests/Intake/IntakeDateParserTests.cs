using StanceTracker.Extraction.Intake;

namespace StanceTracker.Extraction.Tests.Intake;

public sealed class IntakeDateParserTests
{
    private static DateTimeOffset Utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, TimeSpan.Zero);

    private static DateTimeOffset Parsed(string text)
    {
        Assert.True(ArticleDateParser.TryParse(text, out var value), $"could not parse \"{text}\"");
        return value;
    }

    [Theory]
    [InlineData("الخميس, 04 يونيو, 2020 - 08:45 مساءً", 2020, 6, 4, 20, 45)]
    [InlineData("04 يونيو, 2020 - 08:45 صباحاً", 2020, 6, 4, 8, 45)]
    [InlineData("4 يناير 2020", 2020, 1, 4, 0, 0)]
    [InlineData("15 فبراير 2020 الساعة 11:30 مساء", 2020, 2, 15, 23, 30)]
    [InlineData("1 مارس 2020", 2020, 3, 1, 0, 0)]
    [InlineData("5 أبريل 2020", 2020, 4, 5, 0, 0)]
    [InlineData("5 ابريل 2020", 2020, 4, 5, 0, 0)]
    [InlineData("5 إبريل 2020", 2020, 4, 5, 0, 0)]
    [InlineData("9 مايو 2020", 2020, 5, 9, 0, 0)]
    [InlineData("10 يونيه 2020", 2020, 6, 10, 0, 0)]
    [InlineData("10 يوليو 2020", 2020, 7, 10, 0, 0)]
    [InlineData("11 يوليه 2020", 2020, 7, 11, 0, 0)]
    [InlineData("12 أغسطس 2020", 2020, 8, 12, 0, 0)]
    [InlineData("13 سبتمبر 2020", 2020, 9, 13, 0, 0)]
    [InlineData("14 أكتوبر 2020", 2020, 10, 14, 0, 0)]
    [InlineData("15 نوفمبر 2020", 2020, 11, 15, 0, 0)]
    [InlineData("16 ديسمبر 2020", 2020, 12, 16, 0, 0)]
    [InlineData("الأحد، 12 يوليو 2020 - 12:05 ص", 2020, 7, 12, 0, 5)]
    [InlineData("الأحد 12 يوليو 2020 12:05 م", 2020, 7, 12, 12, 5)]
    [InlineData("12 يوليو 2020م", 2020, 7, 12, 0, 0)]
    public void Arabic_month_names_and_clock_markers(string text, int y, int mo, int d, int h, int mi)
        => Assert.Equal(Utc(y, mo, d, h, mi), Parsed(text));

    [Theory]
    [InlineData("8 كانون الثاني 2020", 1)]
    [InlineData("8 شباط 2020", 2)]
    [InlineData("8 آذار 2020", 3)]
    [InlineData("8 نيسان 2020", 4)]
    [InlineData("8 أيار 2020", 5)]
    [InlineData("8 حزيران 2020", 6)]
    [InlineData("8 تموز 2020", 7)]
    [InlineData("8 آب 2020", 8)]
    [InlineData("8 أيلول 2020", 9)]
    [InlineData("8 تشرين الأول 2020", 10)]
    [InlineData("8 تشرين الثاني 2020", 11)]
    [InlineData("8 كانون الأول 2020", 12)]
    public void Levantine_month_names_including_two_word_ones(string text, int month)
        => Assert.Equal(Utc(2020, month, 8), Parsed(text));

    [Theory]
    [InlineData("الخميس, ٠٤ يونيو, ٢٠٢٠ - ٠٨:٤٥ مساءً")]
    [InlineData("۰۴ يونيو ۲۰۲۰ ۰۸:۴۵ مساء")]
    [InlineData("٢٠٢٠-٠٦-٠٤T٢٠:٤٥:٠٠Z")]
    public void Arabic_indic_and_persian_digits(string text)
        => Assert.Equal(Utc(2020, 6, 4, 20, 45), Parsed(text));

    [Fact]
    public void Diacritics_and_tatweel_do_not_matter()
        => Assert.Equal(Utc(2020, 6, 4, 20, 45), Parsed("04 يـونـيـو 2020 08:45 مَسَاءً"));

    [Theory]
    [InlineData("2020-06-04T20:45:00+03:00", 2020, 6, 4, 20, 45, 0, 180)]
    [InlineData("2020-06-04T20:45:00-05:30", 2020, 6, 4, 20, 45, 0, -330)]
    [InlineData("2020-06-04T20:45:00Z", 2020, 6, 4, 20, 45, 0, 0)]
    [InlineData("2020-06-04T20:45:12.5+0100", 2020, 6, 4, 20, 45, 12, 60)]
    [InlineData("2015-07-21 02:18:24", 2015, 7, 21, 2, 18, 24, 0)]
    [InlineData("2014-05-20", 2014, 5, 20, 0, 0, 0, 0)]
    [InlineData("2020/06/04", 2020, 6, 4, 0, 0, 0, 0)]
    public void Iso_8601_keeps_a_stated_zone_and_takes_utc_otherwise(string text, int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
    {
        var value = Parsed(text);

        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromMinutes(offsetMinutes)), value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond)));
    }

    [Fact]
    public void Iso_fraction_is_kept()
        => Assert.Equal(5_000_000, Parsed("2020-06-04T20:45:12.5Z").Ticks % TimeSpan.TicksPerSecond);

    [Theory]
    [InlineData("Thursday, 04 June, 2020 - 08:45 PM", 2020, 6, 4, 20, 45, 0)]
    [InlineData("June 4, 2020", 2020, 6, 4, 0, 0, 0)]
    [InlineData("Jun 4th, 2020 at 8:45 a.m.", 2020, 6, 4, 8, 45, 0)]
    [InlineData("4 June 2020 12:00 AM", 2020, 6, 4, 0, 0, 0)]
    [InlineData("4 June 2020 12:30 PM", 2020, 6, 4, 12, 30, 0)]
    [InlineData("Sept. 1, 2019 21:10", 2019, 9, 1, 21, 10, 0)]
    [InlineData("June 4, 2020 8:45 PM GMT+3", 2020, 6, 4, 20, 45, 180)]
    [InlineData("June 4, 2020 20:45 UTC", 2020, 6, 4, 20, 45, 0)]
    [InlineData("June 4, 2020 20:45 -04:00", 2020, 6, 4, 20, 45, -240)]
    [InlineData("WEDNESDAY, 1 JANUARY 2020", 2020, 1, 1, 0, 0, 0)]
    public void English_formats(string text, int y, int mo, int d, int h, int mi, int offsetMinutes)
    {
        var value = Parsed(text);

        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.FromMinutes(offsetMinutes)), value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("yesterday")]
    [InlineData("June 2020")]                    // no day
    [InlineData("4 June")]                       // no year
    [InlineData("04/06/2020")]                   // day-first or month-first? refused rather than guessed
    [InlineData("31 June 2020")]                 // no such day
    [InlineData("30 Foo 2020")]                  // unknown word
    [InlineData("4 June 2020 13:00 PM")]         // 13 PM
    [InlineData("4 June 2020 25:00")]
    [InlineData("2020-13-01")]
    [InlineData("2020-06-04T20:45:00+15:00")]    // beyond any real zone
    [InlineData("4 June 2020 and 5 June 2020")]
    public void Unreadable_dates_are_refused(string? text)
    {
        Assert.False(ArticleDateParser.TryParse(text, out _));
        Assert.Null(ArticleDateParser.ParseOrNull(text));
    }

    [Fact]
    public void Month_lexicon_ships_as_data_beside_the_assembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Lexicons", "months.yaml");

        Assert.True(File.Exists(path), $"{path} is missing: the build should copy Lexicons/** to the output");
        Assert.Contains("كانون الثاني", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
