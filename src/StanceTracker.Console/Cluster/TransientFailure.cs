using System.Net.Sockets;
using Npgsql;
using Orleans.Runtime;
using StanceTracker.Abstractions.Failures;

namespace StanceTracker.Console.Cluster;

/// <summary>
/// Which failures of a grain call are worth retrying: the cluster or its database was briefly unavailable (a silo
/// died, a gateway dropped, PostgreSQL restarted, a duplicate activation lost a write race). Anything else — a bug,
/// bad data — fails the same way every time, so it is reported at once instead of retried.
/// </summary>
public static class TransientFailure
{
    public static bool IsTransient(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case OrleansConfigurationException:
                    return false;
                // The silo's database was unreachable or restarting (the silo translates its driver's errors to this).
                case StorageUnavailableException:
                    return true;
                // Dead silo, lost gateway, rejected or timed-out message, too-busy gateway, unreachable cluster, and
                // InconsistentStateException (a duplicate activation lost a write race).
                case OrleansException or TimeoutException or ClusterUnavailableException:
                    return true;
                // Integrity, data and syntax errors (classes 22, 23, 42) repeat; connection and shutdown errors pass.
                case PostgresException pg:
                    return pg.SqlState[..2] is not ("22" or "23" or "42");
                case NpgsqlException or SocketException or IOException:
                    return true;
            }
        }
        return false;
    }
}
