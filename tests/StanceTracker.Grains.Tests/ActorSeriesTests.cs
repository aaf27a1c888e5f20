using StanceTracker.Abstractions.Stance;
using StanceTracker.Grains.Actors;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// The actor grain builds its timeline from its day tallies directly; roll-ups build theirs from day cells. Both must
/// give the same points for the same days, in every bucket and window.
/// </summary>
public sealed class ActorSeriesTests
{
    private static Dictionary<string, TargetTally> Tallies(int seed)
    {
        var random = new Random(seed);
        var targets = new Dictionary<string, TargetTally>(StringComparer.Ordinal);
        foreach (var target in new[] { "haftar", "gna", "turkey", "egypt", "un" })
        {
            var tally = new TargetTally { Name = $"name of {target}", Type = "actor" };
            // Days added out of order, as late articles add them: the series must not depend on insertion order.
            for (var n = random.Next(0, 120); n > 0; n--)
            {
                var day = StanceCalendar.DayNumberOf(new DateTime(2019, 11, 1)) + random.Next(0, 400);
                if (!tally.Days.TryGetValue(day, out var cell))
                    tally.Days[day] = cell = new DayTally();
                // A fifth of the days carry only relayed copies: sources, no vote.
                if (random.Next(5) > 0)
                {
                    var stance = (StanceKind)random.Next(3);
                    cell.Count(stance, stance switch { StanceKind.Support => random.NextDouble(), StanceKind.Oppose => -random.NextDouble(), _ => 0 },
                        0.25 + random.NextDouble() * 0.75);
                }
                cell.NoteSource(random.Next(0, 60), random.Next(3) == 0 ? null : random.Next(0, 8));
            }
            targets[target] = tally;
        }
        return targets;
    }

    // The cells the grain hands to roll-ups (GetDaysAsync), grouped the roll-up way.
    private static IReadOnlyList<StancePoint> ViaCells(string actor, Dictionary<string, TargetTally> targets, int first, int last, TimeBucket bucket) =>
        StanceSeries.Build(
            from t in targets
            from d in t.Value.Days
            where d.Key >= first && d.Key <= last
            select new DayCell(actor, t.Key, t.Value.Name, StanceCalendar.DayOf(d.Key), d.Value.Support, d.Value.Oppose,
                d.Value.Neutral, d.Value.WeightedScore, d.Value.Weight, d.Value.Articles, d.Value.Outlets),
            bucket);

    public static TheoryData<int, TimeBucket> Cases()
    {
        var cases = new TheoryData<int, TimeBucket>();
        foreach (var seed in new[] { 1, 2, 3, 42 })
            foreach (var bucket in Enum.GetValues<TimeBucket>())
                cases.Add(seed, bucket);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_direct_series_equals_the_series_of_the_day_cells(int seed, TimeBucket bucket)
    {
        var targets = Tallies(seed);
        var origin = StanceCalendar.DayNumberOf(new DateTime(2019, 11, 1));
        (int First, int Last)[] windows =
        [
            (int.MinValue, int.MaxValue),
            (origin + 17, origin + 200),     // starts and ends inside a week and a month
            (origin + 30, origin + 30),      // one day
            (origin + 500, origin + 600),    // after every day
            (origin + 200, origin + 100),    // reversed
        ];
        foreach (var (first, last) in windows)
        {
            foreach (var target in new[] { null, "haftar" })
            {
                var chosen = target is null ? targets : targets.Where(t => t.Key == target).ToDictionary();
                var expected = ViaCells("russia", chosen, first, last, bucket);
                var actual = ActorSeries.Build("russia", chosen, first, last, bucket);
                Assert.Equal(expected.Count, actual.Count);
                for (var i = 0; i < expected.Count; i++)
                {
                    Assert.Equal(expected[i] with { Contributors = [] }, actual[i] with { Contributors = [] });
                    Assert.Equal(expected[i].Contributors, actual[i].Contributors);
                }
            }
        }
        // Not vacuous: the whole window has points in every target, and relay-only buckets were left out.
        Assert.True(ActorSeries.Build("russia", targets, int.MinValue, int.MaxValue, bucket).Count > 10);
    }

    [Fact]
    public void A_day_added_after_a_series_was_built_is_in_the_next_one()
    {
        var targets = Tallies(7);
        var haftar = targets["haftar"];
        var origin = StanceCalendar.DayNumberOf(new DateTime(2019, 11, 1));
        _ = ActorSeries.Build("russia", targets, int.MinValue, int.MaxValue, TimeBucket.Day);
        // Before every day, between two, and after every day: the days in order are sorted again for each.
        foreach (var day in new[] { origin - 30, origin + 401, origin + 900 })
        {
            Assert.False(haftar.Days.ContainsKey(day));
            DayTally.Count(haftar.Days, day, StanceKind.Oppose, -0.9, 1);
            var actual = ActorSeries.Build("russia", targets, int.MinValue, int.MaxValue, TimeBucket.Day);
            Assert.Contains(actual, p => p.TargetId == "haftar" && p.BucketStart == StanceCalendar.DayOf(day) && p.Oppose == 1);
            Assert.Equal(ViaCells("russia", targets, int.MinValue, int.MaxValue, TimeBucket.Day).Select(p => p with { Contributors = [] }),
                actual.Select(p => p with { Contributors = [] }));
        }
        // The order is memory only: the snapshot holds the days as before.
        Assert.DoesNotContain("inOrder", new StanceTracker.Grains.Storage.StanceStateFormat().Write(new ActorState { Targets = targets }),
            StringComparison.OrdinalIgnoreCase);
    }
}
