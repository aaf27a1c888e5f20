using System.Runtime.InteropServices;
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
/// <remarks>
/// Cost of a question: the log read of what is new, one pass over the per-speaker sums (all time: one row per speaker;
/// a window or roll-up: every speaker's days) with a bounded selection of the strongest per side, and positions built
/// and named only for those. A much-discussed target has thousands of speakers; the answer a reader takes in is the
/// first few of each side and how many there are.
/// </remarks>
public sealed class TargetGrain(IStatementLog log, GroupMembership affiliations) : Grain, ITargetGrain
{
    private readonly Dictionary<string, Dictionary<int, DayTally>> _bySpeaker = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    // Each speaker's whole record toward the target, kept as stances arrive: the all-time standing (the usual question)
    // is then one row per speaker instead of a walk over every speaker's every day, which for a much-discussed target
    // is tens of thousands of day tallies per question.
    private readonly Dictionary<string, SpeakerTally> _allTime = new(StringComparer.Ordinal);
    private long _applied;

    public async Task<TargetStanding> GetStandingAsync(DateTimeOffset? from, DateTimeOffset? to, bool withMembers = false, int? top = null)
    {
        if (top < 0)
            throw new ArgumentOutOfRangeException(nameof(top), top, "the number of speakers listed per side must be 0 or more");
        var id = this.GetPrimaryKeyString();
        foreach (var stance in await log.ReadTargetAfterAsync(id, _applied))
            Apply(stance);

        var limit = top ?? int.MaxValue;
        var supporters = new StrongestSpeakers(limit);
        var opponents = new StrongestSpeakers(limit);
        var neutral = new StrongestSpeakers(limit);
        void Offer(string holder, in SpeakerTally tally)
        {
            var net = tally.NetScore;
            // Ranked by strength of position times the evidence behind it, so one strong remark does not outrank a
            // steady record; the undecided by how much they said.
            if (net > 0.1) supporters.Offer(holder, tally, Math.Abs(net) * Math.Log(1 + tally.Statements));
            else if (net < -0.1) opponents.Offer(holder, tally, Math.Abs(net) * Math.Log(1 + tally.Statements));
            else if (net is >= -0.1 and <= 0.1) neutral.Offer(holder, tally, tally.Statements);
        }

        if (withMembers)
        {
            foreach (var (holder, tally) in RolledUpWithin(id, from, to))
                Offer(holder, tally);
        }
        else if (from is null && to is null)
        {
            foreach (var (speaker, tally) in _allTime)
                Offer(speaker, tally);
        }
        else
        {
            var (first, last) = StanceCalendar.DayRange(from, to);
            foreach (var (speaker, days) in _bySpeaker)
            {
                var tally = SpeakerTally.Within(days, first, last);
                if (!tally.IsEmpty)
                    Offer(speaker, tally);
            }
        }

        var ranked = (Supporters: supporters.TakeRanked(), Opponents: opponents.TakeRanked(), Neutral: neutral.TakeRanked());
        await LearnNamesAsync([id, .. ranked.Supporters.Select(r => r.Holder), .. ranked.Opponents.Select(r => r.Holder),
            .. ranked.Neutral.Select(r => r.Holder)]);
        return new TargetStanding(id, _names[id], Positions(ranked.Supporters), Positions(ranked.Opponents), Positions(ranked.Neutral),
            supporters.Total, opponents.Total, neutral.Total);
    }

    private List<SpeakerPosition> Positions(List<(string Holder, SpeakerTally Tally)> ranked) =>
        ranked.ConvertAll(r => new SpeakerPosition(r.Holder, _names[r.Holder], r.Tally.Support, r.Tally.Oppose, r.Tally.Neutral,
            r.Tally.NetScore, StanceCalendar.DayOf(r.Tally.FirstDay), StanceCalendar.DayOf(r.Tally.LastDay),
            r.Tally.Contributors is { } contributors ? [.. contributors] : [r.Holder]));

    // Names come from the directory, once per actor (the log stores ids), and only for the speakers listed; those not
    // known yet are asked for together, so a first question waits for one round of calls, not one call after another.
    private async Task LearnNamesAsync(IReadOnlyList<string> actorIds)
    {
        var missing = actorIds.Where(a => !_names.ContainsKey(a)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
            return;
        var directory = GrainFactory.GetGrain<IActorDirectoryGrain>(0);
        var found = await Task.WhenAll(missing.Select(directory.FindAsync));
        for (var i = 0; i < missing.Count; i++)
            _names[missing[i]] = found[i]?.Name ?? missing[i];
    }

    // Each holder's record within the window, summed from the speakers' day tallies: a member's day counts for the group
    // it belonged to that day.
    private Dictionary<string, SpeakerTally> RolledUpWithin(string id, DateTimeOffset? from, DateTimeOffset? to)
    {
        var (first, last) = StanceCalendar.DayRange(from, to);
        var sides = new Dictionary<string, SpeakerTally>(StringComparer.Ordinal);
        foreach (var (speaker, days) in _bySpeaker)
        {
            foreach (var (day, tally) in days)
            {
                if (day < first || day > last) continue;
                // One level up: a group with members of its own (the GNA, itself a member of Libya) keeps its row, so
                // each row is one group and its direct members. Nor does the group take over its members' words about
                // itself (Sarraj on the GNA).
                var holder = speaker;
                if (!affiliations.HasMembers(speaker)
                    && affiliations.GroupOn(speaker, StanceCalendar.DayOf(day)) is { } group && group != id)
                    holder = group;
                ref var side = ref CollectionsMarshal.GetValueRefOrAddDefault(sides, holder, out _);
                side.Add(day, tally);
                (side.Contributors ??= new SortedSet<string>(StringComparer.Ordinal)).Add(speaker);
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
        CollectionsMarshal.GetValueRefOrAddDefault(_allTime, stance.ActorId, out _).Count(day, stance.Stance, stance.Score, stance.Confidence);
    }
}
