namespace StanceTracker.Bench;

/// <summary>Latencies of one kind of query, in microseconds.</summary>
public sealed class LatencyStats
{
    private readonly List<double> _micros = [];

    public void Add(TimeSpan elapsed) => _micros.Add(elapsed.TotalMicroseconds);

    public int Count => _micros.Count;

    public double Percentile(double p)
    {
        if (_micros.Count == 0) return double.NaN;
        var sorted = _micros.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public double Mean => _micros.Count == 0 ? double.NaN : _micros.Average();
}
