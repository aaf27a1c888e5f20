using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Affiliations;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Targets;

/// <summary>
/// The per-target index: each speaker's stance toward this target by day. It holds no state of its own: the
/// statement log is the truth, and every query first reads the rows logged since the last one (an indexed range
/// read), so the index can never disagree with the log or miss a statement recorded while it was inactive.
/// Activation reads the target's whole history once. Relays are not in it: the log leaves them out.
/// </summary>
public sealed class TargetGrain(IStatementLog log, GroupMembership affiliations) : Grain, ITargetGrain
{
    private readonly Dictionary<string, Dictionary<int, DayTally>> _bySpeaker = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    // Each speaker's whole record toward the target, kept as stances arrive: the all-time standing (the usual question)
    // is then one row per speaker instead of a walk over every speaker's every day, which for a much-discussed target
    // is tens of thousands of day tallies per question.
    private readonly Dictionary<string, Side> _allTime = new(StringComparer.Ordinal);
    private long _applied;

    public async Task<TargetStanding> GetStandingAsync(DateTimeOffset? from, DateTimeOffset? to, bool withMembers = false)
    {
        var id = this.GetPrimaryKeyString();
        foreach (var stance in await log.ReadTargetAfterAsync(id, _applied))
            Apply(stance);

        var sides = from is null && to is null && !withMembers ? _allTime : SidesWithin(id, from, to, withMembers);

        var positions = new List<SpeakerPosition>(sides.Count);
        foreach (var (holder, side) in sides)
            positions.Add(new SpeakerPosition(holder, await NameOfAsync(holder), side.Sum.Support, side.Sum.Oppose, side.Sum.Neutral,
                side.Sum.NetScore, StanceCalendar.DayOf(side.FirstDay), StanceCalendar.DayOf(side.LastDay), [.. side.Contributors]));

        // Ranked by strength of position times the evidence behind it, so one strong remark does not outrank a steady record.
        static double Weight(SpeakerPosition p) => Math.Abs(p.NetScore) * Math.Log(1 + p.Support + p.Oppose + p.Neutral);
        var supporters = positions.Where(p => p.NetScore > 0.1).OrderByDescending(Weight).ThenBy(p => p.ActorId, StringComparer.Ordinal).ToList();
        var opponents = positions.Where(p => p.NetScore < -0.1).OrderByDescending(Weight).ThenBy(p => p.ActorId, StringComparer.Ordinal).ToList();
        var neutral = positions.Where(p => p.NetScore is >= -0.1 and <= 0.1)
            .OrderByDescending(p => p.Support + p.Oppose + p.Neutral).ThenBy(p => p.ActorId, StringComparer.Ordinal).ToList();
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

    // Each holder's record within the window, summed from the speakers' day tallies (a roll-up sums members into their group).
    private Dictionary<string, Side> SidesWithin(string id, DateTimeOffset? from, DateTimeOffset? to, bool withMembers)
    {
        var (first, last) = StanceCalendar.DayRange(from, to);
        var sides = new Dictionary<string, Side>(StringComparer.Ordinal);
        foreach (var (speaker, days) in _bySpeaker)
        {
            foreach (var (day, tally) in days)
            {
                if (day < first || day > last) continue;
                // In a roll-up a member's day counts for the group it belonged to that day, one level up: a group with
                // members of its own (the GNA, itself a member of Libya) keeps its row, so each row is one group and its
                // direct members. Nor does the group take over its members' words about itself (Sarraj on the GNA).
                var holder = speaker;
                if (withMembers && !affiliations.HasMembers(speaker)
                    && affiliations.GroupOn(speaker, StanceCalendar.DayOf(day)) is { } group && group != id)
                    holder = group;
                if (!sides.TryGetValue(holder, out var side))
                    sides[holder] = side = new Side();
                side.Sum.Add(tally);
                side.FirstDay = Math.Min(side.FirstDay, day);
                side.LastDay = Math.Max(side.LastDay, day);
                side.Contributors.Add(speaker);
            }
        }
        return sides;
    }

    private void Apply(LoggedStance stance)
    {
        _applied = Math.Max(_applied, stance.Sequence);
        if (!_bySpeaker.TryGetValue(stance.ActorId, out var days))
            _bySpeaker[stance.ActorId] = days = [];
        var day = StanceCalendar.DayNumber(stance.Published);
        DayTally.Count(days, day, stance.Stance, stance.Score, stance.Confidence);
        if (!_allTime.TryGetValue(stance.ActorId, out var side))
        {
            _allTime[stance.ActorId] = side = new Side();
            side.Contributors.Add(stance.ActorId);
        }
        side.Sum.Count(stance.Stance, stance.Score, stance.Confidence);
        side.FirstDay = Math.Min(side.FirstDay, day);
        side.LastDay = Math.Max(side.LastDay, day);
    }

    private sealed class Side
    {
        public DayTally Sum { get; } = new();
        public int FirstDay { get; set; } = int.MaxValue;
        public int LastDay { get; set; } = int.MinValue;
        public SortedSet<string> Contributors { get; } = new(StringComparer.Ordinal);
    }
}
