using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Api.Endpoints;

/// <summary>
/// GET /api/shifts/live: new shifts as server-sent events (event: shift, data: the shift as JSON), from the
/// cluster's shift stream, for as long as the client stays connected. A comment line every 15 s keeps proxies from
/// closing an idle connection.
/// </summary>
public static class LiveShiftEndpoints
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapLiveShiftEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/shifts/live", async (HttpContext http, IClusterClient cluster, IOptions<JsonOptions> json) =>
        {
            var aborted = http.RequestAborted;
            var shifts = Channel.CreateUnbounded<Shift>(new UnboundedChannelOptions { SingleReader = true });
            var stream = cluster.GetStreamProvider(StanceStreams.Provider).GetStream<Shift>(StanceStreams.Shifts);
            var subscription = await stream.SubscribeAsync((shift, _) =>
            {
                shifts.Writer.TryWrite(shift);
                return Task.CompletedTask;
            });
            try
            {
                http.Response.ContentType = "text/event-stream";
                http.Response.Headers.CacheControl = "no-cache";
                await http.Response.WriteAsync(": connected\n\n", aborted);
                await http.Response.Body.FlushAsync(aborted);
                while (!aborted.IsCancellationRequested)
                {
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                    wait.CancelAfter(KeepAlive);
                    string message;
                    try
                    {
                        var shift = await shifts.Reader.ReadAsync(wait.Token);
                        message = $"event: shift\ndata: {JsonSerializer.Serialize(shift, json.Value.SerializerOptions)}\n\n";
                    }
                    catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                    {
                        message = ": keep-alive\n\n";
                    }
                    await http.Response.WriteAsync(message, aborted);
                    await http.Response.Body.FlushAsync(aborted);
                }
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                // The client went away: nothing to answer.
            }
            finally
            {
                await subscription.UnsubscribeAsync();
            }
        });
        return app;
    }
}
