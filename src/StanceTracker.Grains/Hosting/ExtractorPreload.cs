using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Grains.Hosting;

/// <summary>
/// Loads the lexicons when the silo starts, so a broken data file stops the silo with its file name and line,
/// instead of failing the first article grain to activate with an error that cannot even cross the wire.
/// </summary>
internal sealed class ExtractorPreload(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<StanceExtractor>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
