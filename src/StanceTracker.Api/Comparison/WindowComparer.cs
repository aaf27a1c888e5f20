using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Network;

namespace StanceTracker.Api.Comparison;

/// <summary>Lines up the positions of two windows by (actor, target) and keeps those whose dominant side is not the same.</summary>
public static class WindowComparer
{
    public static WindowComparison Compare(WindowPositions first, WindowPositions second, IReadOnlyDictionary<string, ActorInfo> actors,
        (DateTimeOffset From, DateTimeOffset To) firstWindow, (DateTimeOffset From, DateTimeOffset To) secondWindow,
        string? actor = null, string? target = null)
    {
        bool Wanted(ActorTargetPosition p) =>
            (actor is null || string.Equals(p.ActorId, actor, StringComparison.OrdinalIgnoreCase))
            && (target is null || string.Equals(p.TargetId, target, StringComparison.OrdinalIgnoreCase));
        var before = first.Positions.Where(Wanted).ToDictionary(p => (p.ActorId, p.TargetId));
        var after = second.Positions.Where(Wanted).ToDictionary(p => (p.ActorId, p.TargetId));

        string Name(string id) => actors.TryGetValue(id, out var info) ? info.Name : id;
        var changes = new List<PositionChange>();
        foreach (var key in before.Keys.Union(after.Keys)
                     .OrderBy(k => k.ActorId, StringComparer.Ordinal).ThenBy(k => k.TargetId, StringComparer.Ordinal))
        {
            var had = before.TryGetValue(key, out var b);
            var has = after.TryGetValue(key, out var a);
            var change = !had ? PositionChange.Appeared
                : !has ? PositionChange.Disappeared
                : a!.Dominant != b!.Dominant ? PositionChange.Changed
                : null;
            if (change is null) continue;
            changes.Add(new PositionChange(key.ActorId, Name(key.ActorId), key.TargetId, Name(key.TargetId), change,
                had ? PositionCounts.Of(b!) : null, has ? PositionCounts.Of(a!) : null));
        }
        return new WindowComparison(
            new DateWindow(NetworkBuilder.IsoDay(firstWindow.From), NetworkBuilder.IsoDay(firstWindow.To)),
            new DateWindow(NetworkBuilder.IsoDay(secondWindow.From), NetworkBuilder.IsoDay(secondWindow.To)),
            changes);
    }
}
