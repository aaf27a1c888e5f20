using System.Diagnostics;

namespace StanceTracker.Cluster.Tests.Processes;

/// <summary>
/// Asks the client host one query over and over while a test breaks the cluster, recording when each was sent, how
/// long it took and whether it was answered: what a user watching a dashboard would have seen.
/// </summary>
public sealed class QueryProbe : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly string _path;
    private readonly List<Sample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public QueryProbe(HttpClient http, string path)
    {
        _http = http;
        _path = path;
        _loop = Task.Run(LoopAsync);
    }

    public IReadOnlyList<Sample> Samples
    {
        get { lock (_samples) return [.. _samples]; }
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var sentAt = DateTime.UtcNow;
            var watch = Stopwatch.StartNew();
            bool answered;
            try
            {
                using var response = await _http.GetAsync(_path, _stop.Token);
                // 404 is an answer (the actor is not known yet); 5xx or no response is not.
                answered = (int)response.StatusCode < 500;
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                answered = false;
            }
            lock (_samples)
                _samples.Add(new Sample(sentAt, watch.Elapsed, answered));
            try { await Task.Delay(250, _stop.Token); } catch (OperationCanceledException) { return; }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    public sealed record Sample(DateTime SentAt, TimeSpan Latency, bool Answered);
}
