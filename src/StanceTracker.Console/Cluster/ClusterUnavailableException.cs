namespace StanceTracker.Console.Cluster;

/// <summary>The console could neither reach a cluster nor start its own silo; the message says why.</summary>
public sealed class ClusterUnavailableException(string message, Exception inner) : Exception(message, inner);
