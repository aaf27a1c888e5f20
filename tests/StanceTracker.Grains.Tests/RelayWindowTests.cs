using StanceTracker.Abstractions.Stance;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

/// <summary>A speaker's relay window on its own: what it asks the log for, what it holds, and what it lets go.</summary>
public sealed class RelayWindowTests
{
    private static readonly RelayMatcher Matcher = new(new RelaySettings());

    private static readonly DateTimeOffset June = new(2020, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Asks_for_the_days_within_reach_of_each_statement_once_as_ranges()
    {
        var window = new RelayWindow(Matcher);
        var tenth = StanceCalendar.DayNumber(June.AddDays(9));
        // Two statements two days apart need one range (±3 days around each); one a month later needs its own.
        Assert.Equal([(tenth - 3, tenth + 5), (tenth + 27, tenth + 33)], window.Missing([tenth, tenth + 2, tenth + 30]));
        window.Load(tenth - 3, tenth + 5, []);
        window.Load(tenth + 27, tenth + 33, []);
        Assert.Empty(window.Missing([tenth + 1, tenth + 30]));
        Assert.Equal([(tenth + 6, tenth + 6)], window.Missing([tenth + 3]));
    }

    [Fact]
    public void Knowing_the_logged_days_asks_only_for_the_span_of_those_within_reach()
    {
        var window = new RelayWindow(Matcher);
        var tenth = StanceCalendar.DayNumber(June.AddDays(9));
        window.KnowLoggedDays([tenth - 2, tenth + 1, tenth + 40]);
        Assert.True(window.KnowsLoggedDays);
        // Around the tenth the log has two days: one range from the first to the last; a month later it has none, so
        // nothing is read and those days are held (empty) at once.
        Assert.Equal([(tenth - 2, tenth + 1)], window.Missing([tenth, tenth + 30]));
        window.Load(tenth - 2, tenth + 1, []);
        Assert.Empty(window.Missing([tenth + 2, tenth + 31]));
        // A statement on a day of its own is decided without any read.
        var statement = By("russia", "s1", "2020-07-10", "haftar", StanceKind.Oppose, -0.8, content: "Moscow rejects the military offensive on Tripoli");
        var day = StanceCalendar.DayNumber(statement.Published);
        Assert.Empty(window.Missing([day]));
        Assert.Equal([null], window.Plan([statement], [ContentTokens.Of(statement.Content)]));
    }

    [Fact]
    public void Days_of_appended_statements_become_logged_days_and_are_read_again_once_dropped()
    {
        var window = new RelayWindow(Matcher, maxStatements: 1);
        window.KnowLoggedDays([]);
        var first = By("russia", "s1", "2020-06-10", "haftar", StanceKind.Oppose, -0.8, article: "a", content: "Moscow rejects the military offensive on Tripoli and calls for talks");
        var second = By("russia", "s2", "2020-06-10", "haftar", StanceKind.Oppose, -0.8, article: "a", content: "Moscow calls on every side to return to the Berlin talks now");
        var day = StanceCalendar.DayNumber(first.Published);
        Assert.Empty(window.Missing([day]));
        window.Plan([first, second], [ContentTokens.Of(first.Content), ContentTokens.Of(second.Content)]);
        window.Logged([first, second], [new LoggedStatement(7, first), new LoggedStatement(8, second)]);
        // Over the bound: a month later, the days of the tenth are dropped; needed again, the tenth alone is read.
        Assert.Empty(window.Missing([day + 30]));
        Assert.Equal([(day, day)], window.Missing([day]));
        window.Forget();
        Assert.False(window.KnowsLoggedDays);
        Assert.Equal([(day - 3, day + 3)], window.Missing([day]));
    }

    [Fact]
    public void Deciding_a_statement_whose_days_were_not_read_is_refused()
    {
        var window = new RelayWindow(Matcher);
        var statement = By("russia", "s1", "2020-06-10", "haftar", StanceKind.Oppose, -0.8, content: "Moscow rejects the military offensive on Tripoli");
        Assert.Throws<InvalidOperationException>(() => window.Plan([statement], [ContentTokens.Of(statement.Content)]));
    }

    [Fact]
    public void Statements_of_an_append_take_their_log_positions_or_are_let_go_when_the_log_had_them()
    {
        var window = new RelayWindow(Matcher);
        const string remark = "Moscow rejects the military offensive on Tripoli and calls for talks";
        var original = By("russia", "s1", "2020-06-10", "haftar", StanceKind.Oppose, -0.8, article: "wire-a", content: remark);
        var repeated = By("russia", "s0", "2020-06-10", "haftar", StanceKind.Oppose, -0.8, article: "wire-0", content: "Moscow calls on every side to return to the Berlin talks");
        var day = StanceCalendar.DayNumber(original.Published);
        foreach (var (first, last) in window.Missing([day]))
            window.Load(first, last, []);

        var links = window.Plan([repeated, original], [ContentTokens.Of(repeated.Content), ContentTokens.Of(remark)]);
        Assert.Equal([null, null], links);
        Assert.Equal(2, window.Held);
        // The log had `repeated` already (not appended again) and numbered `original` 41.
        window.Logged([repeated, original], [new LoggedStatement(41, original)]);
        Assert.Equal(1, window.Held);

        var copy = By("russia", "s2", "2020-06-11", "haftar", StanceKind.Oppose, -0.8, article: "wire-b", content: remark.Replace("talks", "dialogue", StringComparison.Ordinal));
        foreach (var (first, last) in window.Missing([day + 1]))
            window.Load(first, last, []);
        var link = Assert.Single(window.Plan([copy], [ContentTokens.Of(copy.Content)]));
        Assert.Equal(41, link!.Value.LoggedSequence);
        Assert.Null(link.Value.EarlierInAppend);
        // Only the numbered statement is held: a copy of the let-go one finds nothing (its logged copy was never read).
        var other = By("russia", "s3", "2020-06-11", "haftar", StanceKind.Oppose, -0.8, article: "wire-c", content: repeated.Content);
        Assert.Null(Assert.Single(window.Plan([other], [ContentTokens.Of(other.Content)])));
    }

    [Fact]
    public void Holds_at_most_its_bound_beyond_the_days_in_use_and_reads_dropped_days_again()
    {
        var window = new RelayWindow(Matcher, maxStatements: 500);
        var first = StanceCalendar.DayNumber(June);
        // Sixty days, each loaded when an append needs it, twenty statements each.
        for (var day = first; day < first + 60; day += 7)
        {
            foreach (var (from, to) in window.Missing([day]))
                for (var d = from; d <= to; d++)
                    window.Load(d, d, Enumerable.Range(0, 20).Select(i => new RelayCandidate(d * 100L + i, $"a{d}-{i}",
                        new DateTimeOffset(StanceCalendar.DayOf(d), TimeSpan.Zero).AddHours(12),
                        ContentTokens.Of($"remark {i} number {d} about the talks in Berlin"))));
            Assert.InRange(window.Held, 0, 500 + 7 * 20);
        }
        Assert.True(window.Held >= 500 - 7 * 20, $"dropped more than needed: {window.Held} held");
        // The first week was used least recently: it is read again when needed.
        Assert.NotEmpty(window.Missing([first]));
    }

    [Fact]
    public void Forgetting_drops_every_day()
    {
        var window = new RelayWindow(Matcher);
        var day = StanceCalendar.DayNumber(June);
        foreach (var (from, to) in window.Missing([day]))
            window.Load(from, to, []);
        window.Forget();
        Assert.Equal(0, window.Held);
        Assert.Equal([(day - 3, day + 3)], window.Missing([day]));
    }
}
