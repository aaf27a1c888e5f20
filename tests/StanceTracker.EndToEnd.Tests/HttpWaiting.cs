namespace StanceTracker.EndToEnd.Tests;

public static class HttpWaiting
{
    /// <summary>Polls a URL until it answers 200, failing with the host's output if the host dies or time runs out.</summary>
    public static async Task WaitUntilAnswersAsync(this HttpClient http, string path, RunningProcess host, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (host.HasExited)
                throw new InvalidOperationException($"The host exited before {path} answered:\n{host.Output}");
            try
            {
                using var response = await http.GetAsync(path);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{path} did not answer within {timeout}:\n{host.Output}");
            await Task.Delay(200);
        }
    }
}
