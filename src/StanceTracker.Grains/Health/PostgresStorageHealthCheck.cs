using Microsoft.Extensions.Diagnostics.HealthChecks;
using StanceTracker.Grains.Storage.Postgres;

namespace StanceTracker.Grains.Health;

/// <summary>Readiness of the cluster profile's storage: PostgreSQL accepts a connection and answers a query now.</summary>
internal sealed class PostgresStorageHealthCheck(PostgresDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.RunAsync(async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(cancellationToken);
            });
            return HealthCheckResult.Healthy($"PostgreSQL {database.Description} answers");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL {database.Description} does not answer: {ex.Message}", ex);
        }
    }
}
