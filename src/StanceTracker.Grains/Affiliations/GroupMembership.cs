using StanceTracker.Abstractions.Actors;
using StanceTracker.Extraction.Actors;

namespace StanceTracker.Grains.Affiliations;

/// <summary>
/// Which actors count toward which group, and when, for roll-ups (Lavrov, Peskov → Russia; Sarraj → GNA). Read from the
/// actor dictionary. Dated memberships are authoritative: an actor that has any counts toward a group only within them
/// (Sarraj toward the GNA from 30 March 2016 to 15 March 2021, not after). The undated affiliation counts only for actors
/// that have no dated membership (Putin → Russia). One level: the GNA's members are not Libya's.
/// </summary>
public sealed class GroupMembership
{
    private readonly Dictionary<string, List<MemberSpan>> _byGroup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Group, MemberSpan Span)>> _byMember = new(StringComparer.Ordinal);

    public GroupMembership(ActorDictionary actors)
    {
        foreach (var actor in actors.All)
        {
            if (actor.Memberships.Count > 0)
            {
                foreach (var membership in actor.Memberships)
                    Add(membership.Of, new MemberSpan(actor.Id, Day(membership.Tenure.From), membership.Tenure.To is { } to ? Day(to) : null));
            }
            else if (actor.Affiliation is { } group)
            {
                Add(group, new MemberSpan(actor.Id, null, null));
            }
        }
    }

    /// <summary>The members of a group with the days each counts toward it, ordered by member id.</summary>
    public IReadOnlyList<MemberSpan> MembersOf(string groupId) =>
        _byGroup.TryGetValue(groupId, out var members)
            ? [.. members.OrderBy(m => m.MemberId, StringComparer.Ordinal).ThenBy(m => m.From)]
            : [];

    /// <summary>True for an actor that others count toward (Russia, the GNA).</summary>
    public bool HasMembers(string actorId) => _byGroup.ContainsKey(actorId);

    /// <summary>The group an actor counted toward on a day, or null.</summary>
    public string? GroupOn(string actorId, DateTime day)
    {
        if (!_byMember.TryGetValue(actorId, out var groups))
            return null;
        foreach (var (group, span) in groups)
            if (span.Covers(day)) return group;
        return null;
    }

    private void Add(string group, MemberSpan span)
    {
        // An actor is not its own member; a dictionary entry saying so would only count it twice.
        if (group == span.MemberId) return;
        if (!_byGroup.TryGetValue(group, out var members))
            _byGroup[group] = members = [];
        members.Add(span);
        if (!_byMember.TryGetValue(span.MemberId, out var groups))
            _byMember[span.MemberId] = groups = [];
        groups.Add((group, span));
    }

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
