using System.Globalization;

namespace StanceTracker.EndToEnd.Tests;

/// <summary>Reads samples out of a Prometheus text exposition (name{labels} value per line).</summary>
public static class PrometheusText
{
    /// <summary>The sum of every sample of a metric (over all label sets); null when the metric is absent.</summary>
    public static double? Sum(string exposition, string metric)
    {
        double? sum = null;
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(metric, StringComparison.Ordinal)) continue;
            var rest = line[metric.Length..];
            if (rest.Length == 0 || (rest[0] != '{' && rest[0] != ' ')) continue; // another metric sharing the prefix
            var valueStart = rest[0] == '{' ? rest.IndexOf("} ", StringComparison.Ordinal) + 2 : 1;
            var fields = rest[valueStart..].Trim().Split(' ');
            sum = (sum ?? 0) + double.Parse(fields[0], CultureInfo.InvariantCulture);
        }
        return sum;
    }
}
