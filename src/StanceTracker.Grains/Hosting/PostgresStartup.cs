using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StanceTracker.Grains.Storage.Postgres;

namespace StanceTracker.Grains.Hosting;

/// <summary>
/// Opens the PostgreSQL database (and brings its schema up to date) when the silo starts, so a wrong connection string
/// or a database that is down stops the silo with the reason, instead of failing the first grain that touches storage.
/// </summary>
internal sealed class PostgresStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<PostgresDatabase>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
