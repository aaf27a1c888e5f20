namespace StanceTracker.Extraction.Actors;

/// <summary>The actors known from the data files, by canonical id.</summary>
public sealed class ActorDictionary
{
    public IReadOnlyCollection<ActorEntry> All => throw new NotImplementedException();
    public bool TryGet(string id, out ActorEntry entry) => throw new NotImplementedException();
}
