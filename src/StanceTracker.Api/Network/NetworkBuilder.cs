using System.Globalization;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Api.Network;

/// <summary>
/// Builds the positions network from every actor's positions in a window. The actor-to-actor part follows Discourse
/// Network Analyzer's congruence and conflict networks: two actors agree on a target when both support it or both
/// oppose it, and conflict when one supports and the other opposes; a neutral or mixed position (net score within
/// ±0.1) takes no side. An edge's weight is the number of such shared targets, so one target discussed at length
/// weighs no more than one mentioned twice.
/// </summary>
public static class NetworkBuilder
{
    public static PositionsNetwork Build(WindowPositions window, IReadOnlyDictionary<string, ActorInfo> actors,
        DateTimeOffset? from, DateTimeOffset? to)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in window.Positions)
        {
            ids.Add(p.ActorId);
            ids.Add(p.TargetId);
        }
        var nodes = ids.Select(id => actors.TryGetValue(id, out var info)
                ? new NetworkNode(id, info.Name, info.Type, window.StatementsByActor.GetValueOrDefault(id))
                : new NetworkNode(id, id, "unknown", window.StatementsByActor.GetValueOrDefault(id)))
            .ToList();

        var edges = window.Positions
            .OrderBy(p => p.ActorId, StringComparer.Ordinal).ThenBy(p => p.TargetId, StringComparer.Ordinal)
            .Select(p => new NetworkEdge(p.ActorId, p.TargetId, NetworkEdge.Position, p.NetScore, p.Support, p.Oppose, p.Neutral))
            .ToList();

        var agreement = new SortedDictionary<(string, string), (int Support, int Oppose)>(PairOrder.Instance);
        var conflict = new SortedDictionary<(string, string), (int Support, int Oppose)>(PairOrder.Instance);
        foreach (var target in window.Positions.Where(p => p.Dominant != StanceKind.Neutral).GroupBy(p => p.TargetId))
        {
            var sides = target.OrderBy(p => p.ActorId, StringComparer.Ordinal).ToArray();
            for (var i = 0; i < sides.Length; i++)
            for (var j = i + 1; j < sides.Length; j++)
            {
                var (a, b) = (sides[i], sides[j]);
                var pair = (a.ActorId, b.ActorId);
                var counts = a.Dominant == b.Dominant ? agreement : conflict;
                var (support, oppose) = counts.GetValueOrDefault(pair);
                counts[pair] = a.Dominant == StanceKind.Support ? (support + 1, oppose) : (support, oppose + 1);
            }
        }
        edges.AddRange(agreement.Select(e => new NetworkEdge(e.Key.Item1, e.Key.Item2, NetworkEdge.Agreement,
            e.Value.Support + e.Value.Oppose, e.Value.Support, e.Value.Oppose, 0)));
        edges.AddRange(conflict.Select(e => new NetworkEdge(e.Key.Item1, e.Key.Item2, NetworkEdge.Conflict,
            e.Value.Support + e.Value.Oppose, e.Value.Support, e.Value.Oppose, 0)));

        return new PositionsNetwork(IsoDay(from), IsoDay(to), nodes, edges);
    }

    public static string? IsoDay(DateTimeOffset? day) =>
        day?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class PairOrder : IComparer<(string, string)>
    {
        public static readonly PairOrder Instance = new();

        public int Compare((string, string) x, (string, string) y)
        {
            var first = string.CompareOrdinal(x.Item1, y.Item1);
            return first != 0 ? first : string.CompareOrdinal(x.Item2, y.Item2);
        }
    }
}
