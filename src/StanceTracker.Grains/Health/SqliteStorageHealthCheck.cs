using Microsoft.Extensions.Diagnostics.HealthChecks;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Health;

/// <summary>Readiness of the embedded storage: the SQLite file opens and answers a query now.</summary>
internal sealed class SqliteStorageHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.Run(() =>
        {
            try
            {
                using var connection = database.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM sqlite_master";
                command.ExecuteScalar();
                return HealthCheckResult.Healthy($"SQLite database {database.Path} answers");
            }
            catch (Exception ex)
            {
                return HealthCheckResult.Unhealthy($"SQLite database {database.Path} does not answer: {ex.Message}", ex);
            }
        }, cancellationToken);
}
