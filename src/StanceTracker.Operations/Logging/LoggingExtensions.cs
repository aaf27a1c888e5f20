using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Operations.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// Console logs as text for people or as one JSON object a line for a log shipper (Stance:LogFormat); the JSON lines
    /// carry their scopes, so every line written while ingesting an article carries that article's id.
    /// </summary>
    public static IHostApplicationBuilder AddStanceLogging(this IHostApplicationBuilder builder, StanceSettings settings)
    {
        switch (settings.LogFormat.Trim().ToLowerInvariant())
        {
            case "text":
                // The default console format; scopes stay off there, since ASP.NET's request scopes would double every line.
                break;
            case "json":
                builder.Logging.AddJsonConsole(o =>
                {
                    o.IncludeScopes = true;
                    o.UseUtcTimestamp = true;
                    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                });
                break;
            default:
                throw new ArgumentException(
                    $"{StanceSettings.Section}:{nameof(StanceSettings.LogFormat)} is '{settings.LogFormat}': use 'text' or 'json'");
        }
        return builder;
    }
}
