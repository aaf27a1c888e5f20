namespace StanceTracker.Abstractions.Failures;

/// <summary>
/// The cluster's database could not be reached or failed mid-operation (restarting, network lost). Thrown instead of
/// the driver's own exception, which Orleans cannot carry back to the caller; the message keeps the driver's reason.
/// Transient: the same call may succeed once the database is back.
/// </summary>
[GenerateSerializer, Alias("stance.StorageUnavailableException")]
public sealed class StorageUnavailableException(string message) : Exception(message);
