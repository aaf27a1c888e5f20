namespace StanceTracker.Grains.Storage;

/// <summary>
/// An append was refused because the actor's log head is not where the appender believed it was: something was appended
/// for the actor that this appender has not applied (in a cluster, another activation of the same actor, alive for a
/// moment after a silo failure). Nothing of the refused append was written. The appender catches up from the log past
/// what it has applied, then appends again; had the append gone through, the appender's applied position would have
/// jumped past the other statements and its aggregates would have lacked them for ever.
/// </summary>
public sealed class LogMovedOnException(string actorId, long expectedHead, long storedHead)
    : Exception(storedHead < expectedHead
        ? $"the statement log's head for actor {actorId} is at position {storedHead}, behind position {expectedHead} the appender has applied: the grain state is newer than the log (restored from another time?)"
        : $"the statement log of actor {actorId} has moved on to position {storedHead} since position {expectedHead}, the last the appender applied: another activation appended meanwhile")
{
    public string ActorId => actorId;

    /// <summary>The head the appender believed in: the highest position of the actor it has applied (0: none).</summary>
    public long ExpectedHead => expectedHead;

    /// <summary>The head the log holds: the highest position logged for the actor (0: none).</summary>
    public long StoredHead => storedHead;
}
