using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Targets;

/// <summary>
/// The per-target index: each speaker's stance toward this target by day. It holds no state of its own: the
/// statement log is the truth, and every query first reads the rows logged since the last one (an indexed range
/// read), so the index can never disagree with the log or miss a statement recorded while it was inactive.
/// Activation reads the target's whole history once.
/// </summary>
public sealed class TargetGrain(IStatementLog log) : Grain, ITargetGrain
{
    private readonly Dictionary<string, Dictionary<int, DayTally>> _bySpeaker = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private long _applied;

    public async Task<TargetStanding> GetStandingAsync(DateTimeOffset? from, DateTimeOffset? to)
    {
        foreach (var stance in await log.ReadTargetAfterAsync(this.GetPrimaryKeyString(), _applied))
            Apply(stance);

        var (first, last) = StanceCalendar.DayRange(from, to);
        var positions = new List<SpeakerPosition>();
        foreach (var (speaker, days) in _bySpeaker)
        {
            var sum = new DayTally();
            int firstDay = int.MaxValue, lastDay = int.MinValue;
            foreach (var (day, tally) in days)
            {
                if (day < first || day > last) continue;
                sum.Add(tally);
                firstDay = Math.Min(firstDay, day);
                lastDay = Math.Max(lastDay, day);
            }
            if (firstDay == int.MaxValue) continue;
            positions.Add(new SpeakerPosition(speaker, await NameOfAsync(speaker), sum.Support, sum.Oppose, sum.Neutral, sum.NetScore,
                StanceCalendar.DayOf(firstDay), StanceCalendar.DayOf(lastDay)));
        }

        // Ranked by strength of position times the evidence behind it, so one strong remark does not outrank a steady record.
        static double Weight(SpeakerPosition p) => Math.Abs(p.NetScore) * Math.Log(1 + p.Support + p.Oppose + p.Neutral);
        var supporters = positions.Where(p => p.NetScore > 0.1).OrderByDescending(Weight).ToList();
        var opponents = positions.Where(p => p.NetScore < -0.1).OrderByDescending(Weight).ToList();
        var neutral = positions.Where(p => p.NetScore is >= -0.1 and <= 0.1)
            .OrderByDescending(p => p.Support + p.Oppose + p.Neutral).ToList();
        var id = this.GetPrimaryKeyString();
        return new TargetStanding(id, await NameOfAsync(id), supporters, opponents, neutral);
    }

    // Names come from the directory, once per actor: the log stores ids.
    private async Task<string> NameOfAsync(string actorId)
    {
        if (_names.TryGetValue(actorId, out var name))
            return name;
        var info = await GrainFactory.GetGrain<IActorDirectoryGrain>(0).FindAsync(actorId);
        return _names[actorId] = info?.Name ?? actorId;
    }

    private void Apply(LoggedStance stance)
    {
        _applied = Math.Max(_applied, stance.Sequence);
        if (!_bySpeaker.TryGetValue(stance.ActorId, out var days))
            _bySpeaker[stance.ActorId] = days = [];
        DayTally.Count(days, StanceCalendar.DayNumber(stance.Published), stance.Stance, stance.Score, stance.Confidence);
    }
}
