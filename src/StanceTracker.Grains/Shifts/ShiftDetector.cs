using StanceTracker.Abstractions.Stance;
using StanceTracker.Grains.Actors;

namespace StanceTracker.Grains.Shifts;

/// <summary>
/// Finds changes of polarity in an actor's stance toward one target from its day tallies. Every day with statements
/// is a candidate change point; the position before it (its latest statements before that day) and after it (its
/// first statements from that day on, each side bounded in count and in time) must each have enough statements and a clear net score of opposite sign, and the day itself
/// must already lean the new way, so the shift is dated by the first statement of the new position. Among adjacent
/// candidates for the same change the strongest wins. Being a pure function of the tallies, the result is the same
/// whatever order the articles arrived in, so late articles re-derive shifts consistently.
/// </summary>
public static class ShiftDetector
{
    /// <param name="candidates">Only change points within these days (inclusive): after new statements, only days
    /// they can affect need checking, which keeps recording cheap however long the history.</param>
    public static IReadOnlyList<DetectedShift> Detect(IReadOnlyDictionary<int, DayTally> days, ShiftSettings settings,
        (int First, int Last)? candidates = null)
    {
        var (firstCandidate, lastCandidate) = candidates ?? (int.MinValue, int.MaxValue);
        var ordered = days.Where(d => d.Value.Support + d.Value.Oppose + d.Value.Neutral > 0).OrderBy(d => d.Key).ToArray();
        var shifts = new List<DetectedShift>();
        DetectedShift? current = null;
        for (var i = 0; i < ordered.Length; i++)
        {
            var (day, tally) = ordered[i];
            if (day < firstCandidate || day > lastCandidate)
                continue;
            var (before, firstDay) = Side(ordered, i - 1, -1, day - settings.MaxSpanDays, settings.SideStatements);
            var (after, lastDay) = Side(ordered, i, +1, day + settings.MaxSpanDays, settings.SideStatements);
            var from = Polarity(before, settings);
            var to = Polarity(after, settings);
            if (from is null || to is null || from == to || !Leans(tally, to.Value))
            {
                // A run of candidates ends where the change is no longer seen: keep its strongest point.
                if (current is not null) { shifts.Add(current); current = null; }
                continue;
            }
            var candidate = new DetectedShift(from.Value, to.Value, day, firstDay, lastDay,
                before.NetScore, Count(before), after.NetScore, Count(after), Strength(before, after));
            if (current is not null && current.To != candidate.To)
            {
                shifts.Add(current);
                current = null;
            }
            if (current is null || candidate.Strength > current.Strength)
                current = candidate;
        }
        if (current is not null) shifts.Add(current);
        return shifts;
    }

    // Adds whole days from index `from` in direction `step` until the side holds `enough` statements or a day lies
    // beyond `limit`; returns the sum and the last day it took in.
    private static (DayTally Sum, int Reach) Side(KeyValuePair<int, DayTally>[] ordered, int from, int step, int limit, int enough)
    {
        var sum = new DayTally();
        var reach = from >= 0 && from < ordered.Length ? ordered[from].Key : limit;
        for (var i = from; i >= 0 && i < ordered.Length && Count(sum) < enough; i += step)
        {
            var (day, tally) = ordered[i];
            if (step < 0 ? day < limit : day > limit) break;
            sum.Add(tally);
            reach = day;
        }
        return (sum, reach);
    }

    private static StanceKind? Polarity(DayTally side, ShiftSettings settings)
    {
        if (Count(side) < settings.MinStatements) return null;
        return side.NetScore switch
        {
            var s when s >= settings.MinScore => StanceKind.Support,
            var s when s <= -settings.MinScore => StanceKind.Oppose,
            _ => null,
        };
    }

    private static bool Leans(DayTally day, StanceKind toward) =>
        toward == StanceKind.Support ? day.NetScore > 0 : day.NetScore < 0;

    private static int Count(DayTally tally) => tally.Support + tally.Oppose + tally.Neutral;

    // Half the distance the score moved (so a full swing from +1 to -1 is 1), scaled down until each side has five statements.
    private static double Strength(DayTally before, DayTally after) =>
        Math.Abs(after.NetScore - before.NetScore) / 2 * Math.Min(1.0, Math.Min(Count(before), Count(after)) / 5.0);
}
