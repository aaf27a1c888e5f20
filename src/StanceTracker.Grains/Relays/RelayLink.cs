namespace StanceTracker.Grains.Relays;

/// <summary>
/// The statement a new one relays, as decided before the append: one already in the log (<see cref="LoggedSequence"/>),
/// or one earlier in the same append (<see cref="EarlierInAppend"/>, its index there), whose log position the append
/// assigns in the same transaction.
/// </summary>
public readonly record struct RelayLink(long? LoggedSequence, int? EarlierInAppend, DateTimeOffset OriginalPublished, double Similarity);
