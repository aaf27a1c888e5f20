namespace StanceTracker.Abstractions.Hosting;

/// <summary>
/// Which endpoint a health check answers on. Liveness only asks "is the process serving" (a failing dependency must not
/// get a healthy process restarted); readiness asks whether the host can do its work now (cluster joined, storage reachable).
/// </summary>
public static class HealthTags
{
    public const string Ready = "ready";
    public const string Live = "live";
}
