using System.Globalization;
using System.Runtime.InteropServices;
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
        // Hash sets and maps, sorted once at the end: a month at 10^6 statements has tens of thousands of positions and
        // actor pairs, and sorted trees paid a string comparison per level on every insert.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in window.Positions)
        {
            ids.Add(p.ActorId);
            ids.Add(p.TargetId);
        }
        var nodes = ids.Order(StringComparer.Ordinal).Select(id => actors.TryGetValue(id, out var info)
                ? new NetworkNode(id, info.Name, info.Type, window.StatementsByActor.GetValueOrDefault(id))
                : new NetworkNode(id, id, "unknown", window.StatementsByActor.GetValueOrDefault(id)))
            .ToList();

        // The logs give positions in speaker and target order already; sorted here only when they are not.
        var positions = InOrder(window.Positions);
        var edges = new List<NetworkEdge>(positions.Count);
        foreach (var p in positions)
            edges.Add(new NetworkEdge(p.ActorId, p.TargetId, NetworkEdge.Position, p.NetScore, p.Support, p.Oppose, p.Neutral));

        var agreement = new Dictionary<(string, string), (int Support, int Oppose)>();
        var conflict = new Dictionary<(string, string), (int Support, int Oppose)>();
        foreach (var target in positions.Where(p => p.Dominant != StanceKind.Neutral).GroupBy(p => p.TargetId))
        {
            // In speaker order, as the positions are, so each pair is (earlier, later) and written once.
            var sides = target.ToArray();
            for (var i = 0; i < sides.Length; i++)
            for (var j = i + 1; j < sides.Length; j++)
            {
                var (a, b) = (sides[i], sides[j]);
                ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(a.Dominant == b.Dominant ? agreement : conflict,
                    (a.ActorId, b.ActorId), out _);
                counts = a.Dominant == StanceKind.Support ? (counts.Support + 1, counts.Oppose) : (counts.Support, counts.Oppose + 1);
            }
        }
        edges.AddRange(agreement.OrderBy(e => e.Key, PairOrder.Instance).Select(e => new NetworkEdge(e.Key.Item1, e.Key.Item2,
            NetworkEdge.Agreement, e.Value.Support + e.Value.Oppose, e.Value.Support, e.Value.Oppose, 0)));
        edges.AddRange(conflict.OrderBy(e => e.Key, PairOrder.Instance).Select(e => new NetworkEdge(e.Key.Item1, e.Key.Item2,
            NetworkEdge.Conflict, e.Value.Support + e.Value.Oppose, e.Value.Support, e.Value.Oppose, 0)));

        return new PositionsNetwork(IsoDay(from), IsoDay(to), nodes, edges);
    }

    private static IReadOnlyList<ActorTargetPosition> InOrder(IReadOnlyList<ActorTargetPosition> positions)
    {
        for (var i = 1; i < positions.Count; i++)
        {
            if (Compare(positions[i - 1], positions[i]) > 0)
                return [.. positions.Order(Comparer<ActorTargetPosition>.Create(Compare))];
        }
        return positions;
    }

    private static int Compare(ActorTargetPosition x, ActorTargetPosition y) =>
        PairOrder.Instance.Compare((x.ActorId, x.TargetId), (y.ActorId, y.TargetId));

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
