namespace StanceTracker.Extraction.Actors;

/// <summary>The actors known from the data files, by canonical id.</summary>
public sealed class ActorDictionary
{
    private readonly Dictionary<string, ActorEntry> _byId;
    private readonly IReadOnlyCollection<ActorEntry> _all;

    public ActorDictionary(IEnumerable<ActorEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byId = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (!_byId.TryAdd(entry.Id, entry))
                throw new ArgumentException($"Actor id '{entry.Id}' appears twice.", nameof(entries));
        _all = _byId.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every actor, ordered by id.</summary>
    public IReadOnlyCollection<ActorEntry> All => _all;

    public int Count => _byId.Count;

    public bool TryGet(string id, out ActorEntry entry)
    {
        if (_byId.TryGetValue(id, out var found)) { entry = found; return true; }
        entry = null!;
        return false;
    }

    /// <summary>
    /// Who held an office of <paramref name="of"/> on <paramref name="date"/>, with the first title of that office:
    /// the LNA's commander in 2020 is Haftar, France's foreign minister in 2019 is Le Drian.
    /// </summary>
    public IReadOnlyList<(ActorEntry Holder, ActorRole Role)> HoldersOf(string of, DateOnly date)
    {
        var holders = new List<(ActorEntry, ActorRole)>();
        foreach (var actor in _all)
            foreach (var role in actor.Roles)
                if (role.Of == of && role.Tenure.Covers(date)) holders.Add((actor, role));
        return holders;
    }

    /// <summary>
    /// The actor and everything that speaks for it or for what it speaks for (lavrov → {lavrov, russia, putin, peskov}).
    /// A speaker's words about its own camp are not a stance toward a target.
    /// </summary>
    public bool SameCamp(ActorEntry a, ActorEntry b) => SameCampOf(a, b);

    /// <summary>
    /// See <see cref="SameCamp"/>: two actors with the same root (own id or affiliation) are one camp, and so is an actor
    /// and what it is directly affiliated with (source:haftar and haftar, although haftar's own root is lna).
    /// </summary>
    public static bool SameCampOf(ActorEntry a, ActorEntry b)
        => a.Id == b.Id || (a.Affiliation ?? a.Id) == (b.Affiliation ?? b.Id) || a.Affiliation == b.Id || b.Affiliation == a.Id;
}
