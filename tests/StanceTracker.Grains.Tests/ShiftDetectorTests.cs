using StanceTracker.Abstractions.Stance;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Shifts;

namespace StanceTracker.Grains.Tests;

public sealed class ShiftDetectorTests
{
    private static readonly ShiftSettings Defaults = new();

    private static int Day(string date) => StanceCalendar.DayNumber(DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private static Dictionary<int, DayTally> Days(params (string Date, int Support, int Oppose, int Neutral)[] days) =>
        days.ToDictionary(d => Day(d.Date), d => new DayTally
        {
            Support = d.Support, Oppose = d.Oppose, Neutral = d.Neutral,
            WeightedScore = d.Support * 0.8 - d.Oppose * 0.8, Weight = d.Support + d.Oppose + d.Neutral,
        });

    [Fact]
    public void A_clear_turn_from_support_to_opposition_is_one_shift_on_the_first_day_of_the_new_position()
    {
        var shift = Assert.Single(ShiftDetector.Detect(Days(
            ("2020-01-08", 3, 0, 0), ("2020-02-12", 1, 0, 0), ("2020-03-05", 1, 0, 0), ("2020-04-16", 1, 0, 0),
            ("2020-06-10", 0, 2, 1), ("2020-07-02", 0, 3, 0)), Defaults));
        Assert.Equal(StanceKind.Support, shift.From);
        Assert.Equal(StanceKind.Oppose, shift.To);
        Assert.Equal(Day("2020-06-10"), shift.ChangeDay);
        Assert.True(shift.BeforeScore > 0 && shift.AfterScore < 0);
        Assert.InRange(shift.Strength, 0.3, 1.0);
    }

    [Fact]
    public void A_steady_actor_with_one_stray_statement_does_not_flip()
    {
        Assert.Empty(ShiftDetector.Detect(Days(
            ("2020-01-08", 2, 0, 0), ("2020-02-12", 2, 0, 0), ("2020-03-05", 0, 1, 0), ("2020-04-16", 2, 0, 0),
            ("2020-05-20", 1, 0, 1)), Defaults));
    }

    [Fact]
    public void Too_little_evidence_on_either_side_is_no_shift()
    {
        Assert.Empty(ShiftDetector.Detect(Days(("2020-01-08", 1, 0, 0), ("2020-06-10", 0, 1, 0)), Defaults));
        Assert.Empty(ShiftDetector.Detect(Days(("2020-01-08", 4, 0, 0), ("2020-06-10", 0, 1, 0)), Defaults));
    }

    [Fact]
    public void Turning_back_again_is_a_second_shift()
    {
        var shifts = ShiftDetector.Detect(Days(
            ("2019-01-10", 3, 0, 0), ("2019-02-10", 2, 0, 0),
            ("2019-09-10", 0, 3, 0), ("2019-10-10", 0, 2, 0),
            ("2020-06-10", 3, 0, 0), ("2020-07-10", 2, 0, 0)), Defaults);
        Assert.Equal([(StanceKind.Support, StanceKind.Oppose), (StanceKind.Oppose, StanceKind.Support)], shifts.Select(s => (s.From, s.To)));
    }

    [Fact]
    public void Positions_too_far_apart_to_compare_are_no_shift()
    {
        // A year of silence between them: the windows never hold both sides.
        Assert.Empty(ShiftDetector.Detect(Days(("2018-01-10", 3, 0, 0), ("2019-06-10", 0, 3, 0)), Defaults));
    }
}
